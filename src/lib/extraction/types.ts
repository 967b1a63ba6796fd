/**
 * Types of the extraction engine: what goes in (a mail as the add-in sees it) and what comes out.
 */

/** An attachment as the add-in gets it. `text` is filled for text-like content (see attachments.ts). */
export interface MailAttachmentInput {
  name: string;
  /** MIME type, e.g. "application/pdf", "message/rfc822", "text/plain". */
  contentType: string;
  /** Raw content when available (bytes, or a string for text and .eml). */
  content?: Uint8Array | string;
  /** Plain text of the attachment once extracted; the sync engine only reads this. */
  text?: string;
  /** HTML of the attachment (an attached mail's HTML body). */
  html?: string;
}

/** The mail as the add-in gets it. */
export interface MailInput {
  subject: string;
  text?: string | null;
  html?: string | null;
  /** When the (outer) mail was sent: ISO 8601 string or Date. Ages are computed on this date. */
  sentAt?: string | Date | null;
  attachments?: MailAttachmentInput[];
}

/** Where in the normalised text a child was found. `source` is "body" or "attachment:<index>". */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  source: string;
}

export interface ExtractedChild {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD or null. */
  birthDate: string | null;
  /** 11 digits, only when the check digits are valid. */
  nationalNumber: string | null;
  /** Whole years on the mail's date. */
  age: number | null;
  /** 2.5 to 18 years on the mail's date. */
  schoolAge: boolean | null;
  evidence: Evidence;
}

/**
 * A warning for the officer: an i18next key of the "extraction" namespace plus parameters.
 * Params never carry names, dates or numbers of persons: only indexes and field names.
 */
export interface ExtractionWarning {
  key: string;
  params?: Record<string, string | number>;
}

export interface ExtractionResult {
  isIncident: boolean;
  incidentSignals: string[];
  reference: string | null;
  children: ExtractedChild[];
  warnings: ExtractionWarning[];
}

/** Warning keys (namespace "extraction"); the catalogs in src/i18n/locales/<lng>/extraction.json. */
export const WarningKeys = {
  noText: "warnings.noText",
  unreadableInput: "warnings.unreadableInput",
  noMailDate: "warnings.noMailDate",
  childWithoutBirthDate: "warnings.childWithoutBirthDate",
  birthDateMismatch: "warnings.birthDateMismatch",
  invalidNationalNumber: "warnings.invalidNationalNumber",
  unnamedChild: "warnings.unnamedChild",
  conflictingBirthDates: "warnings.conflictingBirthDates",
  attachmentNotRead: "warnings.attachmentNotRead",
  ageUnknown: "warnings.ageUnknown",
} as const;
