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

  it("uses common first names when nothing else in the mail decides", () => {
    expect(split("Lore Claes", { surnameFirst: true })).toEqual({
      firstName: "Lore",
      lastName: "Claes",
    });
    expect(split("Peeters Emma")).toEqual({ firstName: "Emma", lastName: "Peeters" });
    expect(split("Wuyts Zoë Marie")).toEqual({ firstName: "Zoë Marie", lastName: "Wuyts" });
    expect(split("Anne-Sophie Lemaire", { surnameFirst: true })).toEqual({
      firstName: "Anne-Sophie",
      lastName: "Lemaire",
    });
    expect(split("EMMA WUYTS")).toEqual({ firstName: "Emma", lastName: "Wuyts" });
    expect(split("ÖZTÜRK ELIF")).toEqual({ firstName: "Elif", lastName: "Öztürk" });
  });

  it("lets the mail's own capitals outrank the first-name list", () => {
    const knownSurnames = new Map([["emma", 1]]);
    expect(split("Lou Emma", { knownSurnames })).toEqual({ firstName: "Lou", lastName: "Emma" });
  });

  it("keeps the convention when both words are first names (or neither is)", () => {
    expect(split("Emma Lou", { surnameFirst: true })).toEqual({
      firstName: "Lou",
      lastName: "Emma",
    });
    expect(split("Vandamme Wuyts")).toEqual({ firstName: "Vandamme", lastName: "Wuyts" });
  });

  it("keeps mixed-case words as written and recases capitals", () => {
    expect(toNameCase(["VAN", "DER", "AUWERA"], true)).toBe("Van der Auwera");
    expect(toNameCase(["Vande", "Velde"], true)).toBe("Vande Velde");
  });

  it("needs a first and a last name", () => {
    expect(split("Emma")).toBeNull();
  });
});
