/** The exact message that will go out: From, To, Subject and Body, read-only. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { RenderedSignal } from "../../lib/signal";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: { gridColumn: "1 / span 2", whiteSpace: "pre-wrap", marginTop: tokens.spacingVerticalXS },
});

export function SignalPreview({ message, testId }: { message: RenderedSignal; testId: string }) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const address = (a: { name: string; email: string }) =>
    a.name ? `${a.name} <${a.email}>` : a.email;
  return (
    <div className={styles.root} data-testid={testId}>
      <Caption1>{t("send.from")}</Caption1>
      <Caption1 data-testid={`${testId}-from`}>{address(message.from)}</Caption1>
      <Caption1>{t("send.to")}</Caption1>
      <Caption1 data-testid={`${testId}-to`}>{message.to.map(address).join("; ")}</Caption1>
      <Caption1>{t("send.subject")}</Caption1>
      <Caption1 data-testid={`${testId}-subject`}>{message.subject}</Caption1>
      <Caption1 className={styles.body} data-testid={`${testId}-body`}>
        {message.bodyText}
      </Caption1>
    </div>
  );
}
