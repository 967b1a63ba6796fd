import {
  canReceiveSignals,
  parseContactEmail,
  parseSchoolLanguage,
  parseSchoolNumber,
} from "../../../src/lib/directory/school";
import { school, email } from "./testSchools";

describe("parseSchoolNumber", () => {
  it.each([
    ["1234", "001234"],
    [" 012345 ", "012345"],
    ["123456", "123456"],
    ["1", "000001"],
  ])("normalises %p to %p", (raw, expected) => {
    expect(parseSchoolNumber(raw)).toBe(expected);
  });

  it.each(["", "1234567", "12AB", "12.5", "000000", "-12"])("rejects %p", (raw) => {
    expect(parseSchoolNumber(raw)).toBeNull();
  });
});

describe("parseContactEmail", () => {
  it("accepts and trims a valid address, keeping its case", () => {
    expect(parseContactEmail("  Zorg@School.example.be ")).toBe("Zorg@School.example.be");
  });
  it.each(["", "niet-een-adres", "a@b", "a b@example.be", "@example.be"])("rejects %p", (raw) => {
    expect(parseContactEmail(raw)).toBeNull();
  });
});

describe("parseSchoolLanguage", () => {
  it.each([
    ["NL", "nl"],
    ["Nederlands", "nl"],
    ["fr", "fr"],
    ["Français", "fr"],
    ["frans", "fr"],
  ])("reads %p as %p", (raw, expected) => {
    expect(parseSchoolLanguage(raw)).toBe(expected);
  });
  it("returns null for an unknown language", () => {
    expect(parseSchoolLanguage("de")).toBeNull();
  });
});

describe("canReceiveSignals", () => {
  it("is false without contact persons and true with one", () => {
    expect(canReceiveSignals(school({ number: "1", name: "A" }))).toBe(false);
    expect(
      canReceiveSignals(
        school({ number: "1", name: "A", contacts: [{ email: email("a@x.example.be"), name: "" }] })
      )
    ).toBe(true);
  });
});
