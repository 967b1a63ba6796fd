/** Shared checks for a folder of .eml mails with expected .json (samples and fixtures). */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractIncident, parseEml, prepareAttachments } from "../../../src/lib/extraction";

interface Expected {
  isIncident: boolean;
  reference: string | null;
  children: { firstName: string; lastName: string; birthDate: string | null }[];
  adults?: { firstName: string; lastName: string }[];
}

export function mailFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort();
}

const key = (p: { firstName: string; lastName: string }) => `${p.firstName}|${p.lastName}`;

export async function checkMail(dir: string, file: string): Promise<void> {
  const raw = readFileSync(path.join(dir, file));
  const expected = JSON.parse(
    readFileSync(path.join(dir, file.replace(/\.eml$/, ".json")), "utf8")
  ) as Expected;
  const result = extractIncident(await prepareAttachments(await parseEml(new Uint8Array(raw))));
  const got = result.children.map((c) => ({
    firstName: c.firstName,
    lastName: c.lastName,
    birthDate: c.birthDate,
  }));
  const sort = <T extends { firstName: string; lastName: string }>(xs: T[]) =>
    [...xs].sort((a, b) => key(a).localeCompare(key(b)));
  expect({
    file,
    isIncident: result.isIncident,
    reference: result.reference,
    children: sort(got),
  }).toEqual({
    file,
    isIncident: expected.isIncident,
    reference: expected.reference,
    children: sort(expected.children),
  });
  const adults = new Set((expected.adults ?? []).map(key));
  expect(got.filter((c) => adults.has(key(c)))).toEqual([]);
}
