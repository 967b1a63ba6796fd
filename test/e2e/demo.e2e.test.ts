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
