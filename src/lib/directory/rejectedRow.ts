/** A CSV row the import will not use, with the reason as a message key for the preview. */
import type { DirectoryMessage } from "./messages";

export type ImportFile = "schools" | "contacts";

export interface RejectedRow {
  file: ImportFile;
  /** 1-based row number in that file (header = 1). */
  row: number;
  reason: DirectoryMessage;
}
