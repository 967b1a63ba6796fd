/**
 * The demo mailbox: .eml files from folders on disk, parsed with postal-mime.
 * Node only (reads files). Item data never goes to logs: errors name files, not contents.
 */
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import PostalMime from "postal-mime";
import type { Address, Attachment, Email } from "postal-mime";
import type {
  DemoAddress,
  DemoAttachmentContent,
  DemoAttachmentInfo,
  DemoMailItem,
  DemoMailSummary,
} from "./demo-types";

/** A folder of .eml files; `name` prefixes the ids of its mails ("samples/mail-000.eml"). */
export interface MailSource {
  name: string;
  dir: string;
}

interface ParsedMail {
  item: DemoMailItem;
  attachments: Attachment[];
}

export interface MailStore {
  list(): Promise<Omit<DemoMailSummary, "categories">[]>;
  /** The full mail, or null when there is no mail with that id. */
  get(id: string): Promise<DemoMailItem | null>;
  /** An attachment's content, or null when the mail or attachment does not exist. */
  attachment(id: string, attachmentId: string): Promise<DemoAttachmentContent | null>;
}

const PREVIEW_LENGTH = 120;

function firstMailbox(address: Address | undefined): DemoAddress | null {
  if (!address) return null;
  if (address.address !== undefined) return { name: address.name, email: address.address };
  const first = address.group[0];
  return first ? { name: first.name, email: first.address } : null;
}

function mailboxes(addresses: Address[] | undefined): DemoAddress[] {
  return (addresses ?? []).flatMap((a) =>
    a.address !== undefined
      ? [{ name: a.name, email: a.address }]
      : a.group.map((m) => ({ name: m.name, email: m.address }))
  );
}

function bytesOf(content: Attachment["content"]): Buffer {
  if (typeof content === "string") return Buffer.from(content, "utf8");
  return Buffer.from(content instanceof ArrayBuffer ? new Uint8Array(content) : content);
}

/** Exchange item ids are opaque base64-ish strings; ours is derived from the mail id so it is stable. */
export function demoItemId(mailId: string): string {
  return `AAMkADemo${createHash("sha256").update(mailId).digest("base64url").slice(0, 32)}`;
}

function attachmentInfo(attachment: Attachment, index: number): DemoAttachmentInfo {
  const isItem = attachment.mimeType.toLowerCase() === "message/rfc822";
  return {
    id: `att-${index}`,
    name: attachment.filename ?? (isItem ? "bericht.eml" : `bijlage-${index + 1}`),
    contentType: attachment.mimeType,
    size: bytesOf(attachment.content).byteLength,
    isInline: attachment.disposition === "inline" && Boolean(attachment.contentId),
    attachmentType: isItem ? "item" : "file",
  };
}

/** Outlook shows the received time; a mail without a usable Date header gets the file's epoch. */
function receivedIso(email: Email): string {
  const date = email.date ? new Date(email.date) : new Date(0);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

/** Parses one .eml into the item the stand-in Office serves. */
export async function parseMail(id: string, raw: Buffer): Promise<ParsedMail> {
  // forceRfc822Attachments: an attached mail stays an attachment ("item"), as Outlook lists it.
  const email = await PostalMime.parse(raw, { forceRfc822Attachments: true });
  const item: DemoMailItem = {
    id,
    itemId: demoItemId(id),
    internetMessageId: email.messageId ?? "",
    subject: email.subject ?? "",
    from: firstMailbox(email.from),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    received: receivedIso(email),
    bodyText: email.text ?? "",
    bodyHtml: email.html ?? "",
    attachments: email.attachments.map(attachmentInfo),
  };
  return { item, attachments: email.attachments };
}

function contentOf(attachment: Attachment, info: DemoAttachmentInfo): DemoAttachmentContent {
  const bytes = bytesOf(attachment.content);
  return info.attachmentType === "item"
    ? { format: "eml", content: bytes.toString("utf8") }
    : { format: "base64", content: bytes.toString("base64") };
}

async function emlFiles(source: MailSource): Promise<{ id: string; file: string }[]> {
  let names: string[];
  try {
    names = await readdir(source.dir);
  } catch {
    return []; // an absent folder (e.g. no ../shared/samples) simply adds no mails
  }
  return names
    .filter((n) => n.toLowerCase().endsWith(".eml"))
    .sort()
    .map((n) => ({ id: `${source.name}/${n}`, file: path.join(source.dir, n) }));
}

/** A store over the given folders; files are re-read on every call so edits show without restart. */
export function createMailStore(sources: MailSource[]): MailStore {
  async function files() {
    return (await Promise.all(sources.map(emlFiles))).flat();
  }
  async function load(id: string): Promise<ParsedMail | null> {
    const entry = (await files()).find((f) => f.id === id);
    if (!entry) return null;
    return parseMail(entry.id, await readFile(entry.file));
  }
  return {
    async list() {
      const parsed = await Promise.all(
        (await files()).map(async (f) => parseMail(f.id, await readFile(f.file)))
      );
      return parsed
        .map(({ item }) => ({
          id: item.id,
          subject: item.subject,
          from: item.from,
          received: item.received,
          preview: item.bodyText.replace(/\s+/g, " ").trim().slice(0, PREVIEW_LENGTH),
          hasAttachments: item.attachments.some((a) => !a.isInline),
        }))
        .sort((a, b) => b.received.localeCompare(a.received) || a.id.localeCompare(b.id));
    },
    async get(id) {
      return (await load(id))?.item ?? null;
    },
    async attachment(id, attachmentId) {
      const parsed = await load(id);
      if (!parsed) return null;
      const index = parsed.item.attachments.findIndex((a) => a.id === attachmentId);
      if (index < 0) return null;
      return contentOf(parsed.attachments[index], parsed.item.attachments[index]);
    },
  };
}
