/**
 * Mail structure: forwarded-message header blocks (Outlook classic/new/web, Dutch, French,
 * English), separator lines and reply attributions. The engine ignores these lines when looking
 * for persons (they name officers) and uses the last header block to find the original report.
 */

export interface Line {
  text: string;
  start: number;
  end: number;
}

export interface MailStructure {
  lines: Line[];
  /** Indexes of lines that are headers, separators or reply attributions. */
  ignored: Set<number>;
  /** Offsets where each forwarded/quoted original message starts (after its header block). */
  segmentStarts: number[];
}

const HEADER_LINE =
  /^(?:\*\*|\*)?(van|verzonden|aan|cc|bcc|onderwerp|datum|from|sent|to|subject|date|de|envoyé|envoye|à|a|objet|cci)(?:\*\*|\*)? {0,3}: ?(?:\*\*|\*)?/i;
const FROM_HEADER = /^(?:\*\*|\*)?(van|from|de)\b/i;
const SEPARATOR =
  /^(?:-{2,} ?(?:oorspronkelijk bericht|doorgestuurd bericht|original message|forwarded message|message d'origine|message transféré|message transfere|mail transféré)[ -]*|_{8,}|-{8,})$/i;
const ATTRIBUTION =
  /^(?:op .{1,200} schreef .{0,200}:|le .{1,200} a écrit ?:|on .{1,200} wrote:|.{0,200} schreef:?)$/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

export function analyseStructure(text: string): MailStructure {
  const lines = splitLines(text);
  const ignored = new Set<number>();
  const segmentStarts: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i].text.trim();
    if (SEPARATOR.test(line) || (line.length < 400 && ATTRIBUTION.test(line))) {
      ignored.add(i);
      i++;
      continue;
    }
    // A header block: a From-like line followed by at least one more header line.
    if (FROM_HEADER.test(line) && HEADER_LINE.test(line)) {
      let j = i + 1;
      let headers = 1;
      while (j < lines.length && HEADER_LINE.test(lines[j].text.trim())) {
        headers++;
        j++;
      }
      if (headers >= 2) {
        for (let k = i; k < j; k++) ignored.add(k);
        segmentStarts.push(lines[i].start);
        i = j;
        continue;
      }
    }
    i++;
  }
  return { lines, ignored, segmentStarts };
}
