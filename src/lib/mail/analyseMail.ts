/** From the open mail to the extraction result the pane shows. */
import { extractIncident, prepareAttachments, type PdfTextExtractor } from "../extraction";
import type { ExtractionResult } from "../extraction/types";
import { dayOf } from "../children/childDraft";
import type { CurrentMail } from "../ports";
import { readMailInput } from "./readMailInput";

export interface MailAnalysis {
  result: ExtractionResult;
  unreadAttachments: number;
  /** The mail's day (YYYY-MM-DD): ages and the under-18 rule are taken on it. */
  mailDay: string;
}

export async function analyseMail(
  mail: CurrentMail,
  pdf?: PdfTextExtractor
): Promise<MailAnalysis> {
  const { input, unreadAttachments } = await readMailInput(mail);
  const prepared = await prepareAttachments(input, pdf);
  return { result: extractIncident(prepared), unreadAttachments, mailDay: dayOf(mail.received) };
}
