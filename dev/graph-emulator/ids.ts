/** Identifiers shaped like Exchange's: opaque, URL-safe, long. */
import { randomBytes, randomUUID } from "node:crypto";

/** An Exchange-style item id ("AAMk..."): opaque to clients, safe in a URL path. */
export function newItemId(): string {
  return `AAMkAGE${randomBytes(48).toString("base64url")}`;
}

/** A change key, as used in @odata.etag. */
export function newChangeKey(): string {
  return randomBytes(12).toString("base64");
}

/** An RFC 5322 Message-ID for a mail sent from `address`'s domain. */
export function newInternetMessageId(address: string): string {
  const domain = address.includes("@")
    ? address.slice(address.lastIndexOf("@") + 1)
    : "example.invalid";
  return `<${randomBytes(16).toString("hex").toUpperCase()}@${domain}>`;
}

export const newRequestId = (): string => randomUUID();

/** Now, as Graph writes Outlook timestamps: UTC, whole seconds ("2026-03-12T08:15:00Z"). */
export function graphTimestamp(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}
