/** Picks the token provider for the config and host: dev, NAA, or the Office dialog fallback. */
import type { AppConfig } from "../../lib/config";
import { createDevTokenProvider } from "./devTokenProvider";
import { DialogTokenProvider } from "./dialog-fallback/dialogTokenProvider";
import { createNaaApplication, NaaTokenProvider } from "./naaTokenProvider";
import type { OfficeAuthHost } from "./officeAuthHost";
import type { TokenProvider } from "./tokenProvider";

export interface TokenProviderContext {
  host: OfficeAuthHost;
  /** Absolute URL of the auth dialog page (fallback only). */
  dialogPageUrl: string;
}

export function createTokenProvider(
  config: AppConfig,
  context: TokenProviderContext
): TokenProvider {
  if (config.auth.mode === "dev") return createDevTokenProvider(config.graphBaseUrl);
  if (context.host.isNestedAppAuthSupported()) {
    return new NaaTokenProvider(() => createNaaApplication(config), context.host);
  }
  return new DialogTokenProvider(context.host, context.dialogPageUrl);
}
