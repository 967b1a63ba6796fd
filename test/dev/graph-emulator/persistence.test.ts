import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGraphEmulator } from "../../../dev/graph-emulator";
import { control, graphClient } from "./graph-test-client";

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "graph-emulator-test-"));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const message = { subject: "S", toRecipients: [{ emailAddress: { address: "a@b.example" } }] };

describe("state on disk", () => {
  it("keeps sent mail and contacts across a restart with the same data directory", async () => {
    const first = await startGraphEmulator({ dataDir });
    const client = graphClient(first.baseUrl);
    await client.api("/me/sendMail").post({ message });
    const folder = await client.api("/me/contactFolders").post({ displayName: "Kept" });
    await first.close();
    expect(readdirSync(dataDir)).toEqual(["graph-emulator-state.json"]); // no temp files left behind

    const second = await startGraphEmulator({ dataDir });
    try {
      const again = graphClient(second.baseUrl);
      const sent = await again.api("/me/mailFolders/sentitems/messages").get();
      expect(sent.value.map((m: { subject: string }) => m.subject)).toEqual(["S"]);
      const folders = await again.api("/me/contactFolders").filter("displayName eq 'Kept'").get();
      expect(folders.value[0].id).toBe(folder.id);
    } finally {
      await second.close();
    }
  });

  it("does not seed the schools when seed is false, and reset restores the seed choice", async () => {
    const emulator = await startGraphEmulator({ dataDir, seed: false });
    try {
      const client = graphClient(emulator.baseUrl);
      expect((await client.api("/me/contactFolders").get()).value).toHaveLength(0);
      await client.api("/me/contactFolders").post({ displayName: "Mine" });
      await control(emulator.baseUrl, "POST", "reset");
      expect((await client.api("/me/contactFolders").get()).value).toHaveLength(0);
    } finally {
      await emulator.close();
    }
  });

  it("refuses to start on a corrupt state file with a clear message", async () => {
    writeFileSync(join(dataDir, "graph-emulator-state.json"), "{ not json");
    await expect(startGraphEmulator({ dataDir })).rejects.toThrow(/is not valid JSON/);
  });

  it("reports a port already in use", async () => {
    const first = await startGraphEmulator();
    try {
      await expect(startGraphEmulator({ port: first.port })).rejects.toThrow(/already in use/);
    } finally {
      await first.close();
    }
  });
});
