/**
 * Children of this mail that were already signalled (in an earlier pane session, or by a
 * colleague from the shared mailbox): found in Sent Items, then locked like a started signal.
 */
import { useEffect, useState } from "react";
import type { ChildDraft } from "../../lib/children/childDraft";
import { alreadySignalledKeys } from "../../lib/children/priorSignals";
import type { CurrentMail } from "../../lib/ports";
import type { SignalHistory } from "../../lib/signal";

export interface PriorSignals {
  keys: ReadonlySet<string>;
  /** Sent Items could not be searched: the officer is told, nothing is locked. */
  unavailable: boolean;
}

const none: ReadonlySet<string> = new Set();

export function usePriorSignals(
  mail: CurrentMail,
  history: SignalHistory,
  drafts: readonly ChildDraft[]
): PriorSignals {
  const [hashes, setHashes] = useState<ReadonlySet<string> | "unavailable">(none);
  const [keys, setKeys] = useState<ReadonlySet<string>>(none);

  useEffect(() => {
    let current = true;
    history.childHashesSignalledFrom(mail.internetMessageId).then(
      (found) => current && setHashes(new Set(found)),
      () => current && setHashes("unavailable")
    );
    return () => {
      current = false;
    };
  }, [mail, history]);

  useEffect(() => {
    if (hashes === "unavailable") return;
    let current = true;
    alreadySignalledKeys(drafts, hashes).then((found) => current && setKeys(found));
    return () => {
      current = false;
    };
  }, [drafts, hashes]);

  return { keys, unavailable: hashes === "unavailable" };
}
