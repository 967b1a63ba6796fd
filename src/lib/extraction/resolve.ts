/**
 * From mentions to children: split names with what the whole mail says about surnames, take the
 * birth date from the text or a valid national number, keep minors, merge duplicates.
 */
import { ageInMonthsOn, ageOn, plausibleShortYearBirth } from "./dates";
import type { PersonMention } from "./mentions";
import { isUpperWord, splitName, toNameCase, type NameHints, type PersonName } from "./names";
import { WarningKeys, type ExtractedChild, type ExtractionWarning } from "./types";

export interface SourcedMention extends PersonMention {
  source: string;
  sourceText: string;
}

function bump(map: Map<string, number>, key: string, by = 1) {
  map.set(key, (map.get(key) ?? 0) + by);
}

function buildHints(mentions: SourcedMention[]): Omit<NameHints, "surnameFirst"> {
  const knownSurnames = new Map<string, number>();
  const knownFirstNames = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  for (const m of mentions) {
    if (m.name) {
      for (const w of m.name.lastName.split(" ")) bump(knownSurnames, w.toLowerCase());
      for (const w of m.name.firstName.split(" ")) bump(knownFirstNames, w.toLowerCase());
      continue;
    }
    const upper = m.tokens.map(isUpperWord);
    if (upper.some(Boolean) && !upper.every(Boolean))
      m.tokens.forEach((t, i) => bump(upper[i] ? knownSurnames : knownFirstNames, t.toLowerCase()));
    for (const w of new Set(m.tokens.map((t) => t.toLowerCase()))) bump(wordCounts, w);
  }
  return { knownSurnames, knownFirstNames, wordCounts };
}

function nameKey(n: PersonName): string {
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  return `${fold(n.firstName)}|${fold(n.lastName)}`;
}

/** Youngest and oldest possible age on the mail's day of someone born in `year`. */
function ageRangeOfYear(
  year: number | undefined,
  mailDay: string
): { min: number; max: number } | null {
  if (year === undefined) return null;
  const max = Number(mailDay.slice(0, 4)) - year;
  return max < 0 ? null : { min: max - 1, max };
}

function schoolAgeOf(birth: string, day: string): boolean {
  return ageInMonthsOn(birth, day) >= 30 && ageOn(birth, day) < 18;
}

export function resolveChildren(
  mentions: SourcedMention[],
  mailDay: string,
  family: string | null = null
): { children: ExtractedChild[]; warnings: ExtractionWarning[] } {
  const hints = buildHints(mentions);
  const lastInGroup = new Map<string, PersonName>();
  const lastChildInGroup = new Map<string, PersonName>();
  const children: ExtractedChild[] = [];
  const pending: Array<{ key: string; nnState: "none" | "invalid" | "mismatch" }> = [];
  const warnings: ExtractionWarning[] = [];

  const adultKeys = new Set<string>();
  const indexByKey = new Map<string, number>();
  // Weak (prose, undated) mentions last, so every adult written elsewhere is known by then.
  const ordered = [...mentions.filter((m) => !m.weak), ...mentions.filter((m) => m.weak)];
  for (const m of ordered) {
    const groupKey = `${m.source}#${m.group}`;
    let name: PersonName | null = m.name ?? null;
    if (!name && m.inheritSurname && m.tokens.length === 1) {
      // A sibling's surname, else the family's, else the previous person's in the list.
      const lastName =
        lastChildInGroup.get(groupKey)?.lastName ?? family ?? lastInGroup.get(groupKey)?.lastName;
      name = lastName ? { firstName: toNameCase(m.tokens, false), lastName } : null;
    } else if (!name) {
      name = splitName(m.tokens, { ...hints, surnameFirst: m.surnameFirst });
    }
    if (!name) continue;
    lastInGroup.set(groupKey, name);

    // Birth date: written, else from a valid national number; an invalid number is never used.
    let nnState: "none" | "invalid" | "mismatch" = "none";
    const nn = m.nationalNumber;
    let birthDate = m.birthDate;
    // "°12/03/85": as 20YY not a minor, so either way born long ago; an adult, whatever the label.
    const shortYearAdult =
      birthDate !== null &&
      m.birthDateShortYear === true &&
      !plausibleShortYearBirth(birthDate, mailDay);
    if (shortYearAdult) birthDate = null;
    let nationalNumber: string | null = null;
    if (nn && nn.valid) {
      nationalNumber = nn.digits;
      if (!birthDate) birthDate = nn.birthDate;
      else if (nn.birthDate && nn.birthDate !== birthDate) {
        // The check digits protect the number; nothing protects a typed date.
        nnState = "mismatch";
        birthDate = nn.birthDate;
      }
    } else if (nn) nnState = "invalid";

    if (birthDate && birthDate > mailDay) birthDate = null; // a future "birth date" is something else
    const key = nameKey(name);
    const age = birthDate ? ageOn(birthDate, mailDay) : (m.statedAge ?? null);
    const yearAge = birthDate || age !== null ? null : ageRangeOfYear(m.birthYear, mailDay);
    const isChild =
      m.role !== "never-child" &&
      !shortYearAdult &&
      (age !== null
        ? age < 18
        : yearAge
          ? yearAge.max < 18 // a year alone that may make 18 is not enough for a child
          : m.role === "child");
    if (!isChild) {
      if (
        m.role === "never-child" ||
        shortYearAdult ||
        (age !== null && age >= 18) ||
        (yearAge !== null && yearAge.min >= 18)
      )
        adultKeys.add(key);
      continue;
    }
    if (m.weak && adultKeys.has(key)) continue;
    lastChildInGroup.set(groupKey, name);

    const existing = indexByKey.get(key) ?? -1;
    if (existing >= 0) {
      const c = children[existing];
      if (!c.birthDate && birthDate) {
        c.birthDate = birthDate;
        c.age = age;
        c.schoolAge = schoolAgeOf(birthDate, mailDay);
      } else if (c.birthDate && birthDate && c.birthDate !== birthDate) {
        warnings.push({ key: WarningKeys.conflictingBirthDates, params: { child: existing + 1 } });
      }
      if (!c.nationalNumber && nationalNumber) c.nationalNumber = nationalNumber;
      if (pending[existing].nnState === "none") pending[existing].nnState = nnState;
      continue;
    }
    children.push({
      firstName: name.firstName,
      lastName: name.lastName,
      birthDate,
      nationalNumber,
      age,
      schoolAge: birthDate ? schoolAgeOf(birthDate, mailDay) : null,
      evidence: {
        text: m.sourceText.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        source: m.source,
      },
    });
    pending.push({ key, nnState });
    indexByKey.set(key, children.length - 1);
  }

  children.forEach((c, i) => {
    const child = i + 1;
    if (!c.birthDate) warnings.push({ key: WarningKeys.childWithoutBirthDate, params: { child } });
    if (pending[i].nnState === "invalid")
      warnings.push({
        key: WarningKeys.invalidNationalNumber,
        params: { child, field: "nationalNumber" },
      });
    if (pending[i].nnState === "mismatch")
      warnings.push({ key: WarningKeys.birthDateMismatch, params: { child, field: "birthDate" } });
  });
  return { children, warnings };
}
