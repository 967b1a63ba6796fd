import { readFileSync } from "node:fs";
import { join } from "node:path";
import { directoryMessageKeys } from "../../../src/lib/directory/messages";

const languages = ["nl", "fr", "en"] as const;

function catalog(language: string): Record<string, unknown> {
  const path = join(__dirname, "../../../src/i18n/locales", language, "directory.json");
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => {
    return typeof node === "object" && node !== null
      ? (node as Record<string, unknown>)[part]
      : undefined;
  }, tree);
}

function leafKeys(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "object" && v !== null
      ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`]
  );
}

describe.each(languages)("directory catalog %s", (language) => {
  const tree = catalog(language);

  it("has a non-empty string for every message key the directory module returns", () => {
    for (const key of directoryMessageKeys) {
      const value = lookup(tree, key);
      expect({ key, type: typeof value }).toEqual({ key, type: "string" });
      expect((value as string).trim()).not.toBe("");
    }
  });

  it("has the same keys and placeholders as the Dutch catalog", () => {
    const dutch = catalog("nl");
    expect(leafKeys(tree).sort()).toEqual(leafKeys(dutch).sort());
    for (const key of leafKeys(dutch)) {
      const placeholders = (text: unknown) =>
        [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect({ key, p: placeholders(lookup(tree, key)) }).toEqual({
        key,
        p: placeholders(lookup(dutch, key)),
      });
    }
  });
});
