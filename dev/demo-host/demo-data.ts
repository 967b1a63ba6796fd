/**
 * What the demo remembers between restarts, in its data dir (.dev-data/ for `npm start`):
 * categories set on mails through the stand-in Office, and the roaming settings.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export interface DemoData {
  categories(mailId: string): Promise<string[]>;
  allCategories(): Promise<Record<string, string[]>>;
  addCategories(mailId: string, names: string[]): Promise<string[]>;
  removeCategories(mailId: string, names: string[]): Promise<string[]>;
  roamingSettings(): Promise<Record<string, unknown>>;
  saveRoamingSettings(values: Record<string, unknown>): Promise<void>;
}

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return fallback; // first run, or a file edited by hand into invalid JSON: start clean
  }
}

/** Write to a temp file then rename, so a crash never leaves half a JSON file. */
async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(value, null, 2));
  await rename(temp, file);
}

/** Outlook compares category names case-insensitively and keeps one of each. */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
}

export function createDemoData(dataDir: string): DemoData {
  const categoriesFile = path.join(dataDir, "categories.json");
  const settingsFile = path.join(dataDir, "roaming-settings.json");
  // Serialise read-modify-write cycles so concurrent requests do not lose updates.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  }
  const readCategories = () => readJson<Record<string, string[]>>(categoriesFile, {});

  async function updateCategories(mailId: string, change: (current: string[]) => string[]) {
    return serial(async () => {
      const all = await readCategories();
      const next = change(all[mailId] ?? []);
      if (next.length > 0) all[mailId] = next;
      else delete all[mailId];
      await writeJson(categoriesFile, all);
      return next;
    });
  }

  return {
    categories: async (mailId) => (await readCategories())[mailId] ?? [],
    allCategories: readCategories,
    addCategories: (mailId, names) =>
      updateCategories(mailId, (current) =>
        names.reduce(
          (list, name) => (list.some((c) => sameName(c, name)) ? list : [...list, name]),
          current
        )
      ),
    removeCategories: (mailId, names) =>
      updateCategories(mailId, (current) =>
        current.filter((c) => !names.some((name) => sameName(c, name)))
      ),
    roamingSettings: () => readJson<Record<string, unknown>>(settingsFile, {}),
    saveRoamingSettings: (values) => serial(() => writeJson(settingsFile, values)),
  };
}
