/**
 * Validates the holdout corpus itself (not the engine): every mail parses, matches its generator,
 * and every expectation has the right shape, real dates of minors, and names, birth dates and a
 * reference that the mail states (test/fixtures/holdoutCorpus.ts), widened to the notations this
 * corpus adds (two-digit years, spaced separators, ordinals, spaced numbers).
 */
import { describeHoldoutCorpus, fullYear } from "../fixtures/holdoutCorpus";
import { holdoutCorpus } from "./generator/corpus";

describeHoldoutCorpus({
  title: "holdout extraction corpus",
  dir: __dirname,
  minFixtures: 40,
  corpus: holdoutCorpus,
  shortYears: true,
});

describe("holdout corpus rules", () => {
  it("keeps the two-digit-year rule: 20YY only for a minor", () => {
    expect(fullYear(8, 12, 3, "2026-12-02")).toBe(2008);
    expect(fullYear(8, 12, 1, "2026-12-02")).toBe(1908);
    expect(fullYear(89, 11, 7, "2026-12-02")).toBe(1989);
  });
});
