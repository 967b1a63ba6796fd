/** Small HTTP helpers: Graph-like response headers, CORS for local origins, bounded body reading. */
import type { IncomingMessage, ServerResponse } from "node:http";

export const GRAPH_JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
const CONTROL_JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** Graph accepts JSON request bodies up to 4 MB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** True for http(s)://localhost|127.0.0.1|[::1] on any port: the task pane in a dev browser. */
export function isLocalOrigin(origin: string | undefined): origin is string {
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && LOCAL_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!isLocalOrigin(origin)) return;
  res.setHeader("Access-Control-Allow-Origin", origin);
  res.setHeader("Vary", "Origin");
  res.setHeader(
    "Access-Control-Expose-Headers",
    "Retry-After, request-id, client-request-id, Location, WWW-Authenticate, x-ms-ags-diagnostic"
  );
}

/** Answers a CORS preflight. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  if (isLocalOrigin(req.headers.origin)) {
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, PATCH, PUT, DELETE, OPTIONS");
    res.setHeader(
      "Access-Control-Allow-Headers",
      req.headers["access-control-request-headers"] ??
        "Authorization, Content-Type, client-request-id, return-client-request-id, SdkVersion, Prefer, ConsistencyLevel"
    );
    res.setHeader("Access-Control-Max-Age", "600");
    if (req.headers["access-control-request-private-network"] === "true") {
      res.setHeader("Access-Control-Allow-Private-Network", "true");
    }
  }
  res.writeHead(204, { "Content-Length": "0" });
  res.end();
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = GRAPH_JSON_CONTENT_TYPE
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "Content-Type": contentType,
    "Content-Length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export function sendControlJson(res: ServerResponse, status: number, body: unknown): void {
  sendJson(res, status, body, {}, CONTROL_JSON_CONTENT_TYPE);
}

export function sendEmpty(
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { ...headers, "Content-Length": "0" });
  res.end();
}

export type BodyResult = { kind: "ok"; text: string } | { kind: "too-large" };

/** Reads the request body as UTF-8, giving up (but draining) past `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(
        tooLarge
          ? { kind: "too-large" }
          : { kind: "ok", text: Buffer.concat(chunks).toString("utf8") }
      )
    );
    req.on("error", reject);
  });
}

export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const type = value.split(";")[0].trim().toLowerCase();
  return type === "application/json" || type.endsWith("+json");
}
