/** The rows of either CSV that the import will not use: file, row and reason. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { RejectedRow } from "../../lib/directory";
import { useDirectoryMessage } from "./useDirectoryMessage";

// The reason is the long column; file and row number stay narrow in the task pane.
const useStyles = makeStyles({
  file: { width: "7rem" },
  row: { width: "3rem" },
});

export function RejectedRowsTable({ rows }: { rows: readonly RejectedRow[] }) {
  const styles = useStyles();
  const { t } = useTranslation("settings");
  const message = useDirectoryMessage();
  return (
    <Table size="extra-small" aria-label={t("import.rejected", { count: rows.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.file}>{t("import.rejectedFile")}</TableHeaderCell>
          <TableHeaderCell className={styles.row}>{t("import.rejectedLine")}</TableHeaderCell>
          <TableHeaderCell>{t("import.rejectedReason")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow
            key={`${row.file}-${row.row}-${row.reason.key}`}
            data-testid="import-rejected-row"
            data-file={row.file}
            data-row={row.row}
          >
            <TableCell>{t(`import.file.${row.file}`)}</TableCell>
            <TableCell>{row.row}</TableCell>
            <TableCell>{message(row.reason)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
