/** Subject, sender and received time of the open mail. */
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CurrentMail } from "../../lib/ports";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function MailHeader({ mail }: { mail: CurrentMail }) {
  const { t, i18n } = useTranslation("pane");
  const styles = useStyles();
  const received = new Date(mail.received);
  const receivedText = Number.isNaN(received.getTime())
    ? ""
    : received.toLocaleString(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <header className={styles.root} aria-label={t("mail.subject")}>
      <Subtitle2 data-testid="mail-subject">{mail.subject || t("mail.noSubject")}</Subtitle2>
      <Caption1 data-testid="mail-from">
        {t("mail.from")}: {mail.from ? `${mail.from.name} <${mail.from.email}>` : "—"}
      </Caption1>
      <Caption1 data-testid="mail-received">
        {t("mail.received")}: {receivedText}
      </Caption1>
    </header>
  );
}
