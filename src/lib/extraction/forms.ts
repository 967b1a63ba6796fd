/**
 * Form layout: one field per line, one block per person, fields in any order.
 *   MINDERJARIGE / Enfant 1 :
 *   Naam: VAN AKEN      | Nom : BOUCHER        | Voornaam: Jules
 *   Voornaam: Jules     | Prénom : Eliott      | Naam: VAN AKEN
 *   Geboortedatum: …    | Né(e) le : …         | Geboortedatum: …
 *   Rijksregisternummer: …
 * A block ends at a line that is no field or at a field its person already has.
 */
import { findDates } from "./dates";
import { findNationalNumbers } from "./nationalNumber";
import { isNameWord, isParticle, toNameCase } from "./names";
import type { PersonMention } from "./mentions";
import { classifyRole } from "./roles";
import type { Line } from "./structure";

// Labels are letters, spaces, "(e)" and dots ("Né(e) le", "Geb."); bounded, so matching is linear.
const FIELD = /^\s*(?:[-*•]\s*)?([\p{L}][\p{L} ().°'’/-]{0,29}?)\s*:\s*(.*)$/u;
const LAST = /^(?:naam|achternaam|familienaam|nom|nom de famille|surname|last name|family name)$/i;
const FIRST = /^(?:voornaam|voornamen|prénoms?|prenoms?|first names?|given names?)$/i;
const BIRTH = /geboorte|naissance|^geb|birth|^n[ée]e?(?:\(e\))?(?: le)?$|^dob$|^ddn$/i;
const NN = /rijksregister|^rrn$|^rr$|insz|niss|^nn$|national|^bis/i;
const ROLE = /^(?:rol|rôle|role|hoedanigheid|qualité|qualite|statuut|statut|relatie|lien)$/i;
const SAME_AS_ABOVE = /^(?:idem|id\.|dito|zelfde|même|meme|"|〃)$/i;
/** A person block has a handful of fields; the cap keeps each scan short. */
const MAX_FIELDS = 8;

type Field = "last" | "first" | "birth" | "nn" | "role";

function fieldOf(label: string): Field | null {
  const l = label.trim();
  if (LAST.test(l)) return "last";
  if (FIRST.test(l)) return "first";
  if (NN.test(l)) return "nn";
  if (BIRTH.test(l)) return "birth";
  if (ROLE.test(l)) return "role";
  return null;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => isNameWord(w) || isParticle(w));
}

/** The nearest non-blank line above `index` (within three lines), as the block's heading. */
function headingAbove(lines: Line[], index: number): string {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--)
    if (lines[k].text.trim()) return lines[k].text;
  return "";
}

export function findFormMentions(
  lines: Line[],
  skip: Set<number>
): { mentions: PersonMention[]; consumed: Set<number> } {
  const mentions: PersonMention[] = [];
  const consumed = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const f = skip.has(i) ? null : FIELD.exec(lines[i].text);
    const first = f ? fieldOf(f[1]) : null;
    if (!f || !first || first === "birth" || first === "nn") {
      i++;
      continue;
    }
    const record: Partial<Record<Field, string>> = {};
    let j = i;
    for (; j < lines.length && j < i + MAX_FIELDS && !skip.has(j); j++) {
      const g = FIELD.exec(lines[j].text);
      const field = g ? fieldOf(g[1]) : null;
      if (!g || !field || record[field] !== undefined) break;
      record[field] = g[2];
    }
    // "Nom : idem": the surname of the block above.
    const previous = mentions[mentions.length - 1]?.name?.lastName;
    const same = SAME_AS_ABOVE.test((record.last ?? "").trim()) && previous;
    const last = same ? previous.split(" ") : words(record.last ?? "");
    const given = words(record.first ?? "");
    if (last.length === 0 || given.length === 0) {
      i = Math.max(i + 1, j);
      continue;
    }
    for (let k = i; k < j; k++) consumed.add(k);
    const birth = findDates(record.birth ?? "", { shortYears: true })[0];
    mentions.push({
      tokens: [],
      name: { firstName: toNameCase(given, false), lastName: toNameCase(last, true) },
      inheritSurname: false,
      group: `f${i}`,
      surnameFirst: true,
      birthDate: birth?.iso ?? null,
      birthDateShortYear: birth?.shortYear,
      nationalNumber: findNationalNumbers(record.nn ?? "")[0] ?? null,
      role:
        classifyRole(record.role ?? "", "first") ?? classifyRole(headingAbove(lines, i), "first"),
      start: lines[i].start,
      end: lines[j - 1].end,
    });
    i = j;
  }
  return { mentions, consumed };
}
