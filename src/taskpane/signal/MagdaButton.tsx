/**
 * Magda online helper: copies the child's national number (when known) and opens the portal in
 * the browser, where the officer looks the school up. No scraping, no stored copy.
 */
import { Button, Tooltip } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { magdaAction } from "../../lib/directory";
import type { PaneServices } from "../services";

export interface MagdaButtonProps {
  nationalNumber: string | null;
  services: PaneServices;
  testId: string;
}

export function MagdaButton({ nationalNumber, services, testId }: MagdaButtonProps) {
  const { t } = useTranslation(["pane", "directory"]);
  const [note, setNote] = useState<string | null>(null);
  const open = async () => {
    const action = magdaAction(nationalNumber, { magdaUrl: services.config.magdaUrl });
    if (!action.ok) {
      setNote(t(`directory:${action.error.key}`, action.error.params));
      return;
    }
    if (action.copyText) {
      try {
        await services.copyText(action.copyText);
        setNote(t("send.magdaCopied"));
      } catch {
        setNote(t("send.magdaCopyFailed"));
      }
    } else if (action.warning) {
      setNote(t(`directory:${action.warning.key}`, action.warning.params));
    } else {
      setNote(t("send.magdaNoNumber"));
    }
    services.openUrl(action.url);
  };
  return (
    <div>
      <Tooltip content={t("send.magdaTooltip")} relationship="description">
        <Button size="small" icon={<Open16Regular />} onClick={open} data-testid={testId}>
          {t("send.magda")}
        </Button>
      </Tooltip>
      {note && <div data-testid={`${testId}-note`}>{note}</div>}
    </div>
  );
}
