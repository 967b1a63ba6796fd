/** The mail in the reading pane, following ItemChanged when the pane is pinned. */
import { useEffect, useState } from "react";
import type { CurrentMail, MailboxPort } from "../../lib/ports";

export function useCurrentMail(mailbox: MailboxPort): CurrentMail | null {
  const [mail, setMail] = useState<CurrentMail | null>(() => mailbox.currentMail());
  useEffect(() => {
    setMail(mailbox.currentMail());
    return mailbox.onItemChanged(() => setMail(mailbox.currentMail()));
  }, [mailbox]);
  return mail;
}
