/** One message per school: previews of the planned ones, and the state of those started. */
import {
  Body1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { PlannedSchoolSignal } from "../../lib/children/signalPlan";
import type { CurrentMail } from "../../lib/ports";
import type { PaneServices } from "../services";
import { NoSignalAction } from "./NoSignalAction";
import { PlannedSignalCard } from "./PlannedSignalCard";
import { SignalRunCard } from "./SignalRunCard";
import { useMailMarking } from "./useMailMarking";
import type { PrepareInput, SignalRun } from "./useSignalRuns";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SignalsSectionProps {
  mail: CurrentMail;
  services: PaneServices;
  reference: string | null;
  planned: PlannedSchoolSignal[];
  runs: SignalRun[];
  /** Preparing a signal failed (nothing was sent). */
  prepareFailed?: boolean;
  start(plan: PlannedSchoolSignal, common: PrepareInput): void;
}

export function SignalsSection({
  mail,
  services,
  reference,
  planned,
  runs,
  start,
  prepareFailed,
}: SignalsSectionProps) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const marking = useMailMarking(mail);
  const { config, sender } = services;
  const common = useMemo(
    () => ({ signature: config.signature, from: sender, defaultLanguage: config.defaultLanguage }),
    [config, sender]
  );
  const anySent = runs.some((run) => run.state.status === "sent");
  const { markSent, marking: mark } = marking;
  useEffect(() => {
    if (anySent && mark !== "signalSent") void markSent();
  }, [anySent, mark, markSent]);

  return (
    <section className={styles.root} aria-labelledby="signals-title" data-testid="signals">
      <Subtitle2 as="h2" id="signals-title">
        {t("send.title")}
      </Subtitle2>
      {mark === "signalSent" && runs.length === 0 && (
        <MessageBar intent="info" data-testid="already-signalled">
          <MessageBarBody>{t("send.alreadySignalled")}</MessageBarBody>
        </MessageBar>
      )}
      {mark === "noAction" && (
        <MessageBar intent="info" data-testid="marked-no-action">
          <MessageBarBody>{t("send.markedNoAction")}</MessageBarBody>
        </MessageBar>
      )}
      {marking.failed && (
        <MessageBar intent="warning" data-testid="marking-failed">
          <MessageBarBody>{t("send.markingFailed")}</MessageBarBody>
        </MessageBar>
      )}
      {prepareFailed && (
        <MessageBar intent="error" data-testid="prepare-failed">
          <MessageBarBody>{t("send.prepareFailed")}</MessageBarBody>
        </MessageBar>
      )}
      {runs.map((run) => (
        <SignalRunCard key={run.signal.audit.signalId} run={run} />
      ))}
      {planned.map((plan) => (
        <PlannedSignalCard
          key={plan.signalSchool.id}
          plan={plan}
          common={common}
          onSend={(p) =>
            start(p, {
              ...common,
              reference: reference ?? "",
              sourceMessageId: mail.internetMessageId,
              receipt: config.receipt,
            })
          }
        />
      ))}
      {planned.length === 0 && runs.length === 0 && (
        <Body1 data-testid="signals-none">{t("send.nothingPlanned")}</Body1>
      )}
      <div>
        <NoSignalAction
          onChoose={(reason) => void marking.markNoAction(reason)}
          disabled={runs.length > 0}
        />
      </div>
    </section>
  );
}
