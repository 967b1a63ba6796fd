import { parseContactPersonsCsv } from "../../../src/lib/directory/contactPersonsCsv";
import { readFixture } from "./readFixture";

describe("parseContactPersonsCsv", () => {
  const result = parseContactPersonsCsv(readFixture("contact-persons.csv"));
  if (!result.ok) throw new Error("fixture should parse");

  it("reads valid rows, padding numbers and keeping quoted names with commas", () => {
    expect(result.contacts).toEqual([
      { row: 2, number: "000001", email: "zorg@sintjozef.example.be", name: "An Peeters" },
      { row: 3, number: "000001", email: "directie@sintjozef.example.be", name: "" },
      { row: 4, number: "012345", email: "hwc@delinde.example.be", name: "Vermeulen, Tom" },
      { row: 6, number: "099999", email: "hwc@onbekend.example.be", name: "Onbekend" },
      { row: 7, number: "000001", email: "ZORG@sintjozef.example.be", name: "Dubbel" },
    ]);
  });

  it("rejects a bad e-mail, a missing number and a missing e-mail", () => {
    expect(result.rejected.map((r) => [r.row, r.reason.key])).toEqual([
      [5, "import.reject.badEmail"],
      [8, "import.reject.missingNumber"],
      [9, "import.reject.missingEmail"],
    ]);
  });

  it("fails clearly without an e-mail column", () => {
    expect(parseContactPersonsCsv("schoolnummer;naam\n1;A\n")).toEqual({
      ok: false,
      error: { key: "import.file.missingColumn", params: { column: "e-mail" } },
    });
  });
});
