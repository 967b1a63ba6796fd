import { existsSync } from "node:fs";
import path from "node:path";
import { checkMail, mailFiles } from "./corpus";

const fixtures = path.resolve(__dirname, "..", "..", "fixtures");

describe("fixture corpus (test/fixtures)", () => {
  it("is present", () => {
    expect(existsSync(fixtures) && mailFiles(fixtures).length > 0).toBe(true);
  });

  const files = existsSync(fixtures) ? mailFiles(fixtures) : [];
  it.each(files)("%s gives the expected extraction", async (file) => {
    await checkMail(fixtures, file);
  });
});
