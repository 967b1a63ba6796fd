/**
 * The Microsoft Graph client with an explicit middleware chain:
 * BearerTokenHandler → RetryHandler (POST retried on 429 only) → HTTPMessageHandler.
 * No default chain: the SDK's default would repeat a POST on 503/504 and could send twice.
 */
import { Client, HTTPMessageHandler } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "./auth/tokenProvider";
import { BearerTokenHandler, ClaimsChallenge } from "./middleware/bearerTokenHandler";
import { createRetryHandler, type RetryPolicyOptions } from "./middleware/retryPolicy";

export interface GraphClientOptions {
  /** Graph root including the version, e.g. "https://graph.microsoft.com/v1.0". */
  graphBaseUrl: string;
  tokens: TokenProvider;
  scopes: string[];
  retry?: RetryPolicyOptions;
}

export interface GraphConnection {
  client: Client;
  /** Passes a 401's claims challenge to the next token request. */
  claims: ClaimsChallenge;
}

/** "https://graph.microsoft.com/v1.0" → host part and version, as the SDK wants them. */
export function splitGraphBaseUrl(graphBaseUrl: string): { baseUrl: string; version: string } {
  const url = new URL(graphBaseUrl);
  const segments = url.pathname.split("/").filter(Boolean);
  const version = segments.pop() ?? "v1.0";
  const prefix = segments.length > 0 ? `/${segments.join("/")}` : "";
  return { baseUrl: `${url.origin}${prefix}`, version };
}

export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const { baseUrl, version } = splitGraphBaseUrl(options.graphBaseUrl);
  const claims = new ClaimsChallenge();
  const auth = new BearerTokenHandler(
    options.tokens,
    options.scopes,
    new URL(options.graphBaseUrl).origin,
    claims
  );
  const client = Client.initWithMiddleware({
    baseUrl,
    defaultVersion: version,
    middleware: [auth, createRetryHandler(options.retry), new HTTPMessageHandler()],
  });
  return { client, claims };
}
