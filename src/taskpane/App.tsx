/** The task pane: the open mail, or an empty state when none is selected. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MailboxPort } from "../lib/ports";
import { EmptyState } from "./components/EmptyState";
import { MailHeader } from "./components/MailHeader";
import { useCurrentMail } from "./hooks/useCurrentMail";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

export interface AppProps {
  mailbox: MailboxPort;
}

export function App({ mailbox }: AppProps) {
  const styles = useStyles();
  const mail = useCurrentMail(mailbox);
  return (
    <main className={styles.root}>
      {mail ? <MailHeader key={mail.itemId} mail={mail} /> : <EmptyState />}
    </main>
  );
}
