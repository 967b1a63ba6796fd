/**
 * Neutralises a name (or signature field) before it enters the fixed template: no control or
 * format characters (newlines, tabs, bidi overrides such as U+202E, zero-width characters), NFC
 * accents kept (a school must recognise the name), whitespace collapsed, length capped.
 */

/** Longest name we put in a signal; real names are far shorter. */
export const MAX_NAME_LENGTH = 100;

// Invisible: \p{Cf} format (bidi controls such as U+202E, ZWSP, BOM, soft hyphen), private-use,
// unassigned and lone surrogates — dropped.
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;
// Line breaking: \p{Cc} controls (newlines, tabs), line/paragraph separators — become a space.
const BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/gu;

// Intl.Segmenter keeps a user-perceived character (e.g. base letter + combining accent) whole.
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Cuts to at most `max` graphemes, marking the cut with an ellipsis. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text; // UTF-16 units ≥ graphemes: short text needs no segmenting
  const parts = Array.from(graphemes.segment(text), (s) => s.segment);
  if (parts.length <= max) return text;
  return (
    parts
      .slice(0, max - 1)
      .join("")
      .trimEnd() + "…"
  );
}

/** The safe, single-line form of a name or signature field. */
export function sanitizeField(raw: string, max: number = MAX_NAME_LENGTH): string {
  const cleaned = raw
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(BREAKING, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return capLength(cleaned, max);
}

/** The child's full name as the signal shows it: first name(s), then surname. */
export function displayName(firstName: string, lastName: string): string {
  return sanitizeField(`${sanitizeField(firstName)} ${sanitizeField(lastName)}`);
}
