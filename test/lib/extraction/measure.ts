/**
 * Scores the engine on folders of .eml + expected .json: (first name, last name, birth date)
 * pairs found right, missed and wrong, adults reported as children, F1. No personal data printed.
 * Run: npx tsx test/lib/extraction/measure.ts test/fixtures-holdout-2 [more folders]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractIncident, parseEml, prepareAttachments } from "../../../src/lib/extraction";
import { mailFiles } from "./corpus";

interface Expected {
  isIncident: boolean;
  children: { firstName: string; lastName: string; birthDate: string | null }[];
  adults?: { firstName: string; lastName: string }[];
}

export interface Score {
  mails: number;
  right: number;
  missed: number;
  wrong: number;
  adultsAsChildren: number;
  incidentErrors: number;
  f1: number;
  /** File names of mails with any difference (names only, never the persons). */
  failing: string[];
}

const person = (p: { firstName: string; lastName: string }) => `${p.firstName}|${p.lastName}`;

export async function scoreFolder(dir: string): Promise<Score> {
  const s: Score = {
    mails: 0,
    right: 0,
    missed: 0,
    wrong: 0,
    adultsAsChildren: 0,
    incidentErrors: 0,
    f1: 0,
    failing: [],
  };
  for (const file of mailFiles(dir)) {
    const jsonPath = path.join(dir, file.replace(/\.eml$/, ".json"));
    if (!existsSync(jsonPath)) continue;
    const expected = JSON.parse(readFileSync(jsonPath, "utf8")) as Expected;
    const raw = new Uint8Array(readFileSync(path.join(dir, file)));
    const result = extractIncident(await prepareAttachments(await parseEml(raw)));
    s.mails++;
    const want = new Set(expected.children.map((c) => `${person(c)}|${c.birthDate}`));
    const got = result.children.map((c) => `${person(c)}|${c.birthDate}`);
    const right = got.filter((g) => want.has(g)).length;
    const adults = new Set((expected.adults ?? []).map(person));
    const adultHits = result.children.filter((c) => adults.has(person(c))).length;
    s.right += right;
    s.wrong += got.length - right;
    s.missed += want.size - right;
    s.adultsAsChildren += adultHits;
    const incidentWrong = result.isIncident !== expected.isIncident;
    if (incidentWrong) s.incidentErrors++;
    if (incidentWrong || right !== got.length || right !== want.size || adultHits > 0)
      s.failing.push(file);
  }
  const precision = s.right / Math.max(1, s.right + s.wrong);
  const recall = s.right / Math.max(1, s.right + s.missed);
  s.f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return s;
}

if (require.main === module) {
  void (async () => {
    for (const dir of process.argv.slice(2)) {
      const s = await scoreFolder(path.resolve(dir));
      console.log(dir, JSON.stringify({ ...s, f1: Number(s.f1.toFixed(4)) }));
    }
  })();
}
