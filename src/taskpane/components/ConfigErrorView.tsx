/** Shown instead of the pane when config.json is missing or invalid: names the bad field. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ConfigError } from "../../lib/config";

export function ConfigErrorView({ error }: { error: ConfigError }) {
  const { t } = useTranslation(["pane", "signal"]);
  return (
    <MessageBar intent="error" layout="multiline" data-testid="config-error">
      <MessageBarBody>
        <MessageBarTitle>{t("pane:error.configTitle")}</MessageBarTitle>
        {t(`signal:${error.key}`, error.params)}
      </MessageBarBody>
    </MessageBar>
  );
}
