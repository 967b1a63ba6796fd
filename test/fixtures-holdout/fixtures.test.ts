/**
 * Validates the holdout corpus itself (not the engine): every mail parses, matches its generator,
 * and every expectation has the right shape, real dates of minors, and names, birth dates and a
 * reference that the mail states. Same checks as test/fixtures/fixtures.test.ts, widened to the
 * notations this corpus adds (two-digit years, spaced separators, ordinals, spaced numbers).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime, { type Email } from "postal-mime";
import {
  expectationSchema,
  iso,
  isCalendarDate,
  isMinorOn,
  mailLocalDate,
  MONTH_WORDS,
  namesEndingIn,
  normalise,
  readableText,
  type Expectation,
} from "../fixtures/corpusChecks";
import { renderMessage } from "../fixtures/generator/mime";
import { holdoutCorpus } from "./generator/corpus";
import { checkDigits } from "./generator/helpers";

const dir = __dirname;
const MIN_FIXTURES = 40;

/** The corpus rule for two-digit years: 20YY when that is a minor's birth date, else 19YY. */
function fullYear(yy: number, m: number, d: number, mailDay: string): number {
  const candidate = iso(2000 + yy, m, d);
  return candidate < mailDay && isMinorOn(candidate, mailDay) ? 2000 + yy : 1900 + yy;
}

function hasValidCheckDigits(digits: string, year: number): boolean {
  return checkDigits(digits.slice(0, 9), year) === Number(digits.slice(9, 11));
}

/**
 * Whether the (lower-cased) mail text writes this birth date — numerically with any of / . - and
 * optional spaces, two-digit years by the corpus rule, or with a month word and an optional
 * ordinal — or carries a national register (or BIS) number with valid check digits encoding it.
 */
function mailStatesBirthDate(text: string, birthDate: string, mailDay: string): boolean {
  const [y, m, d] = birthDate.split("-").map(Number);
  const numeric = new RegExp(`(?<!\\d)0?${d} ?[/.-] ?0?${m} ?[/.-] ?(\\d{4}|\\d{2})(?!\\d)`, "g");
  for (const match of text.matchAll(numeric)) {
    const year =
      match[1].length === 4 ? Number(match[1]) : fullYear(Number(match[1]), m, d, mailDay);
    if (year === y) return true;
  }
  const day = d === 1 ? "(?:1er|1ste|0?1)" : d === 2 ? "(?:2de|0?2)" : `0?${d}(?:ste|de|e)?`;
  const words = MONTH_WORDS[m - 1].join("|");
  if (new RegExp(`(?<!\\d)${day} (?:${words})\\.? ${y}(?!\\d)`).test(text)) return true;
  const yy = String(y % 100).padStart(2, "0");
  const dd = String(d).padStart(2, "0");
  for (const month of [m, m + 20, m + 40]) {
    const mm = String(month).padStart(2, "0");
    const pattern = new RegExp(
      `(?<!\\d)${yy}[. ]?${mm}[. ]?${dd}[-. ]?(\\d{3})[. ]?(\\d{2})(?!\\d)`,
      "g"
    );
    for (const match of text.matchAll(pattern)) {
      if (hasValidCheckDigits(`${yy}${mm}${dd}${match[1]}${match[2]}`, y)) return true;
    }
  }
  return false;
}

const WEEKDAYS: string[][] = [
  ["zondag", "dimanche", "sunday"],
  ["maandag", "lundi", "monday"],
  ["dinsdag", "mardi", "tuesday"],
  ["woensdag", "mercredi", "wednesday"],
  ["donderdag", "jeudi", "thursday"],
  ["vrijdag", "vendredi", "friday"],
  ["zaterdag", "samedi", "saturday"],
];

/** Every 'dinsdag 3 november 2026' in a forward header names the right weekday. */
function wrongWeekdays(text: string): string[] {
  const names = WEEKDAYS.flat().join("|");
  const months = MONTH_WORDS.map((words) => words[0] + "|" + words[2]).join("|");
  const pattern = new RegExp(`(${names}),? (\\d{1,2}) (${months}) (\\d{4})`, "g");
  const wrong: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const month = MONTH_WORDS.findIndex((words) => words.includes(match[3]));
    const weekday = new Date(Date.UTC(Number(match[4]), month, Number(match[2]))).getUTCDay();
    if (!WEEKDAYS[weekday].includes(match[1])) wrong.push(match[0]);
  }
  return wrong;
}

const personKey = (p: { firstName: string; lastName: string }) =>
  `${p.firstName}|${p.lastName}`.toLowerCase();

const emlNames = namesEndingIn(dir, ".eml");
const jsonNames = namesEndingIn(dir, ".json");

describe("holdout extraction corpus", () => {
  it(`has at least ${MIN_FIXTURES} mails, each with exactly one expectation`, () => {
    expect(emlNames.length).toBeGreaterThanOrEqual(MIN_FIXTURES);
    expect(jsonNames).toEqual(emlNames);
  });

  it("matches its generator byte for byte", () => {
    expect(holdoutCorpus.map((fixture) => fixture.name).sort()).toEqual(emlNames);
    for (const fixture of holdoutCorpus) {
      const onDisk = readFileSync(join(dir, `${fixture.name}.eml`));
      expect([fixture.name, onDisk.equals(renderMessage(fixture.mail))]).toEqual([
        fixture.name,
        true,
      ]);
      const json = JSON.parse(readFileSync(join(dir, `${fixture.name}.json`), "utf8"));
      expect(json).toEqual(fixture.expected);
    }
  });

  it("lists every mail in README.md", () => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    for (const name of emlNames) expect(readme).toContain(`${name}.eml`);
  });

  it("keeps the two-digit-year rule: 20YY only for a minor", () => {
    expect(fullYear(8, 12, 3, "2026-12-02")).toBe(2008);
    expect(fullYear(8, 12, 1, "2026-12-02")).toBe(1908);
    expect(fullYear(89, 11, 7, "2026-12-02")).toBe(1989);
  });

  describe.each(emlNames)("%s", (name) => {
    let email: Email;
    let text: string;
    let expected: Expectation;
    let mailDay: string;

    beforeAll(async () => {
      email = await PostalMime.parse(readFileSync(join(dir, `${name}.eml`)));
      text = normalise(await readableText(email));
      expected = expectationSchema.parse(
        JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"))
      );
      const dateHeader = email.headers.find((header) => header.key === "date")?.value ?? "";
      mailDay = mailLocalDate(dateHeader);
    });

    it("parses as a November or December 2026 mail with a subject and a body", () => {
      expect(mailDay >= "2026-11-01" && mailDay <= "2026-12-31").toBe(true);
      expect(email.subject).toBeTruthy();
      expect(text.length).toBeGreaterThan(100);
    });

    it("names the right weekday in every forwarded header date", () => {
      expect(wrongWeekdays(text)).toEqual([]);
    });

    it("has children only when it reports an incident", () => {
      if (!expected.isIncident) expect(expected.children).toEqual([]);
    });

    it("has real birth dates of minors, each child once", () => {
      for (const kid of expected.children) {
        if (kid.birthDate === null) continue;
        expect([kid.birthDate, isCalendarDate(kid.birthDate)]).toEqual([kid.birthDate, true]);
        expect(kid.birthDate < mailDay).toBe(true);
        expect([kid.birthDate, isMinorOn(kid.birthDate, mailDay)]).toEqual([kid.birthDate, true]);
      }
      const keys = expected.children.map(personKey);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it("lists each adult once and never an adult among the children", () => {
      const childKeys = new Set(expected.children.map(personKey));
      const adultKeys = expected.adults.map(personKey);
      expect(new Set(adultKeys).size).toBe(adultKeys.length);
      for (const key of adultKeys) expect(childKeys.has(key)).toBe(false);
    });

    it("names only people, birth dates and a reference that occur in the mail", () => {
      for (const somebody of [...expected.children, ...expected.adults]) {
        expect(text).toContain(normalise(somebody.firstName));
        expect(text).toContain(normalise(somebody.lastName));
      }
      for (const kid of expected.children) {
        if (kid.birthDate !== null)
          expect([kid.birthDate, mailStatesBirthDate(text, kid.birthDate, mailDay)]).toEqual([
            kid.birthDate,
            true,
          ]);
      }
      if (expected.reference !== null) {
        expect(text.replace(/ \/ /g, "/")).toContain(normalise(expected.reference));
      }
    });
  });
});
