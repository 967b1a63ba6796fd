/** In-memory PaneServices for component tests: a mailbox, schools, a mailer that records sends. */
import { parseConfig, type AppConfig, type ConfigOverrides } from "../../src/lib/config";
import type { School, SchoolDirectorySource } from "../../src/lib/directory";
import type { MailAnalysis } from "../../src/lib/mail/analyseMail";
import type { CurrentMail, MailboxPort } from "../../src/lib/ports";
import type { OutgoingSignal, SignalHistory, SignalMailer } from "../../src/lib/signal";
import type { PaneServices } from "../../src/taskpane/services";
import configJson from "../../src/config.json";

export const testConfig: AppConfig = (() => {
  const result = parseConfig(configJson);
  if (!result.ok) throw new Error("src/config.json must be valid");
  return result.config;
})();

export function staticMailbox(mail: CurrentMail | null): MailboxPort {
  return {
    currentMail: () => mail,
    onItemChanged: () => () => undefined,
    displayLanguage: () => "nl-BE",
    userProfile: () => ({ name: "Inspecteur Test", email: "officer@zone.example.be" }),
  };
}

export class RecordingMailer implements SignalMailer, SignalHistory {
  readonly sent: OutgoingSignal[] = [];
  /** Queue of failures for the next send calls. */
  failures: Error[] = [];
  async send(signal: OutgoingSignal): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(signal);
  }
  async findSentBySignalId(id: string): Promise<"found" | "absent"> {
    return this.sent.some((s) => s.audit.signalId === id) ? "found" : "absent";
  }
  async childHashesSignalledFrom(sourceMessageId: string): Promise<string[]> {
    return this.sent
      .filter((s) => s.audit.sourceMessageId === sourceMessageId)
      .flatMap((s) => s.audit.childHashes);
  }
}

export function memoryDirectory(schools: School[]): SchoolDirectorySource {
  return {
    list: async () => schools,
    upsert: async () => ({ folderCreated: false, written: [], failed: null, notAttempted: [] }),
  };
}

export interface FakeServicesOptions {
  mailbox: MailboxPort;
  analysis?: MailAnalysis | Error;
  schools?: School[];
  mailer?: RecordingMailer;
  directory?: SchoolDirectorySource;
}

export function fakeServices(options: FakeServicesOptions): PaneServices & {
  opened: string[];
  copied: string[];
  savedPreferences: ConfigOverrides[];
} {
  const opened: string[] = [];
  const savedPreferences: ConfigOverrides[] = [];
  const copied: string[] = [];
  const directory = options.directory ?? memoryDirectory(options.schools ?? []);
  const mailer = options.mailer ?? new RecordingMailer();
  return {
    mailbox: options.mailbox,
    config: testConfig,
    preferences: {
      deployed: testConfig,
      current: {},
      save: async (overrides) => void savedPreferences.push(overrides),
    },
    sender: options.mailbox.userProfile(),
    analyseMail: async (mail) => {
      const analysis = options.analysis;
      if (analysis instanceof Error) throw analysis;
      return (
        analysis ?? {
          result: {
            isIncident: false,
            incidentSignals: [],
            reference: null,
            children: [],
            warnings: [],
          },
          unreadAttachments: 0,
          mailDay: mail.received.slice(0, 10),
        }
      );
    },
    schools: directory,
    importDirectory: () => directory,
    mailer,
    history: mailer,
    openUrl: (url) => opened.push(url),
    copyText: async (text) => {
      copied.push(text);
    },
    opened,
    copied,
    savedPreferences,
  };
}
