/**
 * Development token provider for the demo host and the Graph emulator (which accepts any
 * non-empty bearer token). Refused unless Graph is on this machine: it must never reach Microsoft.
 */
import { isLocalUrl } from "../../lib/config";
import type { TokenProvider } from "./tokenProvider";

export const DEV_TOKEN = "dev-token-for-local-graph-emulator";

export function createDevTokenProvider(graphBaseUrl: string): TokenProvider {
  if (!isLocalUrl(graphBaseUrl)) {
    throw new Error('auth mode "dev" refused: graphBaseUrl is not on localhost/127.0.0.1');
  }
  return { getAccessToken: async () => DEV_TOKEN };
}
