/** Graph client errors → the send machine's failure kinds. */
import { GraphError } from "@microsoft/microsoft-graph-client";
import { SignalSendFailure } from "../lib/signal";
import type { TokenFailureKind } from "./auth/tokenProvider";

/** Retry-After: delta seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number {
  if (!value) return 1;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The claims="…" parameter of a WWW-Authenticate challenge, if any. */
export function claimsFromChallenge(header: string | null | undefined): string | undefined {
  const match = /claims="([^"]+)"/.exec(header ?? "");
  if (!match) return undefined;
  // Graph sends it base64-encoded; MSAL wants the JSON.
  try {
    return atob(match[1]);
  } catch {
    return match[1];
  }
}

const fromToken: Record<TokenFailureKind, SignalSendFailure["kind"]> = {
  consentRequired: "consentRequired",
  signInRequired: "authClaims",
  offline: "offline",
  failed: "rejected",
};

export function toSignalSendFailure(error: unknown): SignalSendFailure {
  if (error instanceof SignalSendFailure) return error;
  if (!(error instanceof GraphError)) return new SignalSendFailure("uncertain");
  const status = error.statusCode;
  if (error.code === "TokenAcquisitionError") {
    const kind = error.message as TokenFailureKind;
    return new SignalSendFailure(fromToken[kind] ?? "rejected");
  }
  if (status === 429) {
    return new SignalSendFailure("throttled", retryAfterSeconds(error.headers?.get("Retry-After")));
  }
  if (status === 401) {
    const claims = claimsFromChallenge(error.headers?.get("WWW-Authenticate"));
    return new SignalSendFailure("authClaims", undefined, claims);
  }
  if (status === 403) {
    if (error.code === "ErrorSendAsDenied") return new SignalSendFailure("sendAsDenied");
    return new SignalSendFailure("consentRequired");
  }
  if (status === -1) {
    // No response at all: fetch's TypeError is the network; a timeout/abort left it unknown.
    return new SignalSendFailure(error.code === "TypeError" ? "offline" : "uncertain");
  }
  if (status >= 500) return new SignalSendFailure("uncertain");
  return new SignalSendFailure("rejected");
}
