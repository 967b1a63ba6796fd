/**
 * Loading the runtime config: fetch config.json (the caller supplies the reader, so this stays
 * free of fetch) and validate it. The officer's overrides are applied by the caller
 * (applyOverrides), which also keeps the deployed config for the preferences view.
 */
import { parseConfigText, type ConfigResult } from "./parse";

export interface LoadedConfig {
  result: ConfigResult;
}

export async function loadConfig(readText: () => Promise<string>): Promise<LoadedConfig> {
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
  return { result: parseConfigText(text) };
}

/** Reads config.json beside the task pane with the browser's fetch. */
export function fetchConfigText(url = "config.json"): () => Promise<string> {
  return async () => {
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
    return response.text();
  };
}
