/** Reads a CSV fixture from test/fixtures-directory as text (BOM kept, as a browser File gives it). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function readFixture(name: string): string {
  return readFileSync(join(__dirname, "../../fixtures-directory", name), "utf8");
}
