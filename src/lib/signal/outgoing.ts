/**
 * The prepared signal: rendered message + audit record, fixed before the first send attempt so
 * that every retry sends the very same message with the very same signal id.
 */
import { buildAuditRecord, type AuditRecord } from "./audit";
import { SIGNAL_CATEGORY } from "./categories";
import {
  renderSignal,
  SignalInputError,
  type RenderSignalInput,
  type RenderedSignal,
} from "./render";
import type { MessageRef, SignalChild, SignalSchool } from "./types";

export interface OutgoingSignal {
  message: RenderedSignal;
  audit: AuditRecord;
  categories: string[];
  requestReadReceipt: boolean;
  requestDeliveryReceipt: boolean;
}

export interface PrepareSignalInput extends RenderSignalInput {
  reference: string;
  sourceMessageId: string;
  receipt?: { requestReadReceipt: boolean; requestDeliveryReceipt: boolean };
  /** Injected in tests; crypto.randomUUID() otherwise. */
  signalId?: string;
}

/** Renders and tags one school's signal. Throws SignalInputError on bad input. */
export async function prepareSignal(input: PrepareSignalInput): Promise<OutgoingSignal> {
  const message = renderSignal(input);
  const audit = await buildAuditRecord({
    reference: input.reference,
    sourceMessageId: input.sourceMessageId,
    children: input.children,
    signalId: input.signalId,
  });
  return {
    message,
    audit,
    categories: [SIGNAL_CATEGORY],
    requestReadReceipt: input.receipt?.requestReadReceipt ?? false,
    requestDeliveryReceipt: input.receipt?.requestDeliveryReceipt ?? false,
  };
}

/** What one planned school message became: a prepared signal, or why it could not be made. */
export type PreparedForSchool<S> =
  { school: S; ok: true; signal: OutgoingSignal } | { school: S; ok: false; error: MessageRef };

/**
 * Prepares one signal per school of a plan (see groupBySchool). A school whose input is bad gets
 * an error key instead; the others are unaffected.
 */
export async function prepareSignals<S extends SignalSchool>(
  plan: readonly { school: S; children: SignalChild[] }[],
  common: Omit<PrepareSignalInput, "school" | "children" | "signalId">
): Promise<PreparedForSchool<S>[]> {
  return Promise.all(
    plan.map(async ({ school, children }): Promise<PreparedForSchool<S>> => {
      try {
        return { school, ok: true, signal: await prepareSignal({ ...common, school, children }) };
      } catch (error) {
        if (error instanceof SignalInputError) return { school, ok: false, error: error.ref };
        throw error;
      }
    })
  );
}
