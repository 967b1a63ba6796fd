/**
 * An in-memory SchoolDirectorySource with the Graph adapter's contract: writes one school at a
 * time, stops at the first failure and reports written / failed / not attempted. It records every
 * upsert call and can be told to fail at the Nth write.
 */
import type {
  DirectoryMessage,
  ImportProgress,
  ImportReport,
  School,
  SchoolChanges,
  SchoolDirectorySource,
  SchoolRef,
} from "../../../src/lib/directory";

export interface WriteFailure {
  /** 1-based index of the write that fails, counted over all upsert calls of this source. */
  atWrite: number;
  error: DirectoryMessage;
  /** Whether the failing write is stored before the error (a lost response). */
  storedAnyway: boolean;
}

export class MemorySchoolDirectory implements SchoolDirectorySource {
  readonly upserts: SchoolChanges[] = [];
  readonly progress: ImportProgress[] = [];
  failure: WriteFailure | null = null;
  listFailure: Error | null = null;
  private schools: School[];
  private writes = 0;
  private nextId = 1;
  /** Lets a test hold a write open (to see the progress bar) until it calls the resolver. */
  gate: Promise<void> | null = null;

  constructor(initial: readonly School[] = []) {
    this.schools = initial.map((s) => ({ ...s, id: s.id ?? this.newId() }));
  }

  private newId(): string {
    return `contact-${this.nextId++}`;
  }

  async list(): Promise<School[]> {
    if (this.listFailure) throw this.listFailure;
    return this.schools.map((s) => ({ ...s }));
  }

  private store(school: School, action: SchoolRef["action"]): void {
    if (action === "create") {
      this.schools.push({ ...school, id: this.newId() });
      return;
    }
    const index = this.schools.findIndex((s) => s.id === school.id);
    if (index < 0) throw new Error("update of an unknown contact");
    this.schools[index] = { ...school };
  }

  async upsert(
    changes: SchoolChanges,
    onProgress?: (progress: ImportProgress) => void
  ): Promise<ImportReport> {
    this.upserts.push(changes);
    const writes = [
      ...changes.create.map((school) => ({ school, action: "create" as const })),
      ...changes.update.map((school) => ({ school, action: "update" as const })),
    ];
    const refOf = (w: (typeof writes)[number]): SchoolRef => ({
      number: w.school.number,
      name: w.school.name,
      action: w.action,
    });
    const report: ImportReport = {
      folderCreated: false,
      written: [],
      failed: null,
      notAttempted: [],
    };
    for (const [index, write] of writes.entries()) {
      if (this.gate) await this.gate;
      this.writes++;
      const ref = refOf(write);
      const notify = (outcome: ImportProgress["outcome"]) => {
        const progress = { done: index + 1, total: writes.length, school: ref, outcome };
        this.progress.push(progress);
        onProgress?.(progress);
      };
      if (this.failure?.atWrite === this.writes) {
        if (this.failure.storedAnyway) this.store(write.school, write.action);
        report.failed = {
          school: ref,
          error: this.failure.error,
          storedAnyway: this.failure.storedAnyway,
        };
        report.notAttempted = writes.slice(index + 1).map(refOf);
        notify("failed");
        break;
      }
      this.store(write.school, write.action);
      report.written.push(ref);
      notify("written");
    }
    return report;
  }
}
