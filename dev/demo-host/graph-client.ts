/**
 * The demo server's own calls to the Graph emulator: the signed-in user (for Office's userProfile)
 * and the Sent Items folders (for the demo's "Verzonden items" view). Node only.
 */
import type { DemoHostInfo, DemoSentItem } from "./demo-types";

/** The emulator accepts any non-empty bearer token. */
const headers = { Authorization: "Bearer demo-host", Accept: "application/json" };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`Graph emulator answered ${response.status}`);
  return (await response.json()) as T;
}

interface GraphRecipient {
  emailAddress?: { name?: string; address?: string };
}

interface GraphMessage {
  subject?: string;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  from?: GraphRecipient;
  sentDateTime?: string;
  createdDateTime?: string;
  body?: { contentType?: string; content?: string };
  categories?: string[];
}

const recipientText = (r: GraphRecipient | undefined) =>
  r?.emailAddress ? `${r.emailAddress.name ?? ""} <${r.emailAddress.address ?? ""}>`.trim() : "";

export function toSentItem(mailbox: string, m: GraphMessage): DemoSentItem {
  return {
    mailbox,
    subject: m.subject ?? "",
    to: (m.toRecipients ?? []).map(recipientText),
    cc: (m.ccRecipients ?? []).map(recipientText),
    from: recipientText(m.from),
    sentDateTime: m.sentDateTime ?? m.createdDateTime ?? "",
    body: m.body?.content ?? "",
    bodyContentType: m.body?.contentType ?? "text",
    categories: m.categories ?? [],
  };
}

export async function fetchUserProfile(graphBaseUrl: string): Promise<DemoHostInfo["userProfile"]> {
  const me = await getJson<{ displayName?: string; mail?: string; userPrincipalName?: string }>(
    `${graphBaseUrl}/me`
  );
  return { displayName: me.displayName ?? "", emailAddress: me.mail ?? me.userPrincipalName ?? "" };
}

/**
 * Sent Items of the user and of the shared mailboxes they may read, newest first.
 * A mailbox whose folder cannot be read is named in `unavailable` instead of failing the view.
 */
export async function fetchSentItems(
  graphBaseUrl: string,
  mailboxes: { label: string; path: string }[]
): Promise<{ items: DemoSentItem[]; unavailable: string[] }> {
  const query =
    "$top=100&$select=subject,toRecipients,ccRecipients,from,sentDateTime,createdDateTime,body,categories";
  const perMailbox = await Promise.all(
    mailboxes.map(async ({ label, path }) => {
      try {
        const page = await getJson<{ value?: GraphMessage[] }>(
          `${graphBaseUrl}${path}/mailFolders/sentitems/messages?${query}`
        );
        return { label, items: (page.value ?? []).map((m) => toSentItem(label, m)) };
      } catch {
        return { label, items: null };
      }
    })
  );
  return {
    items: perMailbox
      .flatMap((m) => m.items ?? [])
      .sort((a, b) => b.sentDateTime.localeCompare(a.sentDateTime)),
    unavailable: perMailbox.filter((m) => m.items === null).map((m) => m.label),
  };
}
