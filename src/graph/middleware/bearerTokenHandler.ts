/**
 * Adds "Authorization: Bearer …" from our TokenProvider, only for requests to the configured Graph
 * origin. Hand-written instead of the SDK's AuthenticationHandler because that one attaches tokens
 * only to https Graph hosts, and the dev Graph emulator is plain http on localhost.
 */
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../auth/tokenProvider";

/** Holds a pending claims challenge from a 401 until the next token request uses it. */
export class ClaimsChallenge {
  private pending: string | undefined;
  set(claims: string): void {
    this.pending = claims;
  }
  take(): string | undefined {
    const claims = this.pending;
    this.pending = undefined;
    return claims;
  }
}

function urlOf(request: RequestInfo): string {
  return typeof request === "string" ? request : request.url;
}

export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokens: TokenProvider,
    private readonly scopes: string[],
    private readonly graphOrigin: string,
    private readonly claims: ClaimsChallenge
  ) {}

  async execute(context: Context): Promise<void> {
    if (new URL(urlOf(context.request)).origin === this.graphOrigin) {
      const token = await this.tokens.getAccessToken({
        scopes: this.scopes,
        claims: this.claims.take(),
      });
      const options = (context.options ??= {});
      const headers = options.headers;
      if (headers instanceof Headers) headers.set("Authorization", `Bearer ${token}`);
      else
        options.headers = {
          ...(headers as Record<string, string>),
          Authorization: `Bearer ${token}`,
        };
    }
    if (!this.next) throw new Error("BearerTokenHandler: no next middleware");
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
