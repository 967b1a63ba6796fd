/**
 * The coordinator's school import end to end: the real pane in Chromium, the demo host's stand-in
 * Office, and the Graph emulator's contact folder. A first run imports the fixture CSVs; a second
 * run fails on its second write (503) and the report must name exactly the school written before.
 */
import path from "node:path";
import type { Frame } from "playwright-core";
import type { EmulatorState } from "../../dev/graph-emulator/state";
import { DEMO_USER_ID, SCHOOL_CONTACT_FOLDER } from "../../dev/graph-emulator/seed";
import { contactToSchool } from "../../src/lib/directory/contactMapping";
import type { School } from "../../src/lib/directory";
import {
  openBrowser,
  paneFrame,
  screenshot,
  startDemo,
  type OpenBrowser,
  type RunningDemo,
} from "./harness";

jest.setTimeout(60_000);

const fixtures = path.join(__dirname, "../fixtures-directory");

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

/** The schools in the emulator's contact folder, read through the add-in's own mapping. */
async function folderSchools(): Promise<Map<string, School>> {
  const response = await fetch(`${demo.emulatorUrl}/_emulator/state`);
  const state = (await response.json()) as EmulatorState;
  const mailbox = state.mailboxes[DEMO_USER_ID];
  const folder = mailbox.contactFolders.find((f) => f.displayName === SCHOOL_CONTACT_FOLDER);
  if (!folder) throw new Error("the emulator has no school folder");
  const schools = new Map<string, School>();
  for (const contact of mailbox.contacts.filter((c) => c.parentFolderId === folder.id)) {
    const school = contactToSchool(contact);
    if (school) schools.set(school.number, school);
  }
  return schools;
}

const numbersIn = (pane: Frame, testId: string) =>
  pane
    .locator(`[data-testid="${testId}-item"]`)
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.schoolNumber));

const text = (pane: Frame, testId: string) =>
  pane.locator(`[data-testid="${testId}"]`).first().textContent();

async function openSchoolsTab(): Promise<Frame> {
  const { page } = browser;
  await page.goto(demo.url);
  const pane = await paneFrame(page);
  await pane.locator('[data-testid="tab-schools"]').click();
  await pane.locator('[data-testid="school-count"]').waitFor({ timeout: 15_000 });
  return pane;
}

test("imports the fixture CSVs into the contact folder", async () => {
  const before = await folderSchools();
  const pane = await openSchoolsTab();
  expect(await text(pane, "school-count")).toBe(`${before.size} scholen in de lijst van de zone.`);

  await pane.setInputFiles(
    '[data-testid="import-schools-file"]',
    path.join(fixtures, "official-schools.csv")
  );
  await pane.setInputFiles(
    '[data-testid="import-contacts-file"]',
    path.join(fixtures, "contact-persons.csv")
  );
  await pane.locator('[data-testid="import-preview-button"]').click();
  await pane.locator('[data-testid="import-preview"]').waitFor();
  // 000001 is new; 012345, 023456 and 045678 are seeded and get the official names and addresses.
  expect(await numbersIn(pane, "import-create")).toEqual(["000001"]);
  expect(await numbersIn(pane, "import-update")).toEqual(["012345", "023456", "045678"]);
  expect(await pane.locator('[data-testid="import-rejected-row"]').count()).toBe(9);
  await pane.locator('[data-testid="import-rejected-row"]').first().scrollIntoViewIfNeeded();
  await screenshot(browser.page, "import-preview");

  await pane.locator('[data-testid="import-run-button"]').click();
  await pane.locator('[data-testid="import-report"]').waitFor({ timeout: 15_000 });
  expect(await text(pane, "import-report-done")).toBe("4 scholen weggeschreven.");
  expect(await numbersIn(pane, "import-report-written")).toEqual([
    "000001",
    "012345",
    "023456",
    "045678",
  ]);
  await pane.locator('[data-testid="import-report"]').scrollIntoViewIfNeeded();
  await screenshot(browser.page, "import-report");

  const after = await folderSchools();
  expect(after.size).toBe(before.size + 1);
  expect(after.get("000001")).toMatchObject({
    name: "Vrije Basisschool Sint-Jozef",
    address: { street: "Kerkstraat 12", postcode: "9000", municipality: "Gent" },
    contacts: [
      { email: "zorg@sintjozef.example.be", name: "An Peeters" },
      { email: "directie@sintjozef.example.be", name: "" },
    ],
  });
  expect(after.get("012345")).toMatchObject({
    name: 'GO! Atheneum "De Linde"',
    contacts: [{ email: "hwc@delinde.example.be", name: "Vermeulen, Tom" }],
  });
  // No valid contact row for 023456: its stored contact persons stay.
  expect(after.get("023456")?.contacts).toEqual(before.get("023456")?.contacts);
  expect(after.get("045678")?.name).toBe("Gemeentelijke Basisschool Étterbeek");
  await pane.waitForFunction(
    (count) =>
      document.querySelector('[data-testid="school-count"]')?.textContent ===
      `${count} scholen in de lijst van de zone.`,
    after.size
  );
});

test("a 503 on the second write: the report names exactly the school written", async () => {
  const before = await folderSchools();
  // Three seeded schools get a new contact person: three PATCHes, in institution-number order.
  const numbers = ["034567", "056789", "067890"];
  const contactsCsv = [
    "schoolnummer;e-mail;naam",
    ...numbers.map((n) => `${n};hwc-${n}@nieuw.example.be;Nieuwe contactpersoon`),
  ].join("\r\n");
  const second = before.get(numbers[1]);
  if (!second?.id) throw new Error(`school ${numbers[1]} is not seeded`);
  // The emulator's faults match a path substring: the second write is the PATCH of that contact.
  const fault = await fetch(`${demo.emulatorUrl}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      kind: "status",
      status: 503,
      match: { method: "PATCH", path: `contacts/${encodeURIComponent(second.id)}` },
    }),
  });
  expect(fault.status).toBeLessThan(300);
  await fetch(`${demo.emulatorUrl}/_emulator/requests`, { method: "DELETE" });

  const pane = await openSchoolsTab();
  await pane.setInputFiles('[data-testid="import-contacts-file"]', {
    name: "contactpersonen.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(contactsCsv, "utf8"),
  });
  await pane.locator('[data-testid="import-preview-button"]').click();
  await pane.locator('[data-testid="import-preview"]').waitFor();
  expect(await numbersIn(pane, "import-update")).toEqual(numbers);
  await pane.locator('[data-testid="import-run-button"]').click();
  await pane.locator('[data-testid="import-report"]').waitFor({ timeout: 15_000 });
  await pane.locator('[data-testid="import-report-failed"]').scrollIntoViewIfNeeded();
  await screenshot(browser.page, "import-report-failed");

  expect(await numbersIn(pane, "import-report-written")).toEqual([numbers[0]]);
  const failed = pane.locator('[data-testid="import-report-failed"]');
  expect(await failed.getAttribute("data-school-number")).toBe(numbers[1]);
  expect(await failed.textContent()).toContain("Wegschrijven mislukt (HTTP 503).");
  expect(await text(pane, "import-report-stored")).toBe("Deze school werd niet opgeslagen.");
  expect(await numbersIn(pane, "import-report-not-attempted")).toEqual([numbers[2]]);

  // The folder agrees with the report: one school changed, the other two as before.
  const after = await folderSchools();
  expect(after.get(numbers[0])?.contacts).toEqual([
    { email: `hwc-${numbers[0]}@nieuw.example.be`, name: "Nieuwe contactpersoon" },
  ]);
  expect(after.get(numbers[1])?.contacts).toEqual(before.get(numbers[1])?.contacts);
  expect(after.get(numbers[2])?.contacts).toEqual(before.get(numbers[2])?.contacts);
  // The fault was used exactly once: the failed PATCH was not repeated.
  const requests = (await (await fetch(`${demo.emulatorUrl}/_emulator/requests`)).json()) as {
    requests: { method: string; path: string; status: number | null }[];
  };
  const patches = requests.requests.filter((r) => r.method === "PATCH");
  expect(patches.map((r) => r.status)).toEqual([200, 503]);
});
