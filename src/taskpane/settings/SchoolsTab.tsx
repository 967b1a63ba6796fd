/** The coordinator's view of the zone's school directory: the import and the schools in the folder. */
import { Body1, Divider, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { PaneServices } from "../services";
import { DirectoryList } from "./DirectoryList";
import { ImportPanel } from "./ImportPanel";
import { useDirectorySchools } from "./useDirectorySchools";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function SchoolsTab({ services }: { services: PaneServices }) {
  const styles = useStyles();
  const { t } = useTranslation("pane");
  const { t: ts } = useTranslation("settings");
  const { directory, reload } = useDirectorySchools(services.schools);
  return (
    <div className={styles.root} data-testid="schools-tab">
      {directory.state === "loading" ? (
        <Spinner size="small" label={ts("directory.loading")} />
      ) : (
        <Body1 data-testid="school-count">
          {directory.state === "failed"
            ? t("schools.unavailable")
            : t("schools.count", { count: directory.schools.length })}
        </Body1>
      )}
      <ImportPanel services={services} onImported={reload} />
      <Divider />
      {directory.state === "loaded" && <DirectoryList schools={directory.schools} />}
    </div>
  );
}
