/**
 * Tokens through MSAL Nested App Authentication (the Outlook host brokers sign-in): silent first —
 * the cached account, else SSO with the Office user's address as login hint — then a popup.
 */
import {
  createNestablePublicClientApplication,
  type AuthenticationResult,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { tokenFailureKind, toTokenError } from "./msalErrors";
import type { OfficeAuthHost } from "./officeAuthHost";
import { TokenAcquisitionError, type TokenProvider, type TokenRequest } from "./tokenProvider";

export interface NaaSettings {
  tenantId: string;
  clientId: string;
}

/** The real MSAL NAA application for the configured tenant and app registration. */
export function createNaaApplication(settings: NaaSettings): Promise<IPublicClientApplication> {
  return createNestablePublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
    },
  });
}

export class NaaTokenProvider implements TokenProvider {
  private app: Promise<IPublicClientApplication> | null = null;

  constructor(
    private readonly createApp: () => Promise<IPublicClientApplication>,
    private readonly host: Pick<OfficeAuthHost, "userEmail">
  ) {}

  async getAccessToken(request: TokenRequest): Promise<string> {
    const app = await this.application();
    // A claims challenge needs fresh interaction: the cached token is what was refused.
    if (!request.claims) {
      try {
        return this.remember(app, await this.silent(app, request.scopes));
      } catch (error) {
        if (tokenFailureKind(error) === "offline") throw toTokenError(error);
        // Otherwise fall through to interaction (consent, expired session, no account yet).
      }
    }
    try {
      const result = await app.acquireTokenPopup({
        scopes: request.scopes,
        claims: request.claims,
        loginHint: this.host.userEmail(),
      });
      return this.remember(app, result);
    } catch (error) {
      throw toTokenError(error);
    }
  }

  private application(): Promise<IPublicClientApplication> {
    this.app ??= this.createApp().catch((error: unknown) => {
      this.app = null;
      throw toTokenError(error);
    });
    return this.app;
  }

  private silent(app: IPublicClientApplication, scopes: string[]): Promise<AuthenticationResult> {
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    if (account) return app.acquireTokenSilent({ scopes, account });
    const loginHint = this.host.userEmail();
    if (!loginHint) return Promise.reject(new TokenAcquisitionError("signInRequired"));
    return app.ssoSilent({ scopes, loginHint });
  }

  private remember(app: IPublicClientApplication, result: AuthenticationResult): string {
    if (result.account) app.setActiveAccount(result.account);
    if (!result.accessToken) throw new TokenAcquisitionError("failed");
    return result.accessToken;
  }
}
