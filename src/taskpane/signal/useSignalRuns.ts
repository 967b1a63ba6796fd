/**
 * The signals started from this mail, one run per school: the prepared signal (fixed signal id),
 * its SignalSender and the live send state. A run is never replaced, so a retry resends the very
 * same message, and the children it covers stay locked (never twice).
 */
import { useCallback, useRef, useState } from "react";
import type { PlannedSchoolSignal } from "../../lib/children/signalPlan";
import {
  prepareSignal,
  SignalSender,
  type OutgoingSignal,
  type SendState,
  type SignalMailer,
} from "../../lib/signal";

export interface SignalRun {
  plan: PlannedSchoolSignal;
  signal: OutgoingSignal;
  state: SendState;
  retry(): void;
}

export type PrepareInput = Omit<Parameters<typeof prepareSignal>[0], "school" | "children">;

export function useSignalRuns(mailer: SignalMailer, lookupDelayMs?: number) {
  const [runs, setRuns] = useState<SignalRun[]>([]);
  const [prepareFailed, setPrepareFailed] = useState(false);
  const startedChildren = useRef(new Set<string>());

  const start = useCallback(
    async (plan: PlannedSchoolSignal, common: PrepareInput) => {
      // Two quick confirmations must not make two messages for the same child.
      if (plan.childKeys.some((key) => startedChildren.current.has(key))) return;
      plan.childKeys.forEach((key) => startedChildren.current.add(key));
      let signal: OutgoingSignal;
      try {
        signal = await prepareSignal({
          ...common,
          school: plan.signalSchool,
          children: plan.children,
        });
      } catch {
        // Nothing was sent: free the children so the officer can try again, and say so.
        plan.childKeys.forEach((key) => startedChildren.current.delete(key));
        setPrepareFailed(true);
        return;
      }
      setPrepareFailed(false);
      const update = (state: SendState) =>
        setRuns((all) => all.map((run) => (run.signal === signal ? { ...run, state } : run)));
      const sender = new SignalSender(mailer, signal, { onChange: update, lookupDelayMs });
      const run: SignalRun = {
        plan,
        signal,
        state: sender.state,
        retry: () => void sender.submit(),
      };
      setRuns((all) => [...all, run]);
      await sender.submit();
    },
    [mailer, lookupDelayMs]
  );

  return { runs, start, prepareFailed };
}
