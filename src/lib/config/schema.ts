/**
 * config.json (deployed beside the task pane): its schema, validated at load with zod. Dev mode
 * (a development token provider against the Graph emulator) is refused unless Graph is local.
 */
import { z } from "zod";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** True when the URL points at this machine (the demo host's Graph emulator). */
export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

const guid = z.string().uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const httpsOrLocal = z
  .string()
  .url()
  .refine((u) => u.startsWith("https://") || isLocalUrl(u), "must use https (or be localhost)");

export const languageSchema = z.enum(["nl", "fr", "en"]);

export const configSchema = z
  .object({
    tenantId: guid,
    clientId: guid,
    /** Graph root including the version, e.g. "https://graph.microsoft.com/v1.0". */
    graphBaseUrl: httpsOrLocal.refine(
      (u) => /\/v1\.0\/?$|\/beta\/?$/.test(u),
      "must end with the Graph version (/v1.0)"
    ),
    auth: z.object({ mode: z.enum(["naa", "dev"]) }).strict(),
    /** null: the officer's own mailbox; else the unit's shared mailbox address. */
    sendingMailbox: z.string().trim().email().nullable(),
    contactFolder: text(255),
    signature: z.object({ unit: text(120), zone: text(120), telephone: text(40) }).strict(),
    defaultLanguage: languageSchema,
    magdaUrl: z.string().url().startsWith("https://"),
    receipt: z
      .object({ requestReadReceipt: z.boolean(), requestDeliveryReceipt: z.boolean() })
      .strict(),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.auth.mode === "dev" && !isLocalUrl(config.graphBaseUrl)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["auth", "mode"],
        message: '"dev" is only allowed when graphBaseUrl is on localhost/127.0.0.1',
      });
    }
    if (config.auth.mode === "naa" && !config.graphBaseUrl.startsWith("https://")) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["graphBaseUrl"],
        message: 'must use https with auth mode "naa"',
      });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;
export type ConfigLanguage = z.infer<typeof languageSchema>;
