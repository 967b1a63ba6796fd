/**
 * A surname written once for the whole family: "familie EL AMRANI", "gezin CLAES", "de kinderen
 * Claes", "famille DUBOIS". Children named by first name only ("Lina (°…) en Amir (°…)") take it.
 */
import { isCommonFirstName } from "./firstNames";
import { isNameWord, isParticle, isUpperWord, toNameCase } from "./names";

// Case-sensitive on purpose: the surname must start with a capital (with /i, \p{Lu} would not).
const FAMILY =
  /(?<![\p{L}])(?:[Ff]amilie|[Gg]ezin|[Ff]amille|[Ff]amily|[Ff]am\.|[Dd]e kinderen|[Ll]es enfants)\s{1,3}((?:[\p{Lu}][\p{L}\p{M}'’-]*\s?){1,4})/gu;

/** The family surname in one text, or null. Capitals or a word that is no common first name. */
function surnameAt(words: string[], rest: string): string | null {
  const upper: string[] = [];
  for (const w of words) {
    if (isUpperWord(w) || (upper.length > 0 && isParticle(w) && w === w.toUpperCase()))
      upper.push(w);
    else break;
  }
  if (upper.length > 0 && isNameWord(upper[upper.length - 1])) return toNameCase(upper, true);
  // Mixed case: particles then one word, not a first name and not followed by a birth date.
  const mixed: string[] = [];
  for (const w of words) {
    mixed.push(w);
    if (!isParticle(w)) break;
  }
  const last = mixed[mixed.length - 1];
  const consumed = mixed.length === words.length;
  if (!isNameWord(last) || isCommonFirstName(last) || !consumed || /^\s*[(°]/.test(rest))
    return null;
  return toNameCase(mixed, true);
}

/** The one family surname the texts give, or null when none or several different ones. */
export function familySurname(texts: string[]): string | null {
  const found = new Set<string>();
  for (const text of texts) {
    let count = 0;
    for (const m of text.matchAll(FAMILY)) {
      if (++count > 50) break; // a real mail names its family a few times; bounds hostile input
      const words = m[1].trim().split(/\s+/);
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      const name = surnameAt(words, rest);
      if (name) found.add(name);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
