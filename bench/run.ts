/**
 * `npm run bench`: extraction time per mail (median, p95) over the shared samples and the test
 * corpora, the time for each 1 MB hostile body, and one CLI-style pass over a few hundred files.
 * Prints figures only (no child data).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  extractIncident,
  parseEml,
  prepareAttachments,
  type MailInput,
} from "../src/lib/extraction";
import { createPdfTextExtractor } from "../src/lib/extraction/pdfText";
import { hostileBodies, MB } from "./hostileBodies";

const repoRoot = path.resolve(__dirname, "..");
const dirs = [
  path.resolve(repoRoot, "..", "shared", "samples"),
  path.join(repoRoot, "test", "fixtures"),
  path.join(repoRoot, "test", "fixtures-holdout"),
  path.join(repoRoot, "test", "fixtures-holdout-2"),
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const files = dirs.filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(".eml"))
      .map((f) => path.join(d, f))
  );
  const pdf = createPdfTextExtractor();
  const mails: MailInput[] = [];
  for (const f of files) mails.push(await prepareAttachments(await parseEml(readFileSync(f)), pdf));

  for (const m of mails) extractIncident(m); // warm-up (JIT)
  const times: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const m of mails) {
      const t0 = performance.now();
      extractIncident(m);
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  console.log(`mails: ${mails.length} (${dirs.filter(existsSync).join(", ")}), 5 rounds`);
  console.log(
    `extraction per mail: median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${times[times.length - 1].toFixed(3)} ms`
  );

  // Every hostile body of the linear-time test, at 1 MB: the "well under a second" figures.
  let slowest = 0;
  for (const [name, body] of hostileBodies(MB)) {
    for (const kind of ["text", "html"] as const) {
      const t0 = performance.now();
      extractIncident({ subject: "IFG", [kind]: body, sentAt: "2026-03-10" });
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      console.log(`hostile 1 MB ${name} (${kind}): ${ms.toFixed(1)} ms`);
    }
  }
  console.log(`hostile 1 MB slowest: ${slowest.toFixed(1)} ms`);

  // CLI-like pass: parse + prepare + extract, a few hundred files.
  const many = Array.from({ length: 300 }, (_v, i) => files[i % files.length]);
  const t0 = performance.now();
  for (const f of many)
    extractIncident(await prepareAttachments(await parseEml(readFileSync(f)), pdf));
  console.log(
    `${many.length} files parsed and extracted: ${(performance.now() - t0).toFixed(0)} ms`
  );
}

main().catch(() => {
  console.error("bench failed");
  process.exitCode = 1;
});
