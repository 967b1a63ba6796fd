/**
 * Marks the incident mail through Office.js: "HWC: signaal verzonden" once a signal went out,
 * "HWC: geen actie" (+ the reason as an item property) when the officer decides none is needed.
 * Outlook only applies categories from the mailbox's master list: a failure is shown, not hidden.
 */
import { useCallback, useEffect, useState } from "react";
import type { CurrentMail } from "../../lib/ports";
import {
  SOURCE_NO_ACTION_CATEGORY,
  SOURCE_SIGNAL_SENT_CATEGORY,
  type NoSignalReason,
} from "../../lib/signal";

/** Item property holding the "no signal needed" reason (a fixed key, never child data). */
export const NO_SIGNAL_REASON_PROPERTY = "hwcNoSignalReason";

export type Marking = "none" | "signalSent" | "noAction";

export function useMailMarking(mail: CurrentMail) {
  const [marking, setMarking] = useState<Marking>("none");
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    mail.getCategories().then(
      (categories) => {
        if (!current) return;
        if (categories.includes(SOURCE_SIGNAL_SENT_CATEGORY)) setMarking("signalSent");
        else if (categories.includes(SOURCE_NO_ACTION_CATEGORY)) setMarking("noAction");
      },
      () => undefined // Reading categories is a courtesy; the pane works without it.
    );
    return () => {
      current = false;
    };
  }, [mail]);

  const markSent = useCallback(async () => {
    try {
      await mail.addCategories([SOURCE_SIGNAL_SENT_CATEGORY]);
      setMarking("signalSent");
    } catch {
      setFailed(true);
    }
  }, [mail]);

  const markNoAction = useCallback(
    async (reason: NoSignalReason) => {
      try {
        await mail.saveCustomProperty(NO_SIGNAL_REASON_PROPERTY, reason);
        await mail.addCategories([SOURCE_NO_ACTION_CATEGORY]);
        setMarking("noAction");
      } catch {
        setFailed(true);
      }
    },
    [mail]
  );

  return { marking, failed, markSent, markNoAction };
}
