import deployed from "../../../src/config.json";
import { parseConfig, type AppConfig } from "../../../src/lib/config";
import { createTokenProvider } from "../../../src/graph/auth/createTokenProvider";
import { createDevTokenProvider, DEV_TOKEN } from "../../../src/graph/auth/devTokenProvider";
import { DialogTokenProvider } from "../../../src/graph/auth/dialog-fallback/dialogTokenProvider";
import { NaaTokenProvider } from "../../../src/graph/auth/naaTokenProvider";

function config(patch: Partial<AppConfig>): AppConfig {
  const result = parseConfig({ ...structuredClone(deployed), ...patch });
  if (!result.ok) throw new Error(result.error.params.field);
  return result.config;
}

const host = (naa: boolean) => ({
  isNestedAppAuthSupported: () => naa,
  userEmail: () => undefined,
  openDialog: async () => "",
});

describe("createTokenProvider", () => {
  it("uses NAA where supported, else the Office dialog", () => {
    const c = config({});
    expect(
      createTokenProvider(c, { host: host(true), dialogPageUrl: "https://a/x" })
    ).toBeInstanceOf(NaaTokenProvider);
    expect(
      createTokenProvider(c, { host: host(false), dialogPageUrl: "https://a/x" })
    ).toBeInstanceOf(DialogTokenProvider);
  });

  it("uses the development provider only against a local Graph", async () => {
    const c = config({ auth: { mode: "dev" }, graphBaseUrl: "http://127.0.0.1:4100/v1.0" });
    const provider = createTokenProvider(c, { host: host(true), dialogPageUrl: "https://a/x" });
    expect(await provider.getAccessToken({ scopes: [] })).toBe(DEV_TOKEN);
    expect(() => createDevTokenProvider("https://graph.microsoft.com/v1.0")).toThrow(/refused/);
    // Even a config that slipped past validation is refused at the provider.
    expect(() =>
      createTokenProvider(
        { ...c, graphBaseUrl: "https://graph.microsoft.com/v1.0" },
        { host: host(true), dialogPageUrl: "https://a/x" }
      )
    ).toThrow(/refused/);
  });
});
