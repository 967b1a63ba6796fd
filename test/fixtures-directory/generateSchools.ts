/**
 * Deterministic generator of realistic-looking schools for search tests and the search bench.
 * Fictitious names; numbers are unique six-digit strings, some with leading zeros.
 */
import {
  parseContactEmail,
  parseSchoolNumber,
  type ContactEmail,
  type School,
  type SchoolNumber,
} from "../../src/lib/directory/school";

const prefixes = [
  "Sint-Jozef",
  "Sint-Maarten",
  "GO!",
  "Vrije Basisschool",
  "Gemeentelijke Basisschool",
  "Atheneum",
  "Mariagaard",
  "Sint-Lodewijk",
  "Het Klavertje",
  "De Regenboog",
  "Onze-Lieve-Vrouw",
  "École Saint-Éloi",
  "Athénée Royal",
  "Sint-Ursula",
  "Kindcentrum",
];
const suffixes = [
  "",
  "college",
  "instituut",
  "school",
  "Lyceum",
  "De Linde",
  "Zonnebloem",
  "Wijkschool",
  "Middenschool",
  "Kleuterschool",
];
const places: [string, string][] = [
  ["9000", "Gent"],
  ["9050", "Gentbrugge"],
  ["2800", "Mechelen"],
  ["2000", "Antwerpen"],
  ["1040", "Etterbeek"],
  ["1000", "Brussel"],
  ["3000", "Leuven"],
  ["8000", "Brugge"],
  ["9300", "Aalst"],
  ["1080", "Sint-Jans-Molenbeek"],
  ["3500", "Hasselt"],
  ["8500", "Kortrijk"],
];

/** A small linear congruential generator, so runs are reproducible without a dependency. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateSchools(count: number, seed = 42): School[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const [postcode, municipality] = pick(places);
    const number = parseSchoolNumber(String(1000 + i * 37)) as SchoolNumber;
    const withContact = random() > 0.1;
    return {
      id: `contact-${i}`,
      number,
      name: `${pick(prefixes)} ${pick(suffixes)} ${i}`.replace(/\s+/g, " ").trim(),
      address: { street: `Schoolstraat ${i % 200}`, postcode, municipality },
      language: postcode.startsWith("10") ? "fr" : "nl",
      contacts: withContact
        ? [{ email: parseContactEmail(`hwc${i}@school${i}.example.be`) as ContactEmail, name: "" }]
        : [],
    } satisfies School;
  });
}
