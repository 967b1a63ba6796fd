/**
 * Issue 3 end to end: the task pane in a real Chromium reads a sample mail through the stand-in
 * Office and shows one card per child, exactly as the sample's .json expects; the officer can then
 * correct, remove and add children by hand.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Frame, Page } from "playwright-core";
import { defaultMailSources } from "../../dev/demo-host/demo-stack";
import { repoRoot } from "../../dev/demo-host/paths";
import nlPane from "../../src/i18n/locales/nl/pane.json";
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

jest.setTimeout(60_000);

interface ExpectedChild {
  firstName: string;
  lastName: string;
  birthDate: string | null;
}

interface Expected {
  isIncident: boolean;
  reference: string | null;
  children: ExpectedChild[];
}

const samplesSource = defaultMailSources.find((s) => s.name === "samples");
const fixturesDir = path.join(repoRoot, "test", "fixtures");

/** The demo lists ../shared/samples only when it exists; without it this test cannot mean anything. */
function requireSamples(): string {
  if (!samplesSource || !existsSync(samplesSource.dir))
    throw new Error(
      `The shared sample mails are not loaded: ${samplesSource?.dir ?? "no 'samples' mail source"} ` +
        "does not exist. Mount the team's shared/ folder beside the repository (../shared/samples)."
    );
  return samplesSource.dir;
}

function expectedFor(dir: string, file: string): Expected {
  return JSON.parse(readFileSync(path.join(dir, file.replace(/\.eml$/, ".json")), "utf8"));
}

let demo: RunningDemo;
let browser: OpenBrowser;
let page: Page;
let pane: Frame;

beforeAll(async () => {
  // The corpus's fixtures as a third folder: the samples have no child without a birth date.
  demo = await startDemo({
    mailSources: [...defaultMailSources, { name: "fixtures", dir: fixturesDir }],
  });
  browser = await openBrowser();
  page = browser.page;
  await page.goto(demo.url);
  pane = await paneFrame(page);
  await pane.locator('[data-testid="empty-state"]').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Selects a mail and waits until the pane shows its analysis (verdict or error). */
async function openInPane(mailId: string): Promise<void> {
  await selectMail(page, mailId);
  const subject = await page
    .locator(
      `[data-testid="mail-list-item"][data-mail-id="${mailId}"] [data-testid="mail-list-subject"]`
    )
    .textContent();
  expect(await waitForTestIdText(pane, "mail-subject", subject ?? "")).toBe(subject);
  await pane
    .locator('[data-testid="verdict-badge"], [data-testid="analysis-error"]')
    .first()
    .waitFor({ timeout: 10_000 });
}

interface Card {
  index: number;
  name: string;
  birthDate: string | null;
}

/** The cards as shown: "First Last" and the ISO birth date from data-iso. */
function readCards(): Promise<Card[]> {
  return pane.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-testid]")]
      .filter((el) => /^child-\d+$/.test(el.dataset.testid ?? ""))
      .map((el) => {
        const id = el.dataset.testid as string;
        const iso = el.querySelector(`[data-testid="${id}-birthdate"]`)?.getAttribute("data-iso");
        return {
          index: Number(id.slice("child-".length)),
          name: el.querySelector(`[data-testid="${id}-name"]`)?.textContent ?? "",
          birthDate: iso ? iso : null,
        };
      })
  );
}

/** Polls until the cards satisfy `done` (React resets the cards one render after the verdict). */
async function waitForCards(done: (cards: Card[]) => boolean, timeout = 5_000): Promise<Card[]> {
  const until = Date.now() + timeout;
  let cards = await readCards();
  while (!done(cards) && Date.now() < until) {
    await pane.waitForTimeout(50);
    cards = await readCards();
  }
  return cards;
}

/** First and last name separately, as the card's edit form holds them (then cancels). */
async function namesFromForm(index: number): Promise<{ firstName: string; lastName: string }> {
  const form = `child-${index}-form`;
  await pane.click(`[data-testid="child-${index}-edit"]`);
  const firstName = await pane.inputValue(`[data-testid="${form}-firstName"]`);
  const lastName = await pane.inputValue(`[data-testid="${form}-lastName"]`);
  await pane
    .locator(`[data-testid="${form}"]`)
    .getByRole("button", { name: nlPane.child.cancel })
    .click();
  await pane.locator(`[data-testid="child-${index}-name"]`).waitFor();
  return { firstName, lastName };
}

const byKey = (c: ExpectedChild) => `${c.lastName}|${c.firstName}|${c.birthDate}`;
const sorted = (children: ExpectedChild[]) =>
  [...children].sort((a, b) => byKey(a).localeCompare(byKey(b)));

const cases: { what: string; source: "samples" | "fixtures"; file: string }[] = [
  { what: "French VIF text mail", source: "samples", file: "mail-000.eml" },
  { what: "Dutch IFG intervention mail, two children", source: "samples", file: "mail-001.eml" },
  { what: "HTML table mail", source: "samples", file: "mail-004.eml" },
  { what: "forward of a forward, three children", source: "samples", file: "mail-023.eml" },
  { what: "French VIF, three siblings", source: "samples", file: "mail-003.eml" },
  { what: "burglary: no incident, no cards", source: "samples", file: "mail-015.eml" },
  {
    what: "children without birth dates",
    source: "fixtures",
    file: "15-nl-children-without-birth-dates.eml",
  },
];

describe("the pane's cards match the expected extraction", () => {
  it.each(cases)("$what ($file)", async ({ source, file }) => {
    const samples = requireSamples();
    const expected = expectedFor(source === "samples" ? samples : fixturesDir, file);
    await openInPane(`${source}/${file}`);

    await expect(
      pane.locator('[data-testid="verdict-badge"]').getAttribute("data-incident")
    ).resolves.toBe(String(expected.isIncident));
    expect(await pane.locator('[data-testid="reference"]').textContent()).toBe(
      expected.reference ?? nlPane.verdict.noReference
    );

    const want = expected.children.length;
    const cards = await waitForCards((c) => c.length === want);
    expect(cards).toHaveLength(want);
    if (want === 0) {
      await pane.locator('[data-testid="children-none"]').waitFor({ timeout: 2_000 });
    }
    const shown: ExpectedChild[] = [];
    for (const card of cards) {
      const names = await namesFromForm(card.index);
      expect(card.name).toBe(`${names.firstName} ${names.lastName}`);
      shown.push({ ...names, birthDate: card.birthDate });
    }
    expect(sorted(shown)).toEqual(sorted(expected.children));
    for (const card of cards) {
      const noDate = card.birthDate === null;
      expect(
        await pane.locator(`[data-testid="child-${card.index}-birthdate"]`).textContent()
      ).toBe(noDate ? nlPane.child.noBirthDate : card.birthDate?.split("-").reverse().join("/"));
    }
    await screenshot(page, `extraction-${source}-${file}`);
  });
});

describe("the officer corrects the children in the pane", () => {
  it("edits a birth date, removes a child, refuses an adult and adds a child by hand", async () => {
    const samples = requireSamples();
    const file = "mail-001.eml";
    const expected = expectedFor(samples, file);
    await openInPane(`samples/${file}`);
    let cards = await waitForCards((c) => c.length === expected.children.length);
    expect(cards).toHaveLength(2);

    // Edit: the first card's birth date, typed as police write it.
    await pane.click('[data-testid="child-0-edit"]');
    await pane.fill('[data-testid="child-0-form-birthDate"]', "15/02/2010");
    await pane.click('[data-testid="child-0-form-save"]');
    cards = await waitForCards((c) => c[0]?.birthDate === "2010-02-15");
    expect(cards[0]).toMatchObject({ index: 0, birthDate: "2010-02-15" });
    expect(await pane.locator('[data-testid="child-0-birthdate"]').textContent()).toBe(
      "15/02/2010"
    );
    const keptName = cards[0].name;

    // Remove: the second card goes, the first stays as corrected.
    await pane.click('[data-testid="child-1-remove"]');
    cards = await waitForCards((c) => c.length === 1);
    expect(cards).toEqual([{ index: 0, name: keptName, birthDate: "2010-02-15" }]);

    // Add by hand: an adult's birth date is refused with the catalog's message, nothing is added.
    await pane.click('[data-testid="add-child"]');
    await pane.fill('[data-testid="add-child-form-firstName"]', "Lotte");
    await pane.fill('[data-testid="add-child-form-lastName"]', "Van den Broeck");
    await pane.fill('[data-testid="add-child-form-birthDate"]', "01/01/1990");
    await pane.click('[data-testid="add-child-form-save"]');
    await pane.getByText(nlPane.child.errors.notMinor).waitFor({ timeout: 2_000 });
    await screenshot(page, "extraction-add-adult-refused");
    expect(await readCards()).toHaveLength(1);

    // Corrected to a minor's date, the child is added as a new card.
    await pane.fill('[data-testid="add-child-form-birthDate"]', "3 mei 2017");
    await pane.click('[data-testid="add-child-form-save"]');
    cards = await waitForCards((c) => c.length === 2);
    expect(cards).toEqual([
      { index: 0, name: keptName, birthDate: "2010-02-15" },
      { index: 1, name: "Lotte Van den Broeck", birthDate: "2017-05-03" },
    ]);
    await expect(pane.locator('[data-testid="add-child-form"]').count()).resolves.toBe(0);
    expect(await pane.locator('[data-testid="child-1"]').textContent()).toContain(
      nlPane.child.manual
    );
    await screenshot(page, "extraction-corrected");
  });
});
