import { extractIncident, type MailInput } from "../../../src/lib/extraction";
import { htmlToText } from "../../../src/lib/extraction/html";
import { chooseReference } from "../../../src/lib/extraction/reference";
import { screen } from "../../../src/lib/extraction/screening";
import { analyseStructure } from "../../../src/lib/extraction/structure";

const mail = (text: string, over: Partial<MailInput> = {}): MailInput => ({
  subject: "FW: IFG",
  text,
  sentAt: "2026-03-10T08:00:00+01:00",
  ...over,
});
const kids = (input: MailInput) =>
  extractIncident(input).children.map((c) => `${c.firstName} ${c.lastName} ${c.birthDate}`);

describe("screening", () => {
  it.each([
    "IFG",
    "VIF",
    "intrafamiliaal geweld",
    "familiaal geweld",
    "partnergeweld",
    "huiselijk geweld",
    "violences conjugales",
    "violence intrafamiliale",
    "huiselijke twist met slagen",
    "echtelijke ruzie",
    "dispute conjugale",
    "violences domestiques",
  ])("flags %s", (term) => {
    expect(screen([`Feiten: ${term}`]).isIncident).toBe(true);
  });
  it.each([
    "Verkeersongeval met lichamelijk letsel",
    "Diefstal van fiets",
    "Inbraak in woning",
    "Vandalisme aan wagen",
    "Un vif débat a eu lieu",
    "Geen IFG vastgesteld",
    "Er zijn geen signalen van geweld in het gezin; het CLB volgt op.",
    "Aucun signe de violence familiale.",
  ])("does not flag %s", (text) => {
    expect(screen([text]).isIncident).toBe(false);
  });
  it("gives no children when the mail is not an incident, even with a minor named", () => {
    const r = extractIncident(
      mail("Verkeersongeval. Betrokken: PEETERS Emma (°01/02/2015).", { subject: "FW: PV" })
    );
    expect(r).toMatchObject({ isIncident: false, children: [] });
  });
});

describe("reference", () => {
  it("reads PV numbers with spaces around the slash and intervention numbers", () => {
    expect(chooseReference("PV-nummer: DE.41.L5.887499 / 2026", [], "")).toBe(
      "DE.41.L5.887499/2026"
    );
    expect(chooseReference("Interventie 26/123456 - IFG", [], "")).toBe("26/123456");
  });
  it("prefers the original report's number in a forward", () => {
    const text =
      "Zie ook PV AN.44.L1.000001/2026.\nVan: X <x@y.be>\nVerzonden: maandag\nAan: JGP\nOnderwerp: IFG\n\nPV GE.55.L3.012345/2026";
    const s = analyseStructure(text);
    expect(chooseReference(text, s.segmentStarts, "")).toBe("GE.55.L3.012345/2026");
  });
});

describe("forward headers and quotes", () => {
  it.each([
    [
      "classic Outlook NL",
      "-----Oorspronkelijk bericht-----\nVan: A <a@b.be>\nVerzonden: maandag 9 maart 2026 22:22\nAan: JGP\nOnderwerp: IFG",
    ],
    [
      "new Outlook NL",
      "Van: A <a@b.be>\nDatum: maandag, 9 maart 2026 om 12:06\nAan: JGP\nOnderwerp: IFG",
    ],
    [
      "French",
      "De\u00a0: A <a@b.be>\nEnvoyé\u00a0: lundi 9 mars 2026 22:22\nÀ\u00a0: JGP\nObjet\u00a0: VIF",
    ],
    [
      "OWA English",
      "________________________________\nFrom: A <a@b.be>\nSent: Monday, March 9, 2026 10:22 PM\nTo: JGP\nSubject: IFG",
    ],
  ])("%s: children found below the header, none from it", (_name, header) => {
    const body = `Ter info.\n\n${header}\n\nKinderen ter plaatse: Emma PEETERS (°01/02/2015).`;
    expect(kids(mail(body))).toEqual(["Emma Peeters 2015-02-01"]);
  });
  it("strips reply quote markers", () => {
    expect(kids(mail("> > Kind: PEETERS Emma (°01/02/2015)\n> IFG"))).toEqual([
      "Emma Peeters 2015-02-01",
    ]);
  });
});

describe("persons", () => {
  it("takes a sibling's surname once for the list", () => {
    expect(kids(mail("Kinderen: DE SMET Wout (°01/02/2015) en Fien (°03/04/2017)."))).toEqual([
      "Wout De Smet 2015-02-01",
      "Fien De Smet 2017-04-03",
    ]);
  });
  it('reads a stated age after a minor-word: "X, mineure âgée de 16 ans"', () => {
    const text =
      "VIF. Monsieur Marc Gilson, âgé de 42 ans, a giflé son épouse. Leur fille Océane Gilson, mineure âgée de 16 ans, s'est interposée.";
    expect(kids(mail(text))).toEqual(["Océane Gilson null"]);
  });
  it('reads a bare age in brackets only after a child word: "zoontje Daan Goethals (4)"', () => {
    expect(kids(mail("IFG. Hun zoontje Daan Goethals (4) was aanwezig."))).toEqual([
      "Daan Goethals null",
    ]);
    expect(kids(mail("IFG. Buurman Jan Claes (4) belde de politie."))).toEqual([]);
  });
  it('pairs names with dates in order after "respectievelijk geboren op"', () => {
    const text =
      "IFG. Vader Gregory Dumont (°01/09/1984). De kinderen, Noah en Liam Dumont, respectievelijk geboren op 02/03/2013 en 14/09/2016, sliepen.";
    expect(kids(mail(text))).toEqual(["Noah Dumont 2013-03-02", "Liam Dumont 2016-09-14"]);
    const fr =
      "VIF. Les enfants Léa, Hugo et Zoé Martin, respectivement nés le 01/02/2012, 03/04/2014 et 05/06/2016.";
    expect(kids(mail(fr))).toEqual([
      "Léa Martin 2012-02-01",
      "Hugo Martin 2014-04-03",
      "Zoé Martin 2016-06-05",
    ]);
    // Counts that do not match pair nothing: no guessing which date is whose.
    const odd = "IFG. Noah en Liam Dumont, respectievelijk geboren op 02/03/2013.";
    expect(kids(mail(odd))).not.toContain("Liam Dumont 2013-03-02");
  });
  it("never lists adults, whatever their role label", () => {
    const text =
      "Kind: PEETERS Jan (°01/02/2000) (meerderjarig)\nMoeder: PEETERS An (°01/02/2009)\nOpsteller: INP PEETERS Tom\nVerdachte: DE WOLF Kris (°05/05/1990)\nKind: PEETERS Lien (°05/05/2012)";
    expect(kids(mail(text))).toEqual(["Lien Peeters 2012-05-05"]);
  });
  it("lists a named child without date with a warning, and warns about an unnamed child", () => {
    const r = extractIncident(mail("Kind: Peeters Emma\nHet jongste kindje, 2 jaar, sliep boven."));
    expect(r.children.map((c) => [c.firstName, c.lastName, c.birthDate])).toEqual([
      ["Emma", "Peeters", null],
    ]);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        { key: "warnings.childWithoutBirthDate", params: { child: 1 } },
        { key: "warnings.unnamedChild" },
      ])
    );
  });
  it("takes the birth date from a valid national number; an invalid one is a warning and unused", () => {
    const r = extractIncident(
      mail(
        "Kind: JANSSENS Zeynep, RRN 16.04.09-640.65\nKind: JANSSENS Jules (°13/04/2019), RRN 19.04.13-657.89"
      )
    );
    expect(r.children.map((c) => [c.firstName, c.birthDate, c.nationalNumber])).toEqual([
      ["Zeynep", "2016-04-09", "16040964065"],
      ["Jules", "2019-04-13", null],
    ]);
    expect(r.warnings).toContainEqual({
      key: "warnings.invalidNationalNumber",
      params: { child: 2, field: "nationalNumber" },
    });
    expect(JSON.stringify(r.warnings)).not.toMatch(/Jules|Zeynep|2019|1904/);
  });
  it("warns when a written date disagrees with a valid number (the number wins)", () => {
    const r = extractIncident(mail("Kind: JANSSENS Zeynep (°10/04/2016), RRN 16.04.09-640.65"));
    expect(r.children[0].birthDate).toBe("2016-04-09");
    expect(r.warnings).toContainEqual({
      key: "warnings.birthDateMismatch",
      params: { child: 1, field: "birthDate" },
    });
  });
  it("computes age and school age on the mail's date and gives evidence", () => {
    const r = extractIncident(
      mail("Kinderen: PEETERS Emma (°01/02/2015) en PEETERS Lou (°01/12/2024).")
    );
    expect(r.children.map((c) => [c.age, c.schoolAge])).toEqual([
      [11, true],
      [1, false],
    ]);
    const e = r.children[0].evidence;
    expect(bodyOf(r, e)).toBe(e.text);
    expect(e.text).toContain("PEETERS Emma");
  });
  it("lists a child once when a table and the text both name it", () => {
    const html =
      "<p>IFG</p><table><tr><th>Rol</th><th>Naam</th><th>Voornaam</th><th>Geboortedatum</th></tr>" +
      "<tr><td>Kind</td><td>PEETERS</td><td>Emma</td><td>01/02/2015</td></tr>" +
      "<tr><td>Moeder</td><td>PEETERS</td><td>An</td><td>01/02/1985</td></tr></table>" +
      "<p>Emma Peeters (&deg;01/02/2015) was aanwezig.</p>";
    expect(kids({ subject: "IFG", html, sentAt: "2026-03-10" })).toEqual([
      "Emma Peeters 2015-02-01",
    ]);
  });
});

function bodyOf(_r: unknown, e: { start: number; end: number; text: string }) {
  const text = "Kinderen: PEETERS Emma (°01/02/2015) en PEETERS Lou (°01/12/2024).";
  return text.slice(e.start, e.end);
}

describe("HTML", () => {
  it("renders table rows as lines of cells and decodes entities and NBSP", () => {
    const t = htmlToText(
      "<table><tr><td>Kind</td><td><p>D&#39;HONDT</p></td><td>Chlo&eacute;&nbsp;</td></tr></table>"
    );
    expect(t.trim().replace(/\u00a0/g, " ")).toBe("Kind | D'HONDT | Chloé");
  });
  it("keeps the column spacing inside <pre> and reads BETROKKENE / GEBOREN as columns", () => {
    const pre =
      "<p>IFG</p><pre>\nBETROKKENE      GEBOREN     ROL\n" +
      "AYDIN Elif      12/08/1990  SLACHTOFFER\nAYDIN Defne     19/09/2015  KIND\n</pre>";
    expect(htmlToText(pre)).toContain("AYDIN Defne     19/09/2015  KIND");
    expect(htmlToText("<p>a    b</p>").trim()).toBe("a b");
    expect(kids({ subject: "IFG", html: pre, sentAt: "2026-03-10" })).toEqual([
      "Defne Aydin 2015-09-19",
    ]);
  });
});

describe("garbage", () => {
  it.each([null, undefined, 42, "text", {}, { subject: 5, html: {}, attachments: "x" }])(
    "returns an empty result with a warning for %p",
    (input) => {
      const r = extractIncident(input as unknown as MailInput);
      expect(r.children).toEqual([]);
      expect(r.warnings.length).toBeGreaterThan(0);
    }
  );
});
