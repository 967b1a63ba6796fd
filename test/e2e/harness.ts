/**
 * Harness for end-to-end tests: the demo host (Graph emulator + built add-in + stand-in Office)
 * driven in a real Chromium with playwright-core. Reuse it in every e2e test:
 *
 *   const demo = await startDemo();            // fresh data dirs, free port
 *   const { page, close } = await openBrowser();
 *   await page.goto(demo.url);
 *   await selectMail(page, "mail-000.eml");
 *   await expect(paneFrame(page)...)
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from "playwright-core";
import { buildDirsIn, buildOnce, type DemoBuildDirs } from "../../dev/demo-host/build";
import { startDemoStack } from "../../dev/demo-host/demo-stack";
import type { MailSource } from "../../dev/demo-host/mail-store";
import { repoRoot } from "../../dev/demo-host/paths";

/** Set by the e2e global setup: the add-in and demo bundles, built once per run. */
export const BUILD_DIR_ENV = "HWC_E2E_BUILD_DIR";
export const resultsDir = path.join(repoRoot, "test-results");

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Flags for a quiet, offline, reproducible headless Chromium. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium to drive: CHROMIUM_PATH, else the system one; a clear error when there is none. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    `No Chromium found (looked at ${candidates.join(", ")}). The end-to-end tests need one: ` +
      "install it with `apt-get update && apt-get install -y chromium` (Debian/Ubuntu), " +
      "or set CHROMIUM_PATH to a Chromium/Chrome binary."
  );
}

/** Builds the pane and demo bundles (global setup) and returns where they are. */
export async function buildForE2e(root: string): Promise<DemoBuildDirs> {
  const dirs = buildDirsIn(root);
  await buildOnce(dirs);
  return dirs;
}

export interface RunningDemo {
  /** The demo page, e.g. http://localhost:41234/ */
  url: string;
  /** The Graph emulator's base URL (Graph root: `${emulatorUrl}/v1.0`; faults under /_emulator). */
  emulatorUrl: string;
  /** This run's fresh data dir (categories, roaming settings, emulator state in graph/). */
  dataDir: string;
  close(): Promise<void>;
}

export interface StartDemoOptions {
  /** Mail folders to list; default: ../shared/samples and dev/mail. */
  mailSources?: MailSource[];
}

/** Starts emulator + demo host on free ports with fresh temp data dirs; builds if global setup did not. */
export async function startDemo(options: StartDemoOptions = {}): Promise<RunningDemo> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "hwc-demo-"));
  let buildRoot = process.env[BUILD_DIR_ENV];
  if (!buildRoot) {
    buildRoot = path.join(dataDir, "build");
    await buildForE2e(buildRoot);
  }
  try {
    const stack = await startDemoStack({
      port: 0,
      dataDir,
      build: { prebuilt: buildDirsIn(buildRoot) },
      mailSources: options.mailSources,
    });
    return {
      url: stack.url,
      emulatorUrl: stack.emulatorUrl,
      dataDir,
      close: async () => {
        await stack.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface OpenBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Launches Chromium and opens one page (1600×900, like a laptop). Playwright gives every launch a
 * fresh temporary user-data-dir and removes it on close.
 */
export async function openBrowser(): Promise<OpenBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
  });
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  return {
    browser,
    context,
    page,
    close: () => browser.close(),
  };
}

/** The task pane iframe's Frame (the add-in as Outlook hosts it). */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe#taskpane");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("The task pane iframe has no frame");
  return frame;
}

/**
 * Clicks a mail in the list by file name ("mail-000.eml"), id ("samples/mail-000.eml") or exact
 * subject, and waits until it is the selected one.
 */
export async function selectMail(page: Page, subjectOrFileName: string): Promise<void> {
  const items = page.locator('[data-testid="mail-list-item"]');
  await items.first().waitFor();
  const ids = await items.evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: (n as HTMLElement).dataset.mailId ?? "",
      subject: n.querySelector('[data-testid="mail-list-subject"]')?.textContent ?? "",
    }))
  );
  const match = ids.find(
    (m) =>
      m.id === subjectOrFileName ||
      m.id.endsWith(`/${subjectOrFileName}`) ||
      m.subject === subjectOrFileName
  );
  if (!match) throw new Error(`No mail "${subjectOrFileName}" in the demo's mail list`);
  const item = page.locator(`[data-testid="mail-list-item"][data-mail-id="${match.id}"]`);
  await item.click();
  await page.waitForSelector(
    `[data-testid="mail-list-item"][data-mail-id="${match.id}"][aria-selected="true"]`
  );
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Waits until the element with `data-testid` in `frame` shows exactly `expected`; returns the text
 * it shows at the end (so `expect(...).toBe(expected)` reports what was there instead on timeout).
 */
export async function waitForTestIdText(
  frame: Frame,
  testId: string,
  expected: string,
  timeout = 15_000
): Promise<string | null> {
  const selector = `[data-testid="${testId}"]`;
  await frame
    .waitForFunction(
      ([sel, text]) => document.querySelector(sel)?.textContent === text,
      [selector, expected] as const,
      { timeout }
    )
    .catch(() => undefined);
  return frame
    .locator(selector)
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null);
}
