/** The child's date of birth as the signal writes it: dd/mm/yyyy (Belgian, day first). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "2015-03-12" → "12/03/2015"; null when not a real calendar date.
 * Hand-written: a fixed two-format conversion; a date library would add weight for no gain.
 */
export function formatBirthDate(iso: string): string | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const real =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d);
  return real ? `${d}/${m}/${y}` : null;
}
