/** The rows of either CSV that the import will not use: file, row and reason. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { RejectedRow } from "../../lib/directory";
import { useDirectoryMessage } from "./useDirectoryMessage";

export function RejectedRowsTable({ rows }: { rows: readonly RejectedRow[] }) {
  const { t } = useTranslation("settings");
  const message = useDirectoryMessage();
  return (
    <Table size="extra-small" aria-label={t("import.rejected", { count: rows.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("import.rejectedFile")}</TableHeaderCell>
          <TableHeaderCell>{t("import.rejectedLine")}</TableHeaderCell>
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
