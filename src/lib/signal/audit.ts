/**
 * The audit record of a sent signal, stored on the message in Sent Items as single-value extended
 * properties: a signal id, the reference, the source mail's internetMessageId and, per child, a
 * SHA-256 of (normalised name, birth date) for finding repeats later. No names in properties.
 * (The hashes sit beside a body that names the children anyway, in the unit's own mailbox.)
 */
import { displayName } from "./sanitize";
import type { SignalChild } from "./types";

const PS_PUBLIC_STRINGS = "{00020329-0000-0000-C000-000000000046}";

/** Graph extended property ids (agreed with the emulator and the directory). */
export const auditPropertyIds = {
  signalId: `String ${PS_PUBLIC_STRINGS} Name hwcSignalId`,
  reference: `String ${PS_PUBLIC_STRINGS} Name hwcReference`,
  sourceMessageId: `String ${PS_PUBLIC_STRINGS} Name hwcSourceMessageId`,
  childHashes: `String ${PS_PUBLIC_STRINGS} Name hwcChildHashes`,
} as const;

export interface AuditRecord {
  /** GUID, unique per prepared signal: how a resend is recognised in Sent Items. */
  signalId: string;
  /** PV or intervention number; empty when the mail has none. */
  reference: string;
  /** internetMessageId of the incident mail. */
  sourceMessageId: string;
  /** Hex SHA-256 per child, in message order. */
  childHashes: string[];
}

export interface SingleValueExtendedProperty {
  id: string;
  value: string;
}

/** Case-, space- and Unicode-form-insensitive; accents kept (they distinguish names). */
export function normaliseName(child: Pick<SignalChild, "firstName" | "lastName">): string {
  return `${displayName(child.lastName, "")}|${displayName(child.firstName, "")}`.toLocaleLowerCase(
    "nl"
  );
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 (WebCrypto) of "surname|first names|YYYY-MM-DD", normalised, as hex. */
export async function childHash(child: SignalChild): Promise<string> {
  const data = new TextEncoder().encode(`${normaliseName(child)}|${child.birthDate}`);
  return toHex(await globalThis.crypto.subtle.digest("SHA-256", data));
}

export interface AuditInput {
  reference: string;
  sourceMessageId: string;
  children: readonly SignalChild[];
  /** Injected in tests; a fresh crypto.randomUUID() otherwise. */
  signalId?: string;
}

export async function buildAuditRecord(input: AuditInput): Promise<AuditRecord> {
  return {
    signalId: input.signalId ?? globalThis.crypto.randomUUID(),
    reference: input.reference,
    sourceMessageId: input.sourceMessageId,
    childHashes: await Promise.all(input.children.map(childHash)),
  };
}

/** The record as Graph singleValueExtendedProperties. */
export function auditProperties(record: AuditRecord): SingleValueExtendedProperty[] {
  return [
    { id: auditPropertyIds.signalId, value: record.signalId },
    { id: auditPropertyIds.reference, value: record.reference },
    { id: auditPropertyIds.sourceMessageId, value: record.sourceMessageId },
    { id: auditPropertyIds.childHashes, value: record.childHashes.join(",") },
  ];
}
