import { extractIncident, prepareAttachments } from "../../../src/lib/extraction";
import { createPdfTextExtractor } from "../../../src/lib/extraction/pdfText";

/** A minimal one-page PDF with one text line per entry (Helvetica, WinAnsi), xref offsets computed. */
function makePdf(lines: string[]): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => "\\" + c);
  const stream = [
    "BT",
    "/F1 11 Tf",
    "14 TL",
    "50 780 Td",
    ...lines.map((l) => `(${esc(l)}) Tj T*`),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

describe("PDF attachments", () => {
  const pdf = makePdf([
    "PV GE.55.L3.012345/2026 - intrafamiliaal geweld",
    "Slachtoffer: PEETERS An (geb. 03/07/1987)",
    "Kind: PEETERS Chloé (°14/05/2016)",
  ]);

  it("extracts the text with pdfjs-dist", async () => {
    const text = await createPdfTextExtractor().extractText(pdf);
    expect(text).toContain("Kind: PEETERS Chloé (°14/05/2016)");
  });

  it("feeds the PDF text to the engine", async () => {
    const input = await prepareAttachments(
      {
        subject: "FW: rapport",
        text: "Zie bijlage.",
        sentAt: "2026-03-10T08:00:00+01:00",
        attachments: [{ name: "pv.pdf", contentType: "application/pdf", content: pdf }],
      },
      createPdfTextExtractor()
    );
    const r = extractIncident(input);
    expect(r.isIncident).toBe(true);
    expect(r.reference).toBe("GE.55.L3.012345/2026");
    expect(
      r.children.map((c) => [c.firstName, c.lastName, c.birthDate, c.evidence.source])
    ).toEqual([["Chloé", "Peeters", "2016-05-14", "attachment:0"]]);
  });

  it("leaves an unreadable PDF without text and warns", async () => {
    const input = await prepareAttachments(
      {
        subject: "IFG",
        text: "IFG",
        sentAt: "2026-03-10",
        attachments: [
          { name: "kapot.pdf", contentType: "application/pdf", content: new Uint8Array([1, 2, 3]) },
        ],
      },
      createPdfTextExtractor()
    );
    expect(extractIncident(input).warnings).toContainEqual({
      key: "warnings.attachmentNotRead",
      params: { attachment: 1 },
    });
  });
});
