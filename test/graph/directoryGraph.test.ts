/**
 * Integration test of the Graph school directory against the in-process Graph emulator:
 * real HTTP requests through the Microsoft Graph JS client.
 */
import { Client, HTTPMessageHandler } from "@microsoft/microsoft-graph-client";
import { startGraphEmulator, type GraphEmulator } from "../../dev/graph-emulator";
import { createDevTokenProvider } from "../../src/graph/auth/devTokenProvider";
import { createGraphClient } from "../../src/graph/client";
import { createGraphSchoolDirectory, GraphSchoolDirectory } from "../../src/graph/directoryGraph";
import { planImport } from "../../src/lib/directory/importPlan";
import { DirectoryError } from "../../src/lib/directory/messages";
import type { ImportProgress, SchoolChanges } from "../../src/lib/directory/ports";
import type { School } from "../../src/lib/directory/school";
import { canReceiveSignals } from "../../src/lib/directory/school";
import { generateSchools } from "../fixtures-directory/generateSchools";
import { email, school } from "../lib/directory/testSchools";

const FOLDER = "Handle with Care - scholen";
const SHARED_MAILBOX = "jgp@zone.example.be";

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await startGraphEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await fetch(`${emulator.baseUrl}/_emulator/reset`, { method: "POST" });
});

/** A Graph client without the retry middleware, so injected faults reach the adapter. */
function graphClient(): Client {
  return Client.initWithMiddleware({
    baseUrl: `${emulator.baseUrl}/`,
    defaultVersion: "v1.0",
    middleware: new HTTPMessageHandler(),
    fetchOptions: { headers: { Authorization: "Bearer emulator-token" } },
  });
}

function directory(mailbox: string | null = null, sleeps: number[] = []) {
  return new GraphSchoolDirectory({
    client: graphClient(),
    mailbox,
    folderName: FOLDER,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

async function injectFault(fault: object): Promise<void> {
  const response = await fetch(`${emulator.baseUrl}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
}

async function requestLog(): Promise<{ method: string; path: string; status: number | null }[]> {
  const response = await fetch(`${emulator.baseUrl}/_emulator/requests`);
  return ((await response.json()) as { requests: never[] }).requests;
}

const numbers = (schools: readonly { number: string }[]) => schools.map((s) => s.number).sort();

describe("GraphSchoolDirectory.list", () => {
  it("lists the seeded schools with numbers, languages and contact persons", async () => {
    const schools = await directory().list();
    expect(schools.length).toBeGreaterThanOrEqual(25);
    expect(new Set(numbers(schools)).size).toBe(schools.length);
    for (const s of schools) expect(s.number).toMatch(/^\d{6}$/);
    const sintJozef = schools.find((s) => s.number === "012345");
    expect(sintJozef).toMatchObject({
      name: "Basisschool Sint-Jozef",
      language: "nl",
      address: { street: "Kerkstraat 12", postcode: "9000", municipality: "Gent" },
      contacts: [
        { email: "zorgcoordinator@sint-jozef.example", name: "Zorgcoördinator Sint-Jozef" },
      ],
    });
    expect(schools.filter((s) => !canReceiveSignals(s))).toHaveLength(2);
    expect(schools.some((s) => s.language === "fr")).toBe(true);
  });

  it("reads the seeded folder in a single page of contacts", async () => {
    await directory().list();
    const contactRequests = (await requestLog()).filter((r) => r.path.endsWith("/contacts"));
    expect(contactRequests).toHaveLength(1);
    expect(contactRequests[0]).toMatchObject({ method: "GET", status: 200 });
  });

  it("returns no schools for a mailbox without the folder", async () => {
    await expect(directory(SHARED_MAILBOX).list()).resolves.toEqual([]);
  });

  it("fails with a key-only DirectoryError when Graph refuses", async () => {
    await injectFault({ kind: "status", status: 403, count: 1 });
    const failure = directory().list();
    await expect(failure).rejects.toBeInstanceOf(DirectoryError);
    await expect(failure).rejects.toMatchObject({
      message: "source.listFailed",
      detail: { key: "source.listFailed", params: { status: 403 } },
    });
  });
});

describe("GraphSchoolDirectory.upsert", () => {
  const newSchools = (count: number): School[] =>
    generateSchools(count, 7).map((s, i) => ({
      ...s,
      id: null,
      number: school({ number: String(900000 + i), name: "x" }).number,
    }));

  it("creates the folder in the shared mailbox and the schools in it, reporting progress", async () => {
    const source = directory(SHARED_MAILBOX);
    const created = newSchools(3);
    const progress: ImportProgress[] = [];
    const report = await source.upsert({ create: created, update: [] }, (p) => progress.push(p));
    expect(report).toEqual({
      folderCreated: true,
      written: created.map((s) => ({ number: s.number, name: s.name, action: "create" })),
      failed: null,
      notAttempted: [],
    });
    expect(progress.map((p) => [p.done, p.total, p.outcome])).toEqual([
      [1, 3, "written"],
      [2, 3, "written"],
      [3, 3, "written"],
    ]);
    const listed = await source.list();
    const withoutId = (s: School) => ({ ...s, id: null });
    expect(listed.map(withoutId)).toEqual(expect.arrayContaining(created.map(withoutId)));
    expect(listed).toHaveLength(3);
    expect((await requestLog()).some((r) => r.path.startsWith(`/v1.0/users/`))).toBe(true);
  });

  it("imports from the CSV plan: updates existing contacts and creates new ones", async () => {
    const source = directory();
    const existing = await source.list();
    const plan = planImport({
      schoolListCsv:
        "schoolnummer;naam;straat;huisnummer;postcode;gemeente\n12345;Basisschool Sint-Jozef (vernieuwd);Kerkstraat;14;9000;Gent\n555555;Nieuwe School;Dorp;1;9000;Gent\n",
      contactPersonsCsv: "schoolnummer;e-mail;naam\n555555;hwc@nieuw.example.be;Nieuwe Zorg\n",
      existing,
    });
    if (!plan.ok) throw new Error("plan should succeed");
    expect(numbers(plan.preview.create)).toEqual(["555555"]);
    expect(numbers(plan.preview.update.map((u) => u.after))).toEqual(["012345"]);

    const report = await source.upsert(plan.preview.changes);
    expect(report.failed).toBeNull();
    expect(report.written.map((w) => [w.number, w.action])).toEqual([
      ["555555", "create"],
      ["012345", "update"],
    ]);
    const after = await source.list();
    expect(after).toHaveLength(existing.length + 1);
    expect(after.find((s) => s.number === "012345")).toMatchObject({
      name: "Basisschool Sint-Jozef (vernieuwd)",
      address: { street: "Kerkstraat 14" },
      contacts: [{ email: "zorgcoordinator@sint-jozef.example" }],
    });
    expect(after.find((s) => s.number === "555555")?.contacts).toEqual([
      { email: "hwc@nieuw.example.be", name: "Nieuwe Zorg" },
    ]);

    // Running the same import again changes nothing.
    const again = planImport({ schoolListCsv: null, contactPersonsCsv: null, existing: after });
    expect(again.ok && again.preview.changes).toEqual({ create: [], update: [] });
  });

  it("pages through more than 500 contacts", async () => {
    const source = directory();
    const seeded = (await source.list()).length;
    const report = await source.upsert({ create: newSchools(520), update: [] });
    expect(report.written).toHaveLength(520);
    await fetch(`${emulator.baseUrl}/_emulator/requests`, { method: "DELETE" });
    const listed = await source.list();
    expect(listed).toHaveLength(seeded + 520);
    const pages = (await requestLog()).filter(
      (r) => r.method === "GET" && r.path.endsWith("/contacts")
    );
    expect(pages).toHaveLength(2);
  }, 60_000);

  describe("a failure half-way", () => {
    async function changesWithUpdates(source: GraphSchoolDirectory): Promise<SchoolChanges> {
      const existing = (await source.list()).sort((a, b) => a.number.localeCompare(b.number));
      const update = existing.slice(0, 3).map((s) => ({
        ...s,
        contacts: [{ email: email(`nieuw-${s.number}@school.example.be`), name: "" }],
      }));
      return { create: newSchools(2), update };
    }

    it("says exactly which schools were written when the 4th write (2nd PATCH) answers 503", async () => {
      const source = directory();
      const changes = await changesWithUpdates(source);
      const victim = changes.update[1];
      await injectFault({
        kind: "status",
        status: 503,
        count: 1,
        match: { method: "PATCH", path: encodeURIComponent(victim.id as string) },
      });
      const progress: ImportProgress[] = [];
      const report = await source.upsert(changes, (p) => progress.push(p));

      const ref = (s: School, action: "create" | "update") => ({
        number: s.number,
        name: s.name,
        action,
      });
      expect(report).toEqual({
        folderCreated: false,
        written: [
          ref(changes.create[0], "create"),
          ref(changes.create[1], "create"),
          ref(changes.update[0], "update"),
        ],
        failed: {
          school: ref(victim, "update"),
          error: { key: "import.write.failed", params: { status: 503 } },
          storedAnyway: false,
        },
        notAttempted: [ref(changes.update[2], "update")],
      });
      expect(progress.map((p) => p.outcome)).toEqual(["written", "written", "written", "failed"]);

      // The folder agrees with the report.
      const after = await source.list();
      const contactsOf = (s: School) =>
        after.find((a) => a.number === s.number)?.contacts[0]?.email;
      expect(contactsOf(changes.update[0])).toBe(
        `nieuw-${changes.update[0].number}@school.example.be`
      );
      expect(contactsOf(victim)).not.toBe(`nieuw-${victim.number}@school.example.be`);
      expect(contactsOf(changes.update[2])).not.toBe(
        `nieuw-${changes.update[2].number}@school.example.be`
      );
      expect(numbers(after)).toEqual(expect.arrayContaining(numbers(changes.create)));
    });

    it("tells when a create failed with 503 after it was stored", async () => {
      const source = directory();
      const changes = await changesWithUpdates(source);
      await injectFault({
        kind: "status",
        status: 503,
        afterStore: true,
        count: 1,
        match: { method: "POST", path: "/contacts" },
      });
      const report = await source.upsert(changes);
      expect(report.written).toEqual([]);
      expect(report.failed).toMatchObject({
        school: { number: changes.create[0].number, action: "create" },
        storedAnyway: true,
      });
      expect(report.notAttempted).toHaveLength(4);
    });

    it("reports a dropped connection as status 0, not stored", async () => {
      const source = directory();
      const changes = await changesWithUpdates(source);
      await injectFault({
        kind: "drop",
        when: "before-store",
        count: 1,
        match: { method: "POST" },
      });
      const report = await source.upsert(changes);
      expect(report.failed).toEqual({
        school: {
          number: changes.create[0].number,
          name: changes.create[0].name,
          action: "create",
        },
        error: { key: "import.write.failed", params: { status: 0 } },
        storedAnyway: false,
      });
    });
  });

  it("waits out a 429 with Retry-After and then writes (the request was not processed)", async () => {
    const sleeps: number[] = [];
    const source = directory(null, sleeps);
    await injectFault({
      kind: "throttle",
      count: 1,
      retryAfterSeconds: 2,
      match: { method: "POST" },
    });
    const report = await source.upsert({ create: newSchools(1), update: [] });
    expect(report.failed).toBeNull();
    expect(report.written).toHaveLength(1);
    expect(sleeps).toEqual([2000]);
  });

  it("gives up after repeated 429s with the throttled message", async () => {
    const source = directory();
    await injectFault({
      kind: "throttle",
      count: 3,
      retryAfterSeconds: 1,
      match: { method: "POST" },
    });
    const report = await source.upsert({ create: newSchools(2), update: [] });
    expect(report.failed?.error).toEqual({ key: "import.write.throttled" });
    expect(report.notAttempted).toHaveLength(1);
  });

  it("reports a folder that cannot be read without writing anything", async () => {
    const source = directory();
    await injectFault({ kind: "status", status: 500, count: 1 });
    const changes = { create: newSchools(2), update: [] };
    const report = await source.upsert(changes);
    expect(report).toEqual({
      folderCreated: false,
      written: [],
      failed: null,
      notAttempted: changes.create.map((s) => ({
        number: s.number,
        name: s.name,
        action: "create",
      })),
      folderError: { key: "import.write.folderFailed", params: { status: 500 } },
    });
  });
});

describe("through the add-in's own Graph client chain (dev token, restricted retries)", () => {
  function productionDirectory() {
    const graphBaseUrl = `${emulator.baseUrl}/v1.0`;
    const { client } = createGraphClient({
      graphBaseUrl,
      tokens: createDevTokenProvider(graphBaseUrl),
      scopes: ["Contacts.ReadWrite"],
    });
    return createGraphSchoolDirectory({ client, mailbox: null, folderName: FOLDER });
  }

  it("lists the seeded schools", async () => {
    const schools = await productionDirectory().list();
    expect(schools.find((s) => s.number === "012345")?.name).toBe("Basisschool Sint-Jozef");
  });

  it("does not repeat a PATCH answered 503, so the report stays exact", async () => {
    const source = productionDirectory();
    const [first, second] = (await source.list()).slice(0, 2);
    const renamed = [first, second].map((s) => ({ ...s, name: `${s.name} (nieuw)` }));
    await injectFault({
      kind: "status",
      status: 503,
      count: 1,
      match: { method: "PATCH", path: encodeURIComponent(second.id as string) },
    });
    const report = await source.upsert({ create: [], update: renamed });
    expect(report.written.map((w) => w.number)).toEqual([first.number]);
    expect(report.failed?.school.number).toBe(second.number);
    const patches = (await requestLog()).filter((r) => r.method === "PATCH");
    expect(patches.map((p) => p.status)).toEqual([200, 503]);
  });
});
