import type { Message } from "@microsoft/microsoft-graph-types";
import {
  PROP_REFERENCE,
  startGraphEmulator,
  type GraphEmulator,
} from "../../../dev/graph-emulator";
import { control, graphClient } from "./graph-test-client";

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await startGraphEmulator();
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await control(emulator.baseUrl, "POST", "reset");
});

describe("drafts and messages", () => {
  it("creates a draft, updates it, sends it: it leaves Drafts and lands in Sent Items", async () => {
    const client = graphClient(emulator.baseUrl);
    const draft: Message = await client.api("/me/messages").post({
      subject: "Handle with Care",
      body: { contentType: "HTML", content: "<p>Handle with Care</p>" },
      singleValueExtendedProperties: [{ id: PROP_REFERENCE, value: "GE.55.L3.012345/2026" }],
    });
    expect(draft).toMatchObject({
      isDraft: true,
      subject: "Handle with Care",
      bodyPreview: "Handle with Care",
    });
    expect((await client.api("/me/mailFolders/drafts/messages").get()).value).toHaveLength(1);

    await expect(client.api(`/me/messages/${draft.id}/send`).post({})).rejects.toMatchObject({
      statusCode: 400,
      code: "ErrorInvalidRecipients",
    });
    await client.api(`/me/messages/${draft.id}`).patch({
      toRecipients: [{ emailAddress: { address: "zorg@school.example" } }],
    });
    await client.api(`/me/messages/${draft.id}/send`).post(null);

    expect((await client.api("/me/mailFolders/drafts/messages").get()).value).toHaveLength(0);
    const sent = await client
      .api("/me/mailFolders/sentitems/messages")
      .expand(`singleValueExtendedProperties($filter=id eq '${PROP_REFERENCE}')`)
      .get();
    expect(sent.value).toHaveLength(1);
    expect(sent.value[0]).toMatchObject({ isDraft: false, subject: "Handle with Care" });
    expect(sent.value[0].singleValueExtendedProperties[0].value).toBe("GE.55.L3.012345/2026");
    await expect(client.api(`/me/messages/${draft.id}`).get()).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it("lets categories change on a sent mail but not its subject", async () => {
    const client = graphClient(emulator.baseUrl);
    await client.api("/me/sendMail").post({
      message: { subject: "S", toRecipients: [{ emailAddress: { address: "a@b.example" } }] },
    });
    const [sent] = (await client.api("/me/mailFolders/sentitems/messages").get()).value;
    const patched = await client
      .api(`/me/messages/${sent.id}`)
      .patch({ categories: ["Handle with Care"] });
    expect(patched.categories).toEqual(["Handle with Care"]);
    await expect(
      client.api(`/me/messages/${sent.id}`).patch({ subject: "changed" })
    ).rejects.toMatchObject({
      statusCode: 400,
      code: "ErrorInvalidPropertyUpdateSentMessage",
    });
  });

  it("moves a deleted message to Deleted Items, and removes it from there for good", async () => {
    const client = graphClient(emulator.baseUrl);
    const draft: Message = await client
      .api("/me/mailFolders/drafts/messages")
      .post({ subject: "x" });
    await client.api(`/me/messages/${draft.id}`).delete();
    const deleted = await client.api("/me/mailFolders/deleteditems/messages").get();
    expect(deleted.value.map((m: Message) => m.id)).toEqual([draft.id]);
    await client.api(`/me/messages/${draft.id}`).delete();
    await expect(client.api(`/me/messages/${draft.id}`).get()).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it("permanentDelete removes a draft for good, without passing through Deleted Items", async () => {
    const client = graphClient(emulator.baseUrl);
    const draft: Message = await client.api("/me/messages").post({ subject: "x" });
    await client.api(`/me/messages/${draft.id}/permanentDelete`).post(null);
    const deleted = await client.api("/me/mailFolders/deleteditems/messages").get();
    expect(deleted.value).toEqual([]);
    await expect(client.api(`/me/messages/${draft.id}`).get()).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it("lists mail folders with counts", async () => {
    const client = graphClient(emulator.baseUrl);
    await client.api("/me/messages").post({ subject: "x" });
    const drafts = await client.api("/me/mailFolders/drafts").get();
    expect(drafts).toMatchObject({ displayName: "Drafts", totalItemCount: 1 });
    const all = await client.api("/me/mailFolders").get();
    expect(all.value.map((f: { displayName: string }) => f.displayName)).toEqual(
      expect.arrayContaining(["Inbox", "Drafts", "Sent Items", "Deleted Items"])
    );
  });
});
