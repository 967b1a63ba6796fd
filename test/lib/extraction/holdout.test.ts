import { existsSync } from "node:fs";
import path from "node:path";
import { checkMail, mailFiles } from "./corpus";

/** The holdout corpus (test/fixtures-holdout), written apart from the engine: same checks as fixtures. */
const holdout = path.resolve(__dirname, "..", "..", "fixtures-holdout");

describe("holdout corpus (test/fixtures-holdout)", () => {
  it("is present", () => {
    expect(existsSync(holdout) && mailFiles(holdout).length > 0).toBe(true);
  });

  const files = existsSync(holdout) ? mailFiles(holdout) : [];
  it.each(files)("%s gives the expected extraction", async (file) => {
    await checkMail(holdout, file);
  });
});
