/**
 * The School type: one entry of the zone's approved school directory (one Outlook contact).
 * Institution numbers and contact addresses are branded so that they can only be produced by the
 * validating constructors below, never by an arbitrary string.
 */
import { z } from "zod";

declare const schoolNumberBrand: unique symbol;
/** A six-digit institution number (schoolnummer), leading zeros restored. */
export type SchoolNumber = string & { readonly [schoolNumberBrand]: true };

declare const contactEmailBrand: unique symbol;
/** A syntactically valid e-mail address of a Handle with Care contact person. */
export type ContactEmail = string & { readonly [contactEmailBrand]: true };

export type SchoolLanguage = "nl" | "fr";

export interface SchoolAddress {
  /** Street and house number, as one line (Outlook contacts have a single street field). */
  street: string;
  postcode: string;
  municipality: string;
}

/** A Handle with Care contact person of a school. */
export interface SchoolContact {
  email: ContactEmail;
  /** The person's name, or "" when the coordinator did not supply one. */
  name: string;
}

export interface School {
  /** Graph contact id; null for a school that is not stored yet (import preview). */
  id: string | null;
  number: SchoolNumber;
  /** Display name exactly as published; never normalised. */
  name: string;
  address: SchoolAddress;
  language: SchoolLanguage;
  /** The Handle with Care contact persons; empty = listed but cannot be picked. */
  contacts: readonly SchoolContact[];
}

const SCHOOL_NUMBER_DIGITS = 6;

/**
 * "1234", " 001234 " → "001234". Returns null for anything that is not 1–6 digits.
 * The official list and spreadsheets often drop leading zeros, so numbers are padded.
 */
export function parseSchoolNumber(raw: string): SchoolNumber | null {
  const trimmed = raw.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const padded = trimmed.padStart(SCHOOL_NUMBER_DIGITS, "0");
  if (/^0+$/.test(padded)) return null;
  return padded as SchoolNumber;
}

// zod's e-mail check is well-tested and stricter than a hand-written regex.
const emailSchema = z.string().email();

/** A trimmed, valid e-mail address, or null. Case is kept (the local part may be case-sensitive). */
export function parseContactEmail(raw: string): ContactEmail | null {
  const trimmed = raw.trim();
  return emailSchema.safeParse(trimmed).success ? (trimmed as ContactEmail) : null;
}

const languageAliases: Record<string, SchoolLanguage> = {
  nl: "nl",
  n: "nl",
  nederlands: "nl",
  dutch: "nl",
  néerlandais: "nl",
  neerlandais: "nl",
  fr: "fr",
  f: "fr",
  frans: "fr",
  french: "fr",
  français: "fr",
  francais: "fr",
};

/** "NL", "Frans", "français" → "nl" | "fr"; null when unrecognised. */
export function parseSchoolLanguage(raw: string): SchoolLanguage | null {
  return languageAliases[raw.trim().toLowerCase()] ?? null;
}

/** A school can be picked for a signal only when it has at least one contact person. */
export function canReceiveSignals(school: School): boolean {
  return school.contacts.length > 0;
}

/** Same address ignoring case (Exchange does not distinguish case in SMTP addresses). */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
