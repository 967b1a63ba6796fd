/** Validating config.json: a typed config, or a message key naming the first bad field. */
import type { ZodError } from "zod";
import { configSchema, type AppConfig } from "./schema";

export interface ConfigError {
  /** Key in the `signal` namespace. */
  key: "config.invalid" | "config.unreadable";
  params: { field: string; problem: string };
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; error: ConfigError };

/** "signature.telephone", or "(root)" when the document itself is wrong. */
function fieldOf(error: ZodError): { field: string; problem: string } {
  const issue = error.issues[0];
  const field = issue.path.length > 0 ? issue.path.join(".") : "(root)";
  return { field, problem: issue.message };
}

/** Validates an already-parsed JSON value. */
export function parseConfig(raw: unknown): ConfigResult {
  const parsed = configSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, error: { key: "config.invalid", params: fieldOf(parsed.error) } };
}

/** Validates config.json's text. */
export function parseConfigText(text: string): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: { key: "config.unreadable", params: { field: "(root)", problem: "not JSON" } },
    };
  }
  return parseConfig(raw);
}
