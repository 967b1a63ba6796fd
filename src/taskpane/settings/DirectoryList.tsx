/** The schools in the folder, searchable, with a badge on schools that cannot be picked. */
import {
  Badge,
  Caption1,
  Field,
  SearchBox,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { buildSchoolIndex, canReceiveSignals, type School } from "../../lib/directory";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  number: { fontVariantNumeric: "tabular-nums" },
  heading: { margin: 0 },
});

/** Rows shown at once; the search narrows the rest (same limit as the officer's combobox). */
const SHOWN_SCHOOLS = 50;

export function DirectoryList({ schools }: { schools: readonly School[] }) {
  const styles = useStyles();
  const { t } = useTranslation("settings");
  const [query, setQuery] = useState("");
  const index = useMemo(() => buildSchoolIndex(schools), [schools]);
  // One more than shown tells whether there are more matches without counting them all.
  const hits = useMemo(() => index.search(query, SHOWN_SCHOOLS + 1), [index, query]);
  const shown = hits.slice(0, SHOWN_SCHOOLS);

  return (
    <section className={styles.root} data-testid="directory-list">
      <Subtitle2 as="h2" className={styles.heading}>
        {t("directory.title")}
      </Subtitle2>
      <Field label={t("directory.search")}>
        <SearchBox
          data-testid="directory-search"
          placeholder={t("directory.searchPlaceholder")}
          value={query}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      {schools.length === 0 ? (
        <Caption1 data-testid="directory-empty">{t("directory.empty")}</Caption1>
      ) : shown.length === 0 ? (
        <Caption1 data-testid="directory-no-match">{t("directory.noMatch")}</Caption1>
      ) : (
        <Table size="extra-small" aria-label={t("directory.title")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("directory.name")}</TableHeaderCell>
              <TableHeaderCell>{t("directory.number")}</TableHeaderCell>
              <TableHeaderCell>{t("directory.municipality")}</TableHeaderCell>
              <TableHeaderCell>{t("directory.contacts")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((school) => (
              <TableRow key={school.id ?? school.number} data-testid="directory-school">
                <TableCell data-testid="directory-school-name">{school.name}</TableCell>
                <TableCell className={styles.number}>{school.number}</TableCell>
                <TableCell>{school.address.municipality}</TableCell>
                <TableCell data-testid="directory-school-contacts">
                  {canReceiveSignals(school) ? (
                    school.contacts.length
                  ) : (
                    <Badge
                      color="warning"
                      appearance="tint"
                      title={t("directory.noContactHint")}
                      data-testid="directory-no-contact"
                    >
                      {t("directory.noContact")}
                    </Badge>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {hits.length > SHOWN_SCHOOLS && (
        <Caption1 data-testid="directory-more">
          {t("directory.shown", { shown: SHOWN_SCHOOLS })}
        </Caption1>
      )}
    </section>
  );
}
