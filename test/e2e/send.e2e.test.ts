/**
 * Sending signals end to end: the real pane in the demo host, real Graph requests to the local
 * emulator, real Chromium. Checks what the emulator stored, and the fault runs of "never twice,
 * never lost" (429, 503 after storing, dropped connection before storing, 401).
 */
import path from "node:path";
import type { Frame, Page } from "playwright-core";
import {
  openBrowser,
  paneFrame,
  resultsDir,
  screenshot,
  selectMail,
  startDemo,
  type OpenBrowser,
  type RunningDemo,
} from "./harness";

jest.setTimeout(120_000);

const MAIL = "demo-01-ifg-nl.eml"; // two children: Zoë and Lucas Mertens
const SINT_JOZEF = "012345";
const REGENBOOG = "023456";

let demo: RunningDemo;
let browser: OpenBrowser;

beforeAll(async () => {
  demo = await startDemo();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

interface SentMessage {
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: { emailAddress: { address: string } }[];
  categories: string[];
  singleValueExtendedProperties?: { id: string; value: string }[];
}

/** The officer's Sent Items as Graph returns them, with the audit properties expanded. */
async function sentItems(): Promise<SentMessage[]> {
  const ids = ["hwcSignalId", "hwcReference", "hwcSourceMessageId", "hwcChildHashes"].map(
    (name) => `id eq 'String {00020329-0000-0000-C000-000000000046} Name ${name}'`
  );
  const expand = encodeURIComponent(`singleValueExtendedProperties($filter=${ids.join(" or ")})`);
  const response = await fetch(
    `${demo.emulatorUrl}/v1.0/me/mailFolders/sentitems/messages?$top=100&$expand=${expand}`,
    { headers: { Authorization: "Bearer e2e" } }
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: SentMessage[] }).value;
}

async function fault(spec: object): Promise<void> {
  const response = await fetch(`${demo.emulatorUrl}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...spec, match: { method: "POST", path: "/send" } }),
  });
  expect(response.ok).toBe(true);
}

/** Opens the mail afresh (a new pane state) and waits for the children's school pickers. */
async function openMail(page: Page): Promise<Frame> {
  await page.goto(demo.url);
  const pane = await paneFrame(page);
  await selectMail(page, MAIL);
  await pane.locator('[data-testid="child-1-school"]').waitFor({ timeout: 20_000 });
  return pane;
}

async function pickSchool(pane: Frame, child: number, query: string, number: string) {
  const input = pane.locator(`[data-testid="child-${child}-school"]`);
  await input.click();
  await input.fill(query);
  await pane.locator(`[data-testid="child-${child}-school-option-${number}"]`).click();
}

async function sendAndConfirm(pane: Frame, number: string) {
  await pane.locator(`[data-testid="signal-${number}-send"]`).click();
  const dialog = pane.locator('[data-testid="confirm-send"]');
  await dialog.waitFor();
  await dialog.locator('[data-testid="confirm-send-yes"]').click();
}

async function waitForStatus(pane: Frame, number: string, status: string, timeout = 30_000) {
  await pane.waitForSelector(`[data-testid="signal-run-${number}"][data-status="${status}"]`, {
    timeout,
  });
}

test("two children at two schools: one message each, tagged for the audit trail", async () => {
  const { page } = browser;
  const pane = await openMail(page);
  const names = await pane.locator('[data-testid$="-name"]').allTextContents();
  expect(names).toEqual(["Zoë Mertens", "Lucas Mertens"]);

  await pickSchool(pane, 0, "sint-jozef", SINT_JOZEF);
  await pickSchool(pane, 1, "regenboog", REGENBOOG);
  const preview = pane.locator(`[data-testid="signal-${SINT_JOZEF}-preview"]`);
  expect(await preview.locator(`[data-testid$="-subject"]`).textContent()).toBe("Handle with Care");
  expect(await preview.locator(`[data-testid$="-to"]`).textContent()).toContain(
    "zorgcoordinator@sint-jozef.example"
  );
  await screenshot(page, "send-preview");
  await pane
    .locator(`[data-testid="signal-${SINT_JOZEF}"]`)
    .screenshot({ path: path.join(resultsDir, "send-preview-card.png") });

  await sendAndConfirm(pane, SINT_JOZEF);
  await waitForStatus(pane, SINT_JOZEF, "sent");
  await sendAndConfirm(pane, REGENBOOG);
  await waitForStatus(pane, REGENBOOG, "sent");
  await screenshot(page, "send-sent");
  await pane
    .locator('[data-testid="signals"]')
    .screenshot({ path: path.join(resultsDir, "send-sent-signals.png") });

  const sent = await sentItems();
  expect(sent).toHaveLength(2);
  const bySchool = (domain: string) =>
    sent.find((m) => m.toRecipients.some((r) => r.emailAddress.address.endsWith(domain)))!;
  const jozef = bySchool("@sint-jozef.example");
  const regenboog = bySchool("@vbs-regenboog.example");
  expect(jozef.toRecipients.map((r) => r.emailAddress.address)).toEqual([
    "zorgcoordinator@sint-jozef.example",
  ]);
  expect(regenboog.toRecipients.map((r) => r.emailAddress.address).sort()).toEqual([
    "directie@vbs-regenboog.example",
    "zorg@vbs-regenboog.example",
  ]);
  for (const message of sent) {
    expect(message.subject).toBe("Handle with Care");
    expect(message.categories).toEqual(["Handle with Care"]);
    const props = Object.fromEntries(
      (message.singleValueExtendedProperties ?? []).map((p) => [
        p.id.replace(/^.* Name /, ""),
        p.value,
      ])
    );
    expect(props.hwcSignalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(props.hwcReference).toBe("GE.55.L3.104233/2026");
    expect(props.hwcSourceMessageId).toMatch(/^<.+@.+>$/);
    expect(props.hwcChildHashes).toMatch(/^[0-9a-f]{64}$/);
    // No names in the properties.
    expect(JSON.stringify(props)).not.toMatch(/Mertens|Zoë|Lucas/);
    // Nothing about the incident in the body.
    expect(message.body.content).not.toContain("GE.55.L3.104233");
    expect(message.body.content).not.toMatch(/Slachtoffer|Verdachte|Kouterstraat|intrafamiliaal/i);
  }
  expect(jozef.body.content).toContain("Zoë Mertens");
  expect(jozef.body.content).toContain("12/03/2015");
  expect(jozef.body.content).not.toContain("Lucas");
  expect(regenboog.body.content).toContain("Lucas Mertens");
  expect(regenboog.body.content).toContain("27/10/2019");
  expect(regenboog.body.content).not.toContain("Zoë");

  // The source incident mail carries its category.
  await page.waitForFunction(
    (file) =>
      document
        .querySelector(`[data-mail-id$="/${file}"] [data-testid="mail-categories"]`)
        ?.textContent?.includes("HWC: signaal verzonden"),
    MAIL
  );
});

test("reopening the mail: both children show as already signalled and cannot be sent again", async () => {
  const { page } = browser;
  const pane = await openMail(page);
  await pane.locator('[data-testid="child-0-already-signalled"]').waitFor({ timeout: 15_000 });
  await pane.locator('[data-testid="child-1-already-signalled"]').waitFor();
  expect(await pane.locator('[data-testid="child-0-school"]').isDisabled()).toBe(true);
  expect(await pane.locator('[data-testid="already-signalled"]').textContent()).toContain(
    "al een signaal verzonden"
  );
  await screenshot(page, "send-reopened");
});

describe("faults while sending", () => {
  let before: number;
  beforeEach(async () => {
    // A fresh mailbox: the same child may be sent again (no earlier signal in Sent Items).
    await fetch(`${demo.emulatorUrl}/_emulator/reset`, { method: "POST" });
    await fetch(`${demo.emulatorUrl}/_emulator/faults`, { method: "DELETE" });
    before = (await sentItems()).length;
  });

  async function sendOne(pane: Frame) {
    await pickSchool(pane, 0, "sint-jozef", SINT_JOZEF);
    await sendAndConfirm(pane, SINT_JOZEF);
  }

  test("429 once, then success: one message", async () => {
    await fault({ kind: "throttle", count: 1, retryAfterSeconds: 1 });
    const pane = await openMail(browser.page);
    await sendOne(pane);
    await waitForStatus(pane, SINT_JOZEF, "sent");
    expect((await sentItems()).length).toBe(before + 1);
  });

  test("503 after the emulator stored the message: still one message, and the pane says sent", async () => {
    await fault({ kind: "status", status: 503, afterStore: true, count: 1 });
    const pane = await openMail(browser.page);
    await sendOne(pane);
    await waitForStatus(pane, SINT_JOZEF, "sent");
    expect(
      await pane.locator(`[data-testid="signal-run-${SINT_JOZEF}-status"]`).textContent()
    ).toContain("Signaal verzonden");
    expect((await sentItems()).length).toBe(before + 1);
  });

  test("connection dropped before storing: one message in the end", async () => {
    await fetch(`${demo.emulatorUrl}/_emulator/requests`, { method: "DELETE" });
    // Chromium itself resends a POST when a reused keep-alive connection closes without an
    // answer. The add-in sends a draft, so such a browser resend can never deliver twice: see
    // graphMailer.ts and the next test.
    await fault({ kind: "drop", when: "before-store", count: 2 });
    const pane = await openMail(browser.page);
    await sendOne(pane);
    await waitForStatus(pane, SINT_JOZEF, "sent", 60_000);
    expect((await sentItems()).length).toBe(before + 1);
    // The dropped send, Sent Items lookups that found nothing, then exactly one resend.
    const log = (await (await fetch(`${demo.emulatorUrl}/_emulator/requests`)).json()) as {
      requests: { method: string; path: string; status: number | null }[];
    };
    const sends = log.requests.filter((r) => r.method === "POST" && r.path.endsWith("/send"));
    expect(sends.map((r) => r.status).slice(-1)).toEqual([202]);
    expect(sends.filter((r) => r.status === 202)).toHaveLength(1);
    // Chromium may absorb these drops by resending on its own (up to twice on reused
    // connections); the pane's check-then-resend path is proven without a browser in
    // test/graph/graphMailer.integration.test.ts.
  });

  test("connection dropped after storing: the check finds it, nothing is sent again", async () => {
    await fault({ kind: "drop", when: "after-store", count: 5 });
    const pane = await openMail(browser.page);
    await sendOne(pane);
    await waitForStatus(pane, SINT_JOZEF, "sent", 60_000);
    expect((await sentItems()).length).toBe(before + 1);
  });

  test("401: a clear message in the officer's language, nothing sent, the signal kept for a retry", async () => {
    await fault({ kind: "status", status: 401, count: 1 });
    const pane = await openMail(browser.page);
    await sendOne(pane);
    await waitForStatus(pane, SINT_JOZEF, "notSent");
    const error = await pane
      .locator(`[data-testid="signal-run-${SINT_JOZEF}-error"]`)
      .textContent();
    expect(error).toContain("Signaal niet verzonden");
    expect(error).toContain("opnieuw aanmelden");
    await screenshot(browser.page, "send-401");
    await pane
      .locator(`[data-testid="signal-run-${SINT_JOZEF}"]`)
      .screenshot({ path: path.join(resultsDir, "send-401-card.png") });
    expect((await sentItems()).length).toBe(before);
    // The kept signal goes out once on retry.
    await pane.locator(`[data-testid="signal-run-${SINT_JOZEF}-retry"]`).click();
    await waitForStatus(pane, SINT_JOZEF, "sent");
    expect((await sentItems()).length).toBe(before + 1);
  });
});
