/**
 * Command line: `npm run --silent extract -- <file.eml> [more…]` prints one JSON line per file:
 * {"file": "<path as given>", …extraction result…}, or {"file", "error"} for an unreadable or
 * non-mail file; the command goes on with the rest and then exits non-zero.
 * Output carries child data by design (it is the extraction); errors never do.
 */
import { readFile } from "node:fs/promises";
import { extractIncident, parseEml, prepareAttachments } from "../lib/extraction";
import { NotAMailError } from "../lib/extraction/eml";
import { createPdfTextExtractor } from "../lib/extraction/pdfText";

export async function extractFile(file: string): Promise<Record<string, unknown>> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "EREAD";
    return { file, error: `cannot read file (${code})` };
  }
  try {
    const mail = await prepareAttachments(
      await parseEml(new Uint8Array(raw)),
      createPdfTextExtractor()
    );
    return { file, ...extractIncident(mail) };
  } catch (e) {
    return {
      file,
      error: e instanceof NotAMailError ? "not an e-mail message" : "cannot parse e-mail message",
    };
  }
}

export async function main(files: string[], write: (line: string) => void): Promise<number> {
  if (files.length === 0) {
    write(JSON.stringify({ error: "usage: extract <file.eml> [more files…]" }));
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const result = await extractFile(file);
    if ("error" in result) failed = true;
    write(JSON.stringify(result));
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2), (line) => process.stdout.write(line + "\n")).then((code) => {
    process.exitCode = code;
  });
}
