/**
 * The auth dialog page's logic (runs inside Office.context.ui.displayDialogAsync): a standard
 * MSAL PublicClientApplication with the redirect flow. First visit: redirect to sign-in with the
 * scopes the pane asked for. Return visit: hand the token to the pane with messageParent.
 * The page's HTML entry only calls runAuthDialogPage with the real Office and MSAL objects.
 */
import {
  createStandardPublicClientApplication,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { tokenFailureKind } from "../msalErrors";
import { readDialogRequest, type DialogMessage } from "./protocol";

export interface DialogPageDeps {
  app: IPublicClientApplication;
  /** window.location.search on first visit. */
  search: string;
  /** Office.context.ui.messageParent. */
  messageParent: (message: string) => void;
}

/** Returns what happened: "redirecting" (to sign-in) or "done" (a message went to the pane). */
export async function runAuthDialogPage(deps: DialogPageDeps): Promise<"redirecting" | "done"> {
  const send = (message: DialogMessage) => deps.messageParent(JSON.stringify(message));
  try {
    await deps.app.initialize();
    const result = await deps.app.handleRedirectPromise();
    if (result) {
      send({
        type: "hwc-token",
        accessToken: result.accessToken,
        expiresOn: (result.expiresOn ?? new Date()).toISOString(),
      });
      return "done";
    }
    const request = readDialogRequest(deps.search);
    if (request.scopes.length === 0) {
      send({ type: "hwc-token-error", kind: "failed" });
      return "done";
    }
    await deps.app.loginRedirect({
      scopes: request.scopes,
      claims: request.claims,
      loginHint: request.loginHint,
    });
    return "redirecting";
  } catch (error) {
    send({ type: "hwc-token-error", kind: tokenFailureKind(error) });
    return "done";
  }
}

/** The standard (non-nested) MSAL app for the dialog page; redirect URI is the page itself. */
export function createDialogApplication(settings: {
  tenantId: string;
  clientId: string;
  redirectUri: string;
}): Promise<IPublicClientApplication> {
  return createStandardPublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
      redirectUri: settings.redirectUri,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
}
