/**
 * Tables of persons (role / name / first name / birth date / national number), as htmlToText
 * renders them (cells joined by " | ") or as tab-separated plain text. A header row names the
 * columns; each following row with cells is one person.
 */
import { findDates } from "./dates";
import { findNationalNumbers } from "./nationalNumber";
import { isNameWord, isParticle, toNameCase } from "./names";
import type { PersonMention } from "./mentions";
import { classifyRole } from "./roles";
import type { Line } from "./structure";

type Column =
  "role" | "lastName" | "firstName" | "fullName" | "birthPlace" | "birthDate" | "nationalNumber";

const HEADERS: Array<[Column, RegExp]> = [
  [
    "fullName",
    /^(?:naam en voornaam|naam \+ voornaam|naam\/voornaam|nom et prénoms?|nom\/prénom|nom \+ prénom|identité|persoon|personen|personne|betrokkenen?|personnes? concernées?|name|full name)$/i,
  ],
  [
    "firstName",
    /^(?:voorna(?:a|m)m(?:en)?|voornamen|prénoms?|prenoms?|first ?names?|given names?)$/i,
  ],
  [
    "lastName",
    /^(?:naam|achternaam|familienaam|nom|nom de famille|last ?name|surname|family name)$/i,
  ],
  // Before birthDate: "GEB.PLAATS", "Lieu de naissance" are places, not dates.
  ["birthPlace", /plaats|lieu|place/i],
  ["birthDate", /geboorte|geb\.|^geboren(?: op)?$|naissance|^né|birth|^°|^dob$/i],
  ["nationalNumber", /rijksregister|^rrn|insz|niss|^nn$|national|registre/i],
  [
    "role",
    /^(?:rol|role|rôle|hoedanigheid|qualité|qualite|statuut|statut|betrokkenheid|type|relatie|relation|lien)$/i,
  ],
];

interface Cell {
  text: string;
  start: number;
}

/** A CSV export with ";" (Belgian Excel): at least two separators and no sentence spaces around. */
const SEMICOLONS = /^[^;\s]*(?: [^;\s]+)*;[^;]*;/;

/** Columns aligned with spaces (fixed-width exports): two or more spaces between cells. */
const SPACED = / {2,}/;

/**
 * Cells of a row: " | " from htmlToText, Markdown-like "| a | b |", tabs, ";" CSV, or columns aligned with
 * spaces (only in lines without a colon: "Naam:  PEETERS" is a form field, not a table).
 */
function cellsOf(line: string): Cell[] | null {
  const sep = line.includes("|")
    ? "|"
    : line.includes("\t")
      ? "\t"
      : SEMICOLONS.test(line)
        ? ";"
        : !line.includes(":") && SPACED.test(line.trim())
          ? SPACED
          : null;
  if (!sep) return null;
  if (typeof sep !== "string") return spacedCells(line);
  const cells: Cell[] = [];
  let pos = 0;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: pos + lead });
    pos += part.length + sep.length;
  }
  // "| a | b |": the outer pipes open and close the row, they hold no cells.
  if (sep === "|" && cells.length > 0 && cells[0].text === "" && /^\s*\|/.test(line)) cells.shift();
  if (sep === "|" && cells.length > 0 && cells[cells.length - 1].text === "" && /\|\s*$/.test(line))
    cells.pop();
  return cells.length >= 2 ? cells : null;
}

function spacedCells(line: string): Cell[] | null {
  const cells: Cell[] = [];
  // A line that starts with spaces has an empty first cell (the label column of a heading row).
  if (/^ {2,}\S/.test(line)) cells.push({ text: "", start: 0 });
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) cells.push({ text: m[0], start: m.index });
  return cells.length >= 2 ? cells : null;
}

/** "|----|:---|" or "+----+----+": a rule between header and rows. */
const RULE_ROW = /^\s*[|+]?[\s:|+]*-{3,}[-\s:|+]*$/;

function headerColumn(text: string): Column | null {
  const t = text.replace(/[:*]/g, "").trim();
  return HEADERS.find(([, re]) => re.test(t))?.[0] ?? null;
}

function headerColumns(cells: { text: string }[]): Column[] | null {
  const cols = cells.map((c) => headerColumn(c.text));
  const hasName =
    cols.includes("lastName") || cols.includes("fullName") || cols.includes("firstName");
  const hasOther =
    cols.includes("birthDate") || cols.includes("nationalNumber") || cols.includes("role");
  return hasName && hasOther ? (cols as Column[]) : null;
}

function nameWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => isNameWord(w) || isParticle(w));
}

export interface TableResult {
  mentions: PersonMention[];
  /** Line indexes consumed by tables (header and person rows). */
  consumed: Set<number>;
}

/** No real report lists hundreds of persons; the cap bounds work on hostile input. */
const MAX_ROWS = 400;

const EMPTY_CELL = /^(?:[-–/?.]*|onbekend|inconnue?|unknown|n\.?v\.?t\.?|\/)$/i;

/** A row of cell texts as one person, or null when a cell does not fit its column. */
function rowMention(
  columns: Column[],
  cells: string[],
  start: number,
  end: number,
  group: string,
  strict: boolean
): PersonMention | null {
  const get = (col: Column) => {
    const k = columns.indexOf(col);
    return k >= 0 && k < cells.length ? cells[k] : "";
  };
  if (strict && !rowFits(columns, cells)) return null;
  const birth = findDates(get("birthDate"), { shortYears: true })[0];
  const m: PersonMention = {
    tokens: [],
    inheritSurname: false,
    group,
    surnameFirst: true,
    birthDate: birth?.iso ?? null,
    birthDateShortYear: birth?.shortYear,
    nationalNumber: findNationalNumbers(get("nationalNumber"))[0] ?? null,
    role: classifyRole(get("role"), "first"),
    start,
    end,
  };
  const last = nameWords(get("lastName"));
  const first = nameWords(get("firstName"));
  if (last.length > 0 && first.length > 0) {
    m.name = { firstName: toNameCase(first, false), lastName: toNameCase(last, true) };
  } else {
    m.tokens = nameWords(get("fullName") || get("lastName"));
    if (m.tokens.length < 2) return null;
  }
  if (m.nationalNumber) {
    const { digits, birthDate, valid } = m.nationalNumber;
    m.nationalNumber = { digits, birthDate, valid };
  }
  return m;
}

/** Each cell holds what its column says (one cell per line loses the row borders: check them). */
function rowFits(columns: Column[], cells: string[], emptyCells = false): boolean {
  const allNames = (t: string, min: number) => {
    if (emptyCells && t === "") return true;
    const words = t.split(/\s+/).filter(Boolean);
    return words.length >= min && words.every((w) => isNameWord(w) || isParticle(w));
  };
  return columns.every((col, k) => {
    const t = cells[k] ?? "";
    switch (col) {
      case "role":
        return t.length <= 40 && !/\d/.test(t);
      case "lastName":
      case "firstName":
        return allNames(t, 1);
      case "fullName":
        return allNames(t, 2);
      case "birthDate":
        return EMPTY_CELL.test(t) || findDates(t, { shortYears: true }).length > 0;
      case "nationalNumber":
        return EMPTY_CELL.test(t) || findNationalNumbers(t).length > 0;
      default:
        return true;
    }
  });
}

/**
 * A table pasted as plain text from Outlook: every cell on its own line, first the header cells
 * ("Rol", "Naam", "Voornaam", "Geboortedatum"), then the same number of lines per person. An
 * empty cell is an empty line: a row is first read from its non-empty lines, and when those do
 * not fit the columns, from exactly as many lines as there are columns (blank = empty cell).
 * Returns the index to go on from: after the table, after a header run that starts no table
 * (so each line is tried once: linear), or `from` when no header starts there.
 */
function cellPerLineTable(
  lines: Line[],
  from: number,
  mentions: PersonMention[],
  consumed: Set<number>
): number {
  if (mentions.length >= MAX_ROWS) return from;
  const isHeaderLine = (k: number) =>
    lines[k].text.trim().length <= 30 &&
    !lines[k].text.includes("|") &&
    headerColumn(lines[k].text) !== null;
  let k = from;
  const header: number[] = [];
  while (k < lines.length && header.length < 8 && isHeaderLine(k)) header.push(k++);
  const columns = headerColumns(header.map((h) => ({ text: lines[h].text })));
  if (!columns || header.length < 2) return header.length > 0 ? k : from;
  const group = `c${from}`;
  const cellText = (r: number) => lines[r].text.trim();
  let end = k;
  while (mentions.length < MAX_ROWS) {
    let j = end;
    while (j < lines.length && cellText(j) === "") j++;
    const first = j;
    const filled: number[] = [];
    for (; j < lines.length && filled.length < columns.length; j++)
      if (cellText(j) !== "") filled.push(j);
    const exact = Array.from({ length: columns.length }, (_, n) => first + n);
    let row: number[] | null = null;
    if (filled.length === columns.length && rowFits(columns, filled.map(cellText))) row = filled;
    else if (first + columns.length <= lines.length && rowFits(columns, exact.map(cellText), true))
      row = exact;
    if (!row) break;
    const m = rowMention(
      columns,
      row.map(cellText),
      lines[row[0]].start,
      lines[row[row.length - 1]].end,
      group,
      false
    );
    if (m) mentions.push(m);
    for (const r of row) consumed.add(r);
    end = row[row.length - 1] + 1;
  }
  if (end === k) return k;
  for (const h of header) consumed.add(h);
  return end;
}

/**
 * A table written column-wise, one column per person: each row starts with its label
 * ("Naam | PEETERS | PEETERS", "Voornaam | Jan | Emma", "Geboortedatum | … | …").
 * Returns the index after the table, or `from` when no such table starts there.
 */
function columnWiseTable(
  lines: Line[],
  from: number,
  mentions: PersonMention[],
  consumed: Set<number>
): number {
  const rows: { cells: string[]; line: number }[] = [];
  const labels: { text: string }[] = [];
  let k = from;
  for (; k < lines.length && rows.length < 8; k++) {
    const cells = cellsOf(lines[k].text);
    if (!cells) {
      if (lines[k].text.trim() === "" || RULE_ROW.test(lines[k].text)) continue;
      break;
    }
    // "            Slachtoffer   Kind 1   Kind 2": a first row without label names the roles.
    const roleRow = k === from && cells[0].text === "" && cells.length >= 2;
    const label = roleRow ? "role" : headerColumn(cells[0].text);
    // A row of labels only is an ordinary header row: not this layout.
    if (!label || cells.slice(1).some((c) => headerColumn(c.text) !== null)) break;
    rows.push({ cells: cells.slice(1).map((c) => c.text), line: k });
    labels.push({ text: roleRow ? "rol" : cells[0].text });
  }
  const columns = headerColumns(labels);
  if (!columns || rows.length < 2) return from;
  // reduce, not Math.max(...): a hostile row can hold more cells than a call has arguments.
  const widest = rows.reduce((n, r) => Math.max(n, r.cells.length), 0);
  const persons = Math.min(MAX_ROWS - mentions.length, widest);
  const group = `w${from}`;
  const first = lines[rows[0].line];
  const last = lines[rows[rows.length - 1].line];
  for (let p = 0; p < persons; p++) {
    const m = rowMention(
      columns,
      rows.map((r) => r.cells[p] ?? ""),
      first.start,
      last.end,
      group,
      false
    );
    if (m) mentions.push(m);
  }
  for (const r of rows) consumed.add(r.line);
  return rows[rows.length - 1].line + 1;
}

export function findTableMentions(lines: Line[]): TableResult {
  const mentions: PersonMention[] = [];
  const consumed = new Set<number>();
  let columns: Column[] | null = null;
  let tableId = "";
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i].text);
    if (!cells) {
      if (lines[i].text.trim() === "") continue; // blank lines between rows keep the table going
      if (columns && RULE_ROW.test(lines[i].text)) {
        consumed.add(i);
        continue;
      }
      columns = null;
      const after = cellPerLineTable(lines, i, mentions, consumed);
      if (after > i) i = after - 1;
      continue;
    }
    if (!columns) {
      const after = columnWiseTable(lines, i, mentions, consumed);
      if (after > i) {
        i = after - 1;
        continue;
      }
    }
    const header = headerColumns(cells);
    if (header) {
      columns = header;
      tableId = `t${i}`;
      consumed.add(i);
      continue;
    }
    if (!columns) continue;
    if (RULE_ROW.test(lines[i].text)) {
      consumed.add(i);
      continue;
    }
    consumed.add(i);
    const m = rowMention(
      columns,
      cells.map((c) => c.text),
      lines[i].start,
      lines[i].end,
      tableId,
      // Space-aligned rows have no cell borders: each cell must fit its column.
      !/[|\t]/.test(lines[i].text)
    );
    if (m && mentions.length < MAX_ROWS) mentions.push(m);
  }
  return { mentions, consumed };
}
