import type { Contact, ContactFolder } from "@microsoft/microsoft-graph-types";
import {
  PROP_SCHOOL_LANGUAGE,
  PROP_SCHOOL_NUMBER,
  SCHOOL_CONTACT_FOLDER,
  startGraphEmulator,
  type GraphEmulator,
} from "../../../dev/graph-emulator";
import { control, graphClient } from "./graph-test-client";

let emulator: GraphEmulator;
const auth = { Authorization: "Bearer t" };

beforeAll(async () => {
  emulator = await startGraphEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await control(emulator.baseUrl, "POST", "reset");
});

async function schoolFolderId(): Promise<string> {
  const folders = await graphClient(emulator.baseUrl)
    .api("/me/contactFolders")
    .filter(`displayName eq '${SCHOOL_CONTACT_FOLDER}'`)
    .get();
  expect(folders.value).toHaveLength(1);
  return folders.value[0].id;
}

/** Follows @odata.nextLink with plain fetch (the SDK's api() cannot take an http:// link). */
async function listAll(firstUrl: string): Promise<{ items: Contact[]; pages: number }> {
  const items: Contact[] = [];
  let url: string | undefined = firstUrl;
  let pages = 0;
  while (url) {
    const response: Response = await fetch(url, { headers: auth });
    expect(response.status).toBe(200);
    const body = await response.json();
    items.push(...body.value);
    url = body["@odata.nextLink"];
    pages++;
  }
  return { items, pages };
}

const expandSchoolProps = `singleValueExtendedProperties($filter=id eq '${PROP_SCHOOL_NUMBER}' or id eq '${PROP_SCHOOL_LANGUAGE}')`;

describe("seeded school contacts", () => {
  it("holds about 30 schools with number and language properties; two without a contact address", async () => {
    const folderId = await schoolFolderId();
    const url = `${emulator.baseUrl}/v1.0/me/contactFolders/${folderId}/contacts?$top=1000&$select=displayName,companyName,emailAddresses,businessAddress&$expand=${encodeURIComponent(expandSchoolProps)}`;
    const { items, pages } = await listAll(url);
    expect(pages).toBe(1);
    expect(items.length).toBeGreaterThanOrEqual(28);
    expect(items.filter((c) => (c.emailAddresses ?? []).length === 0)).toHaveLength(2);
    for (const school of items) {
      expect(school.companyName).toBe(school.displayName);
      expect(school.businessAddress?.postalCode).toMatch(/^\d{4}$/);
      const props = new Map(
        (school.singleValueExtendedProperties ?? []).map((p) => [p.id?.toLowerCase(), p.value])
      );
      expect(props.get(PROP_SCHOOL_NUMBER.toLowerCase())).toMatch(/^\d{6}$/);
      expect(["nl", "fr"]).toContain(props.get(PROP_SCHOOL_LANGUAGE.toLowerCase()));
      for (const address of school.emailAddresses ?? [])
        expect(address.address).toMatch(/\.example$/);
    }
  });

  it("pages with $top and @odata.nextLink ($skip), 10 per page by default", async () => {
    const folderId = await schoolFolderId();
    const first = await graphClient(emulator.baseUrl)
      .api(`/me/contactFolders/${folderId}/contacts`)
      .get();
    expect(first.value).toHaveLength(10);
    expect(first["@odata.nextLink"]).toContain("$skip=10");
    const { items, pages } = await listAll(
      `${emulator.baseUrl}/v1.0/me/contactFolders/${folderId}/contacts?$top=7&$select=displayName`
    );
    expect(pages).toBe(Math.ceil(items.length / 7));
    expect(new Set(items.map((c) => c.id)).size).toBe(items.length);
    expect(Object.keys(items[0]).sort()).toEqual(["@odata.etag", "displayName", "id"]);
  });

  it("rejects $top above 1000", async () => {
    const folderId = await schoolFolderId();
    await expect(
      graphClient(emulator.baseUrl).api(`/me/contactFolders/${folderId}/contacts`).top(1001).get()
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe("contact folders and contacts", () => {
  it("creates a folder, refuses a duplicate name with 409, creates/updates/deletes contacts", async () => {
    const client = graphClient(emulator.baseUrl);
    const folder: ContactFolder = await client
      .api("/me/contactFolders")
      .post({ displayName: "Test scholen" });
    expect(folder.id).toBeTruthy();
    await expect(
      client.api("/me/contactFolders").post({ displayName: "test SCHOLEN" })
    ).rejects.toMatchObject({
      statusCode: 409,
      code: "ErrorFolderExists",
    });

    const created: Contact = await client.api(`/me/contactFolders/${folder.id}/contacts`).post({
      displayName: "Basisschool Test",
      companyName: "Basisschool Test",
      emailAddresses: [{ name: "Zorg", address: "zorg@test.example" }],
      businessAddress: {
        street: "Straat 1",
        postalCode: "9000",
        city: "Gent",
        countryOrRegion: "België",
      },
      singleValueExtendedProperties: [{ id: PROP_SCHOOL_NUMBER, value: "999999" }],
    });
    expect(created.singleValueExtendedProperties).toBeUndefined();

    const updated: Contact = await client
      .api(`/me/contactFolders/${folder.id}/contacts/${created.id}`)
      .patch({
        emailAddresses: [
          { name: "Zorg", address: "zorg@test.example" },
          { name: "Directie", address: "directie@test.example" },
        ],
        singleValueExtendedProperties: [
          { id: PROP_SCHOOL_NUMBER, value: "123456" },
          { id: PROP_SCHOOL_LANGUAGE, value: "nl" },
        ],
      });
    expect(updated.emailAddresses).toHaveLength(2);
    expect(updated.changeKey).not.toBe(created.changeKey);

    const read: Contact = await client
      .api(`/me/contactFolders/${folder.id}/contacts/${created.id}`)
      .expand(`singleValueExtendedProperties($filter=id eq '${PROP_SCHOOL_NUMBER}')`)
      .get();
    expect(read.singleValueExtendedProperties).toEqual([
      { id: expect.stringMatching(/Name hwcSchoolNumber$/), value: "123456" },
    ]);

    const byName = await client
      .api(`/me/contactFolders/${folder.id}/contacts`)
      .filter("startswith(displayName,'basisschool')")
      .get();
    expect(byName.value).toHaveLength(1);

    await client.api(`/me/contactFolders/${folder.id}/contacts/${created.id}`).delete();
    await expect(
      client.api(`/me/contactFolders/${folder.id}/contacts/${created.id}`).get()
    ).rejects.toMatchObject({ statusCode: 404, code: "ErrorItemNotFound" });
  });

  it("validates contact bodies like Graph", async () => {
    const client = graphClient(emulator.baseUrl);
    const folderId = await schoolFolderId();
    const path = `/me/contactFolders/${folderId}/contacts`;
    await expect(
      client.api(path).post({ displayName: "X", emailAdresses: [] })
    ).rejects.toMatchObject({
      statusCode: 400,
      code: "RequestBodyRead",
    });
    await expect(
      client.api(path).post({ displayName: "X", businessAddress: { zip: "9000" } })
    ).rejects.toMatchObject({ statusCode: 400 });
    const four = ["a", "b", "c", "d"].map((l) => ({ address: `${l}@x.example` }));
    await expect(
      client.api(path).post({ displayName: "X", emailAddresses: four })
    ).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(
      client
        .api(path)
        .post({ displayName: "X", singleValueExtendedProperties: [{ id: "nonsense", value: "1" }] })
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it("keeps contacts in the default folder under /me/contacts, apart from other folders", async () => {
    const client = graphClient(emulator.baseUrl);
    await client.api("/me/contacts").post({ givenName: "Ann", surname: "Peeters" });
    const list = await client.api("/me/contacts").get();
    expect(list.value.map((c: Contact) => c.displayName)).toEqual(["Ann Peeters"]);
  });
});
