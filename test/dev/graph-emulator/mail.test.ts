import type { Message } from "@microsoft/microsoft-graph-types";
import { GraphError as SdkGraphError } from "@microsoft/microsoft-graph-client";
import {
  PROP_SIGNAL_ID,
  SHARED_MAILBOX_ADDRESS,
  FOREIGN_MAILBOX_ADDRESS,
  startGraphEmulator,
  type GraphEmulator,
} from "../../../dev/graph-emulator";
import { control, graphClient } from "./graph-test-client";

let emulator: GraphEmulator;

beforeAll(async () => {
  emulator = await startGraphEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await control(emulator.baseUrl, "POST", "reset");
});

function signal(signalId: string, extra: Partial<Message> = {}): Message {
  return {
    subject: "Handle with Care",
    body: { contentType: "text", content: "Handle with Care\nEmma Janssens\n12/03/2015" },
    toRecipients: [
      { emailAddress: { name: "Zorg", address: "zorgcoordinator@sint-jozef.example" } },
    ],
    categories: ["Handle with Care"],
    singleValueExtendedProperties: [{ id: PROP_SIGNAL_ID, value: signalId }],
    ...extra,
  };
}

const bySignalId = (signalId: string): string =>
  `singleValueExtendedProperties/Any(ep: ep/id eq '${PROP_SIGNAL_ID}' and ep/value eq '${signalId}')`;

describe("sendMail and Sent Items through the Graph SDK", () => {
  it("answers /me with the demo officer", async () => {
    const me = await graphClient(emulator.baseUrl).api("/me").get();
    expect(me).toMatchObject({
      displayName: "Inspecteur Demo",
      mail: "officer@zone.example.be",
      userPrincipalName: "officer@zone.example.be",
    });
    expect(me["@odata.context"]).toContain("$metadata#users/$entity");
  });

  it("stores a sent mail in Sent Items, found back by extended property and expanded", async () => {
    const client = graphClient(emulator.baseUrl);
    await client.api("/me/sendMail").post({ message: signal("sig-1"), saveToSentItems: true });
    await client.api("/me/sendMail").post({ message: signal("sig-2") });

    const found = await client
      .api("/me/mailFolders/sentitems/messages")
      .filter(bySignalId("sig-1"))
      .expand(`singleValueExtendedProperties($filter=id eq '${PROP_SIGNAL_ID}')`)
      .select("subject,sentDateTime,internetMessageId,categories,from")
      .get();

    expect(found.value).toHaveLength(1);
    const [message] = found.value;
    expect(message.subject).toBe("Handle with Care");
    expect(message.categories).toEqual(["Handle with Care"]);
    expect(message.internetMessageId).toMatch(/^<[0-9A-F]+@zone\.example\.be>$/);
    expect(Date.parse(message.sentDateTime)).not.toBeNaN();
    expect(message.from.emailAddress.address).toBe("officer@zone.example.be");
    expect(message.body).toBeUndefined(); // not selected
    expect(message.singleValueExtendedProperties).toHaveLength(1);
    expect(message.singleValueExtendedProperties[0].id.toLowerCase()).toBe(
      PROP_SIGNAL_ID.toLowerCase()
    );
    expect(message.singleValueExtendedProperties[0].value).toBe("sig-1");
  });

  it("does not return extended properties unless expanded", async () => {
    const client = graphClient(emulator.baseUrl);
    await client.api("/me/sendMail").post({ message: signal("sig-3") });
    const list = await client.api("/me/mailFolders/SentItems/messages").get();
    expect(list.value).toHaveLength(1);
    expect(list.value[0].singleValueExtendedProperties).toBeUndefined();
  });

  it("does not keep the mail when saveToSentItems is false", async () => {
    const client = graphClient(emulator.baseUrl);
    await client.api("/me/sendMail").post({ message: signal("sig-4"), saveToSentItems: false });
    const list = await client.api("/me/mailFolders/sentitems/messages").get();
    expect(list.value).toHaveLength(0);
  });

  it("filters on categories and sentDateTime, newest first", async () => {
    const client = graphClient(emulator.baseUrl);
    await client.api("/me/sendMail").post({ message: signal("a") });
    await client.api("/me/sendMail").post({ message: signal("b", { categories: ["Other"] }) });
    await client.api("/me/sendMail").post({ message: signal("c") });
    const since = new Date(Date.now() - 60_000).toISOString();
    const list = await client
      .api("/me/mailFolders/sentitems/messages")
      .filter(`sentDateTime ge ${since} and categories/any(c:c eq 'handle with care')`)
      .orderby("sentDateTime desc")
      .expand(`singleValueExtendedProperties($filter=id eq '${PROP_SIGNAL_ID}')`)
      .get();
    const ids = list.value.map((m: Message) => m.singleValueExtendedProperties?.[0].value);
    expect(ids.sort()).toEqual(["a", "c"]);
    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await client
      .api("/me/mailFolders/sentitems/messages")
      .filter(`sentDateTime ge ${future}`)
      .get();
    expect(none.value).toHaveLength(0);
  });

  it("rejects $orderby on a property that does not lead the $filter, like Graph", async () => {
    const client = graphClient(emulator.baseUrl);
    await expect(
      client
        .api("/me/mailFolders/sentitems/messages")
        .filter(bySignalId("x"))
        .orderby("sentDateTime desc")
        .get()
    ).rejects.toMatchObject({ statusCode: 400, code: "InefficientFilter" });
  });

  it("refuses a mail without recipients with ErrorInvalidRecipients", async () => {
    const client = graphClient(emulator.baseUrl);
    const error = await client
      .api("/me/sendMail")
      .post({ message: signal("x", { toRecipients: [] }) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkGraphError);
    expect(error).toMatchObject({ statusCode: 400, code: "ErrorInvalidRecipients" });
  });

  it("refuses unknown message properties like Graph", async () => {
    const client = graphClient(emulator.baseUrl);
    await expect(
      client.api("/me/sendMail").post({ message: { ...signal("x"), toRecipient: [] } })
    ).rejects.toMatchObject({ statusCode: 400, code: "RequestBodyRead" });
  });

  it("sends as the shared mailbox the officer has Send As rights on", async () => {
    const client = graphClient(emulator.baseUrl);
    const from = { emailAddress: { address: SHARED_MAILBOX_ADDRESS } };
    await client.api("/me/sendMail").post({ message: signal("own-box", { from }) });
    await client
      .api(`/users/${SHARED_MAILBOX_ADDRESS}/sendMail`)
      .post({ message: signal("shared-box", { from }) });

    const own = await client.api("/me/mailFolders/sentitems/messages").get();
    expect(own.value.map((m: Message) => m.from?.emailAddress?.address)).toEqual([
      SHARED_MAILBOX_ADDRESS,
    ]);
    const shared = await client
      .api(`/users/${SHARED_MAILBOX_ADDRESS}/mailFolders/sentitems/messages`)
      .get();
    expect(shared.value).toHaveLength(1);
    expect(shared.value[0].sender.emailAddress.address).toBe(SHARED_MAILBOX_ADDRESS);
  });

  it("answers 403 ErrorSendAsDenied for a mailbox without Send As rights", async () => {
    const client = graphClient(emulator.baseUrl);
    const from = { emailAddress: { address: FOREIGN_MAILBOX_ADDRESS } };
    await expect(
      client.api("/me/sendMail").post({ message: signal("x", { from }) })
    ).rejects.toMatchObject({
      statusCode: 403,
      code: "ErrorSendAsDenied",
    });
    await expect(
      client.api(`/users/${FOREIGN_MAILBOX_ADDRESS}/sendMail`).post({ message: signal("x") })
    ).rejects.toMatchObject({ statusCode: 403, code: "ErrorSendAsDenied" });
    const state = (await control(emulator.baseUrl, "GET", "state")) as {
      mailboxes: Record<string, { messages: unknown[] }>;
    };
    expect(Object.values(state.mailboxes).every((m) => m.messages.length === 0)).toBe(true);
  });

  it("lists newest first by default, counts with $count, and pages with $top", async () => {
    const client = graphClient(emulator.baseUrl);
    for (const id of ["first", "second", "third"]) {
      await client.api("/me/sendMail").post({ message: signal(id) });
    }
    const expand = `singleValueExtendedProperties($filter=id eq '${PROP_SIGNAL_ID}')`;
    const page = await client
      .api("/me/mailFolders/sentitems/messages")
      .expand(expand)
      .top(2)
      .count(true)
      .get();
    expect(page["@odata.count"]).toBe(3);
    expect(page.value.map((m: Message) => m.singleValueExtendedProperties?.[0].value)).toEqual([
      "third",
      "second",
    ]);
    expect(page["@odata.nextLink"]).toMatch(/\$skip=2$/);
    expect(page.value[0].sentDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});
