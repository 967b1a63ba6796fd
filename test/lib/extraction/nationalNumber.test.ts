import {
  findNationalNumbers,
  parseNationalNumber,
  validateDigits,
} from "../../../src/lib/extraction/nationalNumber";

/** Build a number with correct check digits (independent of the code under test's formula use). */
function make(nine: string, from2000: boolean): string {
  const n = BigInt((from2000 ? "2" : "") + nine);
  const cc = 97n - (n % 97n);
  return nine + String(cc).padStart(2, "0");
}

describe("parseNationalNumber", () => {
  it.each([
    ["16.04.09-640.65", "2016-04-09"],
    ["160409 640 65", "2016-04-09"],
    ["16040964065", "2016-04-09"],
    ["160409-640-65", "2016-04-09"],
    ["98.11.03-599.88", "1998-11-03"],
  ])("reads %s", (text, birth) => {
    expect(parseNationalNumber(text)).toEqual({
      digits: text.replace(/\D/g, ""),
      birthDate: birth,
      valid: true,
    });
  });

  it("uses the 2000+ rule to choose the century", () => {
    const after = make("050607123", true);
    const before = make("050607123", false);
    expect(parseNationalNumber(after)?.birthDate).toBe("2005-06-07");
    expect(parseNationalNumber(before)?.birthDate).toBe("1905-06-07");
  });

  it("rejects wrong check digits", () => {
    const good = make("150312234", true);
    const bad = good.slice(0, 9) + String((Number(good.slice(9)) + 1) % 100).padStart(2, "0");
    expect(parseNationalNumber(bad)).toEqual({ digits: bad, birthDate: null, valid: false });
  });

  it("reads BIS numbers (month + 20 or + 40) and unknown days", () => {
    expect(validateDigits(make("152312234", true)).birthDate).toBe("2015-03-12");
    expect(validateDigits(make("154312234", true)).birthDate).toBe("2015-03-12");
    expect(validateDigits(make("150300234", true))).toMatchObject({ valid: true, birthDate: null });
  });

  it("rejects counters 000 and 999 and impossible dates", () => {
    expect(validateDigits(make("150312000", true)).valid).toBe(false);
    expect(validateDigits(make("150312999", true)).valid).toBe(false);
    expect(validateDigits(make("150231123", true)).valid).toBe(false);
  });

  it("returns null without a number and never throws on garbage", () => {
    expect(parseNationalNumber("geen nummer")).toBeNull();
    expect(parseNationalNumber(undefined as unknown as string)).toBeNull();
    expect(parseNationalNumber("1234567890")).toBeNull();
  });

  it("finds numbers inside text with their positions", () => {
    const text = "Liv (°15.10.2022) - RRN 22.10.15-200.08.";
    const [m] = findNationalNumbers(text);
    expect(text.slice(m.start, m.end)).toBe("22.10.15-200.08");
    expect(m.valid).toBe(true);
  });
});
