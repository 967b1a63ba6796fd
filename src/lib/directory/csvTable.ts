/**
 * Reads a CSV file (as text) into rows keyed by canonical column names, using papaparse.
 * Handles the byte-order mark, `;` (or `,`/tab) separators, quoted fields and CRLF.
 */
import Papa from "papaparse";
import { foldForMatching } from "./foldForMatching";
import { directoryMessage, type DirectoryMessage } from "./messages";

export interface CsvRow {
  /** 1-based row number in the file; the header is row 1. */
  row: number;
  /** Values by canonical column name, trimmed; "" for empty or absent cells. */
  get(column: string): string;
}

export interface CsvTable {
  rows: CsvRow[];
  /** Rows papaparse could not read (e.g. an unclosed quote), with their row number. */
  malformed: number[];
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; error: DirectoryMessage };

/**
 * @param aliases canonical column name → accepted header spellings (compared folded, so
 *   "E-mail", "e-mail" and "email" are the same header when "e mail"/"email" are listed).
 * @param required canonical columns that must be present.
 */
export function readCsvTable(
  text: string,
  aliases: Record<string, readonly string[]>,
  required: readonly string[]
): CsvReadResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    delimitersToGuess: [";", ",", "\t"],
    skipEmptyLines: false,
  });
  const [header, ...records] = parsed.data;
  if (header === undefined || header.every((cell) => cell.trim() === "")) {
    return { ok: false, error: directoryMessage("import.file.empty") };
  }

  const columnIndex = new Map<string, number>();
  header.forEach((cell, index) => {
    const folded = foldForMatching(cell).replace(/ /g, "");
    for (const [canonical, spellings] of Object.entries(aliases)) {
      const matches = spellings.some((s) => foldForMatching(s).replace(/ /g, "") === folded);
      if (matches && !columnIndex.has(canonical)) columnIndex.set(canonical, index);
    }
  });
  const missing = required.find((column) => !columnIndex.has(column));
  if (missing !== undefined) {
    return { ok: false, error: directoryMessage("import.file.missingColumn", { column: missing }) };
  }

  const malformedIndexes = new Set(
    parsed.errors
      .filter((e) => e.row !== undefined && e.code !== "UndetectableDelimiter")
      .map((e) => e.row as number)
  );
  const rows: CsvRow[] = [];
  const malformed: number[] = [];
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    if (record.every((cell) => cell.trim() === "")) return;
    // papaparse counts the header as data row 0 when header: false.
    if (malformedIndexes.has(index + 1)) {
      malformed.push(rowNumber);
      return;
    }
    rows.push({
      row: rowNumber,
      get(column) {
        const i = columnIndex.get(column);
        return i === undefined ? "" : (record[i] ?? "").trim();
      },
    });
  });
  return { ok: true, table: { rows, malformed } };
}
