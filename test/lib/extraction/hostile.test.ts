import { extractIncident } from "../../../src/lib/extraction";

const MB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe("hostile input", () => {
  it.each([
    ["digits", fill("1234567890")],
    ["dots", fill(".")],
    ["capitals", fill("JANSSENS ")],
    ["birth signs", fill("°")],
    ["birth signs and dates", fill("IFG DE SMET Wout (°12/03/2015) ")],
    ["nested tags", fill("<div><table><tr><td>")],
    ["digit groups", fill("12.03.20-123.45 ")],
  ])("a 1 MB body of %s finishes well under a second", (_name, body) => {
    for (const input of [
      { subject: "IFG", text: body, sentAt: "2026-03-10" },
      { subject: "IFG", html: body, sentAt: "2026-03-10" },
    ]) {
      const t0 = performance.now();
      const r = extractIncident(input);
      const ms = performance.now() - t0;
      expect(ms).toBeLessThan(1000);
      expect(Array.isArray(r.children)).toBe(true);
    }
  });
});
