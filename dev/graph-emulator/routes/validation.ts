/** Checks on request bodies, with the errors Graph gives for them. */
import type { Recipient } from "@microsoft/microsoft-graph-types";
import { GraphError, unknownProperty } from "../graph-error";
import { canonicalProperty, READ_ONLY, type EntityType } from "../entity-schema";

/** A plain JSON object, or a Graph "RequestBodyRead" error. */
export function requireObject(value: unknown, what: string): Record<string, unknown> {
  if (value === undefined) {
    throw new GraphError(400, "BadRequest", "Empty Payload. JSON content expected.");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new GraphError(400, "RequestBodyRead", `An object was expected for '${what}'.`);
  }
  return value as Record<string, unknown>;
}

/**
 * The writable properties of an entity in a request body, under their canonical names.
 * Unknown names fail like Graph; read-only ones and OData annotations ("@odata.type") are dropped.
 */
export function writableProperties(
  body: Record<string, unknown>,
  type: EntityType
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("@") || key.includes("@odata.")) continue;
    const canonical = canonicalProperty(type, key);
    if (canonical === undefined) throw unknownProperty(key, type);
    if (READ_ONLY.has(canonical)) continue;
    out[canonical] = value;
  }
  return out;
}

// Deliberately loose (one "@", no spaces, a dot in the domain): Exchange resolves the rest.
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidAddress(address: unknown): address is string {
  return typeof address === "string" && address.length <= 320 && ADDRESS.test(address);
}

export function invalidRecipients(detail: string): GraphError {
  return new GraphError(
    400,
    "ErrorInvalidRecipients",
    `At least one recipient isn't valid., ${detail}`
  );
}

/** Validates a recipient list (toRecipients, ccRecipients, …). */
export function parseRecipients(value: unknown, property: string): Recipient[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new GraphError(
      400,
      "RequestBodyRead",
      `Cannot read '${property}': a collection was expected.`
    );
  }
  return value.map((entry) => parseRecipient(entry, property));
}

export function parseRecipient(value: unknown, property: string): Recipient {
  const r = value as { emailAddress?: { address?: unknown; name?: unknown } } | null;
  if (
    r === null ||
    typeof r !== "object" ||
    typeof r.emailAddress !== "object" ||
    r.emailAddress === null
  ) {
    throw new GraphError(
      400,
      "RequestBodyRead",
      `Each entry of '${property}' needs an 'emailAddress'.`
    );
  }
  const { address, name } = r.emailAddress;
  if (!isValidAddress(address)) {
    throw invalidRecipients(
      "Recipient isn't resolved. All recipients must be resolved before a message can be submitted."
    );
  }
  if (name !== undefined && typeof name !== "string") {
    throw new GraphError(400, "RequestBodyRead", "emailAddress.name must be a string.");
  }
  return { emailAddress: name === undefined ? { address } : { name, address } };
}

export function parseStringArray(value: unknown, property: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new GraphError(400, "RequestBodyRead", `'${property}' must be a collection of strings.`);
  }
  return value as string[];
}

export function parseBoolean(value: unknown, property: string): boolean {
  if (typeof value !== "boolean") {
    throw new GraphError(
      400,
      "RequestBodyRead",
      `Cannot convert a value to the expected type 'Edm.Boolean' for '${property}'.`
    );
  }
  return value;
}

export function parseString(value: unknown, property: string): string {
  if (typeof value !== "string") {
    throw new GraphError(
      400,
      "RequestBodyRead",
      `Cannot convert a value to the expected type 'Edm.String' for '${property}'.`
    );
  }
  return value;
}
