/**
 * Composition root of the task pane: config, Graph client with the right authentication, and the
 * adapters behind the ports. The demo host runs exactly this code (config says auth "dev").
 */
import {
  createGraphClient,
  createTokenProvider,
  GraphMailer,
  importScopes,
  officeAuthHost,
  paneScopes,
} from "../graph";
import { createGraphSchoolDirectory } from "../graph/directoryGraph";
import {
  applyOverrides,
  fetchConfigText,
  loadConfig,
  readOverrides,
  saveOverrides,
  type ConfigError,
} from "../lib/config";
import { createPdfTextExtractor } from "../lib/extraction/pdfText";
import { analyseMail } from "../lib/mail/analyseMail";
import type { MailboxPort } from "../lib/ports";
import { createRoamingSettings } from "../office/roamingSettings";
import type { PaneServices } from "./services";

export type Bootstrap = { ok: true; services: PaneServices } | { ok: false; error: ConfigError };

/** URL of a file beside the task pane page. */
function besidePane(file: string): string {
  return new URL(file, window.location.href).href;
}

export async function bootstrap(mailbox: MailboxPort): Promise<Bootstrap> {
  const settings = createRoamingSettings();
  const { result } = await loadConfig(fetchConfigText(besidePane("config.json")));
  if (!result.ok) return { ok: false, error: result.error };
  const deployed = result.config;
  const { config } = applyOverrides(deployed, settings);
  const tokens = createTokenProvider(config, {
    host: officeAuthHost(Office),
    dialogPageUrl: besidePane("auth-dialog.html"),
  });
  const connect = (scopes: string[]) =>
    createGraphClient({ graphBaseUrl: config.graphBaseUrl, tokens, scopes });
  const paneGraph = connect(paneScopes(config.sendingMailbox));
  const directoryFor = (client: ReturnType<typeof connect>["client"]) =>
    createGraphSchoolDirectory({
      client,
      mailbox: config.sendingMailbox,
      folderName: config.contactFolder,
    });
  const pdf = createPdfTextExtractor({ workerSrc: besidePane("pdf.worker.min.mjs") });
  const user = mailbox.userProfile();
  const mailer = new GraphMailer(paneGraph, { sendingMailbox: config.sendingMailbox });
  return {
    ok: true,
    services: {
      mailbox,
      config,
      preferences: {
        deployed,
        current: readOverrides(settings),
        save: (overrides) => saveOverrides(settings, overrides),
      },
      analyseMail: (mail) => analyseMail(mail, pdf),
      sender: config.sendingMailbox
        ? { name: config.signature.unit, email: config.sendingMailbox }
        : user,
      schools: directoryFor(paneGraph.client),
      importDirectory: () => directoryFor(connect(importScopes(config.sendingMailbox)).client),
      mailer,
      history: mailer,
      openUrl: (url) => {
        if (Office.context.ui?.openBrowserWindow) Office.context.ui.openBrowserWindow(url);
        else window.open(url, "_blank", "noopener");
      },
      copyText: (text) => navigator.clipboard.writeText(text),
    },
  };
}
