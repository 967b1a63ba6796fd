/**
 * The "Preview" step of the import, without React: read the chosen files, read the schools
 * already in the folder, and plan the import. Every failure comes back as a message key.
 */
import {
  DirectoryError,
  planImport,
  type DirectoryMessage,
  type ImportFile,
  type ImportPreview,
  type School,
} from "../../lib/directory";

/** What File.text() offers; a File in the browser, any text source in tests. */
export interface TextSource {
  text(): Promise<string>;
}

export interface PreviewRequest {
  schoolsFile: TextSource | null;
  contactsFile: TextSource | null;
  includePostcodes: readonly string[];
  /** Reads the schools currently in the folder (PaneServices.schools.list). */
  listExisting(): Promise<School[]>;
}

export type PreviewOutcome =
  | { ok: true; preview: ImportPreview }
  /** `file` is null when the failure is not about a file (the folder could not be read). */
  | { ok: false; file: ImportFile | null; error: DirectoryMessage };

const unreadable: DirectoryMessage = { key: "import.file.unreadable" };

async function readText(
  source: TextSource | null,
  file: ImportFile
): Promise<
  { ok: true; text: string | null } | { ok: false; file: ImportFile; error: DirectoryMessage }
> {
  if (source === null) return { ok: true, text: null };
  try {
    return { ok: true, text: await source.text() };
  } catch {
    return { ok: false, file, error: unreadable };
  }
}

/** The folder's read failure as a message; the adapter throws DirectoryError with a key. */
function listFailure(error: unknown): DirectoryMessage {
  return error instanceof DirectoryError
    ? error.detail
    : { key: "source.listFailed", params: { status: 0 } };
}

export async function previewImport(request: PreviewRequest): Promise<PreviewOutcome> {
  const schools = await readText(request.schoolsFile, "schools");
  if (!schools.ok) return schools;
  const contacts = await readText(request.contactsFile, "contacts");
  if (!contacts.ok) return contacts;
  let existing: School[];
  try {
    existing = await request.listExisting();
  } catch (error) {
    return { ok: false, file: null, error: listFailure(error) };
  }
  const plan = planImport({
    schoolListCsv: schools.text,
    contactPersonsCsv: contacts.text,
    existing,
    includePostcodes: request.includePostcodes,
  });
  return plan.ok ? plan : { ok: false, file: plan.file, error: plan.error };
}

/** Whether the preview has anything to write (the Import button is disabled otherwise). */
export function hasWrites(preview: ImportPreview): boolean {
  return preview.changes.create.length + preview.changes.update.length > 0;
}
