/** A plain list of schools by name and number (preview and report sections). */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  detail: { color: tokens.colorNeutralForeground3 },
});

export interface SchoolListItem {
  number: string;
  name: string;
  /** Extra text after the name, e.g. which fields change. */
  detail?: ReactNode;
}

export function SchoolRefList({
  items,
  testId,
}: {
  items: readonly SchoolListItem[];
  testId: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation("settings");
  if (items.length === 0) return <Caption1>{t("import.none")}</Caption1>;
  return (
    <ul className={styles.list} data-testid={testId}>
      {items.map((item) => (
        <li key={item.number} data-testid={`${testId}-item`} data-school-number={item.number}>
          {item.name} ({item.number})
          {item.detail !== undefined && <span className={styles.detail}> — {item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
