/**
 * Loading the runtime config: fetch config.json (the caller supplies the reader, so this stays
 * free of fetch), validate it, apply the officer's overrides.
 */
import type { SettingsPort } from "../ports";
import { applyOverrides } from "./overrides";
import { parseConfigText, type ConfigResult } from "./parse";

export interface LoadedConfig {
  result: ConfigResult;
  /** A stored per-user override that was invalid and ignored, if any. */
  ignoredOverride?: { field: string; problem: string };
}

export async function loadConfig(
  readText: () => Promise<string>,
  settings?: SettingsPort
): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readText();
  } catch {
    return {
      result: {
        ok: false,
        error: { key: "config.unreadable", params: { field: "(root)", problem: "not found" } },
      },
    };
  }
  const result = parseConfigText(text);
  if (!result.ok || !settings) return { result };
  const { config, ignored } = applyOverrides(result.config, settings);
  return { result: { ok: true, config }, ignoredOverride: ignored };
}

/** Reads config.json beside the task pane with the browser's fetch. */
export function fetchConfigText(url = "config.json"): () => Promise<string> {
  return async () => {
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
    return response.text();
  };
}
