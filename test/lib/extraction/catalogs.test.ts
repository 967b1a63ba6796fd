import en from "../../../src/i18n/locales/en/extraction.json";
import fr from "../../../src/i18n/locales/fr/extraction.json";
import nl from "../../../src/i18n/locales/nl/extraction.json";
import { WarningKeys } from "../../../src/lib/extraction";

describe("extraction catalogs", () => {
  it.each([
    ["nl", nl],
    ["fr", fr],
    ["en", en],
  ])("%s has every warning key", (_lng, catalog) => {
    for (const key of Object.values(WarningKeys)) {
      const [group, name] = key.split(".");
      expect((catalog as Record<string, Record<string, string>>)[group][name]).toEqual(
        expect.any(String)
      );
    }
  });
});
