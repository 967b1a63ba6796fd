/**
 * The case reference: a PV number (GE.55.L3.012345/2026, spaces around the slash allowed) or an
 * intervention number (26/123456). In a forward, the original report's number wins: the one in
 * the deepest (last) forwarded segment that has one.
 */

export interface ReferenceMatch {
  value: string;
  kind: "pv" | "intervention";
  start: number;
}

const PV =
  /(?<![A-Za-z0-9])([A-Z]{2}) ?\. ?(\d{2}) ?\. ?([A-Z]\d) ?\. ?(\d{6}) {0,3}\/ {0,3}(\d{4})(?!\d)/g;
const INTERVENTION = /(?<![\d/.-])(\d{2}) {0,2}\/ {0,2}(\d{5,7})(?![\d/])/g;

export function findReferences(text: string): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (const m of text.matchAll(PV))
    found.push({ value: `${m[1]}.${m[2]}.${m[3]}.${m[4]}/${m[5]}`, kind: "pv", start: m.index });
  for (const m of text.matchAll(INTERVENTION))
    found.push({ value: `${m[1]}/${m[2]}`, kind: "intervention", start: m.index });
  return found.sort((a, b) => a.start - b.start);
}

/** Pick the reference of the original report; PV numbers win over intervention numbers. */
export function chooseReference(
  bodyText: string,
  segmentStarts: number[],
  subject: string
): string | null {
  const refs = findReferences(bodyText);
  const bounds = [0, ...segmentStarts, bodyText.length + 1];
  for (let s = bounds.length - 2; s >= 0; s--) {
    const inSegment = refs.filter((r) => r.start >= bounds[s] && r.start < bounds[s + 1]);
    const best = inSegment.find((r) => r.kind === "pv") ?? inSegment[0];
    if (best) return best.value;
  }
  const fromSubject = findReferences(subject);
  return (fromSubject.find((r) => r.kind === "pv") ?? fromSubject[0])?.value ?? null;
}
