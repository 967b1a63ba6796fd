/**
 * Text folding used ONLY to match search queries against schools: "Sint-Jozef" and "sint jozef",
 * "Étterbeek" and "etterbeek" fold to the same string. Displayed names are never folded.
 */

const COMBINING_MARKS = /\p{M}/gu;
const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Lower case, accents removed (NFD + strip combining marks), punctuation collapsed to spaces. */
export function foldForMatching(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NON_ALPHANUMERIC, " ")
    .trim();
}

/** The folded words of a text, for token-by-token matching. */
export function foldedWords(text: string): string[] {
  const folded = foldForMatching(text);
  return folded === "" ? [] : folded.split(" ");
}
