import type { ChildDraft } from "../../../src/lib/children/childDraft";
import { planSchoolSignals } from "../../../src/lib/children/signalPlan";
import { toSignalSchool } from "../../../src/lib/directory/signalSchool";
import { email, school } from "../directory/testSchools";

const mailDay = "2026-11-11";
const vlinder = school({
  number: "12345",
  name: "Basisschool De Vlinder",
  contacts: [
    { email: email("zorg@vlinder.example"), name: "Zorgcoördinator" },
    { email: email("directie@vlinder.example"), name: "Directie" },
  ],
});
const atheneum = school({
  number: "23456",
  name: "Atheneum Zuid",
  language: "fr",
  contacts: [{ email: email("hwc@atheneum.example"), name: "CLB" }],
});
const noContact = school({ number: "34567", name: "Zonder Contact" });

function draft(key: string, over: Partial<ChildDraft> = {}): ChildDraft {
  return {
    key,
    firstName: "Emma",
    lastName: "Peeters",
    birthDate: "2015-03-12",
    nationalNumber: null,
    origin: "extracted",
    evidence: null,
    ...over,
  };
}

describe("toSignalSchool", () => {
  it("takes recipients only from the school's contact persons", () => {
    expect(toSignalSchool(vlinder)).toEqual({
      id: "012345",
      name: "Basisschool De Vlinder",
      email: ["zorg@vlinder.example", "directie@vlinder.example"],
      language: "nl",
    });
    expect(toSignalSchool(noContact)).toBeNull();
  });
});

describe("planSchoolSignals", () => {
  it("plans one message per school with only that school's children", () => {
    const drafts = [
      draft("a"),
      draft("b", { firstName: "Lucas", birthDate: "2018-01-02" }),
      draft("c", { firstName: "Noor" }),
    ];
    const picks = new Map([
      ["a", vlinder],
      ["b", atheneum],
      ["c", vlinder],
    ]);
    const plan = planSchoolSignals(drafts, picks, mailDay, new Set());
    expect(
      plan.map((p) => [p.signalSchool.id, p.children.map((c) => c.firstName), p.childKeys])
    ).toEqual([
      ["012345", ["Emma", "Noor"], ["a", "c"]],
      ["023456", ["Lucas"], ["b"]],
    ]);
  });

  it("leaves out children without a school, a contact, a birth date, or already in a started signal", () => {
    const drafts = [
      draft("a"),
      draft("b", { birthDate: null }),
      draft("c", { firstName: "Noor" }),
      draft("d", { firstName: "Adult", birthDate: "2000-01-01" }),
      draft("e", { firstName: "Started" }),
      draft("f", { firstName: "Unpicked" }),
    ];
    const picks = new Map([
      ["a", vlinder],
      ["b", vlinder],
      ["c", noContact],
      ["d", vlinder],
      ["e", vlinder],
    ]);
    const plan = planSchoolSignals(drafts, picks, mailDay, new Set(["e"]));
    expect(plan).toHaveLength(1);
    expect(plan[0].childKeys).toEqual(["a"]);
  });

  it("lists the same child entered twice once, covering both entries", () => {
    const plan = planSchoolSignals(
      [draft("a"), draft("b", { firstName: "EMMA" })],
      new Map([
        ["a", vlinder],
        ["b", vlinder],
      ]),
      mailDay,
      new Set()
    );
    expect(plan[0].children).toHaveLength(1);
    expect(plan[0].childKeys).toEqual(["a", "b"]);
  });
});
