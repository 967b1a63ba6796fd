/**
 * Helpers for the holdout corpus: mail dates, national register numbers and re-exports of the
 * first corpus's MIME building blocks (reused, not copied, so both corpora render alike).
 */
export {
  adult,
  alternative,
  child,
  html,
  htmlFromText,
  INTERVENTIE,
  INTERVENTION_FR,
  JGP,
  messageId,
  mixed,
  plain,
  type Fixture,
} from "../../fixtures/generator/fixture";

export const NBSP = "\u00a0";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An RFC 5322 Date header in Belgian winter time, weekday computed: ("2026-11-03", "08:12"). */
export function mailDate(isoDay: string, time: string): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${String(d).padStart(2, "0")} ${MONTHS[m - 1]} ${y} ${time}:00 +0100`;
}

/** Check digits of a national register number: 97 - (N mod 97), N prefixed with 2 from 2000. */
export function checkDigits(nineDigits: string, birthYear: number): number {
  const base = BigInt((birthYear >= 2000 ? "2" : "") + nineDigits);
  return Number(97n - (base % 97n));
}

/** The 11 digits of a valid national register number for a birth date and a day counter. */
export function nationalNumber(birthDate: string, counter: number): string {
  const [y, m, d] = birthDate.split("-").map(Number);
  const nine =
    String(y % 100).padStart(2, "0") +
    String(m).padStart(2, "0") +
    String(d).padStart(2, "0") +
    String(counter).padStart(3, "0");
  return nine + String(checkDigits(nine, y)).padStart(2, "0");
}

/**
 * The same number with check digits that are wrong for both centuries, so no reading of it can
 * yield a birth date.
 */
export function withWrongCheckDigits(digits: string): string {
  const nine = digits.slice(0, 9);
  const yy = Number(digits.slice(0, 2));
  const valid = new Set([checkDigits(nine, 1900 + yy), checkDigits(nine, 2000 + yy)]);
  let wrong = (Number(digits.slice(9)) + 11) % 97;
  while (valid.has(wrong) || wrong === 0) wrong = (wrong + 1) % 97;
  return nine + String(wrong).padStart(2, "0");
}

/** Printed notations of an 11-digit number. */
export const formatNumber = {
  dotted: (n: string) =>
    `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`,
  grouped: (n: string) => `${n.slice(0, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
  spaced: (n: string) =>
    `${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6, 9)} ${n.slice(9)}`,
  plain: (n: string) => n,
};
