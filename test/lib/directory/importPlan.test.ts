import { planImport } from "../../../src/lib/directory/importPlan";
import { readFixture } from "./readFixture";
import { email, school } from "./testSchools";

const schoolListCsv = readFixture("official-schools.csv");
const contactPersonsCsv = readFixture("contact-persons.csv");

/** The Gentbrugge school is already in the folder, French by the coordinator's choice. */
const storedRegenboog = school({
  id: "contact-regenboog",
  number: "23456",
  name: "Basisschool De Regenboog",
  language: "fr",
  address: { street: "Regenboogstraat 1", postcode: "9050", municipality: "Gentbrugge" },
  contacts: [{ email: email("oud@regenboog.example.be"), name: "Oud" }],
});
const storedEtterbeek = school({
  id: "contact-etterbeek",
  number: "45678",
  name: "Gemeentelijke Basisschool Étterbeek",
  address: { street: "Rue de l'École 5", postcode: "1040", municipality: "Etterbeek" },
  contacts: [{ email: email("hwc@etterbeek.example.be"), name: "" }],
});

function plan(existing = [storedRegenboog, storedEtterbeek], includePostcodes?: string[]) {
  const result = planImport({ schoolListCsv, contactPersonsCsv, existing, includePostcodes });
  if (!result.ok) throw new Error("plan should succeed");
  return result.preview;
}

describe("planImport", () => {
  it("creates schools that have contact persons but are not in the folder yet", () => {
    const preview = plan();
    expect(preview.create).toEqual([
      {
        id: null,
        number: "000001",
        name: "Vrije Basisschool Sint-Jozef",
        address: { street: "Kerkstraat 12", postcode: "9000", municipality: "Gent" },
        language: "nl",
        contacts: [
          { email: "zorg@sintjozef.example.be", name: "An Peeters" },
          { email: "directie@sintjozef.example.be", name: "" },
        ],
      },
      {
        id: null,
        number: "012345",
        name: 'GO! Atheneum "De Linde"',
        address: { street: "Lindelaan 3A", postcode: "2800", municipality: "Mechelen" },
        language: "nl",
        contacts: [{ email: "hwc@delinde.example.be", name: "Vermeulen, Tom" }],
      },
    ]);
  });

  it("updates a stored school from the list, keeping its language and contacts when not given", () => {
    const preview = plan();
    expect(preview.update).toEqual([
      {
        before: storedRegenboog,
        after: {
          ...storedRegenboog,
          name: "Basisschool De Regenboog; afdeling Noord",
        },
        changed: ["name"],
      },
    ]);
    expect(preview.unchanged).toEqual([storedEtterbeek]);
    expect(preview.changes).toEqual({
      create: preview.create,
      update: [preview.update[0].after],
    });
  });

  it("lists every rejected row of both files with its reason", () => {
    expect(plan().rejected.map((r) => [r.file, r.row, r.reason.key])).toEqual([
      ["schools", 5, "import.reject.missingNumber"],
      ["schools", 6, "import.reject.invalidNumber"],
      ["schools", 7, "import.reject.missingName"],
      ["schools", 8, "import.reject.duplicateSchool"],
      ["contacts", 5, "import.reject.badEmail"],
      ["contacts", 6, "import.reject.unknownSchool"],
      ["contacts", 7, "import.reject.duplicateContact"],
      ["contacts", 8, "import.reject.missingNumber"],
      ["contacts", 9, "import.reject.missingEmail"],
    ]);
  });

  it("accepts contact rows for a school only known in the folder", () => {
    const result = planImport({
      schoolListCsv: null,
      contactPersonsCsv: "schoolnummer;e-mail;naam\n23456;nieuw@regenboog.example.be;Nieuw\n",
      existing: [storedRegenboog],
    });
    if (!result.ok) throw new Error("plan should succeed");
    expect(result.preview.create).toEqual([]);
    expect(result.preview.update).toEqual([
      {
        before: storedRegenboog,
        after: {
          ...storedRegenboog,
          contacts: [{ email: "nieuw@regenboog.example.be", name: "Nieuw" }],
        },
        changed: ["contacts"],
      },
    ]);
  });

  it("rejects a fourth contact person for one school (Outlook keeps three addresses)", () => {
    const csv =
      "schoolnummer;e-mail\n1;a@x.example.be\n1;b@x.example.be\n1;c@x.example.be\n1;d@x.example.be\n";
    const result = planImport({
      schoolListCsv: null,
      contactPersonsCsv: csv,
      existing: [school({ id: "s", number: "1", name: "S" })],
    });
    if (!result.ok) throw new Error("plan should succeed");
    expect(result.preview.update[0].after.contacts).toHaveLength(3);
    expect(result.preview.rejected).toEqual([
      {
        file: "contacts",
        row: 5,
        reason: {
          key: "import.reject.tooManyContacts",
          params: { row: 5, number: "000001", max: 3 },
        },
      },
    ]);
  });

  it("includes listed schools without contacts only for the chosen postcodes", () => {
    const preview = plan([], ["9050"]);
    expect(preview.create.map((s) => [s.number, s.contacts.length])).toEqual([
      ["000001", 2],
      ["012345", 1],
      ["023456", 0],
    ]);
  });

  it("creates nothing twice when run again on its own result", () => {
    const first = plan([]);
    const stored = first.create.map((s, i) => ({ ...s, id: `id-${i}` }));
    const second = plan(stored);
    expect(second.create).toEqual([]);
    expect(second.update).toEqual([]);
    expect(second.unchanged).toHaveLength(stored.length);
  });

  it("reports which file could not be read", () => {
    expect(
      planImport({ schoolListCsv: "naam\nA\n", contactPersonsCsv: null, existing: [] })
    ).toEqual({
      ok: false,
      file: "schools",
      error: { key: "import.file.missingColumn", params: { column: "schoolnummer" } },
    });
    expect(planImport({ schoolListCsv: null, contactPersonsCsv: "", existing: [] })).toEqual({
      ok: false,
      file: "contacts",
      error: { key: "import.file.empty" },
    });
  });
});
