import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repoRoot = resolve(__dirname, "../../..");
const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
const cli = join(repoRoot, "dev", "graph-emulator", "cli.ts");

function run(args: string[]): ChildProcess {
  return spawn(tsx, [cli, ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
}

/** Resolves with the first stdout line matching `pattern`. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolvePromise, reject) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const match = pattern.exec(seen);
      if (match) resolvePromise(match);
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before printing the URL`)));
  });
}

describe("graph-emulator CLI", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "graph-emulator-cli-"));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints its URL, answers Graph requests and keeps its state in --data", async () => {
    const child = run(["--port", "0", "--data", dataDir, "--quiet"]);
    try {
      const [, url] = await waitForLine(
        child,
        /Graph emulator: (http:\/\/127\.0\.0\.1:\d+)\/v1\.0/
      );
      const response = await fetch(`${url}/v1.0/me`, { headers: { Authorization: "Bearer t" } });
      expect(response.status).toBe(200);
      expect((await response.json()).displayName).toBe("Inspecteur Demo");
      expect(readdirSync(dataDir)).toContain("graph-emulator-state.json");
    } finally {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  });

  it("exits with a clear message on a bad port", async () => {
    const child = run(["--port", "abc", "--data", dataDir]);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise((r) => child.once("exit", r));
    expect(code).toBe(1);
    expect(stderr).toContain("--port must be a number between 0 and 65535");
  });
});
