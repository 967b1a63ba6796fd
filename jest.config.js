/** Jest: unit and component tests (jsdom per file via docblock), end-to-end tests in test/e2e. */
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

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.(t|j|mj)sx?$": swc },
  // ESM-only packages must be transformed to CommonJS for Jest.
  transformIgnorePatterns: ["/node_modules/(?!(postal-mime|pdfjs-dist)/)"],
  moduleNameMapper: { "\\.(css)$": "<rootDir>/test/style-stub.js" },
  testTimeout: 20000,
};
