/** The task pane: the open mail's analysis, or an empty state when no mail is selected. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { EmptyState } from "./components/EmptyState";
import { MailView } from "./components/MailView";
import { useCurrentMail } from "./hooks/useCurrentMail";
import type { PaneServices } from "./services";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export interface AppProps {
  services: PaneServices;
}

export function App({ services }: AppProps) {
  const styles = useStyles();
  const mail = useCurrentMail(services.mailbox);
  return (
    <main className={styles.root}>
      {mail ? <MailView key={mail.itemId} mail={mail} services={services} /> : <EmptyState />}
    </main>
  );
}
