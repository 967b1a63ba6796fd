/**
 * OData system query options on collections and items ($filter, $select, $top, $skip, $orderby,
 * $expand of extended properties), validated and applied the way Graph does for Outlook items.
 */
import { GraphError, badRequest, unknownQueryProperty } from "./graph-error";
import { canonicalProperty, type EntityType } from "./entity-schema";
import {
  FilterSyntaxError,
  evaluateFilter,
  filterProperties,
  parseFilter,
  type FilterNode,
} from "./odata-filter";

export interface OrderBy {
  property: string;
  descending: boolean;
}

export interface ExpandOption {
  property: "singleValueExtendedProperties" | "multiValueExtendedProperties";
  filter?: FilterNode;
}

export interface QueryOptions {
  filter?: FilterNode;
  select?: string[];
  top: number;
  skip: number;
  orderBy: OrderBy[];
  expand: ExpandOption[];
  /** $count=true: the answer carries @odata.count. */
  count: boolean;
}

export interface CollectionLimits {
  defaultTop: number;
  maxTop: number;
  /** Graph's rule for messages: $orderby properties must lead the $filter. */
  orderByMustLeadFilter?: boolean;
}

const SUPPORTED = new Set(["$filter", "$select", "$top", "$skip", "$orderby", "$expand", "$count"]);

function parseFilterOption(text: string, type: EntityType): FilterNode {
  let node: FilterNode;
  try {
    node = parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError)
      throw badRequest(`Invalid filter clause: ${error.message}`);
    throw error;
  }
  for (const property of filterProperties(node)) {
    if (canonicalProperty(type, property) === undefined) throw unknownQueryProperty(property, type);
  }
  return node;
}

/** Splits "a,b(c,d),e" on top-level commas, ignoring commas inside parentheses or quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
    else if (!quoted && depth === 0 && c === ",") {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function parseExpand(text: string, type: EntityType): ExpandOption[] {
  return splitTopLevel(text).map((part) => {
    const open = part.indexOf("(");
    const name = (open < 0 ? part : part.slice(0, open)).trim();
    const canonical = canonicalProperty(type, name);
    if (
      canonical !== "singleValueExtendedProperties" &&
      canonical !== "multiValueExtendedProperties"
    ) {
      throw badRequest(
        `Parsing OData Select and Expand failed: Could not find a navigation property named '${name}' on type 'microsoft.graph.${type}'.`
      );
    }
    if (open < 0) return { property: canonical };
    if (!part.endsWith(")"))
      throw badRequest(`Parsing OData Select and Expand failed: ')' expected.`);
    const inner = part.slice(open + 1, -1).trim();
    const match = /^\$filter\s*=/i.exec(inner);
    if (!match) {
      throw badRequest(
        "Parsing OData Select and Expand failed: only $filter is supported inside $expand by the emulator."
      );
    }
    let filter: FilterNode;
    try {
      filter = parseFilter(inner.slice(match[0].length));
    } catch (error) {
      if (error instanceof FilterSyntaxError)
        throw badRequest(`Invalid filter clause: ${error.message}`);
      throw error;
    }
    for (const property of filterProperties(filter)) {
      if (property.toLowerCase() !== "id" && property.toLowerCase() !== "value") {
        throw unknownQueryProperty(property, "singleValueLegacyExtendedProperty");
      }
    }
    return { property: canonical, filter };
  });
}

function parseInteger(name: string, text: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(text.trim()))
    throw badRequest(`Invalid value '${text.slice(0, 40)}' for ${name}.`);
  const value = Number(text.trim());
  if (value < min || value > max) {
    throw new GraphError(
      400,
      "ErrorInvalidUrlQuery",
      `The value of ${name} must be between ${min} and ${max}.`
    );
  }
  return value;
}

function parseOrderBy(text: string, type: EntityType): OrderBy[] {
  return splitTopLevel(text).map((part) => {
    const [name, direction, extra] = part.split(/\s+/);
    const property = canonicalProperty(type, name);
    if (property === undefined) throw unknownQueryProperty(name, type);
    const dir = (direction ?? "asc").toLowerCase();
    if ((dir !== "asc" && dir !== "desc") || extra !== undefined) {
      throw badRequest(`Invalid $orderby clause '${part.slice(0, 80)}'.`);
    }
    return { property, descending: dir === "desc" };
  });
}

/** Graph's documented restriction on messages: $orderby properties must come first in $filter. */
function checkOrderByLeadsFilter(filter: FilterNode, orderBy: OrderBy[], type: EntityType): void {
  const inFilter: string[] = [];
  for (const p of filterProperties(filter)) {
    const canonical = canonicalProperty(type, p) ?? p;
    if (!inFilter.includes(canonical)) inFilter.push(canonical);
  }
  const leading = inFilter.slice(0, orderBy.length);
  if (orderBy.some((o, i) => leading[i] !== o.property)) {
    throw new GraphError(
      400,
      "InefficientFilter",
      "The restriction or sort order is too complex for this operation."
    );
  }
}

/** Reads and validates the query options of a request on a collection (or a single item). */
export function parseQueryOptions(
  params: URLSearchParams,
  type: EntityType,
  limits: CollectionLimits
): QueryOptions {
  for (const key of params.keys()) {
    if (key.startsWith("$") && !SUPPORTED.has(key.toLowerCase())) {
      throw badRequest(`Query option '${key}' is not supported by the Graph emulator.`);
    }
  }
  const get = (name: string): string | null => {
    for (const [key, value] of params) if (key.toLowerCase() === name) return value;
    return null;
  };
  const options: QueryOptions = {
    top: limits.defaultTop,
    skip: 0,
    orderBy: [],
    expand: [],
    count: false,
  };
  const filter = get("$filter");
  if (filter !== null) options.filter = parseFilterOption(filter, type);
  const select = get("$select");
  if (select !== null) {
    options.select = splitTopLevel(select).map((name) => {
      const canonical = canonicalProperty(type, name);
      if (canonical === undefined) throw unknownQueryProperty(name, type);
      return canonical;
    });
  }
  const top = get("$top");
  if (top !== null) options.top = parseInteger("$top", top, 1, limits.maxTop);
  const skip = get("$skip");
  if (skip !== null) options.skip = parseInteger("$skip", skip, 0, 999_999_999);
  const orderBy = get("$orderby");
  if (orderBy !== null) options.orderBy = parseOrderBy(orderBy, type);
  const count = get("$count");
  if (count !== null) {
    if (count !== "true" && count !== "false") throw badRequest("$count must be true or false.");
    options.count = count === "true";
  }
  const expand = get("$expand");
  if (expand !== null) options.expand = parseExpand(expand, type);
  if (limits.orderByMustLeadFilter && options.filter && options.orderBy.length > 0) {
    checkOrderByLeadsFilter(options.filter, options.orderBy, type);
  }
  return options;
}

function compareForSort(a: unknown, b: unknown): number {
  const nullA = a === null || a === undefined;
  const nullB = b === null || b === undefined;
  if (nullA || nullB) return nullA === nullB ? 0 : nullA ? -1 : 1;
  if (typeof a === "string" && typeof b === "string") {
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : 0;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return 0;
}

/**
 * Filters, sorts and pages a collection; `nextSkip` is set when more items follow, `total` counts
 * all matches (for $count). Ties keep insertion order, reversed when the first key is descending,
 * so "newest first" stays newest first within one second.
 */
export function applyCollectionQuery<T extends object>(
  items: readonly T[],
  options: QueryOptions,
  defaultOrder: OrderBy[] = []
): { page: T[]; nextSkip?: number; total: number } {
  const filtered = options.filter
    ? items.filter((item) => evaluateFilter(options.filter as FilterNode, item))
    : [...items];
  const order = options.orderBy.length > 0 ? options.orderBy : defaultOrder;
  let sorted = filtered;
  if (order.length > 0) {
    const indexed = filtered.map((item, index) => ({ item, index }));
    indexed.sort((x, y) => {
      for (const o of order) {
        const c = compareForSort(
          (x.item as Record<string, unknown>)[o.property],
          (y.item as Record<string, unknown>)[o.property]
        );
        if (c !== 0) return o.descending ? -c : c;
      }
      return order[0].descending ? y.index - x.index : x.index - y.index;
    });
    sorted = indexed.map((e) => e.item);
  }
  const end = options.skip + options.top;
  const page = sorted.slice(options.skip, end);
  const total = sorted.length;
  return end < total ? { page, nextSkip: end, total } : { page, total };
}

/**
 * The JSON Graph returns for one entity: extended properties only when expanded (and only those
 * the expand filter matches), only the selected properties (plus id), and an @odata.etag.
 */
export function shapeEntity(
  item: object,
  options: Pick<QueryOptions, "select" | "expand">,
  internal: readonly string[] = []
): Record<string, unknown> {
  const entity = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (typeof entity.changeKey === "string") out["@odata.etag"] = `W/"${entity.changeKey}"`;
  const expanded = new Map(options.expand.map((e) => [e.property, e]));
  for (const [key, value] of Object.entries(entity)) {
    if (internal.includes(key)) continue;
    if (key === "singleValueExtendedProperties" || key === "multiValueExtendedProperties") continue;
    if (options.select && key !== "id" && !options.select.includes(key)) continue;
    out[key] = value;
  }
  for (const [property, expand] of expanded) {
    const all = Array.isArray(entity[property]) ? (entity[property] as object[]) : [];
    const matching = expand.filter
      ? all.filter((p) => evaluateFilter(expand.filter as FilterNode, p))
      : all;
    if (matching.length > 0) out[property] = matching;
  }
  return out;
}
