/** Under each child: the school picker and the Magda online helper. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ChildDraft } from "../../lib/children/childDraft";
import type { School } from "../../lib/directory";
import type { PaneServices } from "../services";
import { MagdaButton } from "./MagdaButton";
import { SchoolPicker } from "./SchoolPicker";
import type { SchoolDirectoryState } from "./useSchoolDirectory";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface ChildSchoolRowProps {
  child: ChildDraft;
  index: number;
  directory: SchoolDirectoryState;
  selected: School | null;
  locked: boolean;
  onSelect(school: School | null): void;
  services: PaneServices;
}

export function ChildSchoolRow(props: ChildSchoolRowProps) {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const testId = `child-${props.index}`;
  return (
    <div className={styles.root}>
      {props.directory.status === "ready" && (
        <SchoolPicker
          index={props.directory.index}
          selected={props.selected}
          onSelect={props.onSelect}
          disabled={props.locked}
          testId={`${testId}-school`}
        />
      )}
      {props.directory.status === "loading" && <Caption1>{t("send.schoolsLoading")}</Caption1>}
      {props.directory.status === "error" && (
        <Caption1 data-testid={`${testId}-schools-error`}>{t("schools.unavailable")}</Caption1>
      )}
      <MagdaButton
        nationalNumber={props.child.nationalNumber}
        services={props.services}
        testId={`${testId}-magda`}
      />
    </div>
  );
}
