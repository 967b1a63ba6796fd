/**
 * PdfTextExtractor backed by pdfjs-dist (v4, ESM). Loaded lazily so importing the engine never
 * pulls pdfjs in; runs without a worker (in-process), which is fine for short police reports.
 */
import type { PdfTextExtractor } from "./attachments";

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

export interface PdfTextExtractorOptions {
  /** In a browser, the URL of pdfjs' worker script (the build copies it beside the pane). */
  workerSrc?: string;
}

export function createPdfTextExtractor(options: PdfTextExtractorOptions = {}): PdfTextExtractor {
  return {
    async extractText(bytes: Uint8Array): Promise<string> {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      if (options.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = options.workerSrc;
      // pdfjs takes ownership of the buffer: give it a copy.
      const doc = await pdfjs.getDocument({
        data: new Uint8Array(bytes),
        isEvalSupported: false,
        verbosity: 0, // errors only: pdfjs logs to the console, which the CLI uses for JSON
        useSystemFonts: false,
      }).promise;
      const pages: string[] = [];
      try {
        for (let p = 1; p <= doc.numPages; p++) {
          const page = await doc.getPage(p);
          const content = await page.getTextContent();
          pages.push(
            (content.items as TextItemLike[])
              .map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : ""))
              .join("")
          );
        }
      } finally {
        await doc.destroy();
      }
      return pages.join("\n");
    },
  };
}
