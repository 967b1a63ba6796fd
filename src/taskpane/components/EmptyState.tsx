/** Shown when no mail is selected (a pinned pane between selections). */
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  root: { padding: tokens.spacingVerticalXL, textAlign: "center" },
});

export function EmptyState() {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid="empty-state">
      <Subtitle2 as="h2">{t("emptyState.title")}</Subtitle2>
      <Body1 as="p">{t("emptyState.body")}</Body1>
    </section>
  );
}
