/**
 * The extraction engine: mail in, screening + reference + children out. Synchronous and pure;
 * attachment text (PDF, attached mails) is prepared beforehand by attachments.ts.
 */
import { familySurname } from "./family";
import { findFormMentions } from "./forms";
import { htmlToText } from "./html";
import { isNameWord } from "./names";
import { normaliseText } from "./normalise";
import { chooseReference } from "./reference";
import { resolveChildren, type SourcedMention } from "./resolve";
import { screen } from "./screening";
import { analyseStructure } from "./structure";
import { findTableMentions } from "./tables";
import { findTextMentions } from "./textMentions";
import {
  WarningKeys,
  type ExtractionResult,
  type ExtractionWarning,
  type MailInput,
} from "./types";

const CHILD_NOUN =
  /(?<![\p{L}])(?:kind(?:je)?|baby|zoontje|dochtertje|peuter|kleuter|meisje|jongetje|jongen|enfant|bébé|nourrisson|fillette|garçon|petite? fille)(?![\p{L}])/giu;
const AGE_AFTER =
  /^([^.\n]{0,40}?)(?<![\d])\d{1,2} ?(?:jaar|jarige|maanden|maand|ans?|mois)(?![\p{L}])/iu;

/**
 * "het jongste kindje, 2 jaar": a child with an age and no name. Not when a name stands between
 * the child word and the age ("dochter Emma, 4 jaar", "Kind: PEETERS Emma (°…) (9 jaar)").
 */
function mentionsUnnamedChild(text: string): boolean {
  let seen = 0;
  for (const m of text.matchAll(CHILD_NOUN)) {
    if (++seen > 200) return false; // bounded work on hostile input
    const age = AGE_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 50));
    if (!age) continue;
    const words = age[1].split(/[\s,;:()]+/).filter(Boolean);
    if (!words.some((w) => isNameWord(w) && !isCapitalisedSentenceWord(w))) return true;
  }
  return false;
}

/** Pronouns and articles that start a clause are capitalised without being names. */
function isCapitalisedSentenceWord(word: string): boolean {
  return /^(?:hij|zij|ze|het|de|die|dat|il|elle|le|la|les|un|une|he|she|it|the|een)$/i.test(word);
}

/** The mail's date as YYYY-MM-DD in Belgian time. */
export function mailDayOf(sentAt: MailInput["sentAt"], now: Date): { day: string; known: boolean } {
  const date =
    sentAt instanceof Date
      ? sentAt
      : typeof sentAt === "string" && sentAt
        ? new Date(sentAt)
        : null;
  const valid = date !== null && !Number.isNaN(date.getTime());
  const fmt = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return { day: fmt.format(valid ? date : now), known: valid };
}

/** The body text the engine reads: the HTML rendering (keeps tables) unless it lost content. */
export function bodyText(input: Pick<MailInput, "text" | "html">): string {
  const text = typeof input.text === "string" ? input.text : "";
  const html = typeof input.html === "string" && input.html.trim() ? htmlToText(input.html) : "";
  if (!html) return normaliseText(text);
  return normaliseText(html.trim().length * 2 < text.trim().length ? text : html);
}

function emptyResult(warning: ExtractionWarning): ExtractionResult {
  return {
    isIncident: false,
    incidentSignals: [],
    reference: null,
    children: [],
    warnings: [warning],
  };
}

interface Source {
  id: string;
  text: string;
}

function mentionsOf(source: Source): { mentions: SourcedMention[]; segmentStarts: number[] } {
  const structure = analyseStructure(source.text);
  const tables = findTableMentions(structure.lines);
  const forms = findFormMentions(
    structure.lines,
    new Set([...structure.ignored, ...tables.consumed])
  );
  const skip = new Set([...structure.ignored, ...tables.consumed, ...forms.consumed]);
  const text = findTextMentions(structure.lines, skip);
  const all = [...tables.mentions, ...forms.mentions, ...text].sort((a, b) => a.start - b.start);
  return {
    mentions: all.map((m) => ({ ...m, source: source.id, sourceText: source.text })),
    segmentStarts: structure.segmentStarts,
  };
}

export function extractIncident(input: MailInput, options: { now?: Date } = {}): ExtractionResult {
  try {
    if (!input || typeof input !== "object")
      return emptyResult({ key: WarningKeys.unreadableInput });
    const subject = typeof input.subject === "string" ? normaliseText(input.subject) : "";
    const sources: Source[] = [{ id: "body", text: bodyText(input) }];
    const warnings: ExtractionWarning[] = [];
    (Array.isArray(input.attachments) ? input.attachments : []).forEach((a, i) => {
      const raw =
        typeof a?.html === "string" && a.html
          ? htmlToText(a.html)
          : typeof a?.text === "string"
            ? a.text
            : "";
      if (raw.trim()) sources.push({ id: `attachment:${i}`, text: normaliseText(raw) });
      else if (a && /pdf|rfc822|text|eml/i.test(`${a.contentType} ${a.name}`))
        warnings.push({ key: WarningKeys.attachmentNotRead, params: { attachment: i + 1 } });
    });
    if (!subject.trim() && sources.every((s) => !s.text.trim()))
      return emptyResult({ key: WarningKeys.noText });

    const { day, known } = mailDayOf(input.sentAt, options.now ?? new Date());
    if (!known) warnings.push({ key: WarningKeys.noMailDate });

    const screening = screen([subject, ...sources.map((s) => s.text)]);
    const analysed = sources.map(mentionsOf);
    let reference: string | null = null;
    for (let i = 0; i < sources.length && !reference; i++)
      reference = chooseReference(sources[i].text, analysed[i].segmentStarts, "");
    reference ??= chooseReference("", [], subject);

    if (!screening.isIncident)
      return { isIncident: false, incidentSignals: [], reference, children: [], warnings };

    const resolved = resolveChildren(
      analysed.flatMap((a) => a.mentions),
      day,
      familySurname([subject, ...sources.map((s) => s.text)])
    );
    warnings.push(...resolved.warnings);
    if (sources.some((s) => mentionsUnnamedChild(s.text)))
      warnings.push({ key: WarningKeys.unnamedChild });
    return {
      isIncident: true,
      incidentSignals: screening.signals,
      reference,
      children: resolved.children,
      warnings,
    };
  } catch {
    // Garbage in must never crash the pane; no details (they could hold personal data).
    return emptyResult({ key: WarningKeys.unreadableInput });
  }
}
