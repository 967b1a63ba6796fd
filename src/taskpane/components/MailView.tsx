/** Everything the pane shows for one open mail: verdict, warnings, children, schools, signals. */
import { Body1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { fromExtracted } from "../../lib/children/childDraft";
import { planSchoolSignals } from "../../lib/children/signalPlan";
import type { School } from "../../lib/directory";
import type { CurrentMail } from "../../lib/ports";
import { useChildDrafts } from "../hooks/useChildDrafts";
import { useMailAnalysis } from "../hooks/useMailAnalysis";
import type { PaneServices } from "../services";
import { ChildSchoolRow } from "../signal/ChildSchoolRow";
import { SignalsSection } from "../signal/SignalsSection";
import type { SchoolDirectoryState } from "../signal/useSchoolDirectory";
import { usePriorSignals } from "../signal/usePriorSignals";
import { useSignalRuns } from "../signal/useSignalRuns";
import { ChildrenSection } from "./ChildrenSection";
import { MailHeader } from "./MailHeader";
import { VerdictHeader } from "./VerdictHeader";
import { WarningList } from "./WarningList";

export interface MailViewProps {
  mail: CurrentMail;
  services: PaneServices;
  /** The zone's schools, loaded once per pane (not per mail). */
  directory: SchoolDirectoryState;
}

export function MailView({ mail, services, directory }: MailViewProps) {
  const { t } = useTranslation("pane");
  const state = useMailAnalysis(mail, services.analyseMail);
  const drafts = useChildDrafts();
  const { runs, start, prepareFailed } = useSignalRuns(services.mailer, services.sendLookupDelayMs);
  const [picks, setPicks] = useState<ReadonlyMap<string, School>>(new Map());
  const nextKey = useRef(0);
  const newKey = () => `child-${++nextKey.current}`;
  const { reset } = drafts;

  useEffect(() => {
    if (state.status === "ready")
      reset(state.analysis.result.children.map((c) => fromExtracted(c, newKey())));
    else reset([]);
  }, [state, reset]);

  const pick = useCallback((key: string, school: School | null) => {
    setPicks((current) => {
      const next = new Map(current);
      if (school) next.set(key, school);
      else next.delete(key);
      return next;
    });
  }, []);

  const prior = usePriorSignals(mail, services.history, drafts.children);
  // Children in a signal of this session, or already signalled from this mail: locked.
  const started = useMemo(
    () => new Set([...runs.flatMap((run) => run.plan.childKeys), ...prior.keys]),
    [runs, prior.keys]
  );
  const mailDay = state.status === "ready" ? state.analysis.mailDay : "";
  const planned = useMemo(
    () => (mailDay ? planSchoolSignals(drafts.children, picks, mailDay, started) : []),
    [drafts.children, picks, mailDay, started]
  );

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
          {prior.unavailable && (
            <MessageBar intent="warning" data-testid="history-unavailable">
              <MessageBarBody>{t("send.historyUnavailable")}</MessageBarBody>
            </MessageBar>
          )}
          <ChildrenSection
            drafts={drafts.children}
            mailDay={mailDay}
            locked={started}
            alreadySignalled={prior.keys}
            onChange={drafts.replace}
            onRemove={(key) => {
              drafts.remove(key);
              pick(key, null);
            }}
            onAdd={(value) =>
              drafts.add({
                ...value,
                key: newKey(),
                nationalNumber: null,
                origin: "manual",
                evidence: null,
              })
            }
            renderExtra={(child, index) => (
              <ChildSchoolRow
                child={child}
                index={index}
                directory={directory}
                selected={picks.get(child.key) ?? null}
                locked={started.has(child.key)}
                onSelect={(school) => pick(child.key, school)}
                services={services}
              />
            )}
          />
          <SignalsSection
            mail={mail}
            services={services}
            reference={state.analysis.result.reference}
            planned={planned}
            runs={runs}
            prepareFailed={prepareFailed}
            start={(plan, common) => void start(plan, common)}
          />
        </>
      )}
    </>
  );
}
