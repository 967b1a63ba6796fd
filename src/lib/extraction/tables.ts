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

type Column = "role" | "lastName" | "firstName" | "fullName" | "birthDate" | "nationalNumber";

const HEADERS: Array<[Column, RegExp]> = [
  [
    "fullName",
    /^(?:naam en voornaam|naam \+ voornaam|naam\/voornaam|nom et prénoms?|nom\/prénom|nom \+ prénom|identité|persoon|personne|name|full name)$/i,
  ],
  [
    "firstName",
    /^(?:voorna(?:a|m)m(?:en)?|voornamen|prénoms?|prenoms?|first ?names?|given names?)$/i,
  ],
  [
    "lastName",
    /^(?:naam|achternaam|familienaam|nom|nom de famille|last ?name|surname|family name)$/i,
  ],
  ["birthDate", /geboorte|geb\.|naissance|^né|birth|^°|^dob$/i],
  ["nationalNumber", /rijksregister|^rrn|insz|niss|^nn$|national|registre/i],
  [
    "role",
    /^(?:rol|role|rôle|hoedanigheid|qualité|qualite|statuut|statut|betrokkenheid|type|relatie|relation|lien)$/i,
  ],
];

function cellsOf(line: string): { text: string; start: number }[] | null {
  const sep = line.includes(" | ") ? " | " : line.includes("\t") ? "\t" : null;
  if (!sep) return null;
  const cells: { text: string; start: number }[] = [];
  let pos = 0;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: pos + lead });
    pos += part.length + sep.length;
  }
  return cells.length >= 2 ? cells : null;
}

function headerColumns(cells: { text: string }[]): Column[] | null {
  const cols = cells.map((c) => {
    const t = c.text.replace(/[:*]/g, "").trim();
    return HEADERS.find(([, re]) => re.test(t))?.[0] ?? null;
  });
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

export function findTableMentions(lines: Line[]): TableResult {
  const mentions: PersonMention[] = [];
  const consumed = new Set<number>();
  let columns: Column[] | null = null;
  let tableId = "";
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i].text);
    if (!cells) {
      if (lines[i].text.trim() === "") continue; // blank lines between rows keep the table going
      columns = null;
      continue;
    }
    const header = headerColumns(cells);
    if (header) {
      columns = header;
      tableId = `t${i}`;
      consumed.add(i);
      continue;
    }
    if (!columns) continue;
    consumed.add(i);
    const get = (col: Column) => {
      const k = columns!.indexOf(col);
      return k >= 0 && k < cells.length ? cells[k].text : "";
    };
    const birth = findDates(get("birthDate"), { shortYears: true })[0];
    const m: PersonMention = {
      tokens: [],
      inheritSurname: false,
      group: tableId,
      surnameFirst: true,
      birthDate: birth?.iso ?? null,
      birthDateShortYear: birth?.shortYear,
      nationalNumber: findNationalNumbers(get("nationalNumber"))[0] ?? null,
      role: classifyRole(get("role"), "first"),
      start: lines[i].start,
      end: lines[i].end,
    };
    const last = nameWords(get("lastName"));
    const first = nameWords(get("firstName"));
    if (last.length > 0 && first.length > 0) {
      m.name = { firstName: toNameCase(first, false), lastName: toNameCase(last, true) };
    } else {
      m.tokens = nameWords(get("fullName") || get("lastName"));
      if (m.tokens.length < 2) continue;
    }
    if (m.nationalNumber) {
      const { digits, birthDate, valid } = m.nationalNumber;
      m.nationalNumber = { digits, birthDate, valid };
    }
    mentions.push(m);
  }
  return { mentions, consumed };
}
