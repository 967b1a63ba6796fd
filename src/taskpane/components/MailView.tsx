/** Everything the pane shows for one open mail: verdict, warnings, children. */
import { Body1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { fromExtracted } from "../../lib/children/childDraft";
import type { CurrentMail } from "../../lib/ports";
import { useChildDrafts } from "../hooks/useChildDrafts";
import { useMailAnalysis } from "../hooks/useMailAnalysis";
import type { PaneServices } from "../services";
import { ChildrenSection } from "./ChildrenSection";
import { MailHeader } from "./MailHeader";
import { VerdictHeader } from "./VerdictHeader";
import { WarningList } from "./WarningList";

export interface MailViewProps {
  mail: CurrentMail;
  services: PaneServices;
}

export function MailView({ mail, services }: MailViewProps) {
  const { t } = useTranslation("pane");
  const state = useMailAnalysis(mail, services.analyseMail);
  const drafts = useChildDrafts();
  const nextKey = useRef(0);
  const newKey = () => `child-${++nextKey.current}`;
  const { reset } = drafts;

  useEffect(() => {
    if (state.status === "ready")
      reset(state.analysis.result.children.map((c) => fromExtracted(c, newKey())));
    else reset([]);
  }, [state, reset]);

  return (
    <>
      <MailHeader mail={mail} />
      {state.status === "loading" && <Spinner size="small" label={t("analysing")} />}
      {state.status === "error" && (
        <MessageBar intent="error" data-testid="analysis-error">
          <MessageBarBody>
            <Body1>{t("error.readMail")}</Body1>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && (
        <>
          <VerdictHeader {...state.analysis.result} />
          <WarningList
            warnings={state.analysis.result.warnings}
            unreadAttachments={state.analysis.unreadAttachments}
          />
          <ChildrenSection
            drafts={drafts.children}
            mailDay={state.analysis.mailDay}
            onChange={drafts.replace}
            onRemove={drafts.remove}
            onAdd={(value) =>
              drafts.add({
                ...value,
                key: newKey(),
                nationalNumber: null,
                origin: "manual",
                evidence: null,
              })
            }
          />
        </>
      )}
    </>
  );
}
