import deployed from "../../../src/config.json";
import {
  applyOverrides,
  CONFIG_OVERRIDES_KEY,
  isLocalUrl,
  loadConfig,
  parseConfig,
  parseConfigText,
  readOverrides,
  saveOverrides,
  type AppConfig,
} from "../../../src/lib/config";
import type { SettingsPort } from "../../../src/lib/ports";

/** roamingSettings in memory. */
function memorySettings(initial: Record<string, unknown> = {}): SettingsPort {
  const values = new Map(Object.entries(initial));
  return {
    get: <T>(key: string) => values.get(key) as T | undefined,
    set: async (key, value) => void values.set(key, value),
    remove: async (key) => void values.delete(key),
  };
}

function valid(): AppConfig {
  const result = parseConfig(structuredClone(deployed));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.config;
}

function fieldOf(raw: unknown): string | undefined {
  const result = parseConfig(raw);
  return result.ok ? undefined : result.error.params.field;
}

describe("config schema", () => {
  it("accepts the deployed config.json", () => {
    const config = valid();
    expect(config.auth.mode).toBe("naa");
    expect(config.sendingMailbox).toBeNull();
    expect(config.signature.zone).toBe("PZ Voorbeeld (5999)");
  });

  it("names the bad field", () => {
    const base = structuredClone(deployed) as Record<string, unknown>;
    expect(fieldOf({ ...base, tenantId: "not-a-guid" })).toBe("tenantId");
    expect(fieldOf({ ...base, signature: { ...deployed.signature, telephone: "" } })).toBe(
      "signature.telephone"
    );
    expect(fieldOf({ ...base, sendingMailbox: "jgp at zone" })).toBe("sendingMailbox");
    expect(fieldOf({ ...base, defaultLanguage: "de" })).toBe("defaultLanguage");
    expect(fieldOf({ ...base, graphBaseUrl: "http://graph.microsoft.com/v1.0" })).toBe(
      "graphBaseUrl"
    );
    expect(fieldOf({ ...base, extra: 1 })).toBe("(root)");
    const { receipt: _omit, ...missing } = base;
    void _omit;
    expect(fieldOf(missing)).toBe("receipt");
    const result = parseConfig({ ...base, clientId: 5 });
    expect(result).toMatchObject({ ok: false, error: { key: "config.invalid" } });
  });

  it('refuses auth mode "dev" unless Graph is on localhost', () => {
    const base = structuredClone(deployed);
    expect(fieldOf({ ...base, auth: { mode: "dev" } })).toBe("auth.mode");
    expect(
      fieldOf({ ...base, auth: { mode: "dev" }, graphBaseUrl: "http://127.0.0.1:4100/v1.0" })
    ).toBeUndefined();
    expect(
      fieldOf({ ...base, auth: { mode: "dev" }, graphBaseUrl: "http://localhost.evil.be/v1.0" })
    ).toBe("graphBaseUrl");
    expect(isLocalUrl("http://localhost:3000/v1.0")).toBe(true);
    expect(isLocalUrl("not a url")).toBe(false);
  });

  it("accepts a shared mailbox", () => {
    const result = parseConfig({
      ...structuredClone(deployed),
      sendingMailbox: "jgp@zone.example.be",
    });
    expect(result.ok && result.config.sendingMailbox).toBe("jgp@zone.example.be");
  });

  it("reports unreadable text", () => {
    expect(parseConfigText("{oops")).toMatchObject({
      ok: false,
      error: { key: "config.unreadable" },
    });
  });
});

describe("per-user overrides", () => {
  it("applies valid overrides from roamingSettings", async () => {
    const settings = memorySettings();
    await saveOverrides(settings, { defaultLanguage: "fr", sendingMailbox: "jgp@zone.example.be" });
    const { config, ignored } = applyOverrides(valid(), settings);
    expect(ignored).toBeUndefined();
    expect(config.defaultLanguage).toBe("fr");
    expect(config.sendingMailbox).toBe("jgp@zone.example.be");
    expect(config.tenantId).toBe(deployed.tenantId);
  });

  it("ignores invalid or forbidden overrides and says which field", () => {
    const bad = memorySettings({
      [CONFIG_OVERRIDES_KEY]: { graphBaseUrl: "https://evil.example" },
    });
    const result = applyOverrides(valid(), bad);
    expect(result.config.graphBaseUrl).toBe(deployed.graphBaseUrl);
    expect(result.ignored?.field).toBe("(root)");
    const lang = memorySettings({ [CONFIG_OVERRIDES_KEY]: { defaultLanguage: "xx" } });
    expect(applyOverrides(valid(), lang).ignored?.field).toBe("defaultLanguage");
  });

  it("refuses to save an invalid override", async () => {
    await expect(
      saveOverrides(memorySettings(), { defaultLanguage: "xx" as never })
    ).rejects.toThrow();
  });
});

describe("readOverrides", () => {
  it("returns the stored overrides, or none when they are absent or invalid", () => {
    expect(readOverrides(memorySettings())).toEqual({});
    expect(
      readOverrides(memorySettings({ [CONFIG_OVERRIDES_KEY]: { defaultLanguage: "fr" } }))
    ).toEqual({ defaultLanguage: "fr" });
    expect(
      readOverrides(memorySettings({ [CONFIG_OVERRIDES_KEY]: { defaultLanguage: "xx" } }))
    ).toEqual({});
  });
});

describe("loadConfig", () => {
  it("loads and validates config.json", async () => {
    const loaded = await loadConfig(async () => JSON.stringify(deployed));
    expect(loaded.result.ok && loaded.result.config.tenantId).toBe(deployed.tenantId);
    const broken = await loadConfig(async () => JSON.stringify({ ...deployed, clientId: "x" }));
    expect(broken.result).toMatchObject({ ok: false, error: { params: { field: "clientId" } } });
  });

  it("turns a failed read into a clear error, not a throw", async () => {
    const loaded = await loadConfig(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(loaded.result).toMatchObject({ ok: false, error: { key: "config.unreadable" } });
  });
});
