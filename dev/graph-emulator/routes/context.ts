/** What every Graph route handler receives and returns. */
import type { EmulatedUser, EmulatorState, Mailbox } from "../state";

export interface GraphRequest {
  method: string;
  /** Decoded path segments after "/v1.0". */
  segments: string[];
  query: URLSearchParams;
  /** Parsed JSON body; undefined when the request had none. */
  body: unknown;
  /** "http://host:port" as the client addressed us, for @odata.context and nextLink. */
  origin: string;
  /** The path and query as received, for building nextLink. */
  rawUrl: string;
}

export interface GraphResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Access to the data, for the handlers. */
export interface EmulatorData {
  state: EmulatorState;
  /** Persists the state after a change. */
  save(): void;
  signedInUser(): EmulatedUser;
}

/** A mailbox addressed by /me or /users/{id}, with who owns it. */
export interface MailboxTarget {
  owner: EmulatedUser;
  mailbox: Mailbox;
  /** The segment prefix for @odata.context, e.g. "users('…')". */
  contextPrefix: string;
}

export const json = (
  status: number,
  body: unknown,
  headers?: Record<string, string>
): GraphResult => ({
  status,
  body,
  headers,
});

export const noContent = (status = 204): GraphResult => ({ status });

export function odataContext(origin: string, fragment: string): string {
  return `${origin}/v1.0/$metadata#${fragment}`;
}

/**
 * The absolute URL of the next page: the same request with $skip moved on. Built on the raw query
 * string (not URLSearchParams) so the other options keep their encoding and "$" stays literal, as
 * in Graph's links.
 */
export function nextLink(request: GraphRequest, nextSkip: number): string {
  const [path, query = ""] = request.rawUrl.split("?", 2);
  const kept = query.split("&").filter((part) => part !== "" && !/^(\$|%24)skip=/i.test(part));
  return `${request.origin}${path}?${[...kept, `$skip=${nextSkip}`].join("&")}`;
}

/** A collection answer with @odata.context, value and (when more follow) @odata.nextLink. */
export function collection(
  request: GraphRequest,
  contextFragment: string,
  value: unknown[],
  nextSkip: number | undefined,
  count?: number
): GraphResult {
  const body: Record<string, unknown> = {
    "@odata.context": odataContext(request.origin, contextFragment),
  };
  if (count !== undefined) body["@odata.count"] = count;
  body.value = value;
  if (nextSkip !== undefined) body["@odata.nextLink"] = nextLink(request, nextSkip);
  return json(200, body);
}
