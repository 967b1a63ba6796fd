/**
 * The extraction engine: mail in, screening + reference + children out. Synchronous and pure;
 * attachment text (PDF, attached mails) is prepared beforehand by attachments.ts.
 */
import { familySurname } from "./family";
import { findFormMentions } from "./forms";
import { htmlToText } from "./html";
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

const UNNAMED_CHILD =
  /(?<![\p{L}])(?:kind(?:je)?|baby|zoontje|dochtertje|peuter|kleuter|meisje|jongetje|jongen|enfant|bébé|nourrisson|fillette|garçon|petite? fille)(?![\p{L}])[^.\n]{0,40}?(?<![\d])\d{1,2} ?(?:jaar|jarige|maanden|maand|ans?|mois)(?![\p{L}])/iu;

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
    if (sources.some((s) => UNNAMED_CHILD.test(s.text)))
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
