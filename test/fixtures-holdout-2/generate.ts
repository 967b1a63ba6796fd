/**
 * Writes the second holdout corpus: one <name>.eml and <name>.json per fixture, next to this file.
 * Run with: npx tsx test/fixtures-holdout-2/generate.ts
 * The committed .eml/.json files are the deliverable; this script only keeps them reproducible.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderMessage } from "../fixtures/generator/mime";
import { holdout2Corpus } from "./generator/corpus";
import { renderReadme } from "./generator/readme";

const outDir = __dirname;

for (const fixture of holdout2Corpus) {
  writeFileSync(join(outDir, `${fixture.name}.eml`), renderMessage(fixture.mail));
  writeFileSync(
    join(outDir, `${fixture.name}.json`),
    JSON.stringify(fixture.expected, null, 2) + "\n"
  );
}
writeFileSync(join(outDir, "README.md"), renderReadme(holdout2Corpus));
console.log(`Wrote ${holdout2Corpus.length} holdout-2 fixtures to ${outDir}`);
