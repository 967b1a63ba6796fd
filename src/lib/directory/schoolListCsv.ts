/**
 * Parses the official school list (Flemish education open data: `;`, UTF-8 with BOM, columns
 * schoolnummer, naam, straat, huisnummer, postcode, gemeente, …) into school records.
 * The list's general e-mail column is deliberately not read: it is not a Handle with Care contact.
 */
import { readCsvTable } from "./csvTable";
import { directoryMessage, type DirectoryMessage } from "./messages";
import { rejectionsFor, rowSchoolNumber, type RejectedRow } from "./rejectedRow";
import {
  parseSchoolLanguage,
  type SchoolAddress,
  type SchoolLanguage,
  type SchoolNumber,
} from "./school";

export interface ListedSchool {
  row: number;
  number: SchoolNumber;
  name: string;
  address: SchoolAddress;
  /** null when the file has no (or an empty) language cell: keep the stored one, or "nl". */
  language: SchoolLanguage | null;
}

export type SchoolListResult =
  | { ok: true; schools: ListedSchool[]; rejected: RejectedRow[] }
  | { ok: false; error: DirectoryMessage };

const schoolListColumns = {
  number: ["schoolnummer", "instellingsnummer", "instellingsnr", "school number", "numero"],
  name: ["naam", "schoolnaam", "instellingsnaam", "name", "nom"],
  street: ["straat", "street", "rue"],
  houseNumber: ["huisnummer", "house number", "numero de rue"],
  postcode: ["postcode", "postal code", "code postal"],
  municipality: ["gemeente", "municipality", "commune"],
  language: ["taal", "language", "langue", "onderwijstaal"],
} as const;

export function parseSchoolListCsv(text: string): SchoolListResult {
  const read = readCsvTable(text, schoolListColumns, ["number", "name"]);
  if (!read.ok) return read;
  const { reject, sorted } = rejectionsFor("schools", read.table);
  const firstRowOf = new Map<SchoolNumber, number>();
  const schools: ListedSchool[] = [];

  for (const record of read.table.rows) {
    const { row } = record;
    const school = rowSchoolNumber(record);
    if (!school.ok) {
      reject(row, school.reason);
      continue;
    }
    const { number } = school;
    const name = record.get("name");
    if (name === "") {
      reject(row, directoryMessage("import.reject.missingName", { row, number }));
      continue;
    }
    const rawLanguage = record.get("language");
    const language = rawLanguage === "" ? null : parseSchoolLanguage(rawLanguage);
    if (rawLanguage !== "" && language === null) {
      reject(row, directoryMessage("import.reject.badLanguage", { row, value: rawLanguage }));
      continue;
    }
    const firstRow = firstRowOf.get(number);
    if (firstRow !== undefined) {
      reject(row, directoryMessage("import.reject.duplicateSchool", { row, number, firstRow }));
      continue;
    }
    firstRowOf.set(number, row);
    schools.push({
      row,
      number,
      name,
      address: {
        street: [record.get("street"), record.get("houseNumber")].filter((s) => s !== "").join(" "),
        postcode: record.get("postcode"),
        municipality: record.get("municipality"),
      },
      language,
    });
  }
  return { ok: true, schools, rejected: sorted() };
}
