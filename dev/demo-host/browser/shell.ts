/**
 * The demo page's behaviour: mail list, reading pane, Sent Items view, and the link to the task pane
 * iframe (selecting a mail tells the stand-in Office, which fires ItemChanged in the pane).
 */
import {
  asDemoMessage,
  type DemoMailItem,
  type DemoMailSummary,
  type DemoMessage,
  type DemoSentItem,
} from "../demo-types";

const mailList = document.querySelector<HTMLUListElement>('[data-testid="mail-list"]')!;
const sentList = document.querySelector<HTMLUListElement>('[data-testid="sent-list"]')!;
const readingPane = document.querySelector<HTMLElement>('[data-testid="reading-pane"]')!;
const listTitle = document.querySelector<HTMLElement>('[data-testid="list-title"]')!;
const taskpane = document.querySelector<HTMLIFrameElement>("#taskpane")!;

let selectedId: string | null = null;
let folder: "inbox" | "sent" = "inbox";

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const locale = () => document.documentElement.lang;
const formatDate = (iso: string) =>
  iso ? new Date(iso).toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" }) : "";

function tellTaskpane(message: DemoMessage) {
  taskpane.contentWindow?.postMessage(message, window.location.origin);
}

function categoryChips(categories: string[]) {
  return element(
    "span",
    { class: "categories", "data-testid": "mail-categories" },
    ...categories.map((c) => element("span", { class: "category" }, c))
  );
}

async function renderMailList() {
  const mails = await getJson<DemoMailSummary[]>("/demo/api/mails");
  mailList.replaceChildren(
    ...mails.map((mail) => {
      const item = element(
        "li",
        {
          role: "option",
          tabindex: "0",
          "data-testid": "mail-list-item",
          "data-mail-id": mail.id,
          "aria-selected": String(mail.id === selectedId),
        },
        element("span", { class: "from" }, mail.from?.name || mail.from?.email || ""),
        element("span", { class: "subject", "data-testid": "mail-list-subject" }, mail.subject),
        element("span", { class: "date" }, formatDate(mail.received)),
        element("span", { class: "preview" }, mail.preview),
        categoryChips(mail.categories)
      );
      item.addEventListener("click", () => void select(mail.id));
      item.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") void select(mail.id);
      });
      return item;
    })
  );
}

function renderReadingPane(mail: DemoMailItem) {
  const addresses = (list: { name: string; email: string }[]) =>
    list.map((a) => `${a.name} <${a.email}>`).join("; ");
  // The mail's HTML is shown in a sandboxed frame without scripts, like Outlook's reading pane.
  const body = element("iframe", {
    class: "body",
    sandbox: "",
    title: mail.subject,
    "data-testid": "reading-body",
  });
  body.srcdoc =
    mail.bodyHtml ||
    `<pre style="white-space:pre-wrap;font:14px sans-serif">${escapeHtml(mail.bodyText)}</pre>`;
  readingPane.replaceChildren(
    element("h1", { "data-testid": "reading-subject" }, mail.subject),
    element("p", { class: "meta" }, mail.from ? `${mail.from.name} <${mail.from.email}>` : ""),
    element("p", { class: "meta" }, `${addresses(mail.to)} · ${formatDate(mail.received)}`),
    element(
      "ul",
      { class: "attachments" },
      ...mail.attachments
        .filter((a) => !a.isInline)
        .map((a) => element("li", {}, `📎 ${a.name} (${Math.ceil(a.size / 1024)} KB)`))
    ),
    body
  );
}

/** For the text fallback only; the DOM escapes for us. */
function escapeHtml(text: string): string {
  const span = document.createElement("span");
  span.textContent = text;
  return span.innerHTML;
}

async function select(mailId: string) {
  selectedId = mailId;
  for (const item of mailList.querySelectorAll<HTMLElement>('[data-testid="mail-list-item"]')) {
    item.setAttribute("aria-selected", String(item.dataset.mailId === mailId));
  }
  tellTaskpane({ type: "hwc-demo:select", mailId });
  renderReadingPane(await getJson<DemoMailItem>(`/demo/api/mails/${encodeURIComponent(mailId)}`));
}

async function renderSentItems() {
  const { items, unavailable } = await getJson<{ items: DemoSentItem[]; unavailable: string[] }>(
    "/demo/api/sent-items"
  );
  const rows = items.map((m) =>
    element(
      "li",
      { "data-testid": "sent-item" },
      element(
        "span",
        { class: "from" },
        `${m.mailbox === "me" ? "" : `[${m.mailbox}] `}→ ${m.to.join("; ")}`
      ),
      element("span", { class: "subject" }, m.subject),
      element("span", { class: "date" }, formatDate(m.sentDateTime)),
      element(
        "pre",
        { class: "sent-body" },
        m.bodyContentType === "html" ? htmlText(m.body) : m.body
      ),
      categoryChips(m.categories)
    )
  );
  const warnings = unavailable.map((m) =>
    element("li", { class: "warning", "data-testid": "sent-unavailable" }, `⚠ ${m}`)
  );
  sentList.replaceChildren(...warnings, ...rows);
}

/** The text a sent HTML body shows, parsed inertly (DOMParser never runs scripts). */
function htmlText(html: string): string {
  return new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
}

function showFolder(next: "inbox" | "sent") {
  folder = next;
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-folder]")) {
    button.setAttribute("aria-pressed", String(button.dataset.folder === next));
    if (button.dataset.folder === next) listTitle.textContent = button.textContent;
  }
  mailList.hidden = next !== "inbox";
  sentList.hidden = next !== "sent";
  void refresh();
}

async function refresh() {
  try {
    await (folder === "inbox" ? renderMailList() : renderSentItems());
    document.body.dataset.listState = "ready";
  } catch (error) {
    document.body.dataset.listState = "error";
    readingPane.replaceChildren(element("p", { class: "warning" }, String(error)));
  }
}

window.addEventListener("message", (event) => {
  if (event.origin !== window.location.origin || event.source !== taskpane.contentWindow) return;
  const message = asDemoMessage(event.data);
  if (message?.type === "hwc-demo:hello")
    tellTaskpane({ type: "hwc-demo:select", mailId: selectedId });
  if (message?.type === "hwc-demo:categories-changed" && folder === "inbox") void refresh();
});

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-folder]")) {
  button.addEventListener("click", () =>
    showFolder(button.dataset.folder === "sent" ? "sent" : "inbox")
  );
}
document.querySelector('[data-testid="refresh"]')?.addEventListener("click", () => void refresh());

void getJson<{ userProfile: { displayName: string; emailAddress: string } }>("/demo/api/host-info")
  .then(({ userProfile }) => {
    document.querySelector('[data-testid="demo-user"]')!.textContent =
      `${userProfile.displayName} <${userProfile.emailAddress}>`;
  })
  .catch(() => undefined);
void refresh();
