import { splitName, toNameCase, type NameHints } from "../../../src/lib/extraction/names";

const hints = (over: Partial<NameHints> = {}): NameHints => ({
  surnameFirst: false,
  knownSurnames: new Map(),
  knownFirstNames: new Map(),
  wordCounts: new Map(),
  ...over,
});
const split = (s: string, h: Partial<NameHints> = {}) => splitName(s.split(" "), hints(h));

describe("names", () => {
  it.each([
    ["JANSSENS Emma", "Emma", "Janssens"],
    ["DE SMET Wout", "Wout", "De Smet"],
    ["VAN DEN BROECK Mila", "Mila", "Van den Broeck"],
    ["OP DE BEECK Sandra", "Sandra", "Op de Beeck"],
    ["D'HONDT Chloé", "Chloé", "D'Hondt"],
    ["ŞAHIN Zoë Marie", "Zoë Marie", "Şahin"],
    ["NOWAK ÉLIAS", "Élias", "Nowak"],
    ["MAES Jean-Luc", "Jean-Luc", "Maes"],
    ["Emma JANSSENS", "Emma", "Janssens"],
    ["Van de Velde Veerle", "Veerle", "Van de Velde"],
    ["Olivier El Amrani", "Olivier", "El Amrani"],
    ["Emma Van den Broeck", "Emma", "Van den Broeck"],
    ["Emma Janssens", "Emma", "Janssens"],
  ])("%s → %s / %s", (text, firstName, lastName) => {
    expect(split(text)).toEqual({ firstName, lastName });
  });

  it("writes the surname first after a label or title (Kind: Peeters Emma)", () => {
    expect(split("Peeters Emma", { surnameFirst: true })).toEqual({
      firstName: "Emma",
      lastName: "Peeters",
    });
  });

  it("lets the rest of the mail decide: a family name repeats", () => {
    const wordCounts = new Map([
      ["claes", 3],
      ["lore", 1],
    ]);
    expect(split("Lore Claes", { surnameFirst: true, wordCounts })).toEqual({
      firstName: "Lore",
      lastName: "Claes",
    });
    expect(split("Claes Lore", { wordCounts })).toEqual({ firstName: "Lore", lastName: "Claes" });
  });

  it("keeps mixed-case words as written and recases capitals", () => {
    expect(toNameCase(["VAN", "DER", "AUWERA"], true)).toBe("Van der Auwera");
    expect(toNameCase(["Vande", "Velde"], true)).toBe("Vande Velde");
  });

  it("needs a first and a last name", () => {
    expect(split("Emma")).toBeNull();
  });
});
