import { extractIncident } from "../../../src/lib/extraction";

/** Layouts seen in real forwards that the first corpora did not hold. */
const children = (text: string) =>
  extractIncident({ subject: "IFG", text, sentAt: "2026-03-10" }).children.map((c) => [
    c.firstName,
    c.lastName,
    c.birthDate,
  ]);

describe("definition-list blocks, one per person, fields in any order", () => {
  it("reads Voornaam before Naam", () => {
    const text =
      "Intrafamiliaal geweld.\n\nBetrokkenen\n\nVoornaam: Jan\nNaam: PEETERS\nGeboortedatum: 03/04/1985\n\n" +
      "Voornaam: Emma\nNaam: PEETERS\nGeboortedatum: 12/03/2015\n";
    expect(children(text)).toEqual([["Emma", "Peeters", "2015-03-12"]]);
  });

  it("reads French Nom / Prénom / Né(e) le blocks", () => {
    const text =
      "VIF.\n\nEnfant\nNom : DUBOIS\nPrénom : Léa\nNé(e) le : 12/03/2015\n\n" +
      "Nom : DUBOIS\nPrénom : Hugo\nNé(e) le : 01/02/2018\n\nNom : DUBOIS\nPrénom : Marc\nNé le : 02/02/1980\n";
    expect(children(text)).toEqual([
      ["Léa", "Dubois", "2015-03-12"],
      ["Hugo", "Dubois", "2018-02-01"],
    ]);
  });

  it("takes the role field of the block", () => {
    const text =
      "IFG\nRol: moeder\nNaam: CLAES\nVoornaam: Sofie\n\nRol: kind\nNaam: PEETERS\nVoornaam: Mia\n";
    expect(children(text)).toEqual([["Mia", "Peeters", null]]);
  });
});

describe("tables pasted with one cell per line", () => {
  it("keeps reading after an empty cell (an empty line in the row)", () => {
    const text =
      "IFG.\n\nRol\nNaam\nVoornaam\nGeboortedatum\nVader\nPEETERS\nJan\n03/04/1985\n" +
      "Kind\nPEETERS\nEmma\n\nKind\nPEETERS\nLucas\n01/02/2018\n";
    expect(children(text)).toEqual([
      ["Emma", "Peeters", null],
      ["Lucas", "Peeters", "2018-02-01"],
    ]);
  });
});

describe("tables written column-wise, one column per person", () => {
  it("reads each column as a person (plain-text pipes)", () => {
    const text =
      "Feiten: intrafamiliaal geweld.\n\nNaam | PEETERS | PEETERS | PEETERS\nVoornaam | Jan | Emma | Lucas\n" +
      "Geboortedatum | 03/04/1985 | 12/03/2015 | 01/02/2018\nRol | vader | kind | kind\n";
    expect(children(text)).toEqual([
      ["Emma", "Peeters", "2015-03-12"],
      ["Lucas", "Peeters", "2018-02-01"],
    ]);
  });

  it("reads an HTML table with a label column", () => {
    const html =
      "<p>Intrafamiliaal geweld</p><table><tr><td>Nom</td><td>DUBOIS</td><td>DUBOIS</td></tr>" +
      "<tr><td>Prénom</td><td>Léa</td><td>Marc</td></tr><tr><td>Date de naissance</td>" +
      "<td>12/03/2015</td><td>02/02/1980</td></tr></table>";
    const r = extractIncident({ subject: "VIF", html, sentAt: "2026-03-10" });
    expect(r.children.map((c) => [c.firstName, c.lastName, c.birthDate])).toEqual([
      ["Léa", "Dubois", "2015-03-12"],
    ]);
  });
});

describe("columns aligned with spaces", () => {
  it("reads a fixed-width export with a rule row and a birthplace column", () => {
    const text =
      "IFG - betrokken personen\n\nROL            NAAM          VOORNAMEN     GEB.DATUM   GEB.PLAATS\n" +
      "-------------- ------------- ------------- ----------- ----------\n" +
      "MOEDER         CLAES         Sofie         01.02.1990  GENT\n" +
      "MINDERJARIGE   DE SMET       Wout Jan      12.03.2015  AALST\n";
    expect(children(text)).toEqual([["Wout Jan", "De Smet", "2015-03-12"]]);
  });

  it("reads a column-wise table whose first row names the roles", () => {
    const text =
      "IFG\n\n               Moeder        Kind 1        Kind 2\nNaam           CLAES         PEETERS       CLAES\n" +
      "Voornaam       Sofie         Mia           Roos\nGeboortedatum  01/02/1990    03/04/2016    onbekend\n";
    expect(children(text)).toEqual([
      ["Mia", "Peeters", "2016-04-03"],
      ["Roos", "Claes", null],
    ]);
  });

  it("does not read a form field with aligned values as a table", () => {
    const text = "IFG\nKind:\nNaam:      PEETERS\nVoornaam:  Mia\nGeboortedatum:  03/04/2016\n";
    expect(children(text)).toEqual([["Mia", "Peeters", "2016-04-03"]]);
  });
});

describe("a block that repeats the surname above", () => {
  it("reads Nom : idem as the previous block's surname", () => {
    const text =
      "VIF\n\nNom : MAHIEU\nPrénom : Léon\nNé(e) le : 04/02/2014\nQualité : enfant\n\n" +
      "Nom : idem\nPrénom : Zoé\nNé(e) le : 19/10/2019\nQualité : enfant\n";
    expect(children(text)).toEqual([
      ["Léon", "Mahieu", "2014-02-04"],
      ["Zoé", "Mahieu", "2019-10-19"],
    ]);
  });
});

describe("list lines", () => {
  it("do not give the previous person's role to the next line", () => {
    const text = "IFG\nAanwezig\nAn CLAES (°01/02/1990) - moeder\nLou PEETERS (°12/03/2015)\n";
    expect(children(text)).toEqual([["Lou", "Peeters", "2015-03-12"]]);
  });
});

describe("SURNAME, First", () => {
  it("reads a capital surname before the comma as the surname", () => {
    const text =
      "IFG\nBetrokkenen:\nCLAES, Sofie (°01/02/1990) - moeder\nVAN DEN BROECK, Lou Anne (°12/03/2015) - dochter\n" +
      "Kind: PEETERS, Mia, °03/04/2016\n";
    expect(children(text)).toEqual([
      ["Lou Anne", "Van den Broeck", "2015-03-12"],
      ["Mia", "Peeters", "2016-04-03"],
    ]);
  });

  it("keeps two people apart when a first name comes before the capitals", () => {
    const text = "IFG. Aanwezig: Jan PEETERS, Emma CLAES (°12/03/2015).";
    expect(children(text)).toEqual([["Emma", "Claes", "2015-03-12"]]);
  });
});

describe("CSV exports with semicolons", () => {
  it("reads a header row and person rows with empty cells", () => {
    const text =
      "IFG\nRol;Naam;Voornaam;Geboortedatum;Rijksregisternummer\nmoeder;CLAES;Sofie;01/02/1990;\n" +
      "kind;PEETERS;Mia;03/04/2016;\nkind;PEETERS;Lou;;\n";
    expect(children(text)).toEqual([
      ["Mia", "Peeters", "2016-04-03"],
      ["Lou", "Peeters", null],
    ]);
  });
});
