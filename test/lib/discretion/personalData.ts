/**
 * The personal data of a corpus mail (names, birth dates, national numbers of the persons in its
 * .json and its text) and a finder that says which of them a piece of text contains. Used by the
 * unit discretion test and the e2e discretion test. Findings are labels ("mail-003.eml: child 2
 * birth date"), never the data itself, so a failing test does not print what it protects.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseEml } from "../../../src/lib/extraction";
import { findNationalNumbers } from "../../../src/lib/extraction/nationalNumber";
import type { MailInput } from "../../../src/lib/extraction/types";

export interface ExpectedPerson {
  firstName: string;
  lastName: string;
  birthDate?: string | null;
}

export interface ExpectedMail {
  isIncident: boolean;
  reference: string | null;
  children: ExpectedPerson[];
  adults?: ExpectedPerson[];
}

/** One thing that must never leak, with a label that names it without showing it. */
export interface Secret {
  label: string;
  pattern: RegExp;
}

export interface CorpusMail {
  file: string;
  raw: Uint8Array;
  expected: ExpectedMail;
}

/** Every .eml with a .json beside it in `dir`, sorted by name. */
export function loadCorpus(dir: string): CorpusMail[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((file) => ({
      file,
      raw: new Uint8Array(readFileSync(path.join(dir, file))),
      expected: JSON.parse(
        readFileSync(path.join(dir, file.replace(/\.eml$/, ".json")), "utf8")
      ) as ExpectedMail,
    }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A whole word or phrase (no letter or digit glued to either side), case-sensitive. */
function word(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, "u");
}

/** ISO, dd/mm/yyyy and dd.mm.yyyy forms of a YYYY-MM-DD date. */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split("-");
  return [iso, `${d}/${m}/${y}`, `${d}.${m}.${y}`];
}

/** The printed forms of an 11-digit national number. */
export function nationalNumberForms(digits: string): string[] {
  const [yy, mm, dd, sss, cc] = [0, 2, 4, 6, 9].map((at, i, all) =>
    digits.slice(at, all[i + 1] ?? 11)
  );
  return [digits, `${yy}.${mm}.${dd}-${sss}.${cc}`, `${yy}${mm}${dd} ${sss} ${cc}`];
}

/**
 * Names as whole words: full names in both orders and in police capitals; single name words only
 * from three letters on (a two-letter first name like "An" is an ordinary word in messages).
 */
function nameSecrets(label: string, person: ExpectedPerson): Secret[] {
  const { firstName, lastName } = person;
  const phrases = [
    `${firstName} ${lastName}`,
    `${lastName} ${firstName}`,
    `${lastName.toUpperCase()} ${firstName}`,
  ];
  const words = [firstName, lastName, lastName.toUpperCase()].filter((w) => w.length >= 3);
  return [
    ...phrases.map((p) => ({ label: `${label} name`, pattern: word(p) })),
    ...words.map((w) => ({ label: `${label} name`, pattern: word(w) })),
  ];
}

function dateSecrets(label: string, iso: string): Secret[] {
  return dateForms(iso).map((form) => ({ label: `${label} birth date`, pattern: word(form) }));
}

/** Every national-number-shaped group in the mail's text, valid or not: all belong to persons. */
function numberSecrets(file: string, texts: string[]): Secret[] {
  const digits = new Set(texts.flatMap((t) => findNationalNumbers(t).map((n) => n.digits)));
  return [...digits].flatMap((d, i) =>
    nationalNumberForms(d).map((form) => ({
      label: `${file}: national number ${i + 1}`,
      pattern: word(form),
    }))
  );
}

/** The texts a parsed mail holds: subject, bodies and attachment texts. */
export function textsOf(input: MailInput): string[] {
  return [
    input.subject,
    input.text ?? "",
    input.html ?? "",
    ...(input.attachments ?? []).flatMap((a) => [a.text ?? "", a.html ?? ""]),
  ];
}

/** Everything personal in one corpus mail: from its .json and from its text. */
export async function secretsOf(mail: CorpusMail): Promise<Secret[]> {
  const input = await parseEml(mail.raw);
  const persons: [string, ExpectedPerson][] = [
    ...mail.expected.children.map((c, i): [string, ExpectedPerson] => [`child ${i + 1}`, c]),
    ...(mail.expected.adults ?? []).map((a, i): [string, ExpectedPerson] => [`adult ${i + 1}`, a]),
  ];
  return [
    ...persons.flatMap(([label, person]) => [
      ...nameSecrets(`${mail.file}: ${label}`, person),
      ...(person.birthDate ? dateSecrets(`${mail.file}: ${label}`, person.birthDate) : []),
    ]),
    ...numberSecrets(mail.file, textsOf(input)),
  ];
}

/** The labels of the secrets `text` contains (each label once). */
export function findSecrets(text: string, secrets: Secret[]): string[] {
  return [...new Set(secrets.filter((s) => s.pattern.test(text)).map((s) => s.label))];
}
