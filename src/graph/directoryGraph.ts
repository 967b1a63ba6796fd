/**
 * The school directory on Microsoft Graph: the schools are contacts in an Outlook contact folder
 * of the sending mailbox (the officer's own, or the unit's shared mailbox).
 * Implements SchoolDirectorySource; the Graph Client (with auth) is built elsewhere.
 */
import { GraphError, type Client } from "@microsoft/microsoft-graph-client";
import type { Contact, ContactFolder } from "@microsoft/microsoft-graph-types";
import {
  contactToSchool,
  SCHOOL_PROPERTIES_EXPAND,
  schoolToContact,
} from "../lib/directory/contactMapping";
import { changedFields } from "../lib/directory/importPlan";
import { DirectoryError, directoryMessage, type DirectoryMessage } from "../lib/directory/messages";
import type {
  FailedWrite,
  ImportProgress,
  ImportReport,
  SchoolChanges,
  SchoolDirectorySource,
  SchoolRef,
} from "../lib/directory/ports";
import type { School } from "../lib/directory/school";

export interface GraphSchoolDirectoryOptions {
  client: Client;
  /** null = the signed-in user's mailbox (/me); otherwise a shared mailbox address. */
  mailbox: string | null;
  /** The contact folder's display name, e.g. "Handle with Care - scholen". */
  folderName: string;
  /** Waits between throttled attempts; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

const PAGE_SIZE = 500;
/** A 429 means Graph did not process the request, so retrying a write is safe (unlike 503). */
const MAX_THROTTLE_ATTEMPTS = 3;
const MAX_THROTTLE_WAIT_MS = 30_000;

interface Page<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** HTTP status of a failed Graph call; 0 when no response came (network error). */
function statusOf(error: unknown): number {
  return error instanceof GraphError && error.statusCode > 0 ? error.statusCode : 0;
}

function retryAfterMs(error: unknown): number {
  const header = error instanceof GraphError ? error.headers?.get("Retry-After") : null;
  const seconds = Number(header ?? "1");
  return Math.min(
    Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000,
    MAX_THROTTLE_WAIT_MS
  );
}

/**
 * The Graph JS client only strips the host from https nextLinks, so the path (after the version
 * segment) is taken from the link itself; works for graph.microsoft.com and the local emulator.
 */
function relativeNextLink(nextLink: string): string {
  const url = new URL(nextLink);
  return url.pathname.replace(/^\/[^/]+/, "") + url.search;
}

/** `displayName eq '…'` with quotes doubled (OData), URL-encoded for the query string. */
function displayNameFilter(value: string): string {
  return encodeURIComponent(`displayName eq '${value.replace(/'/g, "''")}'`);
}

const refOf = (school: School, action: SchoolRef["action"]): SchoolRef => ({
  number: school.number,
  name: school.name,
  action,
});

export class GraphSchoolDirectory implements SchoolDirectorySource {
  private readonly client: Client;
  private readonly mailboxPath: string;
  private readonly folderName: string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: GraphSchoolDirectoryOptions) {
    this.client = options.client;
    this.mailboxPath =
      options.mailbox === null ? "/me" : `/users/${encodeURIComponent(options.mailbox)}`;
    this.folderName = options.folderName;
    this.sleep = options.sleep ?? realSleep;
  }

  async list(): Promise<School[]> {
    try {
      const folderId = await this.findFolderId();
      if (folderId === null) return [];
      return await this.readSchools(folderId);
    } catch (error) {
      throw new DirectoryError(directoryMessage("source.listFailed", { status: statusOf(error) }));
    }
  }

  async upsert(
    changes: SchoolChanges,
    onProgress?: (progress: ImportProgress) => void
  ): Promise<ImportReport> {
    const writes = [
      ...changes.create.map((school) => ({ school, action: "create" as const })),
      ...changes.update.map((school) => ({ school, action: "update" as const })),
    ];
    const report: ImportReport = {
      folderCreated: false,
      written: [],
      failed: null,
      notAttempted: [],
    };
    let folderId: string;
    try {
      const found = await this.findFolderId();
      folderId = found ?? (await this.createFolder());
      report.folderCreated = found === null;
    } catch (error) {
      report.folderError = directoryMessage("import.write.folderFailed", {
        status: statusOf(error),
      });
      report.notAttempted = writes.map((w) => refOf(w.school, w.action));
      return report;
    }

    for (const [index, { school, action }] of writes.entries()) {
      const ref = refOf(school, action);
      try {
        await this.withThrottleRetry(() => this.write(folderId, school, action));
        report.written.push(ref);
        this.notify(onProgress, {
          done: index + 1,
          total: writes.length,
          school: ref,
          outcome: "written",
        });
      } catch (error) {
        report.failed = await this.describeFailure(folderId, school, ref, error);
        report.notAttempted = writes.slice(index + 1).map((w) => refOf(w.school, w.action));
        this.notify(onProgress, {
          done: index + 1,
          total: writes.length,
          school: ref,
          outcome: "failed",
        });
        break;
      }
    }
    return report;
  }

  private notify(onProgress: ((p: ImportProgress) => void) | undefined, progress: ImportProgress) {
    try {
      onProgress?.(progress);
    } catch {
      // A failing UI callback must not interrupt a half-done import; the report still tells all.
    }
  }

  private async write(folderId: string, school: School, action: SchoolRef["action"]) {
    const contacts = `${this.mailboxPath}/contactFolders/${encodeURIComponent(folderId)}/contacts`;
    if (action === "create") {
      await this.client.api(contacts).post(schoolToContact(school));
      return;
    }
    if (school.id === null) throw new Error("update without contact id");
    await this.client
      .api(`${contacts}/${encodeURIComponent(school.id)}`)
      .patch(schoolToContact(school));
  }

  private async withThrottleRetry(call: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (statusOf(error) !== 429 || attempt >= MAX_THROTTLE_ATTEMPTS) throw error;
        await this.sleep(retryAfterMs(error));
      }
    }
  }

  /** Re-reads the folder to tell whether a write whose answer was an error got stored anyway. */
  private async describeFailure(
    folderId: string,
    intended: School,
    ref: SchoolRef,
    error: unknown
  ): Promise<FailedWrite> {
    const status = statusOf(error);
    const message: DirectoryMessage =
      status === 429
        ? directoryMessage("import.write.throttled")
        : directoryMessage("import.write.failed", { status });
    let storedAnyway: boolean | null;
    try {
      const stored = (await this.readSchools(folderId)).find((s) => s.number === intended.number);
      storedAnyway = stored !== undefined && changedFields(stored, intended).length === 0;
    } catch {
      storedAnyway = null;
    }
    return { school: ref, error: message, storedAnyway };
  }

  private async findFolderId(): Promise<string | null> {
    let path: string | null =
      `${this.mailboxPath}/contactFolders?$filter=${displayNameFilter(this.folderName)}`;
    while (path !== null) {
      const page: Page<ContactFolder> = await this.client.api(path).get();
      const folder = page.value.find(
        (f) => f.displayName?.toLowerCase() === this.folderName.toLowerCase()
      );
      if (folder?.id) return folder.id;
      const next = page["@odata.nextLink"];
      path = next === undefined ? null : relativeNextLink(next);
    }
    return null;
  }

  private async createFolder(): Promise<string> {
    const folder: ContactFolder = await this.client
      .api(`${this.mailboxPath}/contactFolders`)
      .post({ displayName: this.folderName });
    if (!folder.id) throw new Error("contact folder created without id");
    return folder.id;
  }

  private async readSchools(folderId: string): Promise<School[]> {
    const schools: School[] = [];
    let path: string | null =
      `${this.mailboxPath}/contactFolders/${encodeURIComponent(folderId)}/contacts` +
      `?$top=${PAGE_SIZE}&$expand=${encodeURIComponent(SCHOOL_PROPERTIES_EXPAND)}`;
    while (path !== null) {
      const page: Page<Contact> = await this.client.api(path).get();
      for (const contact of page.value) {
        const school = contactToSchool(contact);
        if (school !== null) schools.push(school);
      }
      const next = page["@odata.nextLink"];
      path = next === undefined ? null : relativeNextLink(next);
    }
    return schools;
  }
}

/** Factory for the task pane and the settings view. */
export function createGraphSchoolDirectory(
  options: GraphSchoolDirectoryOptions
): SchoolDirectorySource {
  return new GraphSchoolDirectory(options);
}
