/**
 * The prepared signal: rendered message + audit record, fixed before the first send attempt so
 * that every retry sends the very same message with the very same signal id.
 */
import { buildAuditRecord, type AuditRecord } from "./audit";
import { SIGNAL_CATEGORY } from "./categories";
import { renderSignal, type RenderSignalInput, type RenderedSignal } from "./render";

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
