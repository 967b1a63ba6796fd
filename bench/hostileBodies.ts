/**
 * Hostile mail bodies for the extraction engine: long runs of what its patterns look for. Shared
 * by `npm run bench`, which prints the time for each 1 MB body, and the linear-time test
 * (test/lib/extraction/hostile.test.ts).
 */
export const MB = 1024 * 1024;

/** `unit` repeated to exactly `size` characters. */
export const fill = (size: number, unit: string) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Each hostile body as [name, body of about `size` characters]. */
export function hostileBodies(size: number): [string, string][] {
  return [
    ["digits", fill(size, "1234567890")],
    ["dots", fill(size, ".")],
    ["capitals", fill(size, "JANSSENS ")],
    ["birth signs", fill(size, "°")],
    ["birth signs and dates", fill(size, "IFG DE SMET Wout (°12/03/2015) ")],
    ["nested tags", fill(size, "<div><table><tr><td>")],
    ["digit groups", fill(size, "12.03.20-123.45 ")],
    ["family words", fill(size, "familie EL AMRANI gezin CLAES ")],
    ["ages after names", fill(size, "Roos (7 j.) en Storm ")],
    [
      "cell-per-line headers",
      fill(size, "Rol\nNaam\nVoornaam\nGeboortedatum\nKind\nPEETERS\nEmma\n12/03/15\n"),
    ],
    ["child words and ages", fill(size, "kindje 2 jaar ")],
    ["register lines", fill(size, "29/04/2009 VAN DE VELDE Kato\n")],
    [
      "definition-list blocks",
      fill(size, "Voornaam: Emma\nNaam: PEETERS\nNé(e) le : 12/03/2015\n"),
    ],
    [
      "column-wise table rows",
      fill(size, "Naam | PEETERS | CLAES\nVoornaam | Emma | Mia\n°  | 12/03/2015 |\n"),
    ],
    [
      "one column-wise row of a million cells",
      "Naam" + fill(size, " | PEETERS") + "\nVoornaam" + fill(size, " | Emma"),
    ],
    [
      "space-aligned rows",
      fill(size, "NAAM    VOORNAAM    GEB.DATUM\nPEETERS    Emma    12.03.2015\n"),
    ],
    ["one line of space-separated words", fill(size, "Emma  Peeters ")],
    ["surnames before commas", fill(size, "PEETERS, Emma (°12/03/2015) ")],
    ["capitals and commas", fill(size, "PEETERS, ")],
    ["semicolon rows", fill(size, "Naam;Voornaam;Geboortedatum\nPEETERS;Emma;12/03/2015\n")],
    ["one semicolon line", fill(size, "Emma Lou;")],
    ["field labels without values", fill(size, "Naam:\nRol:\n")],
    [
      "one <pre> block of aligned rows",
      `<pre>${fill(size, "BETROKKENE    GEBOREN\nAYDIN Defne    19/09/2015\n")}</pre>`,
    ],
    ["unclosed <pre> tags", fill(size, "<pre>  x  ")],
    ["minor-words before ages", fill(size, "Océane Gilson, mineure âgée de 16 ans, ")],
    ["bare ages in brackets", fill(size, "zoontje Daan Goethals (4) ")],
    [
      "respectively lists",
      fill(size, "Noah en Liam Dumont, respectievelijk geboren op 02/03/2013 en 14/09/2016, "),
    ],
    ["respectively keywords alone", fill(size, "Noah en Lou respectievelijk ")],
    ["bare ages after long name runs", fill(size, "Daan Goethals Daan (4) ")],
    [
      "cell-per-line rows with empty cells",
      fill(size, "Rol\nNaam\nVoornaam\nGeboortedatum\nKind\nPEETERS\nEmma\n\n"),
    ],
  ];
}
