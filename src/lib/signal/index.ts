/** The signal: template, plan, audit tags and the send machine (public API of src/lib/signal). */
export * from "./types";
export * from "./categories";
export { sanitizeField, displayName, MAX_NAME_LENGTH } from "./sanitize";
export { formatBirthDate } from "./birthDate";
export * from "./render";
export * from "./plan";
export * from "./audit";
export * from "./outgoing";
export * from "./mailer";
export * from "./sendMachine";
