/**
 * "Noah en Liam Dumont, respectievelijk geboren op 02/03/2013 en 14/09/2016": a list of names,
 * then "respectively" and as many birth dates, paired in order. Earlier first names alone take the
 * surname of the last, full name. Bounded windows around each keyword keep the work linear.
 */
import { findDates } from "./dates";
import type { PersonMention } from "./mentions";
import { isNameWord, isParticle } from "./names";
import { classifyRole } from "./roles";

const KEYWORD = /(?<![\p{L}])(?:respectievelijk|respectivement|respectively)(?![\p{L}])/giu;
const MARKER =
  /^,? {0,3}(?:geboren(?: op)?|geb\.?|°|née?s?(?: le| les)?|né\(e\)s?(?: le| les)?|born(?: on)?) {0,3}:? {0,3}/iu;
const CONNECTOR = /^(?:en|et|and|&)$/i;
const MAX_PEOPLE = 6;

/** A span in `text` that the caller must not read again (the dates are used here). */
export interface RespectivelyMatch {
  mentions: PersonMention[];
  start: number;
  end: number;
}

/** Name groups right before `end`: "Noah en Liam Dumont" → [["Noah"], ["Liam", "Dumont"]]. */
function nameGroupsBefore(text: string, end: number): { groups: string[][]; starts: number[] } {
  const from = Math.max(0, end - 160);
  const words = [...text.slice(from, end).matchAll(/\S+/g)];
  const groups: string[][] = [[]];
  const starts: number[] = [end];
  for (let i = words.length - 1; i >= 0 && groups.length <= MAX_PEOPLE; i--) {
    const raw = words[i][0];
    const word = raw.replace(/,$/, "");
    const current = groups[0];
    if (CONNECTOR.test(word) && current.length > 0) {
      groups.unshift([]);
      starts.unshift(end);
      continue;
    }
    // "Noah, Liam en Lou Dumont": a comma after a word closes the name that follows it.
    if (raw.endsWith(",") && current.length > 0) {
      groups.unshift([]);
      starts.unshift(end);
    }
    if (isNameWord(word) || (groups[0].length > 0 && isParticle(word))) {
      groups[0].unshift(word);
      starts[0] = from + (words[i].index ?? 0);
    } else break;
  }
  const kept = groups.map((g, i) => ({ g, at: starts[i] })).filter(({ g }) => g.length > 0);
  return { groups: kept.map(({ g }) => g), starts: kept.map(({ at }) => at) };
}

/** Consecutive dates at the start of `after`, joined by "," / "en" / "et" / "and". */
function leadingDates(after: string): { iso: string; end: number }[] {
  const out: { iso: string; end: number }[] = [];
  let pos = 0;
  for (const d of findDates(after)) {
    const gap = after.slice(pos, d.start);
    if (!(out.length === 0 ? gap.trim() === "" : /^\s*(?:,|en|et|and|&)\s*$/iu.test(gap))) break;
    out.push({ iso: d.iso, end: d.end });
    pos = d.end;
    if (out.length >= MAX_PEOPLE) break;
  }
  return out;
}

/** Every "names, respectively born on dates" in `text` whose keyword starts at or after `from`. */
export function findRespectively(
  text: string,
  from: number,
  group: string,
  maxMatches: number
): RespectivelyMatch[] {
  const out: RespectivelyMatch[] = [];
  for (const k of text.matchAll(KEYWORD)) {
    if (out.length >= maxMatches) break;
    if (k.index < from) continue;
    const afterKeyword = k.index + k[0].length;
    const marker = MARKER.exec(text.slice(afterKeyword, afterKeyword + 40));
    if (!marker) continue;
    const datesAt = afterKeyword + marker[0].length;
    const dates = leadingDates(text.slice(datesAt, datesAt + 200));
    const namesEnd =
      k.index - (/[\s,]*$/.exec(text.slice(Math.max(0, k.index - 8), k.index))?.[0].length ?? 0);
    const { groups, starts } = nameGroupsBefore(text, namesEnd);
    const start = starts[0] ?? namesEnd;
    const last = groups[groups.length - 1];
    if (dates.length < 2 || groups.length !== dates.length || !last || last.length < 2) continue;
    const surname = last.slice(1);
    // The role word of the clause before the list: "De kinderen van het koppel, …".
    const clause =
      text
        .slice(Math.max(0, start - 60), start)
        .split(/[.!?;:]/)
        .pop() ?? "";
    const role = classifyRole(clause, "first");
    out.push({
      start,
      end: datesAt + dates[dates.length - 1].end,
      mentions: groups.map((g, i) => ({
        tokens: g.length === 1 ? [g[0], ...surname] : g,
        inheritSurname: false,
        group,
        surnameFirst: false,
        birthDate: dates[i].iso,
        nationalNumber: null,
        role,
        start: starts[i],
        end: datesAt + dates[i].end,
      })),
    });
  }
  return out;
}
