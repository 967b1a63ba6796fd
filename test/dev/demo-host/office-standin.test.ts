import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDemoData, type DemoData } from "../../../dev/demo-host/demo-data";
import { createMailStore, type MailStore } from "../../../dev/demo-host/mail-store";
import {
  createOfficeStandin,
  type AsyncResult,
  type StandinBridge,
} from "../../../dev/demo-host/browser/office-standin";
import { demoMailDir } from "../../../dev/demo-host/paths";

const TEXT_MAIL = "demo/demo-01-ifg-nl.eml";
const BOTH_BODIES = "demo/demo-02-vif-fr.eml";
const HTML_ONLY = "demo/demo-03-ifg-tabel.eml";
const WITH_ATTACHMENTS = "demo/demo-05-bijlage-item.eml";

let dataDir: string;
let store: MailStore;
let data: DemoData;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "standin-test-"));
  store = createMailStore([{ name: "demo", dir: demoMailDir }]);
  data = createDemoData(dataDir);
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** The stand-in over the real mail store and data store, as the demo server wires them. */
function bridge(overrides: Partial<StandinBridge> = {}): StandinBridge {
  const must = async <T>(value: Promise<T | null>) => {
    const result = await value;
    if (result === null) throw new Error("not found");
    return result;
  };
  return {
    hostInfo: async () => ({
      userProfile: { displayName: "Inspecteur Demo", emailAddress: "officer@zone.example.be" },
      roamingSettings: await data.roamingSettings(),
    }),
    loadMail: (id) => must(store.get(id)),
    loadAttachment: (id, attachmentId) => must(store.attachment(id, attachmentId)),
    getCategories: (id) => data.categories(id),
    addCategories: (id, names) => data.addCategories(id, names),
    removeCategories: (id, names) => data.removeCategories(id, names),
    saveRoamingSettings: (values) => data.saveRoamingSettings(values),
    htmlToText: async (html) => `converted:${html.length}`,
    ...overrides,
  };
}

function standin(initial: string | null = null, overrides: Partial<StandinBridge> = {}) {
  return createOfficeStandin(bridge(overrides), {
    displayLanguage: "nl-BE",
    initialSelection: Promise.resolve(initial),
  });
}

/** Calls an Office-style method and resolves with the AsyncResult its callback receives. */
function call<T>(invoke: (callback: (result: AsyncResult<T>) => void) => void) {
  return new Promise<AsyncResult<T>>((resolve) => invoke(resolve));
}

test("onReady resolves for Outlook with the profile, language and no item", async () => {
  const { office } = standin();
  const callback = jest.fn();
  await expect(office.onReady(callback)).resolves.toEqual({
    host: "Outlook",
    platform: "OfficeOnline",
  });
  expect(callback).toHaveBeenCalledWith({ host: "Outlook", platform: "OfficeOnline" });
  expect(office.context.mailbox.item).toBeNull();
  expect(office.context.displayLanguage).toBe("nl-BE");
  expect(office.context.mailbox.userProfile).toMatchObject({
    displayName: "Inspecteur Demo",
    emailAddress: "officer@zone.example.be",
  });
});

test("the item selected when the pane opens is there at onReady, without ItemChanged", async () => {
  const { office } = standin(TEXT_MAIL);
  await office.onReady();
  const item = office.context.mailbox.item!;
  expect(item.subject).toBe("Doorst: IFG - PV GE.55.L3.104233/2026");
  expect(item.itemType).toBe(office.MailboxEnums.ItemType.Message);
  expect(item.internetMessageId).toBe("<demo-01.20261207074500@zone.example.be>");
  expect(item.from).toEqual({
    displayName: "Interventiedienst",
    emailAddress: "interventie@zone.example.be",
    recipientType: "externalUser",
  });
  expect(item.dateTimeCreated).toEqual(new Date("2026-12-07T06:45:00.000Z"));
  expect(item.itemId).toMatch(/^AAMkADemo/);
});

test("selecting a mail makes it the item and fires ItemChanged; removeHandlerAsync stops that", async () => {
  const { office, select } = standin();
  await office.onReady();
  const handler = jest.fn();
  const added = await call((cb) =>
    office.context.mailbox.addHandlerAsync(office.EventType.ItemChanged, handler, cb)
  );
  expect(added.status).toBe("succeeded");

  await select(BOTH_BODIES);
  expect(handler).toHaveBeenCalledWith({ type: "olkItemSelectedChanged" });
  expect(office.context.mailbox.item?.subject).toBe("TR: VIF - PV BR.12.L5.020417/2026");

  await select(null);
  expect(handler).toHaveBeenCalledTimes(2);
  expect(office.context.mailbox.item).toBeNull();

  await call((cb) => office.context.mailbox.removeHandlerAsync(office.EventType.ItemChanged, cb));
  await select(TEXT_MAIL);
  expect(handler).toHaveBeenCalledTimes(2);
});

test("when two selections overlap, the later click wins", async () => {
  let releaseSlow: () => void = () => undefined;
  const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
  const { office, select } = standin(null, {
    loadMail: async (id) => {
      if (id === TEXT_MAIL) await slow;
      return (await store.get(id))!;
    },
  });
  await office.onReady();
  const first = select(TEXT_MAIL);
  await select(BOTH_BODIES);
  releaseSlow();
  await first;
  expect(office.context.mailbox.item?.subject).toBe("TR: VIF - PV BR.12.L5.020417/2026");
});

test("body.getAsync gives Text and Html as real AsyncResults, with asyncContext", async () => {
  const { office } = standin(BOTH_BODIES);
  await office.onReady();
  const item = office.context.mailbox.item!;
  const text = await call<string>((cb) =>
    item.body.getAsync(office.CoercionType.Text, { asyncContext: 42 }, cb)
  );
  expect(text).toEqual({
    status: office.AsyncResultStatus.Succeeded,
    value: expect.stringContaining("née le 1er mars 2016"),
    error: undefined,
    asyncContext: 42,
  });
  const html = await call<string>((cb) => item.body.getAsync(office.CoercionType.Html, cb));
  expect(html.value).toContain("<p>Pour suivi Handle with Care.</p>");
});

test("a plain-text mail's Html body is the escaped text; an HTML-only mail's Text is converted", async () => {
  const { office, select } = standin(TEXT_MAIL);
  await office.onReady();
  const html = await call<string>((cb) =>
    office.context.mailbox.item!.body.getAsync(office.CoercionType.Html, cb)
  );
  expect(html.value).toContain("VAN DEN BROECK Sofie (°14/02/1988)<br>");
  expect(html.value).toContain("Van: Peeters Lotte &lt;peeters@police.belgium.eu&gt;");

  await select(HTML_ONLY);
  const text = await call<string>((cb) =>
    office.context.mailbox.item!.body.getAsync(office.CoercionType.Text, cb)
  );
  expect(text.value).toMatch(/^converted:\d+$/);
});

test("an unknown coercion type fails with an Office error instead of throwing", async () => {
  const { office } = standin(TEXT_MAIL);
  await office.onReady();
  const result = await call<string>((cb) =>
    office.context.mailbox.item!.body.getAsync("ooxml", cb)
  );
  expect(result.status).toBe("failed");
  expect(result.value).toBeUndefined();
  expect(result.error).toMatchObject({ code: 1000, name: "Invalid Coercion Type" });
});

test("attachments: an attached mail comes as eml, a file as base64, a bad id fails", async () => {
  const { office } = standin(WITH_ATTACHMENTS);
  await office.onReady();
  const item = office.context.mailbox.item!;
  expect(item.attachments).toEqual([
    expect.objectContaining({
      name: "IFG - interventie 26-415520.eml",
      attachmentType: office.MailboxEnums.AttachmentType.Item,
      contentType: "message/rfc822",
      isInline: false,
    }),
    expect.objectContaining({
      name: "betrokkenen.csv",
      attachmentType: office.MailboxEnums.AttachmentType.File,
      contentType: "text/csv",
    }),
  ]);
  const eml = await call<{ format: string; content: string }>((cb) =>
    item.getAttachmentContentAsync(item.attachments[0].id, cb)
  );
  expect(eml.value?.format).toBe(office.MailboxEnums.AttachmentContentFormat.Eml);
  expect(eml.value?.content).toContain("Subject: IFG - interventie 26/415520");

  const file = await call<{ format: string; content: string }>((cb) =>
    item.getAttachmentContentAsync(item.attachments[1].id, cb)
  );
  expect(file.value?.format).toBe("base64");
  expect(Buffer.from(file.value!.content, "base64").toString("utf8")).toContain(
    "hoedanigheid;naam;voornaam"
  );

  const missing = await call((cb) => item.getAttachmentContentAsync("att-99", cb));
  expect(missing.status).toBe("failed");
  expect(missing.error?.name).toBe("InvalidAttachmentId");
});

test("categories are added, listed, removed, and kept in the demo's data dir", async () => {
  const { office } = standin(TEXT_MAIL);
  await office.onReady();
  const { categories } = office.context.mailbox.item!;
  const added = await call((cb) =>
    categories.addAsync(["HWC: signaal verzonden", "hwc: SIGNAAL verzonden"], cb)
  );
  expect(added).toMatchObject({ status: "succeeded", value: undefined });
  const listed = await call<{ displayName: string; color: string }[]>((cb) =>
    categories.getAsync(cb)
  );
  expect(listed.value).toEqual([
    { displayName: "HWC: signaal verzonden", color: expect.stringMatching(/^Preset\d+$/) },
  ]);
  // A restart reads them back from disk.
  expect(await createDemoData(dataDir).categories(TEXT_MAIL)).toEqual(["HWC: signaal verzonden"]);

  await call((cb) => categories.removeAsync(["HWC: signaal verzonden"], cb));
  expect(await createDemoData(dataDir).categories(TEXT_MAIL)).toEqual([]);

  const invalid = await call((cb) => categories.addAsync([], cb));
  expect(invalid.status).toBe("failed");
});

test("roaming settings: set/get/remove in memory, saveAsync persists, over 32 KB fails", async () => {
  await data.saveRoamingSettings({ language: "fr" });
  const { office } = standin();
  await office.onReady();
  const settings = office.context.roamingSettings;
  expect(settings.get("language")).toBe("fr");
  settings.set("sendingMailbox", "jgp@zone.example.be");
  settings.remove("language");
  expect(settings.get("language")).toBeUndefined();
  expect((await call((cb) => settings.saveAsync(cb))).status).toBe("succeeded");
  expect(await createDemoData(dataDir).roamingSettings()).toEqual({
    sendingMailbox: "jgp@zone.example.be",
  });

  settings.set("big", "x".repeat(33 * 1024));
  const tooBig = await call((cb) => settings.saveAsync(cb));
  expect(tooBig.error?.name).toBe("SettingsSizeExceeded");
  expect(await createDemoData(dataDir).roamingSettings()).not.toHaveProperty("big");
});

test("requirement sets: Mailbox up to 1.13, no NestedAppAuth", async () => {
  const { office } = standin();
  const { isSetSupported } = office.context.requirements;
  expect(isSetSupported("Mailbox")).toBe(true);
  expect(isSetSupported("Mailbox", "1.13")).toBe(true);
  expect(isSetSupported("mailbox", 1.5)).toBe(true);
  expect(isSetSupported("Mailbox", "1.14")).toBe(false);
  expect(isSetSupported("NestedAppAuth", "1.1")).toBe(false);
});

test("a failing bridge gives a failed AsyncResult, never an exception", async () => {
  const { office } = standin(TEXT_MAIL, {
    getCategories: async () => {
      throw new Error("Demo host answered 500 for GET");
    },
  });
  await office.onReady();
  const result = await call((cb) => office.context.mailbox.item!.categories.getAsync(cb));
  expect(result).toMatchObject({
    status: "failed",
    error: { message: "Demo host answered 500 for GET" },
  });
});

test("item custom properties: saved values come back on the next load, per mail", async () => {
  const { office } = standin(TEXT_MAIL);
  await office.onReady();
  const item = office.context.mailbox.item!;
  type Props = {
    get(n: string): string | undefined;
    set(n: string, v: string): void;
    saveAsync(cb: (r: AsyncResult<void>) => void): void;
  };
  const first = await call<Props>((cb) => item.loadCustomPropertiesAsync(cb as never));
  expect(first.status).toBe("succeeded");
  first.value!.set("hwcNoSignalReason", "schoolUnknown");
  // Unsaved changes are not seen by a new load.
  expect(
    (await call<Props>((cb) => item.loadCustomPropertiesAsync(cb as never))).value!.get(
      "hwcNoSignalReason"
    )
  ).toBeUndefined();
  expect((await call<void>((cb) => first.value!.saveAsync(cb))).status).toBe("succeeded");
  const again = await call<Props>((cb) => item.loadCustomPropertiesAsync(cb as never));
  expect(again.value!.get("hwcNoSignalReason")).toBe("schoolUnknown");
});
