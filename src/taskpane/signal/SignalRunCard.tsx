/** A school's signal once sending started: sending, checking, sent, or not sent (why) + retry. */
import {
  Body1Strong,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { canSubmit, statusMessages } from "../../lib/signal";
import type { SignalRun } from "./useSignalRuns";

export function SignalRunCard({ run }: { run: SignalRun }) {
  const { t } = useTranslation(["pane", "signal"]);
  const testId = `signal-run-${run.plan.signalSchool.id}`;
  const { status, reason } = statusMessages(run.state);
  const busy = ["sending", "waiting", "checking"].includes(run.state.status);
  const names = run.plan.children.map((c) => `${c.firstName} ${c.lastName}`).join(", ");
  return (
    <Card data-testid={testId} data-status={run.state.status}>
      <Body1Strong>{run.plan.school.name}</Body1Strong>
      <Caption1>{names}</Caption1>
      <div data-testid={`${testId}-status`} role="status">
        {busy && <Spinner size="extra-tiny" label={t(`signal:${status.key}`, status.params)} />}
        {run.state.status === "sent" && (
          <span>
            <CheckmarkCircle16Filled /> {t(`signal:${status.key}`)}
          </span>
        )}
        {run.state.status === "ready" && t(`signal:${status.key}`)}
      </div>
      {run.state.status === "notSent" && (
        <MessageBar intent="error" layout="multiline" data-testid={`${testId}-error`}>
          <MessageBarBody>
            <Body1Strong>{t(`signal:${status.key}`)}</Body1Strong>{" "}
            {reason && t(`signal:${reason.key}`, reason.params)}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.state.status === "notSent" && canSubmit(run.state) && (
        <div>
          <Button onClick={run.retry} data-testid={`${testId}-retry`}>
            {t("signal:action.retry")}
          </Button>
        </div>
      )}
    </Card>
  );
}
