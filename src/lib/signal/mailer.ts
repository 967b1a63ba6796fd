/**
 * The port through which the send machine reaches the mail system, and the typed failures an
 * adapter reports. Implemented with Microsoft Graph in src/graph/graphMailer.ts.
 */
import type { OutgoingSignal } from "./outgoing";

export interface SignalMailer {
  /** Resolves when the mail system accepted the message; throws SignalSendFailure otherwise. */
  send(signal: OutgoingSignal): Promise<void>;
  /** Looks for a message carrying this signal id in Sent Items. */
  findSentBySignalId(signalId: string): Promise<"found" | "absent">;
}

/**
 * Signals already sent from one incident mail, found again in Sent Items by the source mail's
 * internetMessageId: the children's hashes, so the pane never signals a child twice for it.
 */
export interface SignalHistory {
  /** The child hashes (see audit.ts) of every signal sent from this source mail. */
  childHashesSignalledFrom(sourceMessageId: string): Promise<string[]>;
}

/**
 * What went wrong, as far as it matters for "never twice, never lost":
 * - throttled: refused before acceptance (429) — safe to send again after the wait;
 * - uncertain: 5xx, timeout, dropped connection — the message may have gone: check first;
 * - authClaims / consentRequired / sendAsDenied / rejected: refused, nothing sent;
 * - offline: no network at all.
 */
export type SendFailureKind =
  | "throttled"
  | "uncertain"
  | "authClaims"
  | "consentRequired"
  | "sendAsDenied"
  | "offline"
  | "rejected";

export class SignalSendFailure extends Error {
  constructor(
    readonly kind: SendFailureKind,
    /** Seconds to wait (throttled only). */
    readonly retryAfterSeconds?: number,
    /** The claims challenge to pass to the next token request (authClaims only). */
    readonly claims?: string
  ) {
    super(`signal send failed: ${kind}`);
    this.name = "SignalSendFailure";
  }
}

/** Anything thrown by an adapter, as a failure kind; unknown errors count as uncertain. */
export function toSendFailure(error: unknown): SignalSendFailure {
  if (error instanceof SignalSendFailure) return error;
  return new SignalSendFailure("uncertain");
}
