/** The school directory's public API, for the task pane, the settings view and the signal code. */
export { buildSchoolIndex, DEFAULT_SEARCH_LIMIT, type SchoolIndex } from "./schoolIndex";
export { recipientsFor, type DirectoryRecipient } from "./recipients";
export {
  canReceiveSignals,
  parseContactEmail,
  parseSchoolNumber,
  type ContactEmail,
  type School,
  type SchoolAddress,
  type SchoolContact,
  type SchoolLanguage,
  type SchoolNumber,
} from "./school";
export {
  planImport,
  type ImportInput,
  type ImportPlanResult,
  type ImportPreview,
  type SchoolField,
  type SchoolUpdate,
} from "./importPlan";
export type { ImportFile, RejectedRow } from "./rejectedRow";
export type {
  FailedWrite,
  ImportProgress,
  ImportReport,
  SchoolChanges,
  SchoolDirectorySource,
  SchoolRef,
} from "./ports";
export { magdaAction, type MagdaAction, type MagdaConfig } from "./magdaAction";
export {
  DIRECTORY_NAMESPACE,
  DirectoryError,
  directoryMessageKeys,
  type DirectoryMessage,
  type DirectoryMessageKey,
} from "./messages";
