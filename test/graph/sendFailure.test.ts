import { GraphError } from "@microsoft/microsoft-graph-client";
import {
  claimsFromChallenge,
  retryAfterSeconds,
  toSignalSendFailure,
} from "../../src/graph/sendFailure";
import { SignalSendFailure } from "../../src/lib/signal";

function graphError(status: number, code: string | null, headers: Record<string, string> = {}) {
  const error = new GraphError(status, code ?? "");
  error.code = code;
  error.headers = new Headers(headers);
  return error;
}

describe("toSignalSendFailure", () => {
  it.each([
    [graphError(429, "TooManyRequests", { "Retry-After": "7" }), "throttled"],
    [graphError(503, "ServiceUnavailable"), "uncertain"],
    [graphError(504, "GatewayTimeout"), "uncertain"],
    [graphError(500, "InternalServerError"), "uncertain"],
    [graphError(401, "InvalidAuthenticationToken"), "authClaims"],
    [graphError(403, "ErrorSendAsDenied"), "sendAsDenied"],
    [graphError(403, "ErrorAccessDenied"), "consentRequired"],
    [graphError(400, "ErrorInvalidRecipients"), "rejected"],
    [graphError(-1, "TypeError"), "offline"],
    [graphError(-1, "TimeoutError"), "uncertain"],
    [graphError(-1, "AbortError"), "uncertain"],
    [new Error("anything else"), "uncertain"],
  ])("%s → %s", (error, kind) => {
    expect(toSignalSendFailure(error).kind).toBe(kind);
  });

  it("keeps Retry-After and the decoded claims challenge", () => {
    expect(
      toSignalSendFailure(graphError(429, "TooManyRequests", { "Retry-After": "7" }))
        .retryAfterSeconds
    ).toBe(7);
    const claims = '{"access_token":{"nbf":{"essential":true}}}';
    const challenge = `Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`;
    const failure = toSignalSendFailure(
      graphError(401, "InvalidAuthenticationToken", { "WWW-Authenticate": challenge })
    );
    expect(failure.claims).toBe(claims);
    expect(claimsFromChallenge('Bearer realm=""')).toBeUndefined();
  });

  it("maps token acquisition failures", () => {
    const tokenError = (kind: string) => {
      const error = new GraphError(-1, kind);
      error.code = "TokenAcquisitionError";
      return error;
    };
    expect(toSignalSendFailure(tokenError("consentRequired")).kind).toBe("consentRequired");
    expect(toSignalSendFailure(tokenError("signInRequired")).kind).toBe("authClaims");
    expect(toSignalSendFailure(tokenError("offline")).kind).toBe("offline");
    expect(toSignalSendFailure(tokenError("weird")).kind).toBe("rejected");
    const own = new SignalSendFailure("offline");
    expect(toSignalSendFailure(own)).toBe(own);
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterSeconds("3", now)).toBe(3);
    expect(retryAfterSeconds("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10);
    expect(retryAfterSeconds(null, now)).toBe(1);
    expect(retryAfterSeconds("soon", now)).toBe(1);
  });
});
