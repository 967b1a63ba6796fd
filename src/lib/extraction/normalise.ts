/**
 * Text normalisation before extraction: one kind of space and newline, no invisible characters,
 * no reply quote markers ("> "). Offsets of evidence refer to this normalised text.
 */

export function normaliseText(raw: string): string {
  return (
    raw
      .replace(/\r\n?/g, "\n")
      // NBSP, narrow NBSP, figure space and other Unicode spaces → plain space.
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
      // Zero-width characters, BOM and soft hyphens carry no meaning here; bidi marks, embeddings,
      // overrides and isolates would split a name or make it read as something else.
      .replace(/[\u200B-\u200F\u2060\uFEFF\u00AD\u061C\u202A-\u202E\u2066-\u2069]/g, "")
      // Masculine ordinal indicator is often typed for the birth sign.
      .replace(/\u00BA/g, "°")
      // Reply quote markers at line starts: "> ", ">> ", "> > ".
      .replace(/^[ \t]{0,8}(?:>[ \t]?){1,32}/gm, "")
  );
}
