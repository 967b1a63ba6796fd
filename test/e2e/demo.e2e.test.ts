/**
 * The demo host end to end in a real Chromium: the add-in's task pane, hosted in an iframe with the
 * stand-in Office, follows the mail selected in the Outlook-like page (ItemChanged).
 */
import type { Page } from "playwright-core";
import {
  openBrowser,
  paneFrame,
  screenshot,
  selectMail,
  startDemo,
  waitForTestIdText,
  type OpenBrowser,
  type RunningDemo,
} from "./harness";

jest.setTimeout(90_000);

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

async function listSubject(page: Page, fileName: string): Promise<string> {
  const item = page.locator(`[data-testid="mail-list-item"][data-mail-id$="/${fileName}"]`);
  return (await item.locator('[data-testid="mail-list-subject"]').textContent()) ?? "";
}

test("the task pane follows the selected mail", async () => {
  const { page } = browser;
  await page.goto(demo.url);
  const pane = await paneFrame(page);
  await pane.locator('[data-testid="empty-state"]').waitFor({ timeout: 15_000 });
  await screenshot(page, "demo-empty");

  const first = "demo-01-ifg-nl.eml";
  await selectMail(page, first);
  const firstSubject = await listSubject(page, first);
  expect(firstSubject).toBe("Doorst: IFG - PV GE.55.L3.104233/2026");
  expect(await waitForTestIdText(pane, "mail-subject", firstSubject)).toBe(firstSubject);
  await expect(pane.locator('[data-testid="mail-from"]').textContent()).resolves.toContain(
    "interventie@zone.example.be"
  );
  await screenshot(page, "demo-mail-1");

  const second = "demo-02-vif-fr.eml";
  await selectMail(page, second);
  const secondSubject = await listSubject(page, second);
  expect(secondSubject).toBe("TR: VIF - PV BR.12.L5.020417/2026");
  expect(await waitForTestIdText(pane, "mail-subject", secondSubject)).toBe(secondSubject);
  await screenshot(page, "demo-mail-2");
});

test("the language switch sets Office's displayLanguage for the pane", async () => {
  const { page } = browser;
  await page.goto(`${demo.url}?lang=fr`);
  const pane = await paneFrame(page);
  await pane.locator('[data-testid="empty-state"]').waitFor({ timeout: 15_000 });
  const language = await pane.evaluate(
    () =>
      (window as unknown as { Office: { context: { displayLanguage: string } } }).Office.context
        .displayLanguage
  );
  expect(language).toBe("fr-BE");
  await expect(pane.evaluate(() => document.documentElement.lang)).resolves.toBe("fr");
});

test("categories set through Office show in the mail list; Sent Items lists the emulator's folder", async () => {
  const { page } = browser;
  await page.goto(demo.url);
  const pane = await paneFrame(page);
  await selectMail(page, "demo-04-inbraak.eml");
  await pane.waitForFunction(
    () =>
      (
        window as unknown as {
          Office: { context: { mailbox: { item: { subject: string } | null } } };
        }
      ).Office.context.mailbox.item?.subject === "FW: PV GE.55.L3.104301/2026 inbraak woning"
  );
  const status = await pane.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const office = (window as unknown as { Office: typeof Office }).Office;
        const item = office.context.mailbox.item as Office.MessageRead;
        item.categories.addAsync(["HWC: geen actie"], (result) => resolve(String(result.status)));
      })
  );
  expect(status).toBe("succeeded");
  const chips = page.locator(
    '[data-testid="mail-list-item"][data-mail-id$="/demo-04-inbraak.eml"] [data-testid="mail-categories"]'
  );
  await page.waitForFunction(() =>
    document
      .querySelector('[data-mail-id$="/demo-04-inbraak.eml"] [data-testid="mail-categories"]')
      ?.textContent?.includes("HWC: geen actie")
  );
  expect(await chips.textContent()).toBe("HWC: geen actie");

  const sent = await fetch(`${demo.emulatorUrl}/v1.0/me/sendMail`, {
    method: "POST",
    headers: { Authorization: "Bearer e2e", "Content-Type": "application/json" },
    body: JSON.stringify({
      message: {
        subject: "Handle with Care",
        body: { contentType: "text", content: "Handle with Care" },
        toRecipients: [{ emailAddress: { address: "zorg@school.example.be" } }],
        categories: ["Handle with Care"],
      },
    }),
  });
  expect(sent.status).toBe(202);
  await page.click('[data-testid="folder-sent"]');
  const row = page.locator('[data-testid="sent-item"]').first();
  await row.waitFor();
  expect(await row.textContent()).toContain("zorg@school.example.be");
  await screenshot(page, "demo-sent-items");
});
