/**
 * Reads the open mail through the CurrentMail port into the extraction engine's MailInput:
 * both bodies, and the content of attachments that can hold a report (PDF, text, attached mails).
 * A part that cannot be read is counted, not fatal: the officer is told, the rest is used.
 */
import type { MailAttachmentInput, MailInput } from "../extraction/types";
import type { CurrentMail, MailAttachmentInfo } from "../ports";

/** Attachments above this size are not read (a report is far smaller; the pane must stay fast). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export interface ReadMailResult {
  input: MailInput;
  /** Attachments that could hold a report but were not read (too large, or the host refused). */
  unreadAttachments: number;
}

function isReportCandidate(a: MailAttachmentInfo): boolean {
  if (a.isInline || a.kind === "cloud") return false;
  if (a.kind === "item") return true;
  const type = a.contentType.toLowerCase();
  const name = a.name.toLowerCase();
  return (
    type === "application/pdf" ||
    type.startsWith("text/") ||
    type === "message/rfc822" ||
    /\.(pdf|txt|eml)$/.test(name)
  );
}

/** Base64 to bytes without Buffer (runs in the browser and in Node). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function readAttachment(
  mail: CurrentMail,
  info: MailAttachmentInfo
): Promise<MailAttachmentInput> {
  const content = await mail.getAttachmentContent(info.id);
  if (content.format === "eml") {
    return { name: info.name, contentType: "message/rfc822", content: content.content };
  }
  if (content.format !== "base64")
    throw new Error(`unsupported attachment format ${content.format}`);
  return {
    name: info.name,
    contentType: info.contentType,
    content: base64ToBytes(content.content),
  };
}

async function bodyOrNull(mail: CurrentMail, format: "text" | "html"): Promise<string | null> {
  try {
    return await mail.getBody(format);
  } catch {
    return null;
  }
}

export async function readMailInput(mail: CurrentMail): Promise<ReadMailResult> {
  const [text, html] = await Promise.all([bodyOrNull(mail, "text"), bodyOrNull(mail, "html")]);
  if (text === null && html === null) throw new Error("mail body unreadable");
  const attachments: MailAttachmentInput[] = [];
  let unreadAttachments = 0;
  for (const info of mail.attachments.filter(isReportCandidate)) {
    if (info.size > MAX_ATTACHMENT_BYTES) {
      unreadAttachments++;
      continue;
    }
    try {
      attachments.push(await readAttachment(mail, info));
    } catch {
      unreadAttachments++;
    }
  }
  return {
    input: { subject: mail.subject, text, html, sentAt: mail.received, attachments },
    unreadAttachments,
  };
}
