/**
 * The HTTP server: request ids, CORS, authentication, fault injection, the /v1.0 Graph routes and
 * the /_emulator control routes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { GraphError, graphErrorBody, wwwAuthenticate } from "./graph-error";
import { FaultQueue, faultListSchema, faultSpecSchema, type FaultSpec } from "./faults";
import {
  answerPreflight,
  applyCors,
  isJsonContentType,
  readBody,
  sendControlJson,
  sendEmpty,
  sendJson,
} from "./http-util";
import { newRequestId } from "./ids";
import { routeGraphRequest } from "./routes/graph-router";
import type { EmulatorData, GraphRequest, GraphResult } from "./routes/context";
import type { EmulatedUser, EmulatorState, StateStore } from "./state";

/** One received Graph request, for test assertions (no bodies, no query strings: discretion). */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** HTTP status answered; null when the connection was dropped. */
  status: number | null;
  /** The fault that shaped the answer, if any. */
  fault?: FaultSpec["kind"];
  at: string;
}

export interface ServerOptions {
  store: StateStore;
  initialState: EmulatorState;
  /** Builds a fresh state for POST /_emulator/reset. */
  freshState: () => EmulatorState;
  log: boolean;
}

/** The request log is for tests and short demos; a long-running demo must not grow without bound. */
const MAX_LOGGED_REQUESTS = 5000;

const DIAGNOSTIC = JSON.stringify({
  ServerInfo: {
    DataCenter: "Local",
    Slice: "E",
    Ring: "5",
    ScaleUnit: "000",
    RoleInstance: "graph-emulator",
  },
});

const DEFAULT_STATUS_ERRORS: Record<number, { code: string; message: string }> = {
  400: { code: "BadRequest", message: "Bad request." },
  401: { code: "InvalidAuthenticationToken", message: "Access token validation failure." },
  403: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
  404: { code: "ErrorItemNotFound", message: "The specified object was not found in the store." },
  409: {
    code: "ErrorIrresolvableConflict",
    message:
      "The change key passed in the request does not match the current change key for the item.",
  },
  500: { code: "InternalServerError", message: "An internal server error occurred." },
  502: { code: "BadGateway", message: "Bad gateway." },
  503: { code: "ServiceUnavailable", message: "Service Unavailable" },
  504: { code: "GatewayTimeout", message: "The operation timed out." },
};

/** Builds the error answer a fault asks for. */
function faultResult(fault: FaultSpec): GraphResult & { code: string; message: string } {
  if (fault.kind === "throttle") {
    return {
      status: 429,
      code: fault.code ?? "ApplicationThrottled",
      message: fault.message ?? "Application is over its MailboxConcurrency limit.",
      headers: { "Retry-After": String(fault.retryAfterSeconds) },
    };
  }
  if (fault.kind !== "status") throw new Error(`fault ${fault.kind} has no answer`);
  const defaults = DEFAULT_STATUS_ERRORS[fault.status];
  const headers: Record<string, string> = {};
  if (fault.retryAfterSeconds !== undefined)
    headers["Retry-After"] = String(fault.retryAfterSeconds);
  let message = fault.message ?? defaults.message;
  if (fault.status === 401) {
    const claims =
      fault.claims === undefined
        ? undefined
        : fault.claims.trimStart().startsWith("{")
          ? Buffer.from(fault.claims, "utf8").toString("base64")
          : fault.claims;
    headers["WWW-Authenticate"] = wwwAuthenticate(claims);
    if (claims !== undefined && fault.message === undefined) {
      message =
        "Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code: LocationConditionEvaluationSatisfied";
    }
  }
  return { status: fault.status, code: fault.code ?? defaults.code, message, headers };
}

/** Checks the bearer token: any non-empty token is the demo user, "expired…" is expired. */
function authenticate(req: IncomingMessage): GraphError | undefined {
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(\S.*)$/i.exec(header.trim());
  const token = match?.[1].trim() ?? "";
  if (token === "") {
    return new GraphError(401, "InvalidAuthenticationToken", "Access token is empty.", {
      "WWW-Authenticate": wwwAuthenticate(),
    });
  }
  if (token.startsWith("expired")) {
    return new GraphError(
      401,
      "InvalidAuthenticationToken",
      "Lifetime validation failed, the token is expired.",
      {
        "WWW-Authenticate": wwwAuthenticate(),
      }
    );
  }
  return undefined;
}

export class EmulatorServer {
  readonly server: Server;
  private readonly faults = new FaultQueue();
  private requests: RequestLogEntry[] = [];
  private readonly data: EmulatorData;

  constructor(private readonly options: ServerOptions) {
    const store = options.store;
    const data: EmulatorData = {
      state: options.initialState,
      save: () => store.save(data.state),
      signedInUser: (): EmulatedUser => {
        const user = data.state.users.find((u) => u.id === data.state.signedInUserId);
        if (!user) throw new Error("The emulator state has no signed-in user");
        return user;
      },
    };
    this.data = data;
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.internalError(res, error));
    });
  }

  private internalError(res: ServerResponse, error: unknown): void {
    console.error("[graph-emulator] internal error:", error instanceof Error ? error.stack : error);
    if (!res.headersSent) {
      const requestId = String(res.getHeader("request-id") ?? newRequestId());
      sendJson(
        res,
        500,
        graphErrorBody(
          "generalException",
          "An internal server error occurred.",
          requestId,
          requestId
        )
      );
    } else {
      res.destroy();
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const requestId = newRequestId();
    const clientRequestIdHeader = req.headers["client-request-id"];
    const clientRequestId =
      typeof clientRequestIdHeader === "string" && clientRequestIdHeader !== ""
        ? clientRequestIdHeader
        : requestId;
    res.setHeader("request-id", requestId);
    res.setHeader("client-request-id", clientRequestId);
    applyCors(req, res);
    if (this.options.log) {
      res.on("finish", () => {
        const path = (req.url ?? "").split("?")[0];
        console.log(
          `[graph-emulator] ${req.method} ${path} -> ${res.statusCode} (${Date.now() - started} ms)`
        );
      });
    }
    if (req.method === "OPTIONS") return answerPreflight(req, res);

    const origin = `http://${req.headers.host ?? "127.0.0.1"}`;
    const url = new URL(req.url ?? "/", origin);
    const path = url.pathname;
    if (path === "/_emulator" || path.startsWith("/_emulator/"))
      return this.handleControl(req, res, path);

    const sendError = (error: GraphError): void =>
      sendJson(
        res,
        error.status,
        graphErrorBody(error.code, error.message, requestId, clientRequestId),
        {
          ...error.headers,
          "Cache-Control": "no-cache",
          "x-ms-ags-diagnostic": DIAGNOSTIC,
        }
      );

    if (path !== "/v1.0" && !path.startsWith("/v1.0/")) {
      return sendError(new GraphError(400, "BadRequest", "Invalid version."));
    }

    const method = (req.method ?? "GET").toUpperCase();
    const entry: RequestLogEntry = { method, path, status: null, at: new Date().toISOString() };
    this.requests.push(entry);
    if (this.requests.length > MAX_LOGGED_REQUESTS) this.requests.shift();
    res.on("finish", () => {
      entry.status = res.statusCode;
    });

    // One delay per request: a delay fault with count N slows down N requests.
    const delay = this.faults.take("before", method, path, ["delay"]);
    if (delay?.kind === "delay") {
      entry.fault = "delay";
      await sleep(delay.ms);
    }
    const body = await readBody(req);

    const before = this.faults.take("before", method, path, ["throttle", "status", "drop"]);
    if (before) {
      entry.fault = before.kind;
      if (before.kind === "drop") return void req.socket.destroy();
      const answer = faultResult(before);
      return sendError(new GraphError(answer.status, answer.code, answer.message, answer.headers));
    }

    const authError = authenticate(req);
    if (authError) return sendError(authError);

    if (body.kind === "too-large") {
      return sendError(
        new GraphError(413, "RequestEntityTooLarge", "The request body is larger than 4 MB.")
      );
    }
    let parsed: unknown;
    if (body.text.trim() !== "") {
      const contentType = req.headers["content-type"];
      if (!isJsonContentType(contentType)) {
        return sendError(
          new GraphError(
            415,
            "UnsupportedMediaType",
            `The content type '${(contentType ?? "").slice(0, 80)}' is not supported; send application/json.`
          )
        );
      }
      try {
        parsed = JSON.parse(body.text);
      } catch {
        return sendError(
          new GraphError(
            400,
            "BadRequest",
            "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."
          )
        );
      }
    }

    let segments: string[];
    try {
      segments = path.split("/").slice(2).map(decodeURIComponent);
    } catch {
      return sendError(new GraphError(400, "BadRequest", "The request URL is not valid."));
    }
    if (segments[segments.length - 1] === "") segments.pop();
    const request: GraphRequest = {
      method,
      segments,
      query: url.searchParams,
      body: parsed,
      origin,
      rawUrl: req.url ?? "/",
    };

    let result: GraphResult;
    try {
      result = routeGraphRequest(this.data, request);
    } catch (error) {
      if (error instanceof GraphError) return sendError(error);
      throw error;
    }

    if (result.status >= 200 && result.status < 300) {
      const after = this.faults.take("after", method, path, ["status", "drop"]);
      if (after) {
        entry.fault = after.kind;
        if (after.kind === "drop") return void req.socket.destroy();
        const answer = faultResult(after);
        return sendError(
          new GraphError(answer.status, answer.code, answer.message, answer.headers)
        );
      }
    }
    const headers = {
      ...result.headers,
      "Cache-Control": "no-cache",
      "x-ms-ags-diagnostic": DIAGNOSTIC,
    };
    if (result.body === undefined) sendEmpty(res, result.status, headers);
    else sendJson(res, result.status, result.body, headers);
  }

  /** /_emulator/…: test controls, no authentication (local development only). */
  private async handleControl(
    req: IncomingMessage,
    res: ServerResponse,
    path: string
  ): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const route = `${method} ${path.replace(/\/+$/, "")}`;
    switch (route) {
      case "GET /_emulator/health":
        return sendControlJson(res, 200, { ok: true });
      case "GET /_emulator/faults":
        return sendControlJson(res, 200, { faults: this.faults.list() });
      case "POST /_emulator/faults": {
        const body = await readBody(req, 64 * 1024);
        let json: unknown;
        try {
          json = body.kind === "ok" ? JSON.parse(body.text) : undefined;
        } catch {
          json = undefined;
        }
        // A list is checked as a list, a single fault as a fault, so issues point at the bad field.
        const parsed = Array.isArray(json)
          ? faultListSchema.safeParse(json)
          : faultSpecSchema.safeParse(json);
        if (!parsed.success) {
          return sendControlJson(res, 400, {
            error: {
              code: "InvalidFault",
              message: "The fault description is not valid.",
              issues: parsed.error.issues.map((i) => ({
                path: i.path.join("."),
                message: i.message,
              })),
            },
          });
        }
        const specs = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
        this.faults.add(specs);
        return sendControlJson(res, 201, { faults: this.faults.list() });
      }
      case "DELETE /_emulator/faults":
        this.faults.clear();
        return sendEmpty(res, 204);
      case "GET /_emulator/requests":
        return sendControlJson(res, 200, { requests: this.requests });
      case "DELETE /_emulator/requests":
        this.requests = [];
        return sendEmpty(res, 204);
      case "GET /_emulator/state":
        return sendControlJson(res, 200, this.data.state);
      case "POST /_emulator/reset":
        this.data.state = this.options.freshState();
        this.data.save();
        this.faults.clear();
        this.requests = [];
        return sendEmpty(res, 204);
      default:
        return sendControlJson(res, 404, {
          error: { code: "NotFound", message: `No emulator control route ${route}.` },
        });
    }
  }
}
