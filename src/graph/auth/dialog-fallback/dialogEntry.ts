/**
 * Entry script of the auth dialog page (bundle it as its own page, e.g. auth-dialog.html, on the
 * add-in's origin; register that page as an SPA redirect URI). Reads config.json for the tenant
 * and app registration, then runs the redirect flow and messages the token to the pane.
 */
import { fetchConfigText, loadConfig } from "../../../lib/config";
import { createDialogApplication, runAuthDialogPage } from "./dialogPage";
import type { DialogMessage } from "./protocol";

async function main(): Promise<void> {
  const messageParent = (message: string) => Office.context.ui.messageParent(message);
  const { result } = await loadConfig(fetchConfigText("config.json"));
  if (!result.ok) {
    const failed: DialogMessage = { type: "hwc-token-error", kind: "failed" };
    messageParent(JSON.stringify(failed));
    return;
  }
  const app = await createDialogApplication({
    tenantId: result.config.tenantId,
    clientId: result.config.clientId,
    redirectUri: `${window.location.origin}${window.location.pathname}`,
  });
  await runAuthDialogPage({ app, search: window.location.search, messageParent });
}

void Office.onReady(() => main());
