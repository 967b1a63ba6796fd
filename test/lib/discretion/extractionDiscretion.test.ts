/**
 * Discretion of the extraction engine over the whole corpus: it never writes to the console, its
 * warnings carry only indexes and field names, and its errors carry nothing of the mail.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractIncident, parseEml, prepareAttachments } from "../../../src/lib/extraction";
import type { ExtractionResult } from "../../../src/lib/extraction/types";
import {
  findSecrets,
  loadCorpus,
  nationalNumberForms,
  secretsOf,
  type CorpusMail,
} from "./personalData";

const repoRoot = path.resolve(__dirname, "..", "..", "..");
const samplesDir = path.resolve(repoRoot, "..", "shared", "samples");
const fixturesDir = path.join(repoRoot, "test", "fixtures");
const demoMailDir = path.join(repoRoot, "dev", "mail");

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

/** Runs `work` with every console method spied (and silenced); returns how often each was called. */
async function consoleCallsDuring(work: () => Promise<unknown>): Promise<Record<string, number>> {
  const spies = CONSOLE_METHODS.map((m) => jest.spyOn(console, m).mockImplementation(() => {}));
  try {
    await work();
    return Object.fromEntries(
      CONSOLE_METHODS.map((m, i) => [m, spies[i].mock.calls.length] as const).filter(
        ([, n]) => n > 0
      )
    );
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
}

async function extract(raw: Uint8Array): Promise<ExtractionResult> {
  return extractIncident(await prepareAttachments(await parseEml(raw)));
}

/** Warning params are child/attachment indexes (small integers) or field names, nothing else. */
const FIELD_NAMES = new Set(["birthDate", "nationalNumber", "firstName", "lastName"]);
function isHarmlessParam(value: string | number): boolean {
  return typeof value === "number"
    ? Number.isInteger(value) && value >= 0 && value < 1000
    : FIELD_NAMES.has(value);
}

describe("the shared samples", () => {
  it("are present (../shared/samples beside the repository)", () => {
    if (!existsSync(samplesDir)) throw new Error(`shared samples not found at ${samplesDir}`);
  });
});

const corpus: CorpusMail[] = [
  ...(existsSync(samplesDir) ? loadCorpus(samplesDir) : []),
  ...loadCorpus(fixturesDir),
];

describe.each(corpus.map((mail) => [mail.file, mail] as const))("%s", (_file, mail) => {
  it("is extracted without a single console call", async () => {
    let result: ExtractionResult | undefined;
    const calls = await consoleCallsDuring(async () => {
      result = await extract(mail.raw);
    });
    expect(calls).toEqual({});
    expect(result?.isIncident).toBe(mail.expected.isIncident);
  });

  it("gives warnings whose params hold no name, date or number of the mail's persons", async () => {
    const secrets = await secretsOf(mail);
    const { warnings } = await extract(mail.raw);
    for (const warning of warnings) {
      const params = Object.values(warning.params ?? {});
      expect({ key: warning.key, harmful: params.filter((p) => !isHarmlessParam(p)) }).toEqual({
        key: warning.key,
        harmful: [],
      });
      expect(findSecrets(JSON.stringify(warning), secrets)).toEqual([]);
    }
  });

  it("rejects the body without its headers with an error that holds nothing of the mail", async () => {
    const secrets = await secretsOf(mail);
    const text = new TextDecoder().decode(mail.raw);
    const body = text.slice(text.search(/\r?\n\r?\n/)).trimStart();
    const error = await parseEml(body).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(Error);
    const { message, stack } = error as Error;
    expect(findSecrets(`${message}\n${stack ?? ""}`, secrets)).toEqual([]);
  });
});

describe("the demo and hostile mails in dev/mail", () => {
  const files = readdirSync(demoMailDir).filter((f) => f.endsWith(".eml"));

  it.each(files)("%s is read without console calls and without throwing", async (file) => {
    const raw = new Uint8Array(readFileSync(path.join(demoMailDir, file)));
    let result: ExtractionResult | undefined;
    const calls = await consoleCallsDuring(async () => {
      result = await extract(raw);
    });
    expect(calls).toEqual({});
    expect(Array.isArray(result?.children)).toBe(true);
  });
});

describe("the personal-data finder (so the checks above can fail)", () => {
  const withNumber = corpus.find((m) => m.file === "mail-004.eml") ?? corpus[0];

  it("finds names, birth dates in three forms and national numbers of a sample", async () => {
    const secrets = await secretsOf(withNumber);
    const child = withNumber.expected.children[0];
    expect(findSecrets(`kind: ${child.firstName} ${child.lastName}`, secrets)).toContain(
      `${withNumber.file}: child 1 name`
    );
    const [y, m, d] = (child.birthDate ?? "").split("-");
    for (const form of [`${y}-${m}-${d}`, `${d}/${m}/${y}`, `${d}.${m}.${y}`]) {
      expect(findSecrets(`(°${form})`, secrets)).toContain(
        `${withNumber.file}: child 1 birth date`
      );
    }
    const number = (await extract(withNumber.raw)).children.find((c) => c.nationalNumber);
    expect(number?.nationalNumber).toMatch(/^\d{11}$/);
    for (const form of nationalNumberForms(number?.nationalNumber ?? "")) {
      expect(findSecrets(`RRN ${form}.`, secrets).join()).toMatch(/national number/);
    }
  });

  it("finds nothing in the warning catalog keys and ordinary messages", async () => {
    const secrets = await secretsOf(withNumber);
    expect(
      findSecrets('{"key":"warnings.childWithoutBirthDate","params":{"child":2}}', secrets)
    ).toEqual([]);
    expect(findSecrets("An error occurred while reading attachment 1", secrets)).toEqual([]);
  });
});
