/**
 * Parses the official school list (Flemish education open data: `;`, UTF-8 with BOM, columns
 * schoolnummer, naam, straat, huisnummer, postcode, gemeente, …) into school records.
 * The list's general e-mail column is deliberately not read: it is not a Handle with Care contact.
 */
import { readCsvTable } from "./csvTable";
import { directoryMessage, type DirectoryMessage } from "./messages";
import type { RejectedRow } from "./rejectedRow";
import {
  parseSchoolLanguage,
  parseSchoolNumber,
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
  const rejected: RejectedRow[] = read.table.malformed.map((row) => ({
    file: "schools",
    row,
    reason: directoryMessage("import.reject.malformedRow", { row }),
  }));
  const firstRowOf = new Map<SchoolNumber, number>();
  const schools: ListedSchool[] = [];
  const reject = (row: number, reason: DirectoryMessage) =>
    rejected.push({ file: "schools", row, reason });

  for (const record of read.table.rows) {
    const { row } = record;
    const rawNumber = record.get("number");
    if (rawNumber === "") {
      reject(row, directoryMessage("import.reject.missingNumber", { row }));
      continue;
    }
    const number = parseSchoolNumber(rawNumber);
    if (number === null) {
      reject(row, directoryMessage("import.reject.invalidNumber", { row, value: rawNumber }));
      continue;
    }
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
  rejected.sort((a, b) => a.row - b.row);
  return { ok: true, schools, rejected };
}
