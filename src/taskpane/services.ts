/** What the pane needs from the outside world, injected so components stay thin and testable. */
import type { AppConfig, ConfigOverrides } from "../lib/config";
import type { SchoolDirectorySource } from "../lib/directory";
import type { MailAnalysis } from "../lib/mail/analyseMail";
import type { CurrentMail, MailboxPort } from "../lib/ports";
import type { SignalAddress, SignalHistory, SignalMailer } from "../lib/signal";

/** The officer's own choices on top of config.json (Office roaming settings). */
export interface Preferences {
  /** config.json as deployed, before the officer's overrides. */
  deployed: AppConfig;
  current: ConfigOverrides;
  /** Saves; the pane uses them from its next start (Graph scopes depend on the mailbox). */
  save(overrides: ConfigOverrides): Promise<void>;
}

export interface PaneServices {
  mailbox: MailboxPort;
  analyseMail(mail: CurrentMail): Promise<MailAnalysis>;
  config: AppConfig;
  preferences: Preferences;
  /** The mailbox signals are sent from (the officer's own, or the unit's shared mailbox). */
  sender: SignalAddress;
  /** The officer's pane: reads the schools' contact folder. */
  schools: SchoolDirectorySource;
  /** The coordinator's import: may write the folder (asks for write consent only when used). */
  importDirectory(): SchoolDirectorySource;
  mailer: SignalMailer;
  /** Signals already sent from a mail (Sent Items), so no child is signalled twice for it. */
  history: SignalHistory;
  /** Pause before each Sent Items lookup after an uncertain send (default 3 s; tests shorten it). */
  sendLookupDelayMs?: number;
  /** Opens a URL in the browser (Magda online). */
  openUrl(url: string): void;
  /** Copies text to the clipboard (the national number for Magda); never stores it. */
  copyText(text: string): Promise<void>;
}
