/**
 * "Never twice, never lost": the send of one prepared signal as a pure state machine, plus a
 * small driver that runs its effects through the SignalMailer port.
 *
 * - A send that fails with an uncertain outcome (5xx, timeout, dropped connection, network) is
 *   never blindly repeated: Sent Items is searched for the signal id first, and the message is
 *   sent again only when it is absent.
 * - Once any attempt was uncertain, every later retry checks first (sticky `uncertain`).
 * - 429 waits for Retry-After, then sends again (the message was refused, not stored).
 * - Refusals (claims challenge, missing consent, Send As denied, other 4xx) stop: not sent, the
 *   prepared signal kept, the officer may retry.
 * - A submit while a send is in flight, or after it was sent, is ignored (double clicks).
 */
import type { MessageRef } from "./types";
import { toSendFailure, type SendFailureKind, type SignalMailer } from "./mailer";
import type { OutgoingSignal } from "./outgoing";

interface InFlight {
  /** Send attempts since the officer's last submit. */
  attempt: number;
  /** True once any attempt's outcome was unknown: from then on, check before sending. */
  uncertain: boolean;
}

export type SendState =
  | { status: "ready" }
  | ({ status: "sending" } & InFlight)
  | ({ status: "waiting"; retryAfterSeconds: number } & InFlight)
  | ({ status: "checking"; lookups: number } & InFlight)
  | { status: "sent" }
  | { status: "notSent"; reason: SendFailureKind; mustCheck: boolean };

export type SendEvent =
  | { type: "SUBMIT" }
  | { type: "SEND_OK" }
  | { type: "SEND_FAILED"; failure: SendFailureKind; retryAfterSeconds?: number }
  | { type: "WAIT_OVER" }
  | { type: "CHECK_FOUND" }
  | { type: "CHECK_ABSENT" }
  | { type: "CHECK_FAILED"; failure: SendFailureKind };

export interface SendPolicy {
  /** Automatic send attempts per submit (throttling and absent-after-uncertain both count). */
  maxAttempts: number;
  /** Sent Items lookups that must all say "absent" before a resend (Exchange files sent mail with a delay). */
  absentLookups: number;
  /** Longest Retry-After honoured; longer waits end as "not sent (throttled)". */
  maxWaitSeconds: number;
}

export const defaultSendPolicy: SendPolicy = {
  maxAttempts: 3,
  absentLookups: 2,
  maxWaitSeconds: 120,
};

export const initialSendState: SendState = { status: "ready" };

function afterSendFailure(
  state: { attempt: number; uncertain: boolean },
  event: Extract<SendEvent, { type: "SEND_FAILED" }>,
  policy: SendPolicy
): SendState {
  switch (event.failure) {
    case "throttled": {
      const wait = Math.max(0, event.retryAfterSeconds ?? 1);
      if (state.attempt < policy.maxAttempts && wait <= policy.maxWaitSeconds) {
        return {
          status: "waiting",
          retryAfterSeconds: wait,
          attempt: state.attempt,
          uncertain: state.uncertain,
        };
      }
      return { status: "notSent", reason: "throttled", mustCheck: state.uncertain };
    }
    case "uncertain":
    case "offline":
      // The request may have reached the server: find out before anything else.
      return { status: "checking", lookups: 0, attempt: state.attempt, uncertain: true };
    default:
      return { status: "notSent", reason: event.failure, mustCheck: state.uncertain };
  }
}

/** The pure transition function; an event that does not apply leaves the state unchanged. */
export function transition(
  state: SendState,
  event: SendEvent,
  policy: SendPolicy = defaultSendPolicy
): SendState {
  switch (state.status) {
    case "ready":
      return event.type === "SUBMIT" ? { status: "sending", attempt: 1, uncertain: false } : state;
    case "notSent":
      if (event.type !== "SUBMIT") return state;
      return state.mustCheck
        ? { status: "checking", lookups: 0, attempt: 0, uncertain: true }
        : { status: "sending", attempt: 1, uncertain: false };
    case "sending":
      if (event.type === "SEND_OK") return { status: "sent" };
      if (event.type === "SEND_FAILED") return afterSendFailure(state, event, policy);
      return state;
    case "waiting":
      return event.type === "WAIT_OVER"
        ? { status: "sending", attempt: state.attempt + 1, uncertain: state.uncertain }
        : state;
    case "checking":
      if (event.type === "CHECK_FOUND") return { status: "sent" };
      if (event.type === "CHECK_FAILED") {
        return { status: "notSent", reason: event.failure, mustCheck: true };
      }
      if (event.type !== "CHECK_ABSENT") return state;
      if (state.lookups + 1 < policy.absentLookups) return { ...state, lookups: state.lookups + 1 };
      if (state.attempt < policy.maxAttempts) {
        return { status: "sending", attempt: state.attempt + 1, uncertain: true };
      }
      return { status: "notSent", reason: "uncertain", mustCheck: true };
    case "sent":
      return state;
  }
}

/** What the pane shows: a status key and, when not sent, why (keys in the `signal` namespace). */
export function statusMessages(state: SendState): { status: MessageRef; reason?: MessageRef } {
  if (state.status === "notSent") {
    return { status: { key: "status.notSent" }, reason: { key: `failure.${state.reason}` } };
  }
  if (state.status === "waiting") {
    return { status: { key: "status.waiting", params: { seconds: state.retryAfterSeconds } } };
  }
  return { status: { key: `status.${state.status}` } };
}

/** Whether the retry button makes sense. */
export function canSubmit(state: SendState): boolean {
  return state.status === "ready" || state.status === "notSent";
}

export interface SignalSenderOptions {
  policy?: SendPolicy;
  /** Waits; injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Pause before each Sent Items lookup, giving Exchange time to file the sent copy. */
  lookupDelayMs?: number;
  /** Called on every state change. */
  onChange?: (state: SendState) => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs the machine for one prepared signal. One instance per school message. */
export class SignalSender {
  private current: SendState = initialSendState;
  private running: Promise<SendState> | null = null;
  private readonly policy: SendPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly lookupDelayMs: number;

  constructor(
    private readonly mailer: SignalMailer,
    readonly signal: OutgoingSignal,
    private readonly options: SignalSenderOptions = {}
  ) {
    this.policy = options.policy ?? defaultSendPolicy;
    this.sleep = options.sleep ?? realSleep;
    this.lookupDelayMs = options.lookupDelayMs ?? 3000;
  }

  get state(): SendState {
    return this.current;
  }

  /**
   * Sends (or, after an uncertain failure, checks and then sends). Returns the final state.
   * A call while a run is in flight returns that run; a call after "sent" does nothing.
   */
  submit(): Promise<SendState> {
    if (this.running) return this.running;
    if (!canSubmit(this.current)) return Promise.resolve(this.current);
    this.dispatch({ type: "SUBMIT" });
    this.running = this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private dispatch(event: SendEvent): void {
    const next = transition(this.current, event, this.policy);
    if (next === this.current) return;
    this.current = next;
    try {
      this.options.onChange?.(next);
    } catch {
      // A failing listener (the UI) must not stop or corrupt the send.
    }
  }

  private async run(): Promise<SendState> {
    for (;;) {
      const state = this.current;
      if (state.status === "sending") this.dispatch(await this.trySend());
      else if (state.status === "waiting") {
        await this.sleep(state.retryAfterSeconds * 1000);
        this.dispatch({ type: "WAIT_OVER" });
      } else if (state.status === "checking") {
        await this.sleep(this.lookupDelayMs);
        this.dispatch(await this.tryLookup());
      } else return state;
    }
  }

  private async trySend(): Promise<SendEvent> {
    try {
      await this.mailer.send(this.signal);
      return { type: "SEND_OK" };
    } catch (error) {
      const failure = toSendFailure(error);
      return {
        type: "SEND_FAILED",
        failure: failure.kind,
        retryAfterSeconds: failure.retryAfterSeconds,
      };
    }
  }

  private async tryLookup(): Promise<SendEvent> {
    try {
      const found = await this.mailer.findSentBySignalId(this.signal.audit.signalId);
      return found === "found" ? { type: "CHECK_FOUND" } : { type: "CHECK_ABSENT" };
    } catch (error) {
      return { type: "CHECK_FAILED", failure: toSendFailure(error).kind };
    }
  }
}
