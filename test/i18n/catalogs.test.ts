import { resources } from "../../src/i18n";
import { languageFromLocale } from "../../src/i18n/language";

/** All leaf keys of a nested catalog, dotted. */
function keys(catalog: object, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    value !== null && typeof value === "object"
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`]
  );
}

describe("translation catalogs", () => {
  it.each(Object.keys(resources.nl))("namespace %s has the same keys in nl, fr and en", (ns) => {
    const nl = keys(resources.nl[ns as keyof typeof resources.nl]).sort();
    expect(keys(resources.fr[ns as keyof typeof resources.fr]).sort()).toEqual(nl);
    expect(keys(resources.en[ns as keyof typeof resources.en]).sort()).toEqual(nl);
  });

  it("maps Office display languages, Dutch by default", () => {
    expect(languageFromLocale("fr-BE")).toBe("fr");
    expect(languageFromLocale("nl-NL")).toBe("nl");
    expect(languageFromLocale("en-US")).toBe("en");
    expect(languageFromLocale("de-DE")).toBe("nl");
    expect(languageFromLocale(undefined)).toBe("nl");
  });
});
