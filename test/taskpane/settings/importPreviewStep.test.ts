import { readFileSync } from "node:fs";
import path from "node:path";
import { DirectoryError } from "../../../src/lib/directory";
import { hasWrites, previewImport } from "../../../src/taskpane/settings/importPreviewStep";

const fixture = (name: string) => {
  const text = readFileSync(path.join(__dirname, "../../fixtures-directory", name), "utf8");
  return { text: async () => text };
};

describe("previewImport", () => {
  it("plans from the files and the folder's schools", async () => {
    const outcome = await previewImport({
      schoolsFile: fixture("official-schools.csv"),
      contactsFile: fixture("contact-persons.csv"),
      includePostcodes: ["1040"],
      listExisting: async () => [],
    });
    if (!outcome.ok) throw new Error(outcome.error.key);
    expect(outcome.preview.create.map((s) => s.number)).toEqual(["000001", "012345", "045678"]);
    expect(hasWrites(outcome.preview)).toBe(true);
  });

  it("reports an unreadable file by name, before reading the folder", async () => {
    const listExisting = jest.fn(async () => []);
    const outcome = await previewImport({
      schoolsFile: null,
      contactsFile: { text: () => Promise.reject(new Error("gone")) },
      includePostcodes: [],
      listExisting,
    });
    expect(outcome).toEqual({
      ok: false,
      file: "contacts",
      error: { key: "import.file.unreadable" },
    });
    expect(listExisting).not.toHaveBeenCalled();
  });

  it("passes the folder's read error on, and a status 0 for anything else", async () => {
    const detail = { key: "source.listFailed" as const, params: { status: 403 } };
    const failing = (error: unknown) =>
      previewImport({
        schoolsFile: fixture("official-schools.csv"),
        contactsFile: null,
        includePostcodes: [],
        listExisting: () => Promise.reject(error),
      });
    await expect(failing(new DirectoryError(detail))).resolves.toEqual({
      ok: false,
      file: null,
      error: detail,
    });
    await expect(failing(new TypeError("network"))).resolves.toEqual({
      ok: false,
      file: null,
      error: { key: "source.listFailed", params: { status: 0 } },
    });
  });

  it("reports a file that is not the expected CSV", async () => {
    const outcome = await previewImport({
      schoolsFile: { text: async () => "" },
      contactsFile: null,
      includePostcodes: [],
      listExisting: async () => [],
    });
    expect(outcome).toMatchObject({
      ok: false,
      file: "schools",
      error: { key: "import.file.empty" },
    });
  });
});
