/**
 * Message keys of the "directory" i18next namespace. Library code returns these keys (with
 * params), never sentences; the UI translates them with src/i18n/locales/{nl,fr,en}/directory.json.
 */

export const DIRECTORY_NAMESPACE = "directory";

/** Every key this module can hand to the UI; the catalog test checks each exists in nl, fr, en. */
export const directoryMessageKeys = [
  "import.file.empty",
  "import.file.missingColumn",
  "import.file.unreadable",
  "import.reject.malformedRow",
  "import.reject.missingNumber",
  "import.reject.invalidNumber",
  "import.reject.missingName",
  "import.reject.duplicateSchool",
  "import.reject.badLanguage",
  "import.reject.missingEmail",
  "import.reject.badEmail",
  "import.reject.unknownSchool",
  "import.reject.duplicateContact",
  "import.reject.tooManyContacts",
  "import.write.failed",
  "import.write.throttled",
  "import.write.folderFailed",
  "source.listFailed",
  "school.noContacts",
  "magda.invalidUrl",
  "magda.insecureUrl",
  "magda.invalidNationalNumber",
] as const;

export type DirectoryMessageKey = (typeof directoryMessageKeys)[number];

/** A translatable message: `t(\`${DIRECTORY_NAMESPACE}:${key}\`, params)`. */
export interface DirectoryMessage {
  key: DirectoryMessageKey;
  params?: Record<string, string | number>;
}

export function directoryMessage(
  key: DirectoryMessageKey,
  params?: Record<string, string | number>
): DirectoryMessage {
  return params === undefined ? { key } : { key, params };
}

/** An error carrying a message key; its `message` is the key itself, never data. */
export class DirectoryError extends Error {
  constructor(readonly detail: DirectoryMessage) {
    super(detail.key);
    this.name = "DirectoryError";
  }
}
