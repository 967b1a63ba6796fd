/** The screening verdict, the terms that made it, and the report's reference. */
import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface VerdictHeaderProps {
  isIncident: boolean;
  incidentSignals: string[];
  reference: string | null;
}

export function VerdictHeader({ isIncident, incidentSignals, reference }: VerdictHeaderProps) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  return (
    <section className={styles.root} data-testid="verdict">
      <div>
        <Badge
          appearance="filled"
          color={isIncident ? "danger" : "informative"}
          data-testid="verdict-badge"
          data-incident={isIncident}
        >
          {isIncident ? t("verdict.incident") : t("verdict.notIncident")}
        </Badge>
      </div>
      {incidentSignals.length > 0 && (
        <Caption1 data-testid="verdict-signals">
          {t("verdict.signals", { signals: incidentSignals.join(", ") })}
        </Caption1>
      )}
      <Caption1>
        {t("verdict.reference")}:{" "}
        <span data-testid="reference">{reference ?? t("verdict.noReference")}</span>
      </Caption1>
    </section>
  );
}
