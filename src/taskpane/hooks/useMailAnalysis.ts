/** Runs the extraction for the open mail; a newer selection discards an older, slower result. */
import { useEffect, useState } from "react";
import type { MailAnalysis } from "../../lib/mail/analyseMail";
import type { CurrentMail } from "../../lib/ports";

export type AnalysisState =
  { status: "loading" } | { status: "ready"; analysis: MailAnalysis } | { status: "error" };

export function useMailAnalysis(
  mail: CurrentMail,
  analyse: (mail: CurrentMail) => Promise<MailAnalysis>
): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    analyse(mail).then(
      (analysis) => current && setState({ status: "ready", analysis }),
      () => current && setState({ status: "error" })
    );
    return () => {
      current = false;
    };
  }, [mail, analyse]);
  return state;
}
