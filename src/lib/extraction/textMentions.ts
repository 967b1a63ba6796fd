/**
 * Person mentions in running text and labelled lines: a name followed by a birth marker
 * (`(°12/03/2015)`, `geb. 12/3/2015`, `née le 1er mars 2015`) or a national number, and names in
 * child-labelled lines without a date (`Kind: Peeters Emma`). All scans look back a bounded
 * window, so the work is linear in the input.
 */
import { findDates } from "./dates";
import { findNationalNumbers, type NationalNumber } from "./nationalNumber";
import { isNameWord, isParticle, isUpperWord } from "./names";
import type { PersonMention } from "./mentions";
import { classifyRole, type RoleClass } from "./roles";
import { findRespectively } from "./respectively";
import type { Line } from "./structure";

const WINDOW = 160;
/** No real report names hundreds of people; the cap bounds work on hostile input. */
const MAX_MENTIONS = 400;
const BIRTH_MARKER =
  /(?:°|(?<![\p{L}])(?:geb\.?|geboren(?: op| (?:te|in) [^,()\d]{1,30}(?: op)?)?|n[ée]e?(?:\(e\))? (?:à|a) [^,()\d]{1,30} le|née?|né\(e\)|née?\(e\)|born(?: on)?|dob|geboortedatum|date de naissance|ddn|geboorte)) {0,3}(?:le|op|on|:)? {0,3}:? {0,2}$/iu;
const NN_LABEL =
  /(?:rrn|rr|nn|insz|niss|bis-?(?:nummer|nr\.?|number|numéro)?|rijksregister(?:nummer)?|n° ?national|numéro national|n° ?nat\.?|nat\. ?nr\.?|nr\.?) {0,3}[:.]? {0,3}$/iu;
const TITLE =
  /(?:^|[\s(])(?:mevrouw|mevr\.?|meneer|mijnheer|dhr\.?|de heer|madame|mme\.?|monsieur|m\.|mr\.?|mrs\.?|mlle\.?)\s*$/iu;
const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/u;

interface Anchor {
  kind: "birth" | "nn" | "year" | "age";
  /** Where the marker (or the value when unmarked) starts, in line coordinates. */
  markerStart: number;
  end: number;
  iso?: string;
  shortYear?: boolean;
  nn?: NationalNumber;
  /** kind "year": the birth year; kind "age": the age in years. */
  value?: number;
}

/** A birth year alone: "°2019", "geb. 2019", "née en 2015", "geboren in 2015". */
const YEAR_ONLY =
  /(?:°|(?<![\p{L}])(?:geb\.?|geboren(?: in)?|n[ée]e?(?:\(e\))? en|born in)) {0,3}((?:19|20)\d{2})(?![\d]|[./-]\d)/giu;
/** An age right after a name: "Roos (7 j.)", "Samira Bakkali (34j)", "Nathan, âgé de 12 ans". */
const AGE = /(?<![\d])(\d{1,2}) ?(jaar|jarige|jaren|j\.?|ans?|maanden|maand|mois)(?![\p{L}])/giu;
// "Océane Gilson, mineure âgée de 16 ans": a minor-word may stand between the name and the age.
const AGE_LEAD =
  /(?:[(,]|(?:, {0,2}(?:mineure?|minor|minderjarige?) {1,3})?(?:âgée? de|agée? de)) {0,3}$/iu;

function anchorsOf(line: string): Anchor[] {
  const anchors: Anchor[] = [];
  if (!/\d/.test(line)) return anchors; // every anchor holds a digit: skip the scans

  const nns = findNationalNumbers(line);
  for (const n of nns) {
    const before = line.slice(Math.max(0, n.start - 40), n.start);
    const label = NN_LABEL.exec(before);
    anchors.push({
      kind: "nn",
      markerStart: n.start - (label ? label[0].length : 0),
      end: n.end,
      nn: n,
    });
  }
  for (const d of findDates(line, { shortYears: true })) {
    if (nns.some((n) => d.start < n.end && n.start < d.end)) continue;
    const before = line.slice(Math.max(0, d.start - 60), d.start);
    const marker = BIRTH_MARKER.exec(before);
    if (marker) {
      anchors.push({
        kind: "birth",
        markerStart: d.start - marker[0].length,
        end: d.end,
        iso: d.iso,
        shortYear: d.shortYear,
      });
    } else if (!d.shortYear && /[(,] {0,3}$/.test(before)) {
      // Unmarked date right after a name: "Emma Peeters (12.03.2015)" — accepted only if a name precedes.
      const cut = before.replace(/[(,] {0,3}$/, "");
      const lastWord = cut.trimEnd().split(/\s+/).pop() ?? "";
      if (isNameWord(lastWord))
        anchors.push({
          kind: "birth",
          markerStart: d.start - (before.length - cut.length),
          end: d.end,
          iso: d.iso,
        });
    }
  }
  // Dates and numbers found so far, in order: one forward pointer keeps the overlap test linear.
  const spans = anchors.map((a) => [a.markerStart, a.end]).sort((x, y) => x[0] - y[0]);
  const pointers = { year: 0, age: 0 };
  const taken = (kind: "year" | "age", start: number, end: number) => {
    let p = pointers[kind];
    while (p < spans.length && spans[p][1] <= start) p++;
    pointers[kind] = p;
    return p < spans.length && spans[p][0] < end;
  };
  for (const y of line.matchAll(YEAR_ONLY)) {
    if (taken("year", y.index, y.index + y[0].length)) continue;
    anchors.push({
      kind: "year",
      markerStart: y.index,
      end: y.index + y[0].length,
      value: Number(y[1]),
    });
  }
  for (const g of line.matchAll(AGE)) {
    if (taken("age", g.index, g.index + g[0].length)) continue;
    const before = line.slice(Math.max(0, g.index - 30), g.index);
    const lead = AGE_LEAD.exec(before);
    if (!lead) continue;
    const lastWord =
      before
        .slice(0, before.length - lead[0].length)
        .trimEnd()
        .split(/\s+/)
        .pop() ?? "";
    if (!isNameWord(lastWord.replace(/[,;:]$/, ""))) continue;
    const months = /^m/i.test(g[2]);
    anchors.push({
      kind: "age",
      markerStart: g.index - lead[0].length,
      end: g.index + g[0].length + (line[g.index + g[0].length] === ")" ? 1 : 0),
      value: months ? 0 : Number(g[1]),
    });
  }
  for (const g of line.matchAll(BARE_AGE)) {
    if (taken("age", g.index, g.index + g[0].length)) continue;
    if (!childWordBeforeName(line.slice(Math.max(0, g.index - 80), g.index))) continue;
    anchors.push({
      kind: "age",
      markerStart: g.index,
      end: g.index + g[0].length,
      value: Number(g[1]),
    });
  }
  return anchors.sort((a, b) => a.markerStart - b.markerStart);
}

/** A bare age in brackets: "zoontje Daan Goethals (4)". Trusted only after a child word. */
const BARE_AGE = /\((\d{1,2})\)/g;

/** Does `before` end with a child word followed by name words only ("… en zoontje Daan Goethals ")? */
function childWordBeforeName(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  let k = words.length - 1;
  let names = 0;
  while (k >= 0 && names < 6 && (isNameWord(words[k]) || (names > 0 && isParticle(words[k])))) {
    k--;
    names++;
  }
  return names > 0 && k >= 0 && classifyRole(words[k]) === "child";
}

/** Month names that are also given names, capitalised. */
const MONTH_FIRST_NAME = /^(?:Mei|April|Juni|Juli|Augustus|Avril|Mai)$/u;

interface Run {
  tokens: string[];
  start: number;
}

/** The name words that end right before `end` (line coordinates), walking back word by word. */
function nameRunBefore(text: string, end: number, floor: number): Run | null {
  let stop = end;
  // Connectors between a name and its marker: spaces, "(", ",", "-", ":".
  let guard = 0;
  while (stop > floor && guard < 12 && /[\s(,:\-–]/.test(text[stop - 1])) {
    stop--;
    guard++;
  }
  // An age between name and marker: "Arthur Peeters, 6 jaar (°02/05/2019)".
  const age = /,? ?\d{1,2} ?(?:jaar|jarige|jaren|ans|an|maanden|maand|mois)\s*[,(]?\s*$/iu.exec(
    text.slice(Math.max(floor, stop - 24), stop)
  );
  if (age) {
    stop -= age[0].length;
    while (stop > floor && /[\s(,:\-–]/.test(text[stop - 1])) stop--;
  }
  const from = Math.max(floor, stop - WINDOW);
  const words = [...text.slice(from, stop).matchAll(/\S+/g)];
  const tokens: string[] = [];
  let start = stop;
  for (let i = words.length - 1; i >= 0 && tokens.length < 6; i--) {
    const w = words[i][0];
    const last = tokens.length === 0;
    // Punctuation at the end of an earlier word ends the name ("Peeters, Emma" is two things),
    // except "PEETERS, Emma": a surname in capitals, then a comma, then first names.
    if (!last && /,$/.test(w) && tokens.every((t) => !isUpperWord(t))) {
      const surname = surnameBeforeComma(words, i, from);
      if (surname) {
        tokens.unshift(...surname.tokens);
        start = surname.start;
      }
      break;
    }
    if (!last && /[,;:)(|]$/.test(w)) break;
    const clean = last ? w.replace(/[,;:]$/, "") : w;
    if (/[()|]/.test(clean)) break;
    // "haar zus Mei De Vos": a month name is a first name right before a name (not after a day).
    const monthAsName =
      tokens.length > 0 && MONTH_FIRST_NAME.test(clean) && !/\d/.test(i > 0 ? words[i - 1][0] : "");
    if (isNameWord(clean) || (tokens.length > 0 && isParticle(clean)) || monthAsName) {
      tokens.unshift(clean);
      start = from + (words[i].index ?? 0);
    } else break;
  }
  while (
    tokens.length > 0 &&
    isParticle(tokens[0]) &&
    tokens[0] === tokens[0].toLowerCase() &&
    tokens.length === 1
  )
    tokens.shift();
  return tokens.length > 0 ? { tokens, start } : null;
}

/**
 * "PEETERS, Emma" / "VAN DEN BROECK, Lou": the surname in capitals ending with the comma at
 * words[i], when nothing name-like comes before it ("Jan PEETERS, Emma" lists two people).
 */
function surnameBeforeComma(
  words: RegExpMatchArray[],
  i: number,
  from: number
): { tokens: string[]; start: number } | null {
  const tokens: string[] = [];
  let start = -1;
  for (let k = i; k >= 0 && tokens.length < 4; k--) {
    const w = k === i ? words[k][0].slice(0, -1) : words[k][0];
    const upper = isUpperWord(w) || (isParticle(w) && w === w.toUpperCase());
    if (k < i && /[,;:)(|]$/.test(w)) break; // "Betrokkenen: PEETERS, Emma"
    if (!upper) {
      if (isNameWord(w) || isParticle(w)) return null;
      break;
    }
    tokens.unshift(w);
    start = from + (words[k].index ?? 0);
  }
  return tokens.length > 0 && isNameWord(tokens[tokens.length - 1]) ? { tokens, start } : null;
}

/**
 * "De tweeling Noor en Lou Bosmans (°14/06/2018)": a first name joined by "en" to a full name
 * shares its surname and birth data. Only when that first name is not the end of another name.
 */
function twinBefore(
  text: string,
  run: Run,
  floor: number
): { tokens: string[]; inheritSurname: false; at: number } | null {
  if (run.tokens.length < 2) return null;
  const before = text.slice(Math.max(floor, run.start - 40), run.start);
  const m = /(?:^|[\s(:,])(\p{Lu}[\p{L}\p{M}'’-]+) (?:en|et|and|&) $/u.exec(before);
  if (!m || !isNameWord(m[1])) return null;
  const prevWord =
    before
      .slice(0, m.index + m[0].indexOf(m[1]))
      .trimEnd()
      .split(/\s+/)
      .pop() ?? "";
  if (isNameWord(prevWord) || isParticle(prevWord) || classifyRole(prevWord) === "never-child")
    return null;
  const upper = run.tokens.filter(isUpperWord);
  const surname =
    upper.length > 0 && upper.length < run.tokens.length
      ? upper
      : run.tokens.length === 2
        ? [run.tokens[1]]
        : null;
  if (!surname) return null;
  const at = run.start - before.length + m.index + m[0].indexOf(m[1]);
  return { tokens: [m[1], ...surname], inheritSurname: false, at };
}

/** The label of a "Label: value" line ("Kind", "Victime", "- Slachtoffer"), with where the value starts. */
function labelOf(line: string): { text: string; valueStart: number } | null {
  const colon = line.indexOf(":");
  if (colon < 0 || colon > 60) return null;
  const text = line.slice(0, colon);
  if (/\d|@|http/i.test(text)) return null;
  return { text, valueStart: colon + 1 };
}

/** A list entry: a bullet or an indented line. */
function isListLine(text: string): boolean {
  return BULLET.test(text) || /^\s{2,}\S/.test(text);
}

/** How far above a list entry its heading may stand. */
const HEADING_REACH = 40;

/**
 * Role of the list heading above each bullet line ("Enfants présents :", "- Kinderen:"), for all
 * lines in one forward pass: an entry inherits its predecessor's heading while that stands within
 * reach (scanning back from every line was quadratic-ish on long lists).
 */
function headingRoles(
  lines: Line[],
  ignored: Set<number>
): ({ role: RoleClass | null; at: number } | null)[] {
  const headings: ({ role: RoleClass | null; at: number } | null)[] = new Array(lines.length).fill(
    null
  );
  for (let i = 1; i < lines.length; i++) {
    if (!isListLine(lines[i].text)) continue;
    const k = i - 1;
    if (ignored.has(k)) continue;
    const t = lines[k].text.trim();
    if (t === "") continue;
    if (t.endsWith(":")) headings[i] = { role: classifyRole(t, "first"), at: k };
    else if (isListLine(lines[k].text)) {
      const above = headings[k];
      if (above && above.at >= i - HEADING_REACH) headings[i] = above;
    }
  }
  return headings;
}

function localRole(
  line: string,
  runStart: number,
  anchorEnd: number,
  floor: number
): RoleClass | null {
  const before = line.slice(Math.max(0, floor, runStart - 40), Math.max(floor, runStart));
  // The clause around the name: not across a comma, "en"/"et" or the end of a sentence.
  const clause = before.split(/[,;)]|[.!?] | en | et /).pop() ?? "";
  let after = line.slice(anchorEnd, anchorEnd + 40).replace(/^\s*\)/, "");
  const cut = after.search(/,|;| en | et | - |\(°|\bgeb|[.!?](?:\s|$)/);
  if (cut >= 0) after = after.slice(0, cut);
  // Only what qualifies the person: "(meerderjarig)", "- moeder"; not "selon la mère …".
  const qualifier = /^\s*(?:\([^)]*\)?|[-–:]?\s*\S+(?:\s+\S+)?)/u.exec(after);
  after = qualifier ? qualifier[0] : "";
  return classifyRole(clause + " " + after, "never-wins");
}

/** Mentions in every line of the text that is not ignored (headers) or consumed (tables). */
export function findTextMentions(lines: Line[], skip: Set<number>): PersonMention[] {
  const mentions: PersonMention[] = [];
  const headings = headingRoles(lines, skip);
  let anchoredLine = -1;
  for (let i = 0; i < lines.length && mentions.length < MAX_MENTIONS; i++) {
    if (skip.has(i)) continue;
    const line = lines[i].text;
    if (line.trim() === "") continue;
    const label = labelOf(line);
    const labelRole = label ? classifyRole(label.text, "first") : null;
    const heading = headings[i];
    const groupRole = labelRole ?? heading?.role ?? null;
    const group = heading ? `h${heading.at}` : `l${i}`;

    // Previous line continues into this one when it is prose (hard-wrapped running text).
    const prev = i > 0 && !skip.has(i - 1) ? lines[i - 1].text : "";
    const joinPrev = prev.trim() !== "" && !/[:;|]\s*$/.test(prev) && !BULLET.test(line) && !label;
    const text = joinPrev ? prev + " " + line : line;
    const offset = joinPrev ? prev.length + 1 : 0;
    const base = lines[i].start - offset;

    // A previous line that holds a person of its own ("CLAES, Sofie (°…) - moeder") is a list
    // entry: its role words are not this line's.
    const roleFloor = joinPrev && anchoredLine === i - 1 ? offset : 0;

    const registerLine = dateFirstMention(line, lines[i].start, group, groupRole);
    if (registerLine) {
      mentions.push(registerLine);
      anchoredLine = i;
      continue;
    }

    // "Noah en Liam Dumont, respectievelijk geboren op …": those dates are paired here, not below.
    const respectively = findRespectively(text, offset, group, MAX_MENTIONS / 4);
    const allAnchors = anchorsOf(line).slice(0, MAX_MENTIONS * 2);
    // Both lists are in text order: one forward pointer keeps the overlap test linear.
    let r = 0;
    const anchors = allAnchors.filter((a) => {
      while (r < respectively.length && respectively[r].end <= offset + a.markerStart) r++;
      return !(r < respectively.length && respectively[r].start < offset + a.end);
    });
    if (allAnchors.length > 0) anchoredLine = i;
    const lineMentions: PersonMention[] = respectively.flatMap((r) =>
      r.mentions.map((m) => ({ ...m, start: base + m.start, end: base + m.end }))
    );
    let floor = label ? offset + label.valueStart : 0;
    for (const a of anchors) {
      if (lineMentions.length >= MAX_MENTIONS) break;
      const run = nameRunBefore(text, offset + a.markerStart, floor);
      const target = run ? null : lineMentions[lineMentions.length - 1];
      if (!run) {
        if (target && a.kind === "nn" && !target.nationalNumber) {
          target.nationalNumber = a.nn ?? null;
          target.end = base + offset + a.end;
        } else if (target && a.kind === "birth" && !target.birthDate) {
          target.birthDate = a.iso ?? null;
          target.birthDateShortYear = a.shortYear;
          target.end = base + offset + a.end;
        } else if (target && a.kind === "year" && target.birthYear === undefined) {
          target.birthYear = a.value;
        } else if (target && a.kind === "age" && target.statedAge === undefined) {
          target.statedAge = a.value;
        }
        floor = offset + a.end;
        continue;
      }
      const before = text.slice(Math.max(0, run.start - 30), run.start);
      const afterLabel =
        label !== null && text.slice(offset + label.valueStart, run.start).trim() === "";
      const prevMention = lineMentions[lineMentions.length - 1];
      // "de kinderen Lina (°…) en Amir (°2019)": a sibling joined by "en" shares the child role
      // (not a parent's: "moeder An (41 j.) en Roos (7 j.)").
      const joined =
        prevMention !== undefined &&
        /^\s*\)?\s*(?:,|en|et|and|&)?\s*$/iu.test(text.slice(prevMention.end - base, run.start));
      const role =
        localRole(text, run.start, offset + a.end, roleFloor) ??
        (joined && prevMention.role === "child" ? prevMention.role : null) ??
        groupRole;
      const m: PersonMention = {
        tokens: run.tokens,
        inheritSurname: run.tokens.length === 1,
        group,
        surnameFirst: TITLE.test(before) || afterLabel,
        birthDate: a.kind === "birth" ? (a.iso ?? null) : null,
        birthDateShortYear: a.kind === "birth" ? a.shortYear : undefined,
        birthYear: a.kind === "year" ? a.value : undefined,
        statedAge: a.kind === "age" ? a.value : undefined,
        nationalNumber: a.kind === "nn" ? (a.nn ?? null) : null,
        role,
        start: base + run.start,
        end: base + offset + a.end,
      };
      lineMentions.push(m);
      const twin = twinBefore(text, run, floor);
      if (twin)
        lineMentions.splice(lineMentions.length - 1, 0, { ...m, ...twin, start: base + twin.at });
      floor = offset + a.end;
    }
    // Several people in one line is running text: first name first, unless a title says otherwise.
    if (lineMentions.length > 1)
      for (const m of lineMentions) {
        const before = text.slice(Math.max(0, m.start - base - 30), m.start - base);
        m.surnameFirst = TITLE.test(before);
      }
    lineMentions.sort((a, b) => a.start - b.start);
    if (allAnchors.length === 0 && groupRole === "child")
      lineMentions.push(...namesInChildLine(line, label?.valueStart ?? 0, lines[i].start, group));
    else if (allAnchors.length === 0)
      lineMentions.push(...childrenInProse(line, lines[i].start, group));
    mentions.push(...lineMentions);
  }
  return mentions;
}

/**
 * A household list from the population register, date first: "29/04/2009 VAN DE VELDE Kato",
 * "14/08/1980 VAN DE VELDE Koen (verdachte)". The whole line is the date, a name and a role.
 */
function dateFirstMention(
  line: string,
  lineStart: number,
  group: string,
  groupRole: RoleClass | null
): PersonMention | null {
  const lead = BULLET.exec(line)?.[0].length ?? 0;
  if (!/^\s*\d/.test(line.slice(lead))) return null;
  const date = findDates(line.slice(0, lead + 16), { shortYears: true })[0];
  if (!date || line.slice(lead, date.start).trim() !== "") return null;
  const rest = /^\s{1,3}([^()]{2,80}?)\s*(?:\(([^)]{0,40})\))?\s*$/u.exec(line.slice(date.end));
  if (!rest) return null;
  const tokens = rest[1].trim().split(/\s+/);
  const allNames = tokens.every((t) => isNameWord(t) || isParticle(t));
  if (tokens.length < 2 || tokens.length > 6 || !allNames || !tokens.some(isNameWord)) return null;
  return {
    tokens,
    inheritSurname: false,
    group,
    surnameFirst: true,
    birthDate: date.iso,
    birthDateShortYear: date.shortYear,
    nationalNumber: null,
    role: classifyRole(rest[2] ?? "", "never-wins") ?? groupRole,
    start: lineStart + date.start,
    end: lineStart + line.trimEnd().length,
  };
}

/** Names in a child-labelled line without dates: "Kind: Peeters Emma", "- DE SMET Wout en Fien". */
function namesInChildLine(
  line: string,
  valueStart: number,
  lineStart: number,
  group: string
): PersonMention[] {
  const out: PersonMention[] = [];
  const value = line.slice(valueStart);
  const bullet = BULLET.exec(value);
  let pos = valueStart + (bullet ? bullet[0].length : 0);
  const parts = line.slice(pos).split(/(,|;| en | et | and | & )/);
  let joinedByAnd = false;
  for (const part of parts) {
    if (/^(,|;| en | et | and | & )$/.test(part)) {
      joinedByAnd = part.trim() !== "," && part.trim() !== ";";
      pos += part.length;
      continue;
    }
    const words = [...part.matchAll(/\S+/g)];
    const tokens: string[] = [];
    let start = -1;
    let end = -1;
    for (const w of words) {
      const clean = w[0].replace(/[.]$/, "");
      if (
        isNameWord(clean) ||
        (tokens.length > 0 && isParticle(clean)) ||
        (tokens.length === 0 && /^[\p{Lu}]/u.test(clean) && isParticle(clean))
      ) {
        if (start < 0) start = pos + (w.index ?? 0);
        end = pos + (w.index ?? 0) + w[0].length;
        tokens.push(clean);
      } else if (tokens.length > 0) break;
    }
    while (tokens.length > 0 && isParticle(tokens[tokens.length - 1])) tokens.pop();
    const usable =
      !part.includes(":") &&
      (tokens.length >= 2 || (tokens.length === 1 && joinedByAnd && out.length > 0));
    if (usable)
      out.push({
        tokens,
        inheritSurname: tokens.length === 1,
        group,
        surnameFirst: true,
        birthDate: null,
        nationalNumber: null,
        role: "child",
        start: lineStart + start,
        end: lineStart + end,
      });
    pos += part.length;
    joinedByAnd = false;
  }
  return out;
}

// Global: every child word of a sentence is tried ("de vader van de kinderen …, de kinderen …").
const CHILD_WORD =
  /(?<![\p{L}])(?:kinderen|kind|kindje|kindjes|zoon|zoontje|zonen|dochter|dochtertje|dochters|minderjarigen?|enfants?|fils|filles?|children|daughters?)(?![\p{L}])/giu;
/** The same words without the global flag: a cheap first test that most lines fail. */
const HAS_CHILD_WORD = new RegExp(CHILD_WORD.source, "iu");
/** "vader van de kinderen X": the names after it are the parent's; "Kind en Gezin" is an agency. */
const NOT_A_CHILD_LIST_BEFORE = /(?:van|of|de|des|du)(?: de| het| the| ses| leurs?)? $/iu;
const AGENCY_AFTER = /^ en gezin/iu;
const POSSESSIVE_BEFORE = /(?:^|\s)(?:van|de|du|des|of|door|par|by|bij|chez)$/u;

/**
 * Children named in prose without dates: "Haar kinderen uit een vorige relatie, Jasper Wuyts en
 * Amelie Wuyts, waren thuis." Names after a child word in the same sentence; a name after "van"
 * or a title is a parent, not a child. Marked weak: resolve.ts drops them if named elsewhere as
 * an adult.
 */
function childrenInProse(line: string, lineStart: number, group: string): PersonMention[] {
  const out: PersonMention[] = [];
  if (!HAS_CHILD_WORD.test(line)) return out;
  for (const sentence of line.matchAll(/[^.!?]+[.!?]?/g)) {
    const text = sentence[0];
    let child: RegExpExecArray | null = null;
    for (const c of text.matchAll(CHILD_WORD)) {
      const before = text.slice(Math.max(0, c.index - 12), c.index);
      const after = text.slice(c.index + c[0].length, c.index + c[0].length + 10);
      if (NOT_A_CHILD_LIST_BEFORE.test(before) || AGENCY_AFTER.test(after)) continue;
      child = c as RegExpExecArray;
      break;
    }
    if (!child) continue;
    const offset = (sentence.index ?? 0) + child.index + child[0].length;
    const words = [...text.slice(child.index + child[0].length).matchAll(/\S+/g)];
    let run: { tokens: string[]; start: number; end: number } | null = null;
    let prevWord = "";
    let andBefore = false;
    const flush = () => {
      if (run) {
        const tokens = run.tokens;
        while (tokens.length > 0 && isParticle(tokens[tokens.length - 1])) tokens.pop();
        const ok = tokens.length >= 2 || (tokens.length === 1 && andBefore && out.length > 0);
        if (ok)
          out.push({
            tokens,
            inheritSurname: tokens.length === 1,
            group,
            surnameFirst: false,
            birthDate: null,
            nationalNumber: null,
            role: "child",
            weak: true,
            start: lineStart + run.start,
            end: lineStart + run.end,
          });
      }
      run = null;
    };
    for (const w of words) {
      const raw = w[0];
      const clean = raw.replace(/[,;:.!?)]+$/, "");
      const pos = offset + (w.index ?? 0);
      const nameLike =
        !/[(]/.test(clean) &&
        (isNameWord(clean) ||
          (run !== null && isParticle(clean)) ||
          (run === null && /^\p{Lu}/u.test(clean) && isParticle(clean)));
      if (nameLike && run === null) {
        const prev = prevWord.toLowerCase();
        if (
          POSSESSIVE_BEFORE.test(prev) ||
          TITLE.test(prev) ||
          classifyRole(prev) === "never-child"
        ) {
          prevWord = raw;
          continue;
        }
        run = { tokens: [], start: pos, end: pos };
      }
      if (nameLike && run !== null) {
        run.tokens.push(clean);
        run.end = pos + clean.length;
        if (clean !== raw) flush();
      } else if (!nameLike) {
        const closedRun = run !== null || /[,;]$/.test(prevWord);
        flush();
        andBefore = /^(en|et|and|&)$/i.test(clean) && (closedRun || andBefore || out.length > 0);
      }
      prevWord = raw;
    }
    flush();
  }
  return out;
}
