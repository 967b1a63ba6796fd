/**
 * Attachment text, prepared before the sync engine runs: PDF text through a PdfTextExtractor
 * (pdfText.ts wraps pdfjs-dist), attached mails through parseEml, text files decoded as UTF-8.
 */
import { decodeText, parseEml } from "./eml";
import type { MailAttachmentInput, MailInput } from "./types";

/** The small interface that keeps pdfjs out of the engine core. */
export interface PdfTextExtractor {
  extractText(bytes: Uint8Array): Promise<string>;
}

function bytesOf(content: Uint8Array | string): Uint8Array {
  return typeof content === "string" ? new TextEncoder().encode(content) : content;
}

async function prepareOne(
  a: MailAttachmentInput,
  pdf?: PdfTextExtractor
): Promise<MailAttachmentInput> {
  if (a.text || a.html || a.content === undefined) return a;
  const kind = `${a.contentType} ${a.name}`;
  try {
    if (/pdf/i.test(kind) && pdf) return { ...a, text: await pdf.extractText(bytesOf(a.content)) };
    if (/rfc822|\.eml\b/i.test(kind)) {
      const inner = await parseEml(a.content);
      return {
        ...a,
        text: [inner.subject, inner.text ?? ""].join("\n"),
        html: inner.html ?? undefined,
      };
    }
    if (/^text\//i.test(a.contentType) || /\.(txt|html?)$/i.test(a.name)) {
      const decoded = typeof a.content === "string" ? a.content : decodeText(a.content);
      return /html/i.test(kind) ? { ...a, html: decoded } : { ...a, text: decoded };
    }
  } catch {
    // Unreadable attachment: left without text, the engine reports it (no details: privacy).
  }
  return a;
}

/** Fill `text`/`html` of every attachment whose content can be read. */
export async function prepareAttachments(
  input: MailInput,
  pdf?: PdfTextExtractor
): Promise<MailInput> {
  const attachments = await Promise.all((input.attachments ?? []).map((a) => prepareOne(a, pdf)));
  return { ...input, attachments };
}
