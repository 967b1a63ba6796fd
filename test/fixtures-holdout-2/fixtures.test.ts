/**
 * Validates the second holdout corpus itself (not the engine): every mail parses, matches its
 * generator, and every expectation has the right shape, real dates of minors, and names, birth
 * dates and a reference that the mail states. Same checks as test/fixtures-holdout, with the
 * English OWA 'Sent:' date added to the weekday check; this corpus writes four-digit years only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime, { type Email } from "postal-mime";
import {
  expectationSchema,
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
import { checkDigits } from "../fixtures-holdout/generator/helpers";
import { holdout2Corpus } from "./generator/corpus";

const dir = __dirname;
const MIN_FIXTURES = 30;

function hasValidCheckDigits(digits: string, year: number): boolean {
  return checkDigits(digits.slice(0, 9), year) === Number(digits.slice(9, 11));
}

/**
 * Whether the (lower-cased) mail text writes this birth date — numerically with / . - and
 * optional spaces, or with a month word and an optional ordinal — or carries a national register
 * (or BIS) number with valid check digits encoding it.
 */
function mailStatesBirthDate(text: string, birthDate: string): boolean {
  const [y, m, d] = birthDate.split("-").map(Number);
  const numeric = new RegExp(`(?<!\\d)0?${d} ?[/.-] ?0?${m} ?[/.-] ?${y}(?!\\d)`);
  if (numeric.test(text)) return true;
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
const ENGLISH_MONTHS = ["january", "february", "march", "april", "may", "june", "july"].concat([
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** Every weekday written with a date ('dinsdag 3 november 2026', 'Tuesday, November 3, 2026'). */
function wrongWeekdays(text: string): string[] {
  const names = WEEKDAYS.flat().join("|");
  const months = MONTH_WORDS.map((words) => words[0] + "|" + words[2]).join("|");
  const wrong: string[] = [];
  const check = (found: string, weekday: string, y: number, monthIndex: number, d: number) => {
    const actual = new Date(Date.UTC(y, monthIndex, d)).getUTCDay();
    if (!WEEKDAYS[actual].includes(weekday)) wrong.push(found);
  };
  for (const match of text.matchAll(
    new RegExp(`(${names}),? (\\d{1,2}) (${months}) (\\d{4})`, "g")
  )) {
    const month = MONTH_WORDS.findIndex((words) => words.includes(match[3]));
    check(match[0], match[1], Number(match[4]), month, Number(match[2]));
  }
  const english = new RegExp(`(${names}), (${ENGLISH_MONTHS.join("|")}) (\\d{1,2}), (\\d{4})`, "g");
  for (const match of text.matchAll(english)) {
    check(match[0], match[1], Number(match[4]), ENGLISH_MONTHS.indexOf(match[2]), Number(match[3]));
  }
  return wrong;
}

const personKey = (p: { firstName: string; lastName: string }) =>
  `${p.firstName}|${p.lastName}`.toLowerCase();

const emlNames = namesEndingIn(dir, ".eml");
const jsonNames = namesEndingIn(dir, ".json");

describe("holdout-2 extraction corpus", () => {
  it(`has at least ${MIN_FIXTURES} mails, numbered in order, each with one expectation`, () => {
    expect(emlNames.length).toBeGreaterThanOrEqual(MIN_FIXTURES);
    expect(jsonNames).toEqual(emlNames);
    emlNames.forEach((name, index) =>
      expect(name.slice(0, 3)).toBe(`${String(index + 1).padStart(2, "0")}-`)
    );
  });

  it("matches its generator byte for byte", () => {
    expect(holdout2Corpus.map((fixture) => fixture.name).sort()).toEqual(emlNames);
    for (const fixture of holdout2Corpus) {
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

  it("catches a wrong weekday in a header date", () => {
    expect(wrongWeekdays("verzonden: woensdag 3 november 2026 02:41")).toHaveLength(1);
    expect(wrongWeekdays("sent: tuesday, november 3, 2026 2:41 am")).toEqual([]);
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
          expect([kid.birthDate, mailStatesBirthDate(text, kid.birthDate)]).toEqual([
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
