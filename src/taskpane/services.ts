/** What the pane needs from the outside world, injected so components stay thin and testable. */
import type { MailAnalysis } from "../lib/mail/analyseMail";
import type { CurrentMail, MailboxPort } from "../lib/ports";

export interface PaneServices {
  mailbox: MailboxPort;
  analyseMail(mail: CurrentMail): Promise<MailAnalysis>;
}
