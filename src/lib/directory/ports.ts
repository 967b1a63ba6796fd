/**
 * The port through which the directory domain reads and writes the schools' Outlook contact
 * folder. The Graph adapter (src/graph/directoryGraph.ts) implements it.
 */
import type { DirectoryMessage } from "./messages";
import type { School, SchoolNumber } from "./school";

/** The writes an import will perform, in order. */
export interface SchoolChanges {
  create: School[];
  /** Each with the Graph contact id of the stored school. */
  update: School[];
}

export interface SchoolRef {
  number: SchoolNumber;
  name: string;
  action: "create" | "update";
}

export interface ImportProgress {
  /** Writes finished so far (written or failed). */
  done: number;
  total: number;
  /** The school just finished. */
  school: SchoolRef;
  outcome: "written" | "failed";
}

export interface FailedWrite {
  school: SchoolRef;
  error: DirectoryMessage;
  /**
   * Whether the school was stored despite the error (the response was lost after the write):
   * true/false when re-reading the folder told us, null when that could not be checked.
   */
  storedAnyway: boolean | null;
}

/**
 * What an import did. Writes stop at the first failure, so every school of the import is in
 * exactly one of `written`, `failed` or `notAttempted`.
 */
export interface ImportReport {
  folderCreated: boolean;
  written: SchoolRef[];
  failed: FailedWrite | null;
  notAttempted: SchoolRef[];
  /** Set when the folder itself could not be found or created (nothing written). */
  folderError?: DirectoryMessage;
}

export interface SchoolDirectorySource {
  /** All schools in the contact folder; an empty list when the folder does not exist yet. */
  list(): Promise<School[]>;
  /** Creates and updates contacts sequentially; never rejects, failures are in the report. */
  upsert(
    changes: SchoolChanges,
    onProgress?: (progress: ImportProgress) => void
  ): Promise<ImportReport>;
}
