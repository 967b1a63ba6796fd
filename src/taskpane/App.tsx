/** The task pane: the signal flow for the open mail, and the school directory for the coordinator. */
import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "./components/EmptyState";
import { MailView } from "./components/MailView";
import { useCurrentMail } from "./hooks/useCurrentMail";
import type { PaneServices } from "./services";
import { useSchoolDirectory } from "./signal/useSchoolDirectory";
import { PreferencesTab } from "./settings/PreferencesTab";
import { SchoolsTab } from "./settings/SchoolsTab";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

type PaneTab = "signal" | "schools" | "preferences";

export interface AppProps {
  services: PaneServices;
}

export function App({ services }: AppProps) {
  const styles = useStyles();
  const { t } = useTranslation("pane");
  const mail = useCurrentMail(services.mailbox);
  const directory = useSchoolDirectory(services.schools);
  const [tab, setTab] = useState<PaneTab>("signal");
  return (
    <main className={styles.root}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as PaneTab)}
        size="small"
      >
        <Tab value="signal" data-testid="tab-signal">
          {t("tabs.signal")}
        </Tab>
        <Tab value="schools" data-testid="tab-schools">
          {t("tabs.schools")}
        </Tab>
        <Tab value="preferences" data-testid="tab-preferences">
          {t("tabs.preferences")}
        </Tab>
      </TabList>
      {/* The signal view stays mounted while the coordinator looks at schools: nothing is lost. */}
      <div hidden={tab !== "signal"}>
        {mail ? (
          <MailView key={mail.itemId} mail={mail} services={services} directory={directory} />
        ) : (
          <EmptyState />
        )}
      </div>
      {tab === "schools" && <SchoolsTab services={services} />}
      {tab === "preferences" && <PreferencesTab services={services} />}
    </main>
  );
}
