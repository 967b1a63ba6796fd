/** The postcode filter field: "9000, 9050 ;9820" → ["9000", "9050", "9820"]. */

export type PostcodesResult = { ok: true; postcodes: string[] } | { ok: false; invalid: string };

/** Belgian postcodes are four digits, 1000–9999. */
const BELGIAN_POSTCODE = /^[1-9]\d{3}$/;

/** Splits on commas, semicolons and spaces; duplicates are dropped, order kept. */
export function parsePostcodes(raw: string): PostcodesResult {
  const parts = raw.split(/[\s,;]+/).filter((part) => part !== "");
  for (const part of parts) {
    if (!BELGIAN_POSTCODE.test(part)) return { ok: false, invalid: part };
  }
  return { ok: true, postcodes: [...new Set(parts)] };
}
