/**
 * Per-user overrides of config.json, kept in Office roamingSettings (SettingsPort): only the
 * fields an officer may sensibly choose for themselves. Invalid overrides are ignored (and
 * reported), never fatal: the deployed config stays in force.
 */
import { z } from "zod";
import type { SettingsPort } from "../ports";
import { configSchema, languageSchema, type AppConfig } from "./schema";

/** The roamingSettings key holding the overrides object. */
export const CONFIG_OVERRIDES_KEY = "hwc.configOverrides";

export const overridesSchema = z
  .object({
    sendingMailbox: z.string().trim().email().nullable(),
    defaultLanguage: languageSchema,
    receipt: z
      .object({ requestReadReceipt: z.boolean(), requestDeliveryReceipt: z.boolean() })
      .strict(),
  })
  .partial()
  .strict();

export type ConfigOverrides = z.infer<typeof overridesSchema>;

export interface OverrideResult {
  config: AppConfig;
  /** Set when stored overrides were present but invalid (and therefore ignored). */
  ignored?: { field: string; problem: string };
}

export function applyOverrides(config: AppConfig, settings: SettingsPort): OverrideResult {
  const stored = settings.get(CONFIG_OVERRIDES_KEY);
  if (stored === undefined || stored === null) return { config };
  const parsed = overridesSchema.safeParse(stored);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      config,
      ignored: { field: issue.path.join(".") || "(root)", problem: issue.message },
    };
  }
  // Re-validate the merge so an override can never produce an invalid config.
  const merged = configSchema.safeParse({ ...config, ...parsed.data });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    return { config, ignored: { field: issue.path.join("."), problem: issue.message } };
  }
  return { config: merged.data };
}

/** Stores the officer's overrides (validated first). */
export async function saveOverrides(
  settings: SettingsPort,
  overrides: ConfigOverrides
): Promise<void> {
  await settings.set(CONFIG_OVERRIDES_KEY, overridesSchema.parse(overrides));
}

/** The officer's stored overrides, or none when absent or invalid (for the preferences view). */
export function readOverrides(settings: SettingsPort): ConfigOverrides {
  const parsed = overridesSchema.safeParse(settings.get(CONFIG_OVERRIDES_KEY));
  return parsed.success ? parsed.data : {};
}
