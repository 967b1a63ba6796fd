import {
  applyCorrection,
  childFacts,
  parseTypedDate,
  signalBlockers,
  validateChildInput,
  type ChildDraft,
} from "../../../src/lib/children/childDraft";

const mailDay = "2026-11-11";

/** A valid national number for a girl born 2015-03-12 (check digits computed with the 2000+ rule). */
function nationalNumber(yymmdd: string, counter: string): string {
  const nine = `${yymmdd}${counter}`;
  const check = 97 - ((2_000_000_000 + Number(nine)) % 97);
  return `${nine}${String(check).padStart(2, "0")}`;
}

const draft = (over: Partial<ChildDraft> = {}): ChildDraft => ({
  key: "c1",
  firstName: "Emma",
  lastName: "Peeters",
  birthDate: "2015-03-12",
  nationalNumber: null,
  origin: "extracted",
  evidence: null,
  ...over,
});

describe("typed dates", () => {
  it("accepts a date input's ISO value and police forms", () => {
    expect(parseTypedDate("2015-03-12")).toBe("2015-03-12");
    expect(parseTypedDate("12/03/2015")).toBe("2015-03-12");
    expect(parseTypedDate("12 maart 2015")).toBe("2015-03-12");
  });
  it("rejects impossible dates instead of rolling them over", () => {
    expect(parseTypedDate("2015-02-31")).toBeNull();
    expect(parseTypedDate("31/02/2015")).toBeNull();
  });
});

describe("validateChildInput", () => {
  it("accepts a minor with a real date, trimming names", () => {
    expect(
      validateChildInput(
        { firstName: " Zoë ", lastName: "Van den Broeck", birthDate: "1/3/2016" },
        mailDay
      )
    ).toEqual({
      ok: true,
      value: { firstName: "Zoë", lastName: "Van den Broeck", birthDate: "2016-03-01" },
    });
  });

  it.each([
    [
      { firstName: "", lastName: "Peeters", birthDate: "12/03/2015" },
      "firstName",
      "child.errors.nameRequired",
    ],
    [
      { firstName: "Emma", lastName: "  ", birthDate: "12/03/2015" },
      "lastName",
      "child.errors.nameRequired",
    ],
    [
      { firstName: "Emma", lastName: "Peeters", birthDate: "" },
      "birthDate",
      "child.errors.dateRequired",
    ],
    [
      { firstName: "Emma", lastName: "Peeters", birthDate: "30/02/2015" },
      "birthDate",
      "child.errors.dateInvalid",
    ],
    [
      { firstName: "Emma", lastName: "Peeters", birthDate: "12/03/2027" },
      "birthDate",
      "child.errors.dateInFuture",
    ],
    [
      { firstName: "Emma", lastName: "Peeters", birthDate: "11/11/2008" },
      "birthDate",
      "child.errors.notMinor",
    ],
    [
      { firstName: "<img onerror=x>", lastName: "Peeters", birthDate: "12/03/2015" },
      "firstName",
      "child.errors.nameCharacters",
    ],
    [
      { firstName: "Emma\u202e", lastName: "Peeters", birthDate: "12/03/2015" },
      "firstName",
      "child.errors.nameCharacters",
    ],
    [
      { firstName: "E".repeat(101), lastName: "Peeters", birthDate: "12/03/2015" },
      "firstName",
      "child.errors.nameTooLong",
    ],
  ])("rejects %o on %s", (input, field, key) => {
    const result = validateChildInput(input, mailDay);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ field, key });
  });

  it("keeps a child who turns 18 tomorrow and refuses one who turned 18 today", () => {
    expect(
      validateChildInput({ firstName: "A", lastName: "B", birthDate: "12/11/2008" }, mailDay).ok
    ).toBe(true);
    expect(
      validateChildInput({ firstName: "A", lastName: "B", birthDate: "11/11/2008" }, mailDay).ok
    ).toBe(false);
  });
});

describe("childFacts", () => {
  it("computes age and school age on the mail's day", () => {
    expect(childFacts(draft(), mailDay)).toEqual({
      age: 11,
      schoolAge: true,
      confirmedByNationalNumber: false,
    });
    expect(childFacts(draft({ birthDate: "2024-06-01" }), mailDay).schoolAge).toBe(false);
    expect(childFacts(draft({ birthDate: "2024-05-11" }), mailDay).schoolAge).toBe(true);
    expect(childFacts(draft({ birthDate: null }), mailDay)).toEqual({
      age: null,
      schoolAge: null,
      confirmedByNationalNumber: false,
    });
  });

  it("confirms the date only when a valid national number gives exactly that date", () => {
    const nn = nationalNumber("150312", "224");
    expect(childFacts(draft({ nationalNumber: nn }), mailDay).confirmedByNationalNumber).toBe(true);
    expect(
      childFacts(draft({ nationalNumber: nn, birthDate: "2015-03-13" }), mailDay)
        .confirmedByNationalNumber
    ).toBe(false);
  });
});

describe("corrections and blockers", () => {
  it("drops a national number that no longer agrees with the corrected date", () => {
    const nn = nationalNumber("150312", "224");
    const child = draft({ nationalNumber: nn });
    expect(
      applyCorrection(child, { firstName: "Emma", lastName: "Peeters", birthDate: "2015-03-12" })
        .nationalNumber
    ).toBe(nn);
    expect(
      applyCorrection(child, { firstName: "Emma", lastName: "Peeters", birthDate: "2015-04-12" })
        .nationalNumber
    ).toBeNull();
  });

  it("blocks a signal for a child without a birth date", () => {
    expect(signalBlockers(draft({ birthDate: null }), mailDay)).toEqual([
      { field: "birthDate", key: "child.errors.dateRequired" },
    ]);
    expect(signalBlockers(draft(), mailDay)).toEqual([]);
  });
});
