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

describe("tables in plain text", () => {
  it("reads a table pasted with every cell on its own line", () => {
    const text = [
      "Betrokkenen:",
      "",
      "Rol",
      "Naam",
      "Voornaam",
      "Geboortedatum",
      "Moeder",
      "VAN DAMME",
      "Jolien",
      "17/08/1991",
      "Kind",
      "DE CLERCQ",
      "Lars",
      "29/10/2014",
      "",
      "Kind",
      "DE CLERCQ",
      "Saar",
      "onbekend",
      "Feiten: slagen.",
    ].join("\n");
    expect(kids(text)).toEqual(["Lars | De Clercq | 2014-10-29", "Saar | De Clercq | null"]);
  });

  it("stops a cell-per-line table at a row whose cells do not fit their columns", () => {
    const text = ["Naam", "Voornaam", "Geboortedatum", "PEETERS", "Emma", "Gisteren gebeld", "x"];
    expect(kids(text.join("\n"))).toEqual([]);
  });

  it("reads a Markdown-like pipe table with a rule row and outer pipes", () => {
    const text = [
      "| Rol         | Naam     | Voornaam | Rijksregisternummer |",
      "|-------------|----------|----------|---------------------|",
      "| Verdachte   | WILLEMS  | Tom      | 85.10.02-171.72     |",
      "| Kind        | WILLEMS  | Hanne    | 17 11 30 318 21     |",
    ].join("\n");
    expect(kids(text)).toEqual(["Hanne | Willems | 2017-11-30"]);
  });
});

describe("roles in running text", () => {
  it("does not read the French possessive 'son' as a child word", () => {
    expect(kids("Son avocat, Maître Vincent Renard, a été averti. Les enfants dormaient.")).toEqual(
      []
    );
  });

  it("does not take 'Kind en Gezin' or 'de vader van de kinderen' as a list of children", () => {
    const text =
      "Regioverpleegkundige Nadia El Idrissi (Kind en Gezin) en maatschappelijk werker Bart Moens worden betrokken.\n" +
      "De biologische vader van de kinderen Claes, Tim Claes, werd verwittigd.";
    expect(kids(text)).toEqual([]);
  });

  it("does not let a role word from the previous sentence decide", () => {
    const text =
      "L'aînée s'est interposée entre ses parents. Son frère Lucas Dubois, né le 30 décembre 2014, dormait.";
    expect(kids(text)).toEqual(["Lucas | Dubois | 2014-12-30"]);
  });
});

describe("a year or an age instead of a birth date", () => {
  it("lists a named minor with only a birth year or an age, without a date", () => {
    const text = [
      "Enfants :",
      "- Sacha Mertens, née en 2015 selon la mère",
      "Le fils de Madame, Nathan Lefèvre, âgé de 12 ans, était absent.",
      "Ter plaatse: vader Bart Claes (45 j.), moeder Ilse Wouters (41 j.) en Roos Claes (7 j.).",
    ].join("\n");
    expect(kids(text)).toEqual([
      "Sacha | Mertens | null",
      "Nathan | Lefèvre | null",
      "Roos | Claes | null",
    ]);
  });

  it("never lists someone whose year alone may make 18, nor an adult by year", () => {
    const text =
      "Kind: PEETERS Jan (°2008)\nSlachtoffer: PEETERS An (°1990)\nKind: PEETERS Lou (°2010)";
    expect(kids(text)).toEqual(["Lou | Peeters | null"]);
  });

  it("gives a sibling joined by 'en' the role of the first", () => {
    expect(kids("Aanwezig: de kinderen Lina Amrani (°03/04/2016) en Amir Amrani (°2019).")).toEqual(
      ["Lina | Amrani | 2016-04-03", "Amir | Amrani | null"]
    );
  });
});

describe("a family surname written once", () => {
  it("gives the family's surname to children named by first name only", () => {
    const text =
      "Betreft: familie EL AMRANI\nHet gezin bestaat uit mama Samira Bakkali (34j), papa Youssef en de kinderen Lina (geb. 3/4/2016) en Amir (°2019). Mama was gewond.";
    expect(kids(text)).toEqual(["Lina | El Amrani | 2016-04-03", "Amir | El Amrani | null"]);
  });

  it("reads 'gezin CLAES' and 'de kinderen Claes', but not a first name after 'de kinderen'", () => {
    expect(kids("Interventie bij gezin CLAES.\nKinderen: Roos (7 j.) en Storm (4 j.).")).toEqual([
      "Roos | Claes | null",
      "Storm | Claes | null",
    ]);
    expect(
      kids("De vader van de kinderen Claes werd verwittigd. Zoon: Jonas (°09/10/2016).")
    ).toEqual(["Jonas | Claes | 2016-10-09"]);
    expect(kids("De kinderen Jonas (°09/10/2016) en Lou (°01/01/2018) sliepen.")).toEqual([]);
  });

  it("uses no family surname when the mail gives two different ones", () => {
    expect(kids("Familie PEETERS en familie JANSSENS.\nKind: Jonas (°09/10/2016).")).toEqual([]);
  });
});

describe("the unnamed-child warning", () => {
  const warns = (text: string) =>
    extractIncident(mail(text)).warnings.some((w) => w.key === "warnings.unnamedChild");
  it("is given for a child with an age and no name", () => {
    expect(warns("Het jongste kindje, 2 jaar, sliep boven.")).toBe(true);
    expect(warns("Kind: PEETERS Emma (°12/03/2015). Een baby van 6 maanden lag in de box.")).toBe(
      true
    );
  });
  it("is not given when the child with an age is named", () => {
    expect(warns("De moeder verklaart dat dochter Emma, 4 jaar, sliep.")).toBe(false);
    expect(warns("Kind: PEETERS Emma (°12/03/2015) (9 jaar)")).toBe(false);
  });
});

describe("register lines", () => {
  it("reads household lines with the date before the name", () => {
    const text = [
      "Samenstelling gezin:",
      "14/08/1980 VAN DE VELDE Koen (verdachte)",
      "29/04/2009 VAN DE VELDE Kato",
      "05/03/2021 VAN DE VELDE Olivia",
      "21/01/2026 rond 19u15 gebeld",
    ].join("\n");
    expect(kids(text)).toEqual([
      "Kato | Van de Velde | 2009-04-29",
      "Olivia | Van de Velde | 2021-03-05",
    ]);
  });
});

describe("first names in running text", () => {
  it("reads a month name that is a first name before a surname", () => {
    expect(
      kids("De kinderen waren thuis: haar zus Mei De Vos (°08/05/2018). In mei volgt een zitting.")
    ).toEqual(["Mei | De Vos | 2018-05-08"]);
  });

  it("gives twins written 'Noor en Lou Bosmans (°…)' the surname and date, not a parent", () => {
    expect(kids("De tweeling Noor en Lou Bosmans (°14/06/2018) zag alles.")).toEqual([
      "Noor | Bosmans | 2018-06-14",
      "Lou | Bosmans | 2018-06-14",
    ]);
    expect(kids("Aanwezig: vader Kris en Lou Bosmans (°14/06/2018).")).toEqual([
      "Lou | Bosmans | 2018-06-14",
    ]);
  });
});
