/** A CSV row the import will not use, with the reason as a message key for the preview. */
import type { CsvRow, CsvTable } from "./csvTable";
import { directoryMessage, type DirectoryMessage } from "./messages";
import { parseSchoolNumber, type SchoolNumber } from "./school";

export type ImportFile = "schools" | "contacts";

export interface RejectedRow {
  file: ImportFile;
  /** 1-based row number in that file (header = 1). */
  row: number;
  reason: DirectoryMessage;
}

/** Collects the rejected rows of one file, starting with those the CSV parser could not read. */
export function rejectionsFor(file: ImportFile, table: CsvTable) {
  const rejected: RejectedRow[] = table.malformed.map((row) => ({
    file,
    row,
    reason: directoryMessage("import.reject.malformedRow", { row }),
  }));
  return {
    rejected,
    reject: (row: number, reason: DirectoryMessage) => void rejected.push({ file, row, reason }),
    /** All rejections, in file order. */
    sorted: () => rejected.sort((a, b) => a.row - b.row),
  };
}

/** The row's school number (leading zeros restored), or why the row is rejected. */
export function rowSchoolNumber(
  record: CsvRow
): { ok: true; number: SchoolNumber } | { ok: false; reason: DirectoryMessage } {
  const { row } = record;
  const raw = record.get("number");
  if (raw === "")
    return { ok: false, reason: directoryMessage("import.reject.missingNumber", { row }) };
  const number = parseSchoolNumber(raw);
  if (number === null) {
    return {
      ok: false,
      reason: directoryMessage("import.reject.invalidNumber", { row, value: raw }),
    };
  }
  return { ok: true, number };
}
