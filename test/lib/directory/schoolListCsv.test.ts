import { parseSchoolListCsv } from "../../../src/lib/directory/schoolListCsv";
import { readFixture } from "./readFixture";

describe("parseSchoolListCsv on the official list fixture (BOM, ';', CRLF, quotes)", () => {
  const result = parseSchoolListCsv(readFixture("official-schools.csv"));
  if (!result.ok) throw new Error("fixture should parse");

  it("reads the valid schools, padding numbers and joining street and house number", () => {
    expect(result.schools).toEqual([
      {
        row: 2,
        number: "000001",
        name: "Vrije Basisschool Sint-Jozef",
        address: { street: "Kerkstraat 12", postcode: "9000", municipality: "Gent" },
        language: null,
      },
      {
        row: 3,
        number: "012345",
        name: 'GO! Atheneum "De Linde"',
        address: { street: "Lindelaan 3A", postcode: "2800", municipality: "Mechelen" },
        language: null,
      },
      {
        row: 4,
        number: "023456",
        name: "Basisschool De Regenboog; afdeling Noord",
        address: { street: "Regenboogstraat 1", postcode: "9050", municipality: "Gentbrugge" },
        language: null,
      },
      {
        row: 9,
        number: "045678",
        name: "Gemeentelijke Basisschool Étterbeek",
        address: { street: "Rue de l'École 5", postcode: "1040", municipality: "Etterbeek" },
        language: null,
      },
    ]);
  });

  it("never carries the school's general e-mail address", () => {
    expect(JSON.stringify(result.schools)).not.toMatch(/info@|secretariaat@/);
  });

  it("rejects bad rows with a reason key", () => {
    expect(result.rejected).toEqual([
      {
        file: "schools",
        row: 5,
        reason: { key: "import.reject.missingNumber", params: { row: 5 } },
      },
      {
        file: "schools",
        row: 6,
        reason: { key: "import.reject.invalidNumber", params: { row: 6, value: "12AB" } },
      },
      {
        file: "schools",
        row: 7,
        reason: { key: "import.reject.missingName", params: { row: 7, number: "034567" } },
      },
      {
        file: "schools",
        row: 8,
        reason: {
          key: "import.reject.duplicateSchool",
          params: { row: 8, number: "012345", firstRow: 3 },
        },
      },
    ]);
  });
});

describe("parseSchoolListCsv edge cases", () => {
  it("reads a language column and rejects an unknown language", () => {
    const csv = "Schoolnummer;Naam;Taal\n1;École A;fr\n2;School B;NL\n3;Schule C;de\n4;School D;\n";
    const result = parseSchoolListCsv(csv);
    if (!result.ok) throw new Error("should parse");
    expect(result.schools.map((s) => [s.number, s.language])).toEqual([
      ["000001", "fr"],
      ["000002", "nl"],
      ["000004", null],
    ]);
    expect(result.rejected.map((r) => r.reason.key)).toEqual(["import.reject.badLanguage"]);
  });

  it("accepts ',' as separator and the 'instellingsnummer' header", () => {
    const result = parseSchoolListCsv(
      'instellingsnummer,naam,gemeente\n12,"Sint-Jan, Gent",Gent\n'
    );
    expect(result.ok && result.schools.map((s) => [s.number, s.name])).toEqual([
      ["000012", "Sint-Jan, Gent"],
    ]);
  });

  it("fails clearly when a required column is missing or the file is empty", () => {
    expect(parseSchoolListCsv("naam;gemeente\nA;Gent\n")).toEqual({
      ok: false,
      error: { key: "import.file.missingColumn", params: { column: "schoolnummer" } },
    });
    expect(parseSchoolListCsv("")).toEqual({ ok: false, error: { key: "import.file.empty" } });
    expect(parseSchoolListCsv("\uFEFF\r\n")).toEqual({
      ok: false,
      error: { key: "import.file.empty" },
    });
  });

  it("skips blank lines but keeps row numbers true to the file", () => {
    const result = parseSchoolListCsv("schoolnummer;naam\r\n\r\n5;A\r\n;B\r\n");
    if (!result.ok) throw new Error("should parse");
    expect(result.schools.map((s) => s.row)).toEqual([3]);
    expect(result.rejected.map((r) => r.row)).toEqual([4]);
  });

  it("rejects a row with an unclosed quote as malformed", () => {
    const result = parseSchoolListCsv('schoolnummer;naam\n1;A\n2;"B\n');
    if (!result.ok) throw new Error("should parse");
    expect(result.schools.map((s) => s.number)).toEqual(["000001"]);
    expect(result.rejected).toEqual([
      {
        file: "schools",
        row: 3,
        reason: { key: "import.reject.malformedRow", params: { row: 3 } },
      },
    ]);
  });
});
