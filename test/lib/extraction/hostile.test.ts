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
    ["family words", fill("familie EL AMRANI gezin CLAES ")],
    ["ages after names", fill("Roos (7 j.) en Storm ")],
    [
      "cell-per-line headers",
      fill("Rol\nNaam\nVoornaam\nGeboortedatum\nKind\nPEETERS\nEmma\n12/03/15\n"),
    ],
    ["child words and ages", fill("kindje 2 jaar ")],
    ["register lines", fill("29/04/2009 VAN DE VELDE Kato\n")],
    ["definition-list blocks", fill("Voornaam: Emma\nNaam: PEETERS\nNé(e) le : 12/03/2015\n")],
    [
      "column-wise table rows",
      fill("Naam | PEETERS | CLAES\nVoornaam | Emma | Mia\n°  | 12/03/2015 |\n"),
    ],
    [
      "one column-wise row of a million cells",
      "Naam" + fill(" | PEETERS") + "\nVoornaam" + fill(" | Emma"),
    ],
    ["space-aligned rows", fill("NAAM    VOORNAAM    GEB.DATUM\nPEETERS    Emma    12.03.2015\n")],
    ["one line of space-separated words", fill("Emma  Peeters ")],
    ["surnames before commas", fill("PEETERS, Emma (°12/03/2015) ")],
    ["capitals and commas", fill("PEETERS, ")],
    ["semicolon rows", fill("Naam;Voornaam;Geboortedatum\nPEETERS;Emma;12/03/2015\n")],
    ["one semicolon line", fill("Emma Lou;")],
    ["field labels without values", fill("Naam:\nRol:\n")],
    [
      "one <pre> block of aligned rows",
      `<pre>${fill("BETROKKENE    GEBOREN\nAYDIN Defne    19/09/2015\n")}</pre>`,
    ],
    ["unclosed <pre> tags", fill("<pre>  x  ")],
    ["minor-words before ages", fill("Océane Gilson, mineure âgée de 16 ans, ")],
    ["bare ages in brackets", fill("zoontje Daan Goethals (4) ")],
    [
      "respectively lists",
      fill("Noah en Liam Dumont, respectievelijk geboren op 02/03/2013 en 14/09/2016, "),
    ],
    ["respectively keywords alone", fill("Noah en Lou respectievelijk ")],
    ["bare ages after long name runs", fill("Daan Goethals Daan (4) ")],
    [
      "cell-per-line rows with empty cells",
      fill("Rol\nNaam\nVoornaam\nGeboortedatum\nKind\nPEETERS\nEmma\n\n"),
    ],
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
