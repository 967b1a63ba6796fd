/**
 * The emulator's data: users and their mailboxes (mail folders, messages, contact folders,
 * contacts), kept in memory and saved to one JSON file after every change.
 */
import {
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  existsSync,
  unlinkSync,
} from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import type { Contact, ContactFolder, MailFolder, Message } from "@microsoft/microsoft-graph-types";

export interface EmulatedUser {
  id: string;
  displayName: string;
  givenName?: string;
  surname?: string;
  jobTitle?: string;
  mail: string;
  userPrincipalName: string;
  preferredLanguage?: string;
  /** "shared" mailboxes cannot sign in; people use them through Send As / Full Access rights. */
  kind: "person" | "shared";
  /** Mailbox ids this user may send as (Exchange "Send As" right). */
  sendAs: string[];
  /** Mailbox ids this user may read and write (Exchange "Full Access" right). */
  fullAccess: string[];
}

/** A mail folder; `wellKnownName` is how Graph lets clients say "sentitems" instead of an id. */
export type StoredMailFolder = MailFolder & { id: string; wellKnownName?: string };
export type StoredMessage = Message & { id: string; parentFolderId: string };
export type StoredContactFolder = ContactFolder & { id: string };
export type StoredContact = Contact & { id: string; parentFolderId: string };

export interface Mailbox {
  mailFolders: StoredMailFolder[];
  messages: StoredMessage[];
  /** The default "Contacts" folder (not listed by /contactFolders, like Graph). */
  defaultContactFolderId: string;
  contactFolders: StoredContactFolder[];
  contacts: StoredContact[];
}

export interface EmulatorState {
  version: 1;
  /** The user every valid token signs in as. */
  signedInUserId: string;
  users: EmulatedUser[];
  mailboxes: Record<string, Mailbox>;
}

const STATE_FILE = "graph-emulator-state.json";

/** Loads and saves the state file in a data directory; writes are atomic (temp file + rename). */
export class StateStore {
  readonly file: string;

  constructor(readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, STATE_FILE);
  }

  /** The saved state, or undefined when the directory has none yet. */
  load(): EmulatorState | undefined {
    if (!existsSync(this.file)) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.file, "utf8"));
    } catch {
      throw new Error(
        `Graph emulator: ${this.file} is not valid JSON. Delete it (or use another data directory) to start fresh.`
      );
    }
    if (!isEmulatorState(parsed)) {
      throw new Error(
        `Graph emulator: ${this.file} is not an emulator state file (version 1). Delete it to start fresh.`
      );
    }
    return parsed;
  }

  /**
   * Synchronous on purpose: when a handler returns, its change is on disk, so a crash or a dropped
   * connection right after a send leaves the same trace a real mailbox would.
   */
  save(state: EmulatorState): void {
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(state, null, 2), "utf8");
      renameSync(temp, this.file);
    } catch (error) {
      if (existsSync(temp)) unlinkSync(temp);
      throw error;
    }
  }
}

function isEmulatorState(value: unknown): value is EmulatorState {
  if (value === null || typeof value !== "object") return false;
  const v = value as Partial<EmulatorState>;
  return (
    v.version === 1 &&
    typeof v.signedInUserId === "string" &&
    Array.isArray(v.users) &&
    typeof v.mailboxes === "object" &&
    v.mailboxes !== null
  );
}
