/**
 * The demo host's HTTP server: the Outlook-like page, the built task pane (with the stand-in Office
 * instead of the CDN's Office.js), the pane's config.json pointing at the Graph emulator, and a small
 * JSON API the stand-in and the page use. Node only; a dev tool, never shipped.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createDemoData } from "./demo-data";
import type { DemoHostInfo } from "./demo-types";
import { fetchSentItems, fetchUserProfile } from "./graph-client";
import { createMailStore, type MailSource } from "./mail-store";
import { withStandinOffice } from "./office-script";
import { demoLanguage, shellPage } from "./shell-page";

export interface DemoHostOptions {
  /** 0 picks a free port. */
  port: number;
  /** webpack output of the add-in (taskpane.html, bundles, config.json). */
  paneDir: string;
  /** Bundles of the demo page and the stand-in Office. */
  demoDir: string;
  /** Static files of the demo page (shell.css). */
  staticDir: string;
  mailSources: MailSource[];
  /** Where categories and roaming settings are kept. */
  dataDir: string;
  /** The emulator's Graph root, e.g. http://127.0.0.1:4000/v1.0. */
  graphBaseUrl: string;
  /** Shared mailboxes whose Sent Items the demo's folder view also lists. */
  sharedMailboxes?: string[];
}

export interface DemoHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
};

const MAX_BODY_BYTES = 64 * 1024;

function send(res: ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  res.end(body);
}

const sendJson = (res: ServerResponse, value: unknown, status = 200) =>
  send(res, status, JSON.stringify(value), contentTypes[".json"]);

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "Request body too large");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "Request body is not valid JSON");
  }
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : null;
}

/** Resolves a URL path inside `root`, refusing anything that escapes it. */
function fileInside(root: string, urlPath: string): string {
  const file = path.resolve(root, `.${path.posix.normalize(decodeURIComponent(urlPath))}`);
  if (file !== root && !file.startsWith(root + path.sep)) throw new HttpError(404, "Not found");
  return file;
}

async function serveFile(res: ServerResponse, file: string) {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new HttpError(404, "Not found");
  const type = contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  let body: string | Buffer = await readFile(file);
  if (type.startsWith("text/html")) body = withStandinOffice(body.toString("utf8"));
  send(res, 200, body, type);
}

export async function startDemoHost(options: DemoHostOptions): Promise<DemoHost> {
  const store = createMailStore(options.mailSources);
  const data = createDemoData(options.dataDir);
  const paneDir = path.resolve(options.paneDir);
  const sentMailboxes = [
    { label: "me", path: "/me" },
    ...(options.sharedMailboxes ?? []).map((m) => ({
      label: m,
      path: `/users/${encodeURIComponent(m)}`,
    })),
  ];
  let userProfile: DemoHostInfo["userProfile"] | null = null;

  /** The add-in's own config.json, pointed at the emulator with the development token provider. */
  async function paneConfig() {
    const built = JSON.parse(await readFile(path.join(paneDir, "config.json"), "utf8"));
    return { ...built, graphBaseUrl: options.graphBaseUrl, auth: { mode: "dev" } };
  }

  async function mailRoute(req: IncomingMessage, res: ServerResponse, parts: string[]) {
    const [mailId, sub, attachmentId] = parts;
    if (sub === undefined) {
      const mail = await store.get(mailId);
      if (!mail) throw new HttpError(404, "No such mail");
      return sendJson(res, mail);
    }
    if (sub === "attachments" && attachmentId !== undefined) {
      const content = await store.attachment(mailId, attachmentId);
      if (!content) throw new HttpError(404, "No such attachment");
      return sendJson(res, content);
    }
    if (sub === "categories") {
      if (!(await store.get(mailId))) throw new HttpError(404, "No such mail");
      if (req.method === "GET") return sendJson(res, await data.categories(mailId));
      if (req.method === "POST") {
        const body = (await readJsonBody(req)) as { add?: unknown; remove?: unknown };
        const add = stringList(body?.add);
        const remove = stringList(body?.remove);
        if (add) return sendJson(res, await data.addCategories(mailId, add));
        if (remove) return sendJson(res, await data.removeCategories(mailId, remove));
        throw new HttpError(400, "Expected {add: string[]} or {remove: string[]}");
      }
    }
    throw new HttpError(404, "Not found");
  }

  async function apiRoute(req: IncomingMessage, res: ServerResponse, rest: string) {
    const parts = rest.split("/").map(decodeURIComponent);
    switch (parts[0]) {
      case "mails": {
        if (parts.length === 1) {
          const [mails, categories] = await Promise.all([store.list(), data.allCategories()]);
          return sendJson(
            res,
            mails.map((m) => ({ ...m, categories: categories[m.id] ?? [] }))
          );
        }
        // Mail ids contain one "/" ("samples/mail-000.eml"): the client encodes it as %2F.
        return mailRoute(req, res, parts.slice(1));
      }
      case "host-info": {
        userProfile ??= await fetchUserProfile(options.graphBaseUrl);
        const info: DemoHostInfo = { userProfile, roamingSettings: await data.roamingSettings() };
        return sendJson(res, info);
      }
      case "roaming-settings": {
        if (req.method !== "PUT") throw new HttpError(405, "Use PUT");
        const body = await readJsonBody(req);
        if (typeof body !== "object" || body === null || Array.isArray(body)) {
          throw new HttpError(400, "Roaming settings must be a JSON object");
        }
        await data.saveRoamingSettings(body as Record<string, unknown>);
        return sendJson(res, { saved: true });
      }
      case "sent-items":
        return sendJson(res, await fetchSentItems(options.graphBaseUrl, sentMailboxes));
      default:
        throw new HttpError(404, "Not found");
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    // Split on the raw path so an encoded "/" inside a mail id stays one segment.
    const url = new URL(req.url ?? "/", "http://localhost");
    const rawPath = (req.url ?? "/").split("?")[0];
    if (rawPath === "/" || rawPath === "/index.html") {
      return send(
        res,
        200,
        shellPage(demoLanguage(url.searchParams.get("lang"))),
        contentTypes[".html"]
      );
    }
    if (rawPath.startsWith("/demo/api/"))
      return apiRoute(req, res, rawPath.slice("/demo/api/".length));
    if (rawPath === "/demo/shell.css")
      return serveFile(res, path.join(options.staticDir, "shell.css"));
    if (rawPath.startsWith("/demo/")) {
      return serveFile(
        res,
        fileInside(path.resolve(options.demoDir), rawPath.slice("/demo".length))
      );
    }
    if (rawPath === "/config.json") return sendJson(res, await paneConfig());
    return serveFile(res, fileInside(paneDir, rawPath));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      // Only our own messages reach the client; they never contain mail content.
      // A malformed %-escape in the path (decodeURIComponent) is the client's error.
      const status =
        error instanceof HttpError ? error.status : error instanceof URIError ? 400 : 500;
      const message = error instanceof Error ? error.message : "Internal error";
      if (status === 500)
        console.error(`demo host: ${req.method} ${req.url?.split("?")[0]}: ${message}`);
      if (!res.headersSent) sendJson(res, { error: message }, status);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
