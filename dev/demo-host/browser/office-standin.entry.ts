/**
 * Browser entry of the stand-in Office: loaded by the task pane page instead of Office.js (the demo
 * server rewrites the CDN script tag), so the pane code does not know it runs in the demo.
 * Talks to the demo server over fetch and to the demo page (its parent window) over postMessage.
 */
import { asDemoMessage, type DemoMessage } from "../demo-types";
import { createOfficeStandin, type StandinBridge } from "./office-standin";

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  // Status only: response bodies may hold mail content.
  if (!response.ok)
    throw new Error(`Demo host answered ${response.status} for ${init?.method ?? "GET"}`);
  return (await response.json()) as T;
}

const mailPath = (mailId: string) => `/demo/api/mails/${encodeURIComponent(mailId)}`;
const postJson = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

/** The browser's own text rendering of HTML (innerText follows layout: br, blocks, cells). */
function htmlToText(html: string): Promise<string> {
  return new Promise((resolve) => {
    const frame = document.createElement("iframe");
    // No allow-scripts: the mail's markup can never run code; allow-same-origin lets us read it.
    frame.setAttribute("sandbox", "allow-same-origin");
    frame.style.cssText = "position:absolute;left:-10000px;top:0;width:800px;height:600px;";
    frame.addEventListener("load", () => {
      const text = frame.contentDocument?.body?.innerText ?? "";
      frame.remove();
      resolve(text);
    });
    // Like Outlook's own text conversion, nothing in the mail is fetched (no tracking pixels, no
    // remote CSS): a CSP placed before the mail's markup blocks every load.
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">${html}`;
    document.body.appendChild(frame);
  });
}

/** Outlook passes the UI language in the _host_Info query parameter ("Outlook$Web$16.01$nl-BE$…"). */
function displayLanguageFromUrl(search: string): string {
  const hostInfo = new URLSearchParams(search).get("_host_Info") ?? "";
  return hostInfo.split("$")[3] || "nl-BE";
}

function notifyParent(message: DemoMessage) {
  if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
}

const bridge: StandinBridge = {
  hostInfo: () => request("/demo/api/host-info"),
  loadMail: (mailId) => request(mailPath(mailId)),
  loadAttachment: (mailId, attachmentId) =>
    request(`${mailPath(mailId)}/attachments/${encodeURIComponent(attachmentId)}`),
  getCategories: (mailId) => request(`${mailPath(mailId)}/categories`),
  async addCategories(mailId, names) {
    const result = await request<string[]>(
      `${mailPath(mailId)}/categories`,
      postJson({ add: names })
    );
    notifyParent({ type: "hwc-demo:categories-changed", mailId });
    return result;
  },
  async removeCategories(mailId, names) {
    const result = await request<string[]>(
      `${mailPath(mailId)}/categories`,
      postJson({ remove: names })
    );
    notifyParent({ type: "hwc-demo:categories-changed", mailId });
    return result;
  },
  saveRoamingSettings: (values) =>
    request<unknown>("/demo/api/roaming-settings", { ...postJson(values), method: "PUT" }).then(
      () => undefined
    ),
  htmlToText,
};

let resolveInitial: (mailId: string | null) => void = () => undefined;
const initialSelection = new Promise<string | null>((resolve) => (resolveInitial = resolve));
let initialised = false;

const standin = createOfficeStandin(bridge, {
  displayLanguage: displayLanguageFromUrl(window.location.search),
  initialSelection,
});

window.addEventListener("message", (event) => {
  if (event.origin !== window.location.origin) return;
  const message = asDemoMessage(event.data);
  if (message?.type !== "hwc-demo:select") return;
  if (!initialised) {
    initialised = true;
    resolveInitial(message.mailId);
  } else {
    void standin.select(message.mailId);
  }
});

// Opened on its own (no demo page around it) the pane starts with no item.
if (window.parent === window) {
  initialised = true;
  resolveInitial(null);
} else {
  notifyParent({ type: "hwc-demo:hello" });
}

(window as unknown as { Office: unknown }).Office = standin.office;
