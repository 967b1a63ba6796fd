/**
 * Validates the second holdout corpus itself (not the engine) with the checks both holdout
 * corpora share (test/fixtures/holdoutCorpus.ts); this corpus writes four-digit years only, and
 * its mails are numbered in order.
 */
import { namesEndingIn } from "../fixtures/corpusChecks";
import { describeHoldoutCorpus, wrongWeekdays } from "../fixtures/holdoutCorpus";
import { holdout2Corpus } from "./generator/corpus";

describeHoldoutCorpus({
  title: "holdout-2 extraction corpus",
  dir: __dirname,
  minFixtures: 30,
  corpus: holdout2Corpus,
  shortYears: false,
});

describe("holdout-2 corpus rules", () => {
  it("numbers its mails in order", () => {
    namesEndingIn(__dirname, ".eml").forEach((name, index) =>
      expect(name.slice(0, 3)).toBe(`${String(index + 1).padStart(2, "0")}-`)
    );
  });

  it("catches a wrong weekday in a header date", () => {
    expect(wrongWeekdays("verzonden: woensdag 3 november 2026 02:41")).toHaveLength(1);
    expect(wrongWeekdays("sent: tuesday, november 3, 2026 2:41 am")).toEqual([]);
  });
});
