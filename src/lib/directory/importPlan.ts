/**
 * Merges the official school list and the contact persons CSV with the schools already in the
 * directory into an import preview: what will be created, updated, left alone and rejected.
 * Nothing is written here; `preview.changes` is handed to SchoolDirectorySource.upsert.
 */
import { MAX_CONTACT_EMAILS } from "./contactMapping";
import { parseContactPersonsCsv, type ContactPersonRow } from "./contactPersonsCsv";
import { directoryMessage, type DirectoryMessage } from "./messages";
import type { SchoolChanges } from "./ports";
import type { ImportFile, RejectedRow } from "./rejectedRow";
import { parseSchoolListCsv, type ListedSchool } from "./schoolListCsv";
import { sameEmail, type School, type SchoolContact, type SchoolNumber } from "./school";

/** Schools in the official Flemish list teach in Dutch unless a language column says otherwise. */
export const DEFAULT_SCHOOL_LANGUAGE = "nl";

export type SchoolField = "name" | "address" | "language" | "contacts";

export interface SchoolUpdate {
  before: School;
  after: School;
  changed: SchoolField[];
}

export interface ImportPreview {
  create: School[];
  update: SchoolUpdate[];
  /** Schools in scope whose stored contact already matches. */
  unchanged: School[];
  /** Rows of either file that are not used, sorted by file and row. */
  rejected: RejectedRow[];
  /** The writes, ready for SchoolDirectorySource.upsert. */
  changes: SchoolChanges;
}

export interface ImportInput {
  /** The official school list CSV text, or null to only update contact persons. */
  schoolListCsv: string | null;
  /** The contact persons CSV text, or null to only refresh names and addresses. */
  contactPersonsCsv: string | null;
  /** The schools currently in the directory (SchoolDirectorySource.list()). */
  existing: readonly School[];
  /**
   * Also import listed schools in these postcodes even without contact persons (they will be
   * listed but not pickable). By default only schools with contact persons or already in the
   * directory are imported: the official list covers all of Flanders.
   */
  includePostcodes?: readonly string[];
}

export type ImportPlanResult =
  { ok: true; preview: ImportPreview } | { ok: false; file: ImportFile; error: DirectoryMessage };

/** Contact persons per school, rejecting unknown schools, duplicates and overflow. */
function groupContacts(
  rows: readonly ContactPersonRow[],
  isKnown: (number: SchoolNumber) => boolean,
  rejected: RejectedRow[]
): Map<SchoolNumber, (SchoolContact & { row: number })[]> {
  const byNumber = new Map<SchoolNumber, (SchoolContact & { row: number })[]>();
  const reject = (row: number, reason: DirectoryMessage) =>
    rejected.push({ file: "contacts", row, reason });
  for (const { row, number, email, name } of rows) {
    if (!isKnown(number)) {
      reject(row, directoryMessage("import.reject.unknownSchool", { row, number }));
      continue;
    }
    const list = byNumber.get(number) ?? [];
    const duplicate = list.find((c) => sameEmail(c.email, email));
    if (duplicate !== undefined) {
      const params = { row, number, firstRow: duplicate.row };
      reject(row, directoryMessage("import.reject.duplicateContact", params));
      continue;
    }
    if (list.length >= MAX_CONTACT_EMAILS) {
      const params = { row, number, max: MAX_CONTACT_EMAILS };
      reject(row, directoryMessage("import.reject.tooManyContacts", params));
      continue;
    }
    list.push({ email, name, row });
    byNumber.set(number, list);
  }
  return byNumber;
}

function sameContacts(a: readonly SchoolContact[], b: readonly SchoolContact[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => sameEmail(c.email, b[i].email) && c.name === b[i].name)
  );
}

/** The stored fields in which two versions of a school differ (the id is not compared). */
export function changedFields(before: School, after: School): SchoolField[] {
  const changed: SchoolField[] = [];
  if (before.name !== after.name) changed.push("name");
  const a = before.address;
  const b = after.address;
  if (a.street !== b.street || a.postcode !== b.postcode || a.municipality !== b.municipality) {
    changed.push("address");
  }
  if (before.language !== after.language) changed.push("language");
  if (!sameContacts(before.contacts, after.contacts)) changed.push("contacts");
  return changed;
}

/** The school as it should be stored, from the official row, the contact rows and the stored one. */
function mergeSchool(
  number: SchoolNumber,
  listed: ListedSchool | undefined,
  contacts: readonly SchoolContact[] | undefined,
  stored: School | undefined
): School {
  return {
    id: stored?.id ?? null,
    number,
    name: listed?.name ?? stored?.name ?? number,
    address: listed?.address ?? stored?.address ?? { street: "", postcode: "", municipality: "" },
    language: listed?.language ?? stored?.language ?? DEFAULT_SCHOOL_LANGUAGE,
    // The contact persons CSV is the complete list for every school it mentions.
    contacts: contacts?.map(({ email, name }) => ({ email, name })) ?? stored?.contacts ?? [],
  };
}

const byFileThenRow = (a: RejectedRow, b: RejectedRow) =>
  a.file === b.file ? a.row - b.row : a.file === "schools" ? -1 : 1;

export function planImport(input: ImportInput): ImportPlanResult {
  const rejected: RejectedRow[] = [];
  const listed = new Map<SchoolNumber, ListedSchool>();
  if (input.schoolListCsv !== null) {
    const parsed = parseSchoolListCsv(input.schoolListCsv);
    if (!parsed.ok) return { ok: false, file: "schools", error: parsed.error };
    parsed.schools.forEach((s) => listed.set(s.number, s));
    rejected.push(...parsed.rejected);
  }
  let contactRows: ContactPersonRow[] = [];
  if (input.contactPersonsCsv !== null) {
    const parsed = parseContactPersonsCsv(input.contactPersonsCsv);
    if (!parsed.ok) return { ok: false, file: "contacts", error: parsed.error };
    contactRows = parsed.contacts;
    rejected.push(...parsed.rejected);
  }

  const stored = new Map<SchoolNumber, School>();
  for (const school of input.existing)
    if (!stored.has(school.number)) stored.set(school.number, school);
  const contacts = groupContacts(contactRows, (n) => listed.has(n) || stored.has(n), rejected);

  const postcodes = new Set((input.includePostcodes ?? []).map((p) => p.trim()));
  const inScope = new Set<SchoolNumber>([...contacts.keys()]);
  for (const [number, school] of listed) {
    if (stored.has(number) || postcodes.has(school.address.postcode)) inScope.add(number);
  }

  const preview: ImportPreview = {
    create: [],
    update: [],
    unchanged: [],
    rejected: rejected.sort(byFileThenRow),
    changes: { create: [], update: [] },
  };
  for (const number of [...inScope].sort()) {
    const before = stored.get(number);
    const after = mergeSchool(number, listed.get(number), contacts.get(number), before);
    if (before === undefined) {
      preview.create.push(after);
      continue;
    }
    const changed = changedFields(before, after);
    if (changed.length === 0) preview.unchanged.push(before);
    else preview.update.push({ before, after, changed });
  }
  preview.changes = { create: preview.create, update: preview.update.map((u) => u.after) };
  return { ok: true, preview };
}
