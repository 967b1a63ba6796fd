import { existsSync } from "node:fs";
import path from "node:path";
import { checkMail, mailFiles } from "./corpus";

const repoRoot = path.resolve(__dirname, "..", "..", "..");
const samples = path.resolve(repoRoot, "..", "shared", "samples");

describe("shared samples", () => {
  it("are present (the shared folder must be mounted next to the repository)", () => {
    if (!existsSync(samples)) throw new Error(`shared samples not found at ${samples}`);
    expect(mailFiles(samples).length).toBeGreaterThan(0);
  });

  const files = existsSync(samples) ? mailFiles(samples) : [];
  it.each(files)("%s gives the expected extraction", async (file) => {
    await checkMail(samples, file);
  });
});
