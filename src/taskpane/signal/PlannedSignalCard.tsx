/** A school's signal before sending: the exact message, and Send behind a confirmation. */
import { Body1Strong, Button, Card, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Send16Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlannedSchoolSignal } from "../../lib/children/signalPlan";
import { renderSignal, SignalInputError, type RenderSignalInput } from "../../lib/signal";
import { ConfirmSendDialog } from "./ConfirmSendDialog";
import { SignalPreview } from "./SignalPreview";

export interface PlannedSignalCardProps {
  plan: PlannedSchoolSignal;
  common: Omit<RenderSignalInput, "school" | "children">;
  onSend(plan: PlannedSchoolSignal): void;
}

export function PlannedSignalCard({ plan, common, onSend }: PlannedSignalCardProps) {
  const { t } = useTranslation(["pane", "signal"]);
  const [confirming, setConfirming] = useState(false);
  const testId = `signal-${plan.signalSchool.id}`;
  const rendered = useMemo(() => {
    try {
      return {
        ok: true as const,
        message: renderSignal({ ...common, school: plan.signalSchool, children: plan.children }),
      };
    } catch (error) {
      if (error instanceof SignalInputError) return { ok: false as const, error: error.ref };
      throw error;
    }
  }, [plan, common]);
  return (
    <Card data-testid={testId}>
      <Body1Strong>{plan.school.name}</Body1Strong>
      {rendered.ok ? (
        <>
          <SignalPreview message={rendered.message} testId={`${testId}-preview`} />
          <div>
            <Button
              appearance="primary"
              icon={<Send16Regular />}
              onClick={() => setConfirming(true)}
              data-testid={`${testId}-send`}
            >
              {t("send.send")}
            </Button>
          </div>
          <ConfirmSendDialog
            open={confirming}
            schoolName={plan.school.name}
            signalChildren={plan.children}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              onSend(plan);
            }}
          />
        </>
      ) : (
        <MessageBar intent="error">
          <MessageBarBody>
            {t(`signal:${rendered.error.key}`, rendered.error.params)}
          </MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
