/**
 * What the auth dialog page tells the task pane (Office.context.ui.messageParent): a token, or
 * why there is none. Validated on receipt: the message crosses a window boundary.
 */
import { z } from "zod";

export const dialogMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("hwc-token"),
    accessToken: z.string().min(1),
    /** ISO 8601 expiry. */
    expiresOn: z.string().datetime({ offset: true }),
  }),
  z.object({
    type: z.literal("hwc-token-error"),
    kind: z.enum(["consentRequired", "signInRequired", "offline", "failed"]),
  }),
]);

export type DialogMessage = z.infer<typeof dialogMessageSchema>;

/** Query parameters the pane passes to the dialog page. */
export interface DialogRequest {
  scopes: string[];
  claims?: string;
  loginHint?: string;
}

export function dialogUrl(pageUrl: string, request: DialogRequest): string {
  const url = new URL(pageUrl);
  url.searchParams.set("scopes", request.scopes.join(" "));
  if (request.claims) url.searchParams.set("claims", request.claims);
  if (request.loginHint) url.searchParams.set("loginHint", request.loginHint);
  return url.toString();
}

export function readDialogRequest(search: string): DialogRequest {
  const params = new URLSearchParams(search);
  return {
    scopes: (params.get("scopes") ?? "").split(" ").filter(Boolean),
    claims: params.get("claims") ?? undefined,
    loginHint: params.get("loginHint") ?? undefined,
  };
}
