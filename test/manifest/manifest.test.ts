import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { checkManifest } from "./manifestRules";

const root = path.resolve(__dirname, "../..");
const sourceXml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const prodUrl = "https://hwc.zone-test.example.org/addin/";

/** Files below dir, relative, with forward slashes. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? listFiles(full, `${prefix}${name}/`)
      : [`${prefix}${name}`];
  });
}

describe("manifest.xml (source)", () => {
  it("keeps every rule", () => {
    expect(checkManifest(sourceXml, { baseUrl: "https://localhost:3000/" })).toEqual([]);
  });

  it("fails without the read-surface button", () => {
    const broken = sourceXml.replace(/<Control xsi:type="Button"[\s\S]*?<\/Control>/, "");
    expect(checkManifest(broken)).toContain(
      "no button with ShowTaskpane on MessageReadCommandSurface"
    );
  });

  it("fails without pinning", () => {
    const broken = sourceXml.replace("<SupportsPinning>true</SupportsPinning>", "");
    expect(checkManifest(broken)).toContain("task pane button must support pinning");
  });

  it("fails on an undefined resource id, a non-GUID id, an http URL and a wrong permission", () => {
    const broken = sourceXml
      .replace('resid="Taskpane.Url"', 'resid="Missing.Url"')
      .replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>")
      .replace(
        '"https://localhost:3000/assets/icon-16.png"',
        '"http://localhost:3000/assets/icon-16.png"'
      )
      .replace("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadItem</Permissions>");
    const problems = checkManifest(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        "resid Missing.Url is not defined",
        "Id is not a GUID",
        "URL is not https: http://localhost:3000/assets/icon-16.png",
        "Permissions must be ReadWriteItem",
      ])
    );
  });

  it("fails when the Mailbox 1.8 override requirement is lowered", () => {
    const broken = sourceXml.replace('DefaultMinVersion="1.8"', 'DefaultMinVersion="1.3"');
    expect(checkManifest(broken)).toContain("VersionOverridesV1_1 must require Mailbox 1.8");
  });
});

describe("dist/manifest.xml (production build)", () => {
  let outDir: string;
  let builtXml: string;
  let builtFiles: Set<string>;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), "hwc-build-"));
    // The real CLI build in a child process: webpack's plugins use dynamic imports Jest's VM lacks.
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "production",
        "--env",
        `outputPath=${outDir}`,
      ],
      { cwd: root, env: { ...process.env, HWC_PROD_URL: prodUrl }, stdio: "pipe" }
    );
    builtXml = readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    builtFiles = new Set(listFiles(outDir));
  }, 120000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("points only at the production URL, at files the build produced", () => {
    expect(builtXml).not.toContain("localhost");
    expect(checkManifest(builtXml, { baseUrl: prodUrl, builtFiles })).toEqual([]);
  });

  it("ships hashed bundles with source maps and a config.json", () => {
    const bundles = [...builtFiles].filter((f) => /^taskpane\.[0-9a-f]{8,}\.js$/.test(f));
    expect(bundles).toHaveLength(1);
    expect(builtFiles.has(`${bundles[0]}.map`)).toBe(true);
    expect(builtFiles.has("config.json")).toBe(true);
  });
});
