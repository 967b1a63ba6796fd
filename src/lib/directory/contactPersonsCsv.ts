/**
 * Parses the coordinator's CSV of Handle with Care contact persons (`schoolnummer;e-mail;naam`).
 * Row-level checks only; whether the school exists is decided when merging (importPlan.ts).
 */
import { readCsvTable } from "./csvTable";
import { directoryMessage, type DirectoryMessage } from "./messages";
import { rejectionsFor, rowSchoolNumber, type RejectedRow } from "./rejectedRow";
import { parseContactEmail, type ContactEmail, type SchoolNumber } from "./school";

export interface ContactPersonRow {
  row: number;
  number: SchoolNumber;
  email: ContactEmail;
  name: string;
}

export type ContactPersonsResult =
  | { ok: true; contacts: ContactPersonRow[]; rejected: RejectedRow[] }
  | { ok: false; error: DirectoryMessage };

const contactColumns = {
  number: ["schoolnummer", "instellingsnummer", "school number", "numero"],
  email: ["e-mail", "email", "mail", "e-mailadres", "courriel", "adresse e-mail"],
  name: ["naam", "name", "nom", "contactpersoon"],
} as const;

export function parseContactPersonsCsv(text: string): ContactPersonsResult {
  const read = readCsvTable(text, contactColumns, ["number", "email"]);
  if (!read.ok) return read;
  const { reject, sorted } = rejectionsFor("contacts", read.table);
  const contacts: ContactPersonRow[] = [];

  for (const record of read.table.rows) {
    const { row } = record;
    const school = rowSchoolNumber(record);
    if (!school.ok) {
      reject(row, school.reason);
      continue;
    }
    const { number } = school;
    const rawEmail = record.get("email");
    if (rawEmail === "") {
      reject(row, directoryMessage("import.reject.missingEmail", { row, number }));
      continue;
    }
    const email = parseContactEmail(rawEmail);
    if (email === null) {
      reject(row, directoryMessage("import.reject.badEmail", { row, number, value: rawEmail }));
      continue;
    }
    contacts.push({ row, number, email, name: record.get("name") });
  }
  return { ok: true, contacts, rejected: sorted() };
}
