/**
 * Jest: two projects.
 * - unit: domain, adapters, emulator and React components (jsdom chosen per file with a docblock).
 * - e2e: drives a real Chromium against the demo host.
 */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

/** Dependencies shipped only as ES modules (office-addin-mock pulls in uuid and strip-bom). */
const esmOnly = ["postal-mime", "pdfjs-dist", "strip-bom", "uuid"];

const common = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j|mj)sx?$": swc },
  // ESM-only packages (also when nested) must be transformed to CommonJS for Jest.
  transformIgnorePatterns: [`/node_modules/(?!(?:.*/node_modules/)?(?:${esmOnly.join("|")})/)`],
  moduleNameMapper: { "\\.(css)$": "<rootDir>/test/style-stub.js" },
};

module.exports = {
  testTimeout: 20000,
  projects: [
    {
      ...common,
      displayName: "unit",
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      ...common,
      displayName: "e2e",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      // Checks for Chromium (fails with install advice) and builds the add-in once per run.
      globalSetup: "<rootDir>/test/e2e/harness.global-setup.ts",
      globalTeardown: "<rootDir>/test/e2e/harness.global-teardown.ts",
    },
  ],
};
