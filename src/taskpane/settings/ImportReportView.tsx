/** What an import did: the schools written, the one that failed (and whether it was stored anyway)
 * and those not attempted. */
import {
  Body1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { FailedWrite, ImportReport, SchoolRef } from "../../lib/directory";
import { SchoolRefList, type SchoolListItem } from "./SchoolRefList";
import { useDirectoryMessage } from "./useDirectoryMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Headings inside the narrow pane: the flex gap spaces them, not the browser's margins.
  heading: { margin: 0 },
});

function storedKey(failed: FailedWrite): string {
  if (failed.storedAnyway === null) return "import.report.storedUnknown";
  return failed.storedAnyway ? "import.report.storedYes" : "import.report.storedNo";
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const styles = useStyles();
  const { t } = useTranslation("settings");
  const message = useDirectoryMessage();
  const items = (refs: readonly SchoolRef[]): SchoolListItem[] =>
    refs.map((ref) => ({
      number: ref.number,
      name: ref.name,
      detail: t(
        ref.action === "create" ? "import.report.actionCreate" : "import.report.actionUpdate"
      ),
    }));
  const stopped = report.failed !== null || report.folderError !== undefined;
  return (
    <section className={styles.root} data-testid="import-report">
      <Subtitle2 as="h3" className={styles.heading}>
        {t("import.report.title")}
      </Subtitle2>
      {report.folderCreated && <Body1>{t("import.report.folderCreated")}</Body1>}
      <MessageBar intent={stopped ? "error" : "success"}>
        <MessageBarBody data-testid="import-report-done">
          {t("import.report.done", { count: report.written.length })}
        </MessageBarBody>
      </MessageBar>
      {report.folderError !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody data-testid="import-report-folder-error">
            {message(report.folderError)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h4" className={styles.heading}>
        {t("import.report.written", { count: report.written.length })}
      </Subtitle2>
      <SchoolRefList items={items(report.written)} testId="import-report-written" />
      {report.failed !== null && (
        <div
          className={styles.root}
          data-testid="import-report-failed"
          data-school-number={report.failed.school.number}
        >
          <Subtitle2 as="h4" className={styles.heading}>
            {t("import.report.failed")}
          </Subtitle2>
          <Body1>
            {t("import.report.failedSchool", {
              name: report.failed.school.name,
              number: report.failed.school.number,
              reason: message(report.failed.error),
            })}
          </Body1>
          <Body1 data-testid="import-report-stored">{t(storedKey(report.failed))}</Body1>
        </div>
      )}
      {report.notAttempted.length > 0 && (
        <>
          <Subtitle2 as="h4" className={styles.heading}>
            {t("import.report.notAttempted", { count: report.notAttempted.length })}
          </Subtitle2>
          <SchoolRefList items={items(report.notAttempted)} testId="import-report-not-attempted" />
          <Body1>{t("import.report.retryHint")}</Body1>
        </>
      )}
    </section>
  );
}
