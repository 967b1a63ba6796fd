/**
 * Shapes the demo host server and the browser side (shell page, stand-in Office) exchange as JSON.
 * Type-only: safe to import from Node and from browser bundles.
 */

export interface DemoAddress {
  name: string;
  email: string;
}

/** A mail as the mail list shows it. */
export interface DemoMailSummary {
  /** Stable id: "<source>/<file name>", e.g. "samples/mail-000.eml". */
  id: string;
  subject: string;
  from: DemoAddress | null;
  /** ISO 8601. */
  received: string;
  preview: string;
  categories: string[];
  hasAttachments: boolean;
}

export interface DemoAttachmentInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  /** Office.MailboxEnums.AttachmentType values. */
  attachmentType: "file" | "item";
}

/** Office.AttachmentContent as getAttachmentContentAsync hands it over. */
export interface DemoAttachmentContent {
  format: "base64" | "eml";
  content: string;
}

/** A mail in full, as the reading pane and the stand-in Office item need it. */
export interface DemoMailItem {
  id: string;
  /** Opaque Exchange-like item id. */
  itemId: string;
  internetMessageId: string;
  subject: string;
  from: DemoAddress | null;
  to: DemoAddress[];
  cc: DemoAddress[];
  received: string;
  bodyText: string;
  bodyHtml: string;
  attachments: DemoAttachmentInfo[];
}

/** What the stand-in Office needs once, before Office.onReady resolves. */
export interface DemoHostInfo {
  userProfile: { displayName: string; emailAddress: string };
  roamingSettings: Record<string, unknown>;
}

/** A message in the emulator's Sent Items, as the demo's folder view lists it. */
export interface DemoSentItem {
  mailbox: string;
  subject: string;
  to: string[];
  cc: string[];
  from: string;
  sentDateTime: string;
  body: string;
  bodyContentType: string;
  categories: string[];
}

/** postMessage protocol between the demo page (parent) and the stand-in Office (task pane iframe). */
export type DemoMessage =
  | { type: "hwc-demo:hello" }
  | { type: "hwc-demo:select"; mailId: string | null }
  | { type: "hwc-demo:categories-changed"; mailId: string };

/** Narrows an untrusted postMessage payload to the demo protocol. */
export function asDemoMessage(data: unknown): DemoMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const message = data as { type?: unknown; mailId?: unknown };
  switch (message.type) {
    case "hwc-demo:hello":
      return { type: message.type };
    case "hwc-demo:select":
      return typeof message.mailId === "string" || message.mailId === null
        ? { type: message.type, mailId: message.mailId }
        : null;
    case "hwc-demo:categories-changed":
      return typeof message.mailId === "string"
        ? { type: message.type, mailId: message.mailId }
        : null;
    default:
      return null;
  }
}
