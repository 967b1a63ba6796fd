import { OfficeApp } from "office-addin-manifest";
import { OfficeMockObject } from "office-addin-mock";
import { createOfficeMailbox, toCurrentMail } from "../../src/office/officeMailbox";

type Callback<T> = (r: { status: string; value?: T; error?: { code: string } }) => void;

/** Builds a mocked Office global holding one read-mode item. */
function installOffice(item: Record<string, unknown>) {
  const handlers: Record<string, () => void> = {};
  const mock = new OfficeMockObject(
    {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      CoercionType: { Text: "text", Html: "html" },
      EventType: { ItemChanged: "olkItemSelectedChanged" },
      context: {
        displayLanguage: "fr-BE",
        mailbox: {
          item,
          userProfile: { displayName: "Inspecteur Test", emailAddress: "officer@zone.example.be" },
          addHandlerAsync(type: string, handler: () => void) {
            handlers[type] = handler;
          },
          removeHandlerAsync(type: string) {
            delete handlers[type];
          },
        },
      },
    },
    OfficeApp.Outlook
  );
  (global as unknown as { Office: unknown }).Office = mock;
  return { mock, handlers };
}

const savedProperties: Record<string, string> = {};

const item = {
  itemId: "AAMk-1",
  internetMessageId: "<m1@zone.example.be>",
  subject: "TR: IFG - PV GE.55.L3.012345/2026",
  from: { displayName: "Dispatch", emailAddress: "dispatch@zone.example.be" },
  dateTimeCreated: new Date("2026-11-11T08:28:00Z"),
  attachments: [
    {
      id: "att1",
      name: "pv.pdf",
      contentType: "application/pdf",
      size: 1200,
      isInline: false,
      attachmentType: "file",
    },
    {
      id: "att2",
      name: "orig",
      contentType: "message/rfc822",
      size: 10,
      isInline: false,
      attachmentType: "item",
    },
  ],
  body: {
    getAsync(format: string, cb: Callback<string>) {
      cb({ status: "succeeded", value: format === "html" ? "<p>html</p>" : "text" });
    },
  },
  getAttachmentContentAsync(id: string, cb: Callback<{ format: string; content: string }>) {
    if (id === "att1") cb({ status: "succeeded", value: { format: "base64", content: "QUJD" } });
    else cb({ status: "failed", error: { code: "AttachmentTypeNotSupported" } });
  },
  loadCustomPropertiesAsync(cb: Callback<unknown>) {
    cb({
      status: "succeeded",
      value: {
        set(name: string, value: string) {
          savedProperties[name] = value;
        },
        saveAsync(done: Callback<void>) {
          done({ status: "succeeded" });
        },
      },
    });
  },
  categories: {
    getAsync(cb: Callback<{ displayName: string; color: string }[]>) {
      cb({ status: "succeeded", value: [{ displayName: "HWC: geen actie", color: "preset0" }] });
    },
    addAsync(_names: string[], cb: Callback<void>) {
      cb({ status: "succeeded" });
    },
  },
};

describe("Office mailbox adapter", () => {
  it("maps the read item's metadata", () => {
    installOffice(item);
    const mail = createOfficeMailbox().currentMail();
    expect(mail).not.toBeNull();
    expect(mail!.subject).toBe(item.subject);
    expect(mail!.from).toEqual({ name: "Dispatch", email: "dispatch@zone.example.be" });
    expect(mail!.received).toBe("2026-11-11T08:28:00.000Z");
    expect(mail!.attachments.map((a) => a.kind)).toEqual(["file", "item"]);
  });

  it("reads the body as text and as HTML", async () => {
    installOffice(item);
    const mail = toCurrentMail(item as unknown as Office.MessageRead);
    await expect(mail.getBody("text")).resolves.toBe("text");
    await expect(mail.getBody("html")).resolves.toBe("<p>html</p>");
  });

  it("returns attachment content and reports Office's error code, not item data", async () => {
    installOffice(item);
    const mail = toCurrentMail(item as unknown as Office.MessageRead);
    await expect(mail.getAttachmentContent("att1")).resolves.toEqual({
      format: "base64",
      content: "QUJD",
    });
    await expect(mail.getAttachmentContent("att2")).rejects.toThrow(
      "Office call failed: AttachmentTypeNotSupported"
    );
  });

  it("reads categories as names", async () => {
    installOffice(item);
    const mail = toCurrentMail(item as unknown as Office.MessageRead);
    await expect(mail.getCategories()).resolves.toEqual(["HWC: geen actie"]);
  });

  it("has no current mail when nothing is selected", () => {
    const { mock } = installOffice({});
    (mock as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox.item = null;
    expect(createOfficeMailbox().currentMail()).toBeNull();
  });

  it("forwards ItemChanged until unsubscribed", () => {
    const { handlers } = installOffice(item);
    const listener = jest.fn();
    const unsubscribe = createOfficeMailbox().onItemChanged(listener);
    handlers["olkItemSelectedChanged"]();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(handlers["olkItemSelectedChanged"]).toBeUndefined();
  });

  it("exposes language and user", () => {
    installOffice(item);
    const mailbox = createOfficeMailbox();
    expect(mailbox.displayLanguage()).toBe("fr-BE");
    expect(mailbox.userProfile()).toEqual({
      name: "Inspecteur Test",
      email: "officer@zone.example.be",
    });
  });

  it("saves a custom property on the item", async () => {
    installOffice(item);
    const mail = toCurrentMail(item as unknown as Office.MessageRead);
    await mail.saveCustomProperty("hwcNoSignalReason", "schoolUnknown");
    expect(savedProperties).toEqual({ hwcNoSignalReason: "schoolUnknown" });
  });
});
