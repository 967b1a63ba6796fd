import { MAX_ATTACHMENT_BYTES, readMailInput } from "../../../src/lib/mail/readMailInput";
import type { CurrentMail, MailAttachmentInfo } from "../../../src/lib/ports";

function attachment(over: Partial<MailAttachmentInfo>): MailAttachmentInfo {
  return {
    id: "a",
    name: "pv.pdf",
    contentType: "application/pdf",
    size: 100,
    isInline: false,
    kind: "file",
    ...over,
  };
}

function mailWith(attachments: MailAttachmentInfo[], over: Partial<CurrentMail> = {}): CurrentMail {
  return {
    itemId: "i",
    internetMessageId: "<i@x>",
    subject: "TR: IFG",
    from: null,
    received: "2026-11-11T08:00:00.000Z",
    attachments,
    getBody: async (format) => (format === "html" ? "<p>body</p>" : "body"),
    getAttachmentContent: async (id) => {
      if (id === "pdf") return { format: "base64", content: "JVBERg==" };
      if (id === "eml") return { format: "eml", content: "Subject: x\r\n\r\nhi" };
      if (id === "url") return { format: "url", content: "https://example.org" };
      throw new Error("host refused");
    },
    getCategories: async () => [],
    addCategories: async () => undefined,
    saveCustomProperty: async () => undefined,
    ...over,
  };
}

describe("readMailInput", () => {
  it("reads both bodies and the mail's date", async () => {
    const { input } = await readMailInput(mailWith([]));
    expect(input).toMatchObject({
      subject: "TR: IFG",
      text: "body",
      html: "<p>body</p>",
      sentAt: "2026-11-11T08:00:00.000Z",
    });
  });

  it("decodes PDF bytes and keeps attached mails as text", async () => {
    const { input, unreadAttachments } = await readMailInput(
      mailWith([
        attachment({ id: "pdf" }),
        attachment({ id: "eml", name: "orig", contentType: "message/rfc822", kind: "item" }),
      ])
    );
    expect(unreadAttachments).toBe(0);
    expect(Array.from(input.attachments![0].content as Uint8Array)).toEqual([
      0x25, 0x50, 0x44, 0x46,
    ]);
    expect(input.attachments![1]).toEqual({
      name: "orig",
      contentType: "message/rfc822",
      content: "Subject: x\r\n\r\nhi",
    });
  });

  it("skips images, inline parts and cloud links, and counts what it could not read", async () => {
    const { input, unreadAttachments } = await readMailInput(
      mailWith([
        attachment({ id: "img", name: "logo.png", contentType: "image/png" }),
        attachment({ id: "inline", isInline: true }),
        attachment({ id: "cloud", kind: "cloud" }),
        attachment({ id: "big", size: MAX_ATTACHMENT_BYTES + 1 }),
        attachment({ id: "broken" }),
        attachment({ id: "url" }),
      ])
    );
    expect(input.attachments).toEqual([]);
    expect(unreadAttachments).toBe(3);
  });

  it("uses whichever body can be read, and fails only when neither can", async () => {
    const textOnly = mailWith([], {
      getBody: async (format) => {
        if (format === "html") throw new Error("no html");
        return "plain";
      },
    });
    expect((await readMailInput(textOnly)).input).toMatchObject({ text: "plain", html: null });
    const none = mailWith([], { getBody: async () => Promise.reject(new Error("gone")) });
    await expect(readMailInput(none)).rejects.toThrow("mail body unreadable");
  });
});
