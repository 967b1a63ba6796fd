/**
 * Reads a CSV file (as text) into rows keyed by canonical column names, using papaparse.
 * Handles the byte-order mark, `;` (or `,`/tab) separators, quoted fields and CRLF.
 */
import Papa from "papaparse";
import { foldForMatching } from "./foldForMatching";
import { directoryMessage, type DirectoryMessage } from "./messages";

export interface CsvRow {
  /** 1-based row (record) number in the file; the header is row 1 unless blank lines precede it. */
  row: number;
  /** Values by canonical column name, trimmed; "" for empty or absent cells. */
  get(column: string): string;
}

export interface CsvTable {
  rows: CsvRow[];
  /** Rows papaparse could not read (e.g. an unclosed quote), with their row number. */
  malformed: number[];
}

const DELIMITERS = [";", ",", "\t"] as const;

/**
 * The separator used in the header line, ";" unless "," or tab occurs more often there.
 * Hand-written because papaparse's guesser gives up on short files ending in a blank line.
 */
function headerDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
  const count = (d: string) => header.split(d).length - 1;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), DELIMITERS[0]);
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
  const content = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(content, {
    header: false,
    delimiter: headerDelimiter(content),
    skipEmptyLines: false,
  });
  // Leading blank lines before the header are ignored; row numbers still count them.
  const headerIndex = parsed.data.findIndex((r) => r.some((cell) => cell.trim() !== ""));
  const header = headerIndex === -1 ? undefined : parsed.data[headerIndex];
  if (header === undefined) {
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
    // Name the column as the file should spell it ("schoolnummer"), not by its internal name.
    const column = aliases[missing]?.[0] ?? missing;
    return { ok: false, error: directoryMessage("import.file.missingColumn", { column }) };
  }

  const malformedIndexes = new Set(
    parsed.errors.filter((e) => e.row !== undefined).map((e) => e.row as number)
  );
  const rows: CsvRow[] = [];
  const malformed: number[] = [];
  parsed.data.forEach((record, index) => {
    if (index <= headerIndex) return;
    const rowNumber = index + 1;
    if (record.every((cell) => cell.trim() === "")) return;
    if (malformedIndexes.has(index)) {
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
