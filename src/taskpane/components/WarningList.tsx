/** Warnings from the extraction, in the officer's language. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ExtractionWarning } from "../../lib/extraction/types";

export interface WarningListProps {
  warnings: ExtractionWarning[];
  unreadAttachments: number;
}

export function WarningList({ warnings, unreadAttachments }: WarningListProps) {
  const { t } = useTranslation(["pane", "extraction"]);
  const lines = warnings.map((w) => t(w.key, { ns: "extraction", ...w.params }));
  if (unreadAttachments > 0)
    lines.push(t("warnings.unreadAttachments", { count: unreadAttachments }));
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="warnings">
      <MessageBarBody>
        <MessageBarTitle>{t("warnings.title")}</MessageBarTitle>
        <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
