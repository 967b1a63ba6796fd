import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createI18n } from "../../../src/i18n";
import { DIRECTORY_NAMESPACE, directoryMessageKeys } from "../../../src/lib/directory/messages";

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

describe("directory messages through the real i18next set-up", () => {
  it.each(languages)("%s: every key renders with its placeholders filled", async (language) => {
    const i18n = await createI18n(language);
    const params = {
      row: 7,
      number: "012345",
      value: "x",
      firstRow: 3,
      max: 3,
      column: "number",
      status: 503,
    };
    for (const key of directoryMessageKeys) {
      const text = i18n.t(`${DIRECTORY_NAMESPACE}:${key}`, params);
      expect({ key, rendered: text !== key && !text.includes("{{") }).toEqual({
        key,
        rendered: true,
      });
    }
  });
});
