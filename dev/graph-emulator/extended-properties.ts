/** Single-value extended properties: validating, normalising and merging them like Exchange does. */
import type { SingleValueLegacyExtendedProperty } from "@microsoft/microsoft-graph-types";
import { GraphError } from "./graph-error";

export interface ExtendedProperty {
  id: string;
  value: string;
}

// Three anchored forms with no nested quantifiers: linear-time matching.
const NAMED =
  /^(\w+) \{([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\} Name (\S.*)$/;
const NUMBERED =
  /^(\w+) \{([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\} Id (0x[0-9a-fA-F]+)$/;
const TAGGED = /^(\w+) (0x[0-9a-fA-F]+)$/;

/**
 * Exchange answers property ids with the GUID in lower case ("String {00020329-0000-0000-c000-…}
 * Name x"), whatever case the client used, so clients must compare ids case-insensitively.
 */
export function normalizeExtendedPropertyId(id: string): string | undefined {
  const trimmed = id.trim();
  const named = NAMED.exec(trimmed);
  if (named) return `${named[1]} {${named[2].toLowerCase()}} Name ${named[3]}`;
  const numbered = NUMBERED.exec(trimmed);
  if (numbered)
    return `${numbered[1]} {${numbered[2].toLowerCase()}} Id ${numbered[3].toLowerCase()}`;
  const tagged = TAGGED.exec(trimmed);
  if (tagged) return `${tagged[1]} ${tagged[2].toLowerCase()}`;
  return undefined;
}

/** Validates a request's singleValueExtendedProperties array and normalises its ids. */
export function parseExtendedProperties(value: unknown): ExtendedProperty[] {
  if (!Array.isArray(value)) {
    throw new GraphError(
      400,
      "RequestBodyRead",
      "Cannot read 'singleValueExtendedProperties': a collection was expected."
    );
  }
  return value.map((entry: unknown) => {
    const e = entry as Partial<SingleValueLegacyExtendedProperty> | null;
    if (e === null || typeof e !== "object" || typeof e.id !== "string") {
      throw new GraphError(400, "ErrorInvalidProperty", "An extended property must have an 'id'.");
    }
    if (typeof e.value !== "string") {
      throw new GraphError(
        400,
        "ErrorInvalidProperty",
        "The value of an extended property must be a string."
      );
    }
    const id = normalizeExtendedPropertyId(e.id);
    if (id === undefined) {
      throw new GraphError(
        400,
        "ErrorInvalidProperty",
        `The extended property id '${e.id.slice(0, 120)}' is not valid.`
      );
    }
    return { id, value: e.value };
  });
}

/** PATCH semantics: properties with a known id are replaced, new ones added. */
export function mergeExtendedProperties(
  existing: readonly ExtendedProperty[],
  updates: readonly ExtendedProperty[]
): ExtendedProperty[] {
  const merged = existing.map((p) => ({ ...p }));
  for (const update of updates) {
    const at = merged.findIndex((p) => p.id.toLowerCase() === update.id.toLowerCase());
    if (at >= 0) merged[at] = update;
    else merged.push(update);
  }
  return merged;
}
