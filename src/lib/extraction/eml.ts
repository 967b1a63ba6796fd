/**
 * .eml (RFC 822) → MailInput with postal-mime. Pure: takes the raw bytes or string, so the CLI,
 * the demo host and the pane (attached items come as "eml" strings) all use it.
 */
import PostalMime from "postal-mime";
import type { MailAttachmentInput, MailInput } from "./types";

const MAX_DEPTH = 3;

export class NotAMailError extends Error {
  constructor() {
    super("The input is not an e-mail message.");
    this.name = "NotAMailError";
  }
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Belgian Windows tools write). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function isMailAttachment(mimeType: string, filename: string | null): boolean {
  return /^message\/rfc822$/i.test(mimeType) || /\.eml$/i.test(filename ?? "");
}

function isTextAttachment(mimeType: string, filename: string | null): boolean {
  return /^text\/(plain|html)$/i.test(mimeType) || /\.(txt|html?)$/i.test(filename ?? "");
}

async function parseAt(raw: string | Uint8Array, depth: number): Promise<MailInput> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: "arraybuffer" });
  const hasHeaders = email.headers.some((h) =>
    /^(from|date|subject|to|message-id|received)$/i.test(h.key)
  );
  if (!hasHeaders) throw new NotAMailError();
  const attachments: MailAttachmentInput[] = [];
  for (const a of email.attachments) {
    const bytes = toBytes(a.content as ArrayBuffer | string);
    const item: MailAttachmentInput = {
      name: a.filename ?? "",
      contentType: a.mimeType,
      content: bytes,
    };
    if (isMailAttachment(a.mimeType, a.filename) && depth < MAX_DEPTH) {
      try {
        const inner = await parseAt(bytes, depth + 1);
        item.text = [inner.subject, inner.text ?? ""].join("\n");
        if (inner.html) item.html = inner.html;
        // Attachments of the attached mail come along as the outer mail's attachments.
        attachments.push(...(inner.attachments ?? []));
      } catch {
        // An unreadable attached mail is left without text; the engine warns about it.
      }
    } else if (isTextAttachment(a.mimeType, a.filename)) {
      const decoded = decodeText(bytes);
      if (/html?$/i.test(a.mimeType) || /\.html?$/i.test(a.filename ?? "")) item.html = decoded;
      else item.text = decoded;
    }
    attachments.push(item);
  }
  return {
    subject: email.subject ?? "",
    text: email.text ?? null,
    html: email.html ?? null,
    sentAt: email.date ?? null,
    attachments,
  };
}

/** Parse a raw .eml message. Rejects with NotAMailError when the input has no mail headers. */
export function parseEml(raw: string | Uint8Array): Promise<MailInput> {
  return parseAt(raw, 0);
}
