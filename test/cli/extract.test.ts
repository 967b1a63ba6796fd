import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const repoRoot = path.resolve(__dirname, "..", "..");
const fixtures = path.join(repoRoot, "test", "fixtures");

describe("extract CLI", () => {
  it("prints one JSON line per file, reports bad files and exits non-zero", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "hwc-cli-"));
    const notMail = path.join(dir, "photo.eml");
    writeFileSync(notMail, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    const mails = readdirSync(fixtures)
      .filter((f) => f.endsWith(".eml"))
      .slice(0, 3)
      .map((f) => path.join("test", "fixtures", f));
    const files = [mails[0], notMail, path.join(dir, "missing.eml"), ...mails.slice(1)];
    const err = await run("npx", ["tsx", "src/cli/extract.ts", ...files], { cwd: repoRoot }).then(
      () => null,
      (e: { code: number; stdout: string }) => e
    );
    expect(err?.code).toBe(1);
    const lines = err!.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[1]).toEqual({ file: notMail, error: "not an e-mail message" });
    expect(lines[2]).toEqual({ file: files[2], error: "cannot read file (ENOENT)" });
    for (const l of [lines[0], lines[3], lines[4]]) {
      expect(l).toEqual(
        expect.objectContaining({ isIncident: expect.any(Boolean), children: expect.any(Array) })
      );
    }
  });

  it("exits 0 when every file is a mail", async () => {
    const { stdout } = await run(
      "npx",
      [
        "tsx",
        "src/cli/extract.ts",
        path.join(
          "test",
          "fixtures",
          readdirSync(fixtures).find((f) => f.endsWith(".eml"))!
        ),
      ],
      {
        cwd: repoRoot,
      }
    );
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });
});
