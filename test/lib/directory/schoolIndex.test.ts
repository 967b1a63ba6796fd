import { buildSchoolIndex } from "../../../src/lib/directory/schoolIndex";
import { generateSchools } from "../../fixtures-directory/generateSchools";
import { school } from "./testSchools";

const schools = [
  school({
    number: "12345",
    name: "Vrije Basisschool Sint-Jozef",
    address: { street: "Kerkstraat 1", postcode: "9000", municipality: "Gent" },
  }),
  school({
    number: "45678",
    name: "École fondamentale Saint-Éloi",
    language: "fr",
    address: { street: "Rue de l'École 5", postcode: "1040", municipality: "Étterbeek" },
  }),
  school({
    number: "23456",
    name: "GO! Atheneum Mechelen",
    address: { street: "Lindelaan 3", postcode: "2800", municipality: "Mechelen" },
  }),
  school({
    number: "123450",
    name: "Atheneum Sint-Jozef-Kindcentrum",
    address: { street: "Dorp 2", postcode: "9050", municipality: "Gentbrugge" },
  }),
  school({
    number: "34567",
    name: "Basisschool De Regenboog",
    address: { street: "Kerkstraat 9", postcode: "9000", municipality: "Gent" },
  }),
];

const names = (found: { name: string }[]) => found.map((s) => s.name);

describe("buildSchoolIndex().search", () => {
  const index = buildSchoolIndex(schools);

  it("matches across hyphens and case: 'sint jozef' finds 'Sint-Jozef'", () => {
    // Same rank (word prefixes of the name): alphabetical.
    expect(names(index.search("sint jozef"))).toEqual([
      "Atheneum Sint-Jozef-Kindcentrum",
      "Vrije Basisschool Sint-Jozef",
    ]);
    expect(names(index.search("SINT-JOZEF"))).toEqual(names(index.search("sint jozef")));
  });

  it("matches without accents and never alters the displayed name", () => {
    expect(names(index.search("etterbeek"))).toEqual(["École fondamentale Saint-Éloi"]);
    expect(names(index.search("ecole eloi"))).toEqual(["École fondamentale Saint-Éloi"]);
    expect(names(index.search("Étterbeek"))).toEqual(["École fondamentale Saint-Éloi"]);
  });

  it("finds by postcode and by municipality", () => {
    expect(names(index.search("9000"))).toEqual([
      "Basisschool De Regenboog",
      "Vrije Basisschool Sint-Jozef",
    ]);
    expect(names(index.search("mechelen"))).toEqual(["GO! Atheneum Mechelen"]);
    expect(names(index.search("gentbrugge"))).toEqual(["Atheneum Sint-Jozef-Kindcentrum"]);
  });

  it("finds by institution number with and without leading zeros, exact number first", () => {
    expect(names(index.search("012345"))).toEqual(["Vrije Basisschool Sint-Jozef"]);
    // "12345" is the exact (padded) number of one school and a prefix of another's.
    expect(names(index.search("12345"))).toEqual([
      "Vrije Basisschool Sint-Jozef",
      "Atheneum Sint-Jozef-Kindcentrum",
    ]);
  });

  it("ranks a name prefix before matches elsewhere", () => {
    expect(names(index.search("atheneum"))).toEqual([
      "Atheneum Sint-Jozef-Kindcentrum",
      "GO! Atheneum Mechelen",
    ]);
  });

  it("requires every word to match", () => {
    expect(names(index.search("atheneum gent"))).toEqual(["Atheneum Sint-Jozef-Kindcentrum"]);
    expect(index.search("regenboog mechelen")).toEqual([]);
  });

  it("lists all schools in name order for an empty query, and honours the limit", () => {
    expect(index.search("   ")).toHaveLength(5);
    expect(names(index.search("", 2))).toEqual([
      "Atheneum Sint-Jozef-Kindcentrum",
      "Basisschool De Regenboog",
    ]);
    expect(index.search("a", 1)).toHaveLength(1);
    expect(index.search("a", 0)).toEqual([]);
    expect(index.search("", Number.NaN)).toHaveLength(5);
  });

  it("treats punctuation-only input as an empty query and finds nothing for unknown words", () => {
    expect(index.search("%%%").length).toBe(5);
    expect(index.search("zzzz")).toEqual([]);
  });

  it("keeps schools without contact persons in the results (listed, not pickable)", () => {
    expect(index.search("regenboog")[0].contacts).toEqual([]);
  });
});

describe("search over 2,000 schools", () => {
  const many = generateSchools(2000);
  const index = buildSchoolIndex(many);

  it("indexes all schools", () => {
    expect(index.size).toBe(2000);
  });

  it("finds a school by its unpadded number as the first hit", () => {
    const target = many[1234];
    const hits = index.search(target.number.replace(/^0+/, ""));
    expect(hits[0]).toBe(target);
  });

  it("returns only matching schools, every one containing all query words", () => {
    const hits = index.search("sint jozef gent", 2000);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.name).toMatch(/Sint-Jozef/);
      expect(hit.address.municipality).toMatch(/^Gent/);
    }
    const expected = many.filter(
      (s) => s.name.includes("Sint-Jozef") && s.address.municipality.startsWith("Gent")
    );
    expect(hits).toHaveLength(expected.length);
  });

  it("answers a typical query well under a frame (16 ms) on average", () => {
    const queries = ["sint", "gent", "9000", "athénée", "regenboog brugge", "1234", "école"];
    const start = performance.now();
    for (let round = 0; round < 20; round++) for (const q of queries) index.search(q);
    const average = (performance.now() - start) / (20 * queries.length);
    expect(average).toBeLessThan(16);
  });
});
