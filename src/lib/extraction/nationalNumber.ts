/**
 * Belgian national register numbers (rijksregisternummer / INSZ / NISS): YY.MM.DD-SSS.CC.
 * Check digits: 97 - (N mod 97), N = first nine digits, prefixed with 2 for births from 2000.
 * BIS numbers add 20 or 40 to the month; an unknown month or day is written 00.
 */
import { isRealDate, toIso } from "./dates";

export interface NationalNumber {
  /** The 11 digits. */
  digits: string;
  /** YYYY-MM-DD when the number is valid and holds a full date, else null. */
  birthDate: string | null;
  valid: boolean;
}

export interface NationalNumberMatch extends NationalNumber {
  start: number;
  end: number;
}

// Fixed digit groups with optional single separators: linear, no nested quantifiers.
const PRINTED =
  /(?<![\d])(\d{2})[. ]?(\d{2})[. ]?(\d{2}) ?[-. ]? ?(\d{3}) ?[-. ]? ?(\d{2})(?![\d])/g;

function checkDigitsMatch(nine: string, check: number, bornFrom2000: boolean): boolean {
  // BigInt-free: 2_000_000_000 + n stays below 2^53.
  const n = Number(nine) + (bornFrom2000 ? 2_000_000_000 : 0);
  return 97 - (n % 97) === check;
}

/** Validate 11 digits (any separators already removed). */
export function validateDigits(digits: string): NationalNumber {
  const nine = digits.slice(0, 9);
  const check = Number(digits.slice(9, 11));
  const counter = Number(digits.slice(6, 9));
  const after2000 = checkDigitsMatch(nine, check, true);
  const before2000 = checkDigitsMatch(nine, check, false);
  const counterOk = counter !== 0 && counter !== 999;
  if (!(after2000 || before2000) || !counterOk) return { digits, birthDate: null, valid: false };

  const year = (after2000 ? 2000 : 1900) + Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (month > 40) month -= 40;
  else if (month > 20) month -= 20;
  if (month === 0 || day === 0) return { digits, birthDate: null, valid: month <= 12 && day <= 31 };
  if (!isRealDate(year, month, day)) return { digits, birthDate: null, valid: false };
  return { digits, birthDate: toIso(year, month, day), valid: true };
}

/**
 * Parse a national number in any printed form (`YY.MM.DD-SSS.CC`, `YYMMDD SSS CC`, plain).
 * Returns null when the text holds no 11-digit number of that shape.
 */
export function parseNationalNumber(text: string): NationalNumber | null {
  if (typeof text !== "string") return null;
  const first = findNationalNumbers(text.slice(0, 10_000))[0];
  if (!first) return null;
  return { digits: first.digits, birthDate: first.birthDate, valid: first.valid };
}

/** Every national-number-shaped group of 11 digits in the text, validated. */
export function findNationalNumbers(text: string): NationalNumberMatch[] {
  const found: NationalNumberMatch[] = [];
  for (const m of text.matchAll(PRINTED)) {
    const digits = m[1] + m[2] + m[3] + m[4] + m[5];
    found.push({ ...validateDigits(digits), start: m.index, end: m.index + m[0].length });
  }
  return found;
}
