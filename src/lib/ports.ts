/**
 * Ports: the small interfaces through which the domain (src/lib) talks to the outside world.
 * Adapters live in src/office (Office.js), src/graph (Microsoft Graph + MSAL) and dev/ (demo host).
 * Nothing here may import Office, React or touch fetch.
 */

/** A person as a mail header names them. */
export interface MailAddress {
  name: string;
  email: string;
}

/** An attachment's metadata, as Office.js lists it. */
export interface MailAttachmentInfo {
  id: string;
  name: string;
  contentType: string;
  size: number;
  isInline: boolean;
  /** "file" for ordinary files, "item" for an attached mail message, "cloud" for a link. */
  kind: "file" | "item" | "cloud";
}

/** Attachment content as Office.js hands it over (getAttachmentContentAsync). */
export interface MailAttachmentContent {
  format: "base64" | "eml" | "url" | "iCalendar";
  content: string;
}

/** The mail item open in the reading pane. */
export interface CurrentMail {
  /** Exchange item id (opaque). */
  itemId: string;
  /** RFC 5322 Message-ID, e.g. "<abc@zone.example.be>". */
  internetMessageId: string;
  subject: string;
  from: MailAddress | null;
  /** ISO 8601 timestamp of when the item was created/received. */
  received: string;
  attachments: MailAttachmentInfo[];
  getBody(format: "text" | "html"): Promise<string>;
  getAttachmentContent(attachmentId: string): Promise<MailAttachmentContent>;
  getCategories(): Promise<string[]>;
  addCategories(names: string[]): Promise<void>;
  /** Saves a small add-in property on the item (Office custom properties). Never child data. */
  saveCustomProperty(name: string, value: string): Promise<void>;
}

/** The mailbox the pane runs in: the current item and its changes (pinned pane). */
export interface MailboxPort {
  /** The item in the reading pane, or null when none is selected. */
  currentMail(): CurrentMail | null;
  /** Called whenever the selected item changes; returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** The display language of the host, e.g. "nl-BE", "fr-FR", "en-US". */
  displayLanguage(): string;
  /** The signed-in user's address and display name. */
  userProfile(): MailAddress;
}

/** Per-user settings that roam with the mailbox (Office roamingSettings). Never child data. */
export interface SettingsPort {
  get<T = unknown>(key: string): T | undefined;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The time, injectable for tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
