/**
 * The SDK's RetryHandler, restricted: a POST (sendMail) is retried only on 429 — the request was
 * refused, nothing stored. A 503/504 on a POST may come after the mail went out, so it is left to
 * the send machine (check Sent Items first). Reads (GET) keep 429/503/504 retries: they are safe.
 * Retry-After is honoured by the SDK handler itself.
 */
import {
  RetryHandler,
  RetryHandlerOptions,
  type ShouldRetry,
} from "@microsoft/microsoft-graph-client";

function methodOf(request: RequestInfo, options: { method?: string } | undefined): string {
  const method = typeof request === "string" ? options?.method : request.method;
  return (method ?? "GET").toUpperCase();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const shouldRetry: ShouldRetry = (_delay, _attempt, request, options, response) => {
  if (response.status === 429) return true;
  return SAFE_METHODS.has(methodOf(request, options)) && [503, 504].includes(response.status);
};

export interface RetryPolicyOptions {
  /** Seconds between attempts when no Retry-After is given. */
  delaySeconds?: number;
  maxRetries?: number;
}

export function createRetryHandler(options: RetryPolicyOptions = {}): RetryHandler {
  return new RetryHandler(
    new RetryHandlerOptions(options.delaySeconds ?? 3, options.maxRetries ?? 3, shouldRetry)
  );
}
