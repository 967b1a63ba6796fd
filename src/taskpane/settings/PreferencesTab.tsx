/**
 * The officer's own preferences on top of config.json: which mailbox signals go out from (own or
 * the unit's), the default template language, receipts. Kept in Office roaming settings.
 */
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConfigOverrides } from "../../lib/config";
import type { PaneServices } from "../services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const OWN = "own";

export function PreferencesTab({ services }: { services: PaneServices }) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const { deployed, current } = services.preferences;
  const unitMailbox = deployed.sendingMailbox;
  const [mailbox, setMailbox] = useState(
    (current.sendingMailbox !== undefined ? current.sendingMailbox : unitMailbox) ?? OWN
  );
  const [language, setLanguage] = useState(current.defaultLanguage ?? deployed.defaultLanguage);
  const [receipt, setReceipt] = useState(current.receipt ?? deployed.receipt);
  const [saved, setSaved] = useState<"no" | "yes" | "failed">("no");

  const save = async () => {
    const overrides: ConfigOverrides = {
      sendingMailbox: mailbox === OWN ? null : mailbox,
      defaultLanguage: language,
      receipt,
    };
    try {
      await services.preferences.save(overrides);
      setSaved("yes");
    } catch {
      setSaved("failed");
    }
  };

  return (
    <section className={styles.root} data-testid="preferences">
      {unitMailbox && (
        <Field label={t("preferences.mailbox")}>
          <RadioGroup value={mailbox} onChange={(_, data) => setMailbox(data.value)}>
            <Radio
              value={unitMailbox}
              label={t("preferences.unitMailbox", { mailbox: unitMailbox })}
            />
            <Radio value={OWN} label={t("preferences.ownMailbox")} data-testid="preferences-own" />
          </RadioGroup>
        </Field>
      )}
      <Field label={t("preferences.language")}>
        <Select
          value={language}
          data-testid="preferences-language"
          onChange={(_, data) => setLanguage(data.value as typeof language)}
        >
          <option value="nl">Nederlands</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <Checkbox
        checked={receipt.requestDeliveryReceipt}
        label={t("preferences.deliveryReceipt")}
        onChange={(_, data) =>
          setReceipt({ ...receipt, requestDeliveryReceipt: Boolean(data.checked) })
        }
      />
      <Checkbox
        checked={receipt.requestReadReceipt}
        label={t("preferences.readReceipt")}
        data-testid="preferences-read-receipt"
        onChange={(_, data) =>
          setReceipt({ ...receipt, requestReadReceipt: Boolean(data.checked) })
        }
      />
      <div>
        <Button appearance="primary" onClick={save} data-testid="preferences-save">
          {t("preferences.save")}
        </Button>
      </div>
      {saved === "yes" && (
        <MessageBar intent="success" data-testid="preferences-saved">
          <MessageBarBody>{t("preferences.saved")}</MessageBarBody>
        </MessageBar>
      )}
      {saved === "failed" && (
        <MessageBar intent="error" data-testid="preferences-failed">
          <MessageBarBody>{t("preferences.failed")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
