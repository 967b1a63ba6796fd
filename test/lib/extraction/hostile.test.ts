/**
 * Hostile input: the engine never throws and its time grows linearly with the input — no
 * catastrophic backtracking, nothing quadratic. The absolute figure per 1 MB body ("well under a
 * second") is printed by `npm run bench`; here it is measured relative to a quarter-size body,
 * so a busy machine cannot make the test flaky while a quadratic path still fails it (16×).
 */
import { extractIncident } from "../../../src/lib/extraction";
import { hostileBodies, MB } from "../../../bench/hostileBodies";

/** Far above any linear run, far below a backtracking one. */
const CEILING_MS = 5000;
/** Four times the input: linear time is ~4×; quadratic would be 16×. */
const MAX_GROWTH = 8;
const SLACK_MS = 150;

function timeOf(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const quarter = new Map(hostileBodies(MB / 4));

describe("hostile input", () => {
  it.each(hostileBodies(MB))("a 1 MB body of %s: linear time, no exception", (name, body) => {
    const small = quarter.get(name)!;
    for (const kind of ["text", "html"] as const) {
      const input = (b: string) => ({ subject: "IFG", [kind]: b, sentAt: "2026-03-10" });
      let result: ReturnType<typeof extractIncident> | undefined;
      const base = Math.min(
        timeOf(() => extractIncident(input(small))),
        timeOf(() => extractIncident(input(small)))
      );
      let full = timeOf(() => (result = extractIncident(input(body))));
      // A single slow run (a GC pause, a busy core) gets one more try before it counts.
      if (full > MAX_GROWTH * base + SLACK_MS)
        full = Math.min(
          full,
          timeOf(() => extractIncident(input(body)))
        );
      expect({ kind, full: full < MAX_GROWTH * base + SLACK_MS }).toEqual({ kind, full: true });
      expect(full).toBeLessThan(CEILING_MS);
      expect(Array.isArray(result?.children)).toBe(true);
    }
  });
});
