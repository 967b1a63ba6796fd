/**
 * Search latency of the school directory index over 2,000 generated schools, as the officer
 * types (every prefix of a few realistic queries). Run: npx tsx bench/directory.bench.ts
 */
import { buildSchoolIndex } from "../src/lib/directory/schoolIndex";
import { generateSchools } from "../test/fixtures-directory/generateSchools";

const SCHOOLS = 2000;
const ROUNDS = 50;
const typedQueries = ["sint jozef gent", "étterbeek", "9000", "1234", "athenee royal", "regenboog"];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const schools = generateSchools(SCHOOLS);
const buildStart = performance.now();
const index = buildSchoolIndex(schools);
const buildMs = performance.now() - buildStart;

// Every prefix, as the combobox searches on each keystroke.
const keystrokes = typedQueries.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
for (const q of keystrokes) index.search(q); // warm-up (JIT)

const samples: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const q of keystrokes) {
    const start = performance.now();
    index.search(q);
    samples.push(performance.now() - start);
  }
}
samples.sort((a, b) => a - b);

const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(`school search over ${index.size} schools, ${samples.length} searches`);
console.log(`  build index: ${ms(buildMs)}`);
console.log(`  median:      ${ms(percentile(samples, 50))}`);
console.log(`  p95:         ${ms(percentile(samples, 95))}`);
console.log(`  max:         ${ms(samples[samples.length - 1])}`);
