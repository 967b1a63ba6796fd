/**
 * MailboxPort adapter over Office.js (Outlook read mode).
 * Every callback-style Office call is wrapped in a Promise; errors keep Office's code, never item data.
 */
import type {
  CurrentMail,
  MailAddress,
  MailAttachmentContent,
  MailAttachmentInfo,
  MailboxPort,
} from "../lib/ports";

/** Turns an Office AsyncResult callback into a Promise. */
export function officeAsync<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void) {
  return new Promise<T>((resolve, reject) => {
    call((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(`Office call failed: ${result.error?.code ?? "unknown"}`));
    });
  });
}

function attachmentKind(
  type: Office.MailboxEnums.AttachmentType | string
): MailAttachmentInfo["kind"] {
  if (type === "item") return "item";
  if (type === "cloud") return "cloud";
  return "file";
}

function contentFormat(format: string): MailAttachmentContent["format"] {
  switch (format) {
    case "eml":
    case "url":
    case "iCalendar":
      return format;
    default:
      return "base64";
  }
}

/** Wraps the Office item in the read surface as a CurrentMail. */
export function toCurrentMail(item: Office.MessageRead): CurrentMail {
  const from: MailAddress | null = item.from
    ? { name: item.from.displayName, email: item.from.emailAddress }
    : null;
  return {
    itemId: item.itemId,
    internetMessageId: item.internetMessageId,
    subject: item.subject ?? "",
    from,
    received: new Date(item.dateTimeCreated).toISOString(),
    attachments: (item.attachments ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      contentType: a.contentType,
      size: a.size,
      isInline: a.isInline,
      kind: attachmentKind(a.attachmentType),
    })),
    getBody: (format) =>
      officeAsync<string>((cb) =>
        item.body.getAsync(
          format === "html" ? Office.CoercionType.Html : Office.CoercionType.Text,
          cb
        )
      ),
    getAttachmentContent: async (id) => {
      const content = await officeAsync<Office.AttachmentContent>((cb) =>
        item.getAttachmentContentAsync(id, cb)
      );
      return { format: contentFormat(String(content.format)), content: content.content };
    },
    getCategories: async () => {
      const categories = await officeAsync<Office.CategoryDetails[]>((cb) =>
        item.categories.getAsync(cb)
      );
      return (categories ?? []).map((c) => c.displayName);
    },
    addCategories: (names) => officeAsync<void>((cb) => item.categories.addAsync(names, cb)),
    saveCustomProperty: async (name, value) => {
      const properties = await officeAsync<Office.CustomProperties>((cb) =>
        item.loadCustomPropertiesAsync(cb)
      );
      properties.set(name, value);
      await officeAsync<void>((cb) => properties.saveAsync(cb));
    },
  };
}

/** The mailbox as the pane sees it: current item, item changes (pinned pane), language, user. */
export function createOfficeMailbox(): MailboxPort {
  return {
    currentMail() {
      const item = Office.context.mailbox.item as Office.MessageRead | null | undefined;
      return item ? toCurrentMail(item) : null;
    },
    onItemChanged(listener) {
      let active = true;
      Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => {
        if (active) listener();
      });
      return () => {
        active = false;
        Office.context.mailbox.removeHandlerAsync(Office.EventType.ItemChanged);
      };
    },
    displayLanguage: () => Office.context.displayLanguage || "nl-BE",
    userProfile: () => ({
      name: Office.context.mailbox.userProfile.displayName,
      email: Office.context.mailbox.userProfile.emailAddress,
    }),
  };
}
