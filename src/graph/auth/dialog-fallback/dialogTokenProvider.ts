/**
 * Where NAA is missing (older Outlook builds): sign in in an Office dialog that runs our auth page
 * (dialogPage.ts) and messages the token back. Tokens are kept in memory only, until expiry.
 */
import type { OfficeAuthHost } from "../officeAuthHost";
import { TokenAcquisitionError, type TokenProvider, type TokenRequest } from "../tokenProvider";
import { dialogMessageSchema, dialogUrl } from "./protocol";

/** Renew this long before expiry so a token never lapses mid-request. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export class DialogTokenProvider implements TokenProvider {
  private cache = new Map<string, { token: string; expires: number }>();

  constructor(
    private readonly host: OfficeAuthHost,
    /** Absolute URL of the auth dialog page, on the add-in's own origin. */
    private readonly pageUrl: string,
    private readonly now: () => number = Date.now
  ) {}

  async getAccessToken(request: TokenRequest): Promise<string> {
    const key = [...request.scopes].sort().join(" ");
    const cached = this.cache.get(key);
    if (!request.claims && cached && cached.expires - EXPIRY_MARGIN_MS > this.now()) {
      return cached.token;
    }
    const raw = await this.host.openDialog(
      dialogUrl(this.pageUrl, { ...request, loginHint: this.host.userEmail() })
    );
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new TokenAcquisitionError("failed");
    }
    const message = dialogMessageSchema.safeParse(json);
    if (!message.success) throw new TokenAcquisitionError("failed");
    if (message.data.type === "hwc-token-error") throw new TokenAcquisitionError(message.data.kind);
    this.cache.set(key, {
      token: message.data.accessToken,
      expires: Date.parse(message.data.expiresOn),
    });
    return message.data.accessToken;
  }
}
