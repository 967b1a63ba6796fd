import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startGraphEmulator, type GraphEmulator } from "../../../dev/graph-emulator";
import { startDemoHost, type DemoHost } from "../../../dev/demo-host/server";
import { demoMailDir, staticDir } from "../../../dev/demo-host/paths";

let root: string;
let emulator: GraphEmulator;
let host: DemoHost;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "demo-host-test-"));
  const paneDir = path.join(root, "pane");
  await mkdir(paneDir, { recursive: true });
  await writeFile(
    path.join(paneDir, "taskpane.html"),
    '<html><head><script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head></html>'
  );
  await writeFile(
    path.join(paneDir, "config.json"),
    JSON.stringify({
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      auth: { mode: "naa" },
      defaultLanguage: "nl",
    })
  );
  await writeFile(path.join(root, "secret.txt"), "outside");
  emulator = await startGraphEmulator({ port: 0, dataDir: path.join(root, "graph") });
  host = await startDemoHost({
    port: 0,
    paneDir,
    demoDir: path.join(root, "demo"),
    staticDir,
    mailSources: [{ name: "demo", dir: demoMailDir }],
    dataDir: path.join(root, "data"),
    graphBaseUrl: `${emulator.baseUrl}/v1.0`,
  });
});

afterAll(async () => {
  await host?.close();
  await emulator?.close();
  await rm(root, { recursive: true, force: true });
});

const get = (p: string, init?: RequestInit) => fetch(new URL(p, host.url), init);

test("serves the pane page with the stand-in Office instead of the CDN", async () => {
  const html = await (await get("/taskpane.html?_host_Info=x")).text();
  expect(html).toContain('src="/demo/office-standin.js"');
  expect(html).not.toContain("appsforoffice");
});

test("config.json points the pane at the emulator with the development token provider", async () => {
  expect(await (await get("/config.json")).json()).toEqual({
    graphBaseUrl: `${emulator.baseUrl}/v1.0`,
    auth: { mode: "dev" },
    defaultLanguage: "nl",
  });
});

test("host-info takes the user profile from the emulator's /me", async () => {
  const info = await (await get("/demo/api/host-info")).json();
  expect(info.userProfile).toEqual({
    displayName: "Inspecteur Demo",
    emailAddress: "officer@zone.example.be",
  });
});

test("lists the demo mails newest first", async () => {
  const mails = await (await get("/demo/api/mails")).json();
  expect(mails.map((m: { id: string }) => m.id)).toEqual([
    "demo/demo-01-ifg-nl.eml",
    "demo/demo-02-vif-fr.eml",
    "demo/demo-03-ifg-tabel.eml",
    "demo/demo-04-inbraak.eml",
    "demo/demo-05-bijlage-item.eml",
    "demo/hostile-01.eml",
    "demo/hostile-02.eml",
  ]);
});

test("category changes validate their input and show in the mail list", async () => {
  const url = `/demo/api/mails/${encodeURIComponent("demo/demo-04-inbraak.eml")}/categories`;
  const bad = await get(url, { method: "POST", body: "{not json" });
  expect(bad.status).toBe(400);
  expect(await bad.json()).toEqual({ error: "Request body is not valid JSON" });
  const wrongShape = await get(url, { method: "POST", body: JSON.stringify({ add: [1] }) });
  expect(wrongShape.status).toBe(400);

  const ok = await get(url, { method: "POST", body: JSON.stringify({ add: ["HWC: geen actie"] }) });
  expect(await ok.json()).toEqual(["HWC: geen actie"]);
  const mails = await (await get("/demo/api/mails")).json();
  expect(mails.find((m: { id: string }) => m.id === "demo/demo-04-inbraak.eml").categories).toEqual(
    ["HWC: geen actie"]
  );
});

test("unknown mails and files outside the build are 404", async () => {
  expect((await get(`/demo/api/mails/${encodeURIComponent("demo/none.eml")}`)).status).toBe(404);
  expect((await get("/..%2Fsecret.txt")).status).toBe(404);
  expect((await get("/demo/..%2F..%2Fsecret.txt")).status).toBe(404);
  expect((await get("/demo/api/mails/%E0%A4%A")).status).toBe(400);
});

test("the Sent Items view reads the emulator's folder", async () => {
  const response = await fetch(`${emulator.baseUrl}/v1.0/me/sendMail`, {
    method: "POST",
    headers: { Authorization: "Bearer test", "Content-Type": "application/json" },
    body: JSON.stringify({
      message: {
        subject: "Handle with Care",
        body: { contentType: "text", content: "Handle with Care" },
        toRecipients: [{ emailAddress: { address: "zorg@school.example.be" } }],
        categories: ["Handle with Care"],
      },
    }),
  });
  expect(response.status).toBe(202);
  const { items, unavailable } = await (await get("/demo/api/sent-items")).json();
  expect(unavailable).toEqual([]);
  expect(items).toEqual([
    expect.objectContaining({
      mailbox: "me",
      subject: "Handle with Care",
      to: [expect.stringContaining("zorg@school.example.be")],
      categories: ["Handle with Care"],
    }),
  ]);
});
