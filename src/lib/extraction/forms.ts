/**
 * Form layout: one field per line under a role heading.
 *   MINDERJARIGE / Enfant 1 :
 *   Naam: VAN AKEN      | Nom : BOUCHER
 *   Voornaam: Jules     | Prénom : Eliott
 *   Geboortedatum: …    | Date de naissance : …
 *   Rijksregisternummer: …
 */
import { findDates } from "./dates";
import { findNationalNumbers } from "./nationalNumber";
import { isNameWord, isParticle, toNameCase } from "./names";
import type { PersonMention } from "./mentions";
import { classifyRole } from "./roles";
import type { Line } from "./structure";

const FIELD = /^\s*(?:[-*•]\s*)?([\p{L} ]{2,30}?)\s*:\s*(.*)$/u;
const LAST = /^(?:naam|achternaam|familienaam|nom|nom de famille|surname|last name)$/i;
const FIRST = /^(?:voornaam|voornamen|prénoms?|prenoms?|first names?)$/i;
const BIRTH = /geboorte|naissance|^geb|birth/i;
const NN = /rijksregister|^rrn$|insz|niss|^nn$|national|bis/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => isNameWord(w) || isParticle(w));
}

export function findFormMentions(
  lines: Line[],
  skip: Set<number>
): { mentions: PersonMention[]; consumed: Set<number> } {
  const mentions: PersonMention[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    const f = FIELD.exec(lines[i].text);
    if (!f || !LAST.test(f[1].trim())) continue;
    const record: Record<"last" | "first" | "birth" | "nn", string> = {
      last: f[2],
      first: "",
      birth: "",
      nn: "",
    };
    let j = i + 1;
    for (; j < lines.length && j < i + 8; j++) {
      const g = FIELD.exec(lines[j].text);
      if (!g) break;
      const label = g[1].trim();
      if (FIRST.test(label)) record.first = g[2];
      else if (BIRTH.test(label)) record.birth = g[2];
      else if (NN.test(label)) record.nn = g[2];
      else if (LAST.test(label)) break;
    }
    const last = words(record.last);
    const first = words(record.first);
    if (last.length === 0 || first.length === 0) continue;
    let heading = "";
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (lines[k].text.trim()) {
        heading = lines[k].text;
        break;
      }
    }
    for (let k = i; k < j; k++) consumed.add(k);
    const birth = findDates(record.birth, { shortYears: true })[0];
    mentions.push({
      tokens: [],
      name: { firstName: toNameCase(first, false), lastName: toNameCase(last, true) },
      inheritSurname: false,
      group: `f${i}`,
      surnameFirst: true,
      birthDate: birth?.iso ?? null,
      birthDateShortYear: birth?.shortYear,
      nationalNumber: findNationalNumbers(record.nn)[0] ?? null,
      role: classifyRole(heading, "first"),
      start: lines[i].start,
      end: lines[j - 1].end,
    });
    i = j - 1;
  }
  return { mentions, consumed };
}
