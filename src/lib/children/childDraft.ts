/**
 * A child as the officer keeps it in the pane: found by the extraction engine or added by hand,
 * corrected field by field. Rules for what a signal may be sent for live here, not in the UI.
 */
import { ageInMonthsOn, ageOn, isRealDate, parseDateText } from "../extraction/dates";
import { parseNationalNumber } from "../extraction/nationalNumber";
import type { Evidence, ExtractedChild } from "../extraction/types";

export const MAX_NAME_LENGTH = 100;
/** Nursery school starts at 2.5 years; compulsory education ends at 18. */
const SCHOOL_AGE_MONTHS = 30;
const ADULT_AGE = 18;

/** Markup characters, control characters and bidi overrides never belong in a child's name. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NAMES = /[<>{}\\/\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export interface ChildDraft {
  /** Stable key within one pane session (not derived from the child's data). */
  key: string;
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD or null while unknown. */
  birthDate: string | null;
  /** 11 digits, valid check digits, or null. */
  nationalNumber: string | null;
  origin: "extracted" | "manual";
  evidence: Evidence | null;
}

export interface ChildFacts {
  age: number | null;
  schoolAge: boolean | null;
  /** A valid national number gives exactly this birth date. */
  confirmedByNationalNumber: boolean;
}

export type ChildField = "firstName" | "lastName" | "birthDate";

/** A field error: an i18next key of the "pane" namespace. */
export interface ChildFieldError {
  field: ChildField;
  key: string;
}

export interface ChildInput {
  firstName: string;
  lastName: string;
  /** As typed: "12/03/2015", "12 maart 2015", "2015-03-12" … */
  birthDate: string;
}

export type ChildValidation =
  | { ok: true; value: { firstName: string; lastName: string; birthDate: string } }
  | { ok: false; errors: ChildFieldError[] };

/** The day part (YYYY-MM-DD) of an ISO timestamp or date. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

export function fromExtracted(child: ExtractedChild, key: string): ChildDraft {
  return {
    key,
    firstName: child.firstName,
    lastName: child.lastName,
    birthDate: child.birthDate,
    nationalNumber: child.nationalNumber,
    origin: "extracted",
    evidence: child.evidence,
  };
}

export function childFacts(
  child: Pick<ChildDraft, "birthDate" | "nationalNumber">,
  mailDay: string
): ChildFacts {
  const confirmed =
    child.birthDate !== null &&
    child.nationalNumber !== null &&
    parseNationalNumber(child.nationalNumber)?.birthDate === child.birthDate;
  if (!child.birthDate) return { age: null, schoolAge: null, confirmedByNationalNumber: false };
  const age = ageOn(child.birthDate, mailDay);
  const months = ageInMonthsOn(child.birthDate, mailDay);
  return {
    age,
    schoolAge: months >= SCHOOL_AGE_MONTHS && age < ADULT_AGE,
    confirmedByNationalNumber: confirmed,
  };
}

/** A typed date: ISO (a date input's value) or any form police write (12/03/2015, 12 maart 2015). */
export function parseTypedDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (iso) return isRealDate(+iso[1], +iso[2], +iso[3]) ? iso[0] : null;
  return parseDateText(text);
}

function cleanName(raw: string): string {
  return raw.replace(/\s+/g, " ").trim();
}

/** Validates a typed child (manual add or correction): names present, a real date, under 18. */
export function validateChildInput(input: ChildInput, mailDay: string): ChildValidation {
  const errors: ChildFieldError[] = [];
  const firstName = cleanName(input.firstName);
  const lastName = cleanName(input.lastName);
  for (const [field, value] of [
    ["firstName", firstName],
    ["lastName", lastName],
  ] as const) {
    if (!value) errors.push({ field, key: "child.errors.nameRequired" });
    else if (value.length > MAX_NAME_LENGTH)
      errors.push({ field, key: "child.errors.nameTooLong" });
    else if (FORBIDDEN_IN_NAMES.test(value))
      errors.push({ field, key: "child.errors.nameCharacters" });
  }
  const birthDate = input.birthDate.trim() ? parseTypedDate(input.birthDate) : null;
  if (!input.birthDate.trim())
    errors.push({ field: "birthDate", key: "child.errors.dateRequired" });
  else if (!birthDate) errors.push({ field: "birthDate", key: "child.errors.dateInvalid" });
  else if (birthDate > mailDay)
    errors.push({ field: "birthDate", key: "child.errors.dateInFuture" });
  else if (ageOn(birthDate, mailDay) >= ADULT_AGE)
    errors.push({ field: "birthDate", key: "child.errors.notMinor" });
  if (errors.length > 0 || !birthDate) return { ok: false, errors };
  return { ok: true, value: { firstName, lastName, birthDate } };
}

/** Why a child cannot (yet) get a signal; empty when it can. */
export function signalBlockers(child: ChildDraft, mailDay: string): ChildFieldError[] {
  const result = validateChildInput(
    { firstName: child.firstName, lastName: child.lastName, birthDate: child.birthDate ?? "" },
    mailDay
  );
  return result.ok ? [] : result.errors;
}

/** Applies a validated correction; keeps the national number only while it still agrees. */
export function applyCorrection(
  child: ChildDraft,
  value: { firstName: string; lastName: string; birthDate: string }
): ChildDraft {
  const number = child.nationalNumber ? parseNationalNumber(child.nationalNumber) : null;
  const agrees =
    number?.valid === true && (number.birthDate === null || number.birthDate === value.birthDate);
  return { ...child, ...value, nationalNumber: agrees ? child.nationalNumber : null };
}
