/**
 * A real @microsoft/microsoft-graph-client Client pointed at the emulator.
 * The SDK's AuthenticationHandler only attaches tokens to https Graph hosts (it strips the header
 * for http://127.0.0.1), so tests chain a tiny bearer middleware before the SDK's own retry and
 * HTTP handlers.
 */
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from "@microsoft/microsoft-graph-client";

class BearerTokenMiddleware implements Middleware {
  private nextMiddleware?: Middleware;
  constructor(private readonly token: string) {}

  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    const headers = new Headers(options.headers as HeadersInit | undefined);
    headers.set("Authorization", `Bearer ${this.token}`);
    options.headers = Object.fromEntries(headers.entries());
    if (!this.nextMiddleware) throw new Error("BearerTokenMiddleware must not be last");
    await this.nextMiddleware.execute(context);
  }

  setNext(next: Middleware): void {
    this.nextMiddleware = next;
  }
}

export function graphClient(baseUrl: string, token = "test-token"): Client {
  return Client.initWithMiddleware({
    baseUrl,
    defaultVersion: "v1.0",
    middleware: [
      new BearerTokenMiddleware(token),
      new RetryHandler(new RetryHandlerOptions(1, 3)),
      new HTTPMessageHandler(),
    ],
  });
}

/** Calls an /_emulator control route and returns its JSON (or undefined for 204). */
export async function control(
  baseUrl: string,
  method: "GET" | "POST" | "DELETE",
  path: string,
  body?: unknown
): Promise<unknown> {
  const response = await fetch(`${baseUrl}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`control ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}
