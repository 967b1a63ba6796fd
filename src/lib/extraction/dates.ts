/**
 * Dates as police mails write them (day first): 12/03/2015, 12-3-2015, 12.03.2015,
 * 12 maart 2015, 1er mars 2015, 12 mrt. 2015. Impossible dates (31/02) are rejected.
 * Hand-written instead of a date library: the formats are fixed and Dutch/French month
 * abbreviations with dots are not covered by the usual parsers' locale data.
 */

export interface DateMatch {
  /** YYYY-MM-DD */
  iso: string;
  start: number;
  end: number;
  /**
   * Written with a two-digit year (`12/03/15`), read as 20YY. Only a birth date if that makes a
   * minor on the mail's date (see plausibleShortYearBirth); never 19YY for a child.
   */
  shortYear?: boolean;
}

export interface FindDatesOptions {
  /** Also read two-digit years (`°12/03/15`) as 20YY; callers check them with the mail's date. */
  shortYears?: boolean;
}

/** Month names and abbreviations (Dutch, French, English), lower case, without the dot. */
const MONTHS: Record<string, number> = {};
const MONTH_LIST: Array<[number, string[]]> = [
  [1, ["januari", "janvier", "january", "jan", "janv"]],
  [2, ["februari", "février", "fevrier", "february", "feb", "febr", "févr", "fevr", "fév", "fev"]],
  [3, ["maart", "mars", "march", "mrt", "maa", "mar"]],
  [4, ["april", "avril", "apr", "avr"]],
  [5, ["mei", "mai", "may"]],
  [6, ["juni", "juin", "june", "jun"]],
  [7, ["juli", "juillet", "july", "jul", "juil"]],
  [8, ["augustus", "août", "aout", "august", "aug"]],
  [9, ["september", "septembre", "sep", "sept"]],
  [10, ["oktober", "octobre", "october", "okt", "oct"]],
  [11, ["november", "novembre", "nov"]],
  [12, ["december", "décembre", "decembre", "dec", "déc"]],
];
for (const [month, names] of MONTH_LIST) for (const n of names) MONTHS[n] = month;

// Longest names first so "sept" wins over "sep" in the alternation.
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

// Each quantifier is bounded and the parts are disjoint (digits vs separators), so matching is linear.
const NUMERIC = /(?<![\d./-])(\d{1,2}) {0,2}([./-]) {0,2}(\d{1,2}) {0,2}\2 {0,2}(\d{4})(?![\d])/g;
// Two-digit year; not followed by more digit groups (`16.04.09-640.65` is a national number).
const NUMERIC_SHORT_YEAR =
  /(?<![\d./-])(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{2})(?![\d]|[./-] ?\d)/g;
// ISO order is unambiguous (year first), some systems export it: 2015-03-12.
const ISO_DATE = /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
const TEXTUAL = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2}|1er)(?:e|ste|de)? {0,3}(${MONTH_ALT})\\.? {0,3}(\\d{4})(?!\\d)`,
  "giu"
);

/** True when y-m-d is a real calendar date (no rolling over of 31/02). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every real date in the text, in order of appearance. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const found: DateMatch[] = [];
  if (options.shortYears)
    for (const m of text.matchAll(NUMERIC_SHORT_YEAR)) {
      const day = Number(m[1]);
      const month = Number(m[3]);
      const year = 2000 + Number(m[4]);
      if (isRealDate(year, month, day))
        found.push({
          iso: toIso(year, month, day),
          start: m.index,
          end: m.index + m[0].length,
          shortYear: true,
        });
    }
  for (const m of text.matchAll(ISO_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isRealDate(year, month, day))
      found.push({ iso: toIso(year, month, day), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = Number(m[4]);
    if (isRealDate(year, month, day))
      found.push({ iso: toIso(year, month, day), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(TEXTUAL)) {
    const day = m[1].toLowerCase() === "1er" ? 1 : Number(m[1]);
    const month = MONTHS[m[2].toLowerCase()];
    const year = Number(m[3]);
    if (month && isRealDate(year, month, day))
      found.push({ iso: toIso(year, month, day), start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first date written in `text` as YYYY-MM-DD, or null (for the pane's manual entry too). */
export function parseDateText(text: string): string | null {
  if (typeof text !== "string") return null;
  const first = findDates(text.slice(0, 10_000))[0];
  return first ? first.iso : null;
}

/**
 * A two-digit-year birth date (read as 20YY) is kept only when it makes a child of 0–17 on the
 * mail's day: "°12/03/85" is no 2085 birth and never guessed as 1985 for a child.
 */
export function plausibleShortYearBirth(birthIso: string, mailDay: string): boolean {
  if (birthIso > mailDay) return false;
  const age = ageOn(birthIso, mailDay);
  return age >= 0 && age < 18;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthIso: string, dayIso: string): number {
  const [by, bm, bd] = birthIso.split("-").map(Number);
  const [y, m, d] = dayIso.split("-").map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Age in whole months, for the 2.5-year nursery threshold. */
export function ageInMonthsOn(birthIso: string, dayIso: string): number {
  const [by, bm, bd] = birthIso.split("-").map(Number);
  const [y, m, d] = dayIso.split("-").map(Number);
  let months = (y - by) * 12 + (m - bm);
  if (d < bd) months -= 1;
  return months;
}
