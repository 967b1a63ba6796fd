/** The preview of an import: what will be created, updated, left alone and rejected. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ImportPreview, School, SchoolUpdate } from "../../lib/directory";
import { RejectedRowsTable } from "./RejectedRowsTable";
import { SchoolRefList, type SchoolListItem } from "./SchoolRefList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const styles = useStyles();
  const { t } = useTranslation("settings");
  const contactCount = (school: School) =>
    t("import.contactCount", { count: school.contacts.length });
  const created: SchoolListItem[] = preview.create.map((school) => ({
    number: school.number,
    name: school.name,
    detail: contactCount(school),
  }));
  const updated: SchoolListItem[] = preview.update.map((update: SchoolUpdate) => ({
    number: update.after.number,
    name: update.after.name,
    detail: t("import.changed", {
      fields: update.changed.map((field) => t(`import.field.${field}`)),
    }),
  }));
  const unchanged: SchoolListItem[] = preview.unchanged.map((school) => ({
    number: school.number,
    name: school.name,
  }));
  return (
    <section className={styles.root} data-testid="import-preview">
      <Body1 data-testid="import-summary">
        {t("import.summary", {
          create: preview.create.length,
          update: preview.update.length,
          unchanged: preview.unchanged.length,
          rejected: preview.rejected.length,
        })}
      </Body1>
      {/* New and updated schools open: that is what the coordinator confirms. */}
      <Accordion multiple collapsible defaultOpenItems={["create", "update", "rejected"]}>
        <AccordionItem value="create">
          <AccordionHeader size="small">
            {t("import.create", { count: created.length })}
          </AccordionHeader>
          <AccordionPanel>
            <SchoolRefList items={created} testId="import-create" />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="update">
          <AccordionHeader size="small">
            {t("import.update", { count: updated.length })}
          </AccordionHeader>
          <AccordionPanel>
            <SchoolRefList items={updated} testId="import-update" />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="unchanged">
          <AccordionHeader size="small" data-testid="import-unchanged-header">
            {t("import.unchanged", { count: unchanged.length })}
          </AccordionHeader>
          <AccordionPanel>
            <SchoolRefList items={unchanged} testId="import-unchanged" />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="rejected">
          <AccordionHeader size="small">
            {t("import.rejected", { count: preview.rejected.length })}
          </AccordionHeader>
          <AccordionPanel>
            {preview.rejected.length === 0 ? (
              <Body1>{t("import.none")}</Body1>
            ) : (
              <RejectedRowsTable rows={preview.rejected} />
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
