import { existsSync } from "node:fs";
import path from "node:path";
import { checkMail, mailFiles } from "./corpus";
import { scoreFolder } from "./measure";

/** The second holdout corpus (test/fixtures-holdout-2), written apart from the engine: same checks as fixtures. */
const dir = path.resolve(__dirname, "..", "..", "fixtures-holdout-2");

describe("holdout corpus 2 (test/fixtures-holdout-2)", () => {
  it("is present with all its mails", () => {
    expect(existsSync(dir) && mailFiles(dir).length >= 30).toBe(true);
  });

  const files = existsSync(dir) ? mailFiles(dir) : [];
  it.each(files)("%s gives the expected extraction", async (file) => {
    await checkMail(dir, file);
  });

  it("reports no adult as a child and scores F1 = 1", async () => {
    const s = await scoreFolder(dir);
    expect(s.adultsAsChildren).toBe(0);
    expect(s.f1).toBe(1);
  });
});
