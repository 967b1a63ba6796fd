/** Public entry of the extraction engine. */
export { extractIncident } from "./engine";
export { parseEml } from "./eml";
export { prepareAttachments, type PdfTextExtractor } from "./attachments";
export { parseNationalNumber, type NationalNumber } from "./nationalNumber";
export { parseDateText } from "./dates";
export * from "./types";
