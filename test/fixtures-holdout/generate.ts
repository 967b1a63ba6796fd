/**
 * Writes the holdout corpus: one <name>.eml and <name>.json per fixture, next to this file.
 * Run with: npx tsx test/fixtures-holdout/generate.ts
 * The committed .eml/.json files are the deliverable; this script only keeps them reproducible.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderMessage } from "../fixtures/generator/mime";
import { holdoutCorpus } from "./generator/corpus";
import { renderReadme } from "./generator/readme";

const outDir = __dirname;

for (const fixture of holdoutCorpus) {
  writeFileSync(join(outDir, `${fixture.name}.eml`), renderMessage(fixture.mail));
  writeFileSync(
    join(outDir, `${fixture.name}.json`),
    JSON.stringify(fixture.expected, null, 2) + "\n"
  );
}
writeFileSync(join(outDir, "README.md"), renderReadme(holdoutCorpus));
console.log(`Wrote ${holdoutCorpus.length} holdout fixtures to ${outDir}`);
