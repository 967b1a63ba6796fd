/**
 * An in-memory search index over the school directory for the per-child combobox: matches name,
 * municipality, postcode and institution number, accent- and case-insensitively.
 */
import { foldForMatching, foldedWords } from "./foldForMatching";
import { parseSchoolNumber, type School } from "./school";

export interface SchoolIndex {
  /** Schools matching every word of the query, best first; at most `limit` (default 50). */
  search(query: string, limit?: number): School[];
  readonly size: number;
}

export const DEFAULT_SEARCH_LIMIT = 50;

/** Lower rank = shown first. */
const Rank = {
  ExactNumber: 0,
  NamePrefix: 1,
  NameWordPrefixes: 2,
  PlaceOrNumber: 3,
  Anywhere: 4,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

interface IndexedSchool {
  school: School;
  /** Folded name, e.g. "sint jozefscollege". */
  name: string;
  nameWords: string[];
  /** Municipality, postcode and the number with and without leading zeros. */
  placeWords: string[];
  /** Everything searchable, space-separated, for substring matching. */
  haystack: string;
}

function indexSchool(school: School): IndexedSchool {
  const name = foldForMatching(school.name);
  const placeWords = [
    ...foldedWords(school.address.municipality),
    ...foldedWords(school.address.postcode),
    school.number,
    school.number.replace(/^0+/, ""),
  ];
  return {
    school,
    name,
    nameWords: name === "" ? [] : name.split(" "),
    placeWords,
    haystack: ` ${name} ${placeWords.join(" ")} `,
  };
}

function rankOf(
  entry: IndexedSchool,
  folded: string,
  tokens: string[],
  exactNumber: string | null
): Rank {
  if (exactNumber !== null && entry.school.number === exactNumber) return Rank.ExactNumber;
  if (entry.name.startsWith(folded)) return Rank.NamePrefix;
  if (tokens.every((t) => entry.nameWords.some((w) => w.startsWith(t)))) {
    return Rank.NameWordPrefixes;
  }
  if (tokens.some((t) => entry.placeWords.some((w) => w.startsWith(t)))) return Rank.PlaceOrNumber;
  return Rank.Anywhere;
}

export function buildSchoolIndex(schools: readonly School[]): SchoolIndex {
  const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });
  const entries: IndexedSchool[] = schools
    .map(indexSchool)
    .sort((a, b) => collator.compare(a.school.name, b.school.name));

  return {
    size: entries.length,
    search(query: string, limit = DEFAULT_SEARCH_LIMIT): School[] {
      const max = Number.isNaN(limit) ? DEFAULT_SEARCH_LIMIT : Math.max(0, Math.floor(limit));
      const folded = foldForMatching(query);
      if (folded === "") return entries.slice(0, max).map((e) => e.school);
      const tokens = folded.split(" ");
      const exactNumber = parseSchoolNumber(query);
      // One bucket per rank, filled in name order: concatenated they are sorted without a sort.
      const buckets: School[][] = Object.values(Rank).map(() => []);
      for (const entry of entries) {
        // Every word must occur; a word boundary is not required ("jozef" finds "sintjozef").
        if (!tokens.every((t) => entry.haystack.includes(t))) continue;
        buckets[rankOf(entry, folded, tokens, exactNumber)].push(entry.school);
      }
      return buckets.flat().slice(0, max);
    },
  };
}
