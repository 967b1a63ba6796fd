/** Engine behaviour on the variety of real police mail (issue 3 hardening), one case per improvement. */
import { extractIncident, type MailInput } from "../../../src/lib/extraction";

const mail = (text: string, over: Partial<MailInput> = {}): MailInput => ({
  subject: "FW: IFG",
  text,
  sentAt: "2026-03-10T08:00:00+01:00",
  ...over,
});
const kids = (text: string) =>
  extractIncident(mail(text)).children.map(
    (c) => `${c.firstName} | ${c.lastName} | ${c.birthDate}`
  );

describe("birth dates", () => {
  it("reads a two-digit year as 20YY when that makes a minor, and treats the others as adults", () => {
    const text = [
      "Kind: PEETERS Emma (°12/03/15)",
      "Kind: PEETERS Jan (°12/03/98)",
      "Slachtoffer: PEETERS Lies (°12/03/07)",
      "Slachtoffer: PEETERS Noor (°12/03/09)",
    ].join("\n");
    expect(kids(text)).toEqual(["Emma | Peeters | 2015-03-12", "Noor | Peeters | 2009-03-12"]);
  });

  it("reads French 'née à <place> le <date>' and ISO dates", () => {
    expect(
      kids("Enfant : Emma PEETERS, née à Liège le 1er mars 2015\nKind: Lou PEETERS (°2016-03-03)")
    ).toEqual(["Emma | Peeters | 2015-03-01", "Lou | Peeters | 2016-03-03"]);
  });
});
