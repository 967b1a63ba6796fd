/**
 * Stand-in for the subset of Office.js (Outlook, read mode) the add-in uses, fed by the demo host.
 * Pure: all I/O goes through the injected bridge, so the same code runs in the demo page and in Jest.
 * Callbacks get real AsyncResult shapes ({ status, value, error, asyncContext }).
 */
import type { DemoAttachmentContent, DemoHostInfo, DemoMailItem } from "../demo-types";

/** Everything the stand-in needs from its host (the demo server, or a test). */
export interface StandinBridge {
  hostInfo(): Promise<DemoHostInfo>;
  loadMail(mailId: string): Promise<DemoMailItem>;
  loadAttachment(mailId: string, attachmentId: string): Promise<DemoAttachmentContent>;
  getCategories(mailId: string): Promise<string[]>;
  addCategories(mailId: string, names: string[]): Promise<string[]>;
  removeCategories(mailId: string, names: string[]): Promise<string[]>;
  saveRoamingSettings(values: Record<string, unknown>): Promise<void>;
  /** Outlook converts an HTML-only body to text; the browser does it with its own layout engine. */
  htmlToText(html: string): Promise<string>;
}

export interface StandinOptions {
  /** BCP 47 tag, e.g. "nl-BE". */
  displayLanguage: string;
  /** Resolves with the mail selected when the pane opens (null: none); onReady waits for it. */
  initialSelection: Promise<string | null>;
}

export interface OfficeError {
  code: number;
  name: string;
  message: string;
}

export interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T | undefined;
  error: OfficeError | undefined;
  asyncContext: unknown;
}

type Callback<T> = (result: AsyncResult<T>) => void;

/** Highest Mailbox requirement set the demo claims, like Outlook on the web in 2025. */
export const MAILBOX_MAX_VERSION = "1.13";
/** Outlook's limit on the serialised roaming settings. */
export const ROAMING_SETTINGS_MAX_BYTES = 32 * 1024;

const CoercionType = { Text: "text", Html: "html" } as const;
const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as const;
const EventType = { ItemChanged: "olkItemSelectedChanged" } as const;
const MailboxEnums = {
  ItemType: { Message: "message", Appointment: "appointment" },
  AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
  AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
  CategoryColor: Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => [`Preset${i}`, `Preset${i}`])
  ) as Record<string, string>,
} as const;

/** Errors the stand-in reports: names as Office.js uses them; the numeric codes are the demo's own. */
export const officeErrors = {
  invalidCoercion: { code: 1000, name: "Invalid Coercion Type" },
  invalidParameter: { code: 9019, name: "InvalidParameterValueError" },
  invalidAttachmentId: { code: 9017, name: "InvalidAttachmentId" },
  settingsTooLarge: { code: 9057, name: "SettingsSizeExceeded" },
  internal: { code: 9020, name: "GenericResponseError" },
} as const;

function succeeded<T>(value: T, asyncContext: unknown): AsyncResult<T> {
  return { status: "succeeded", value, error: undefined, asyncContext };
}

function failed<T>(
  kind: { code: number; name: string },
  message: string,
  asyncContext: unknown
): AsyncResult<T> {
  return { status: "failed", value: undefined, error: { ...kind, message }, asyncContext };
}

/** Office methods take (…, options?, callback?) in either arity. */
function optionsAndCallback<T>(
  a: unknown,
  b: unknown
): { asyncContext: unknown; callback: Callback<T> | undefined } {
  if (typeof a === "function") return { asyncContext: undefined, callback: a as Callback<T> };
  const options = (typeof a === "object" && a !== null ? a : {}) as { asyncContext?: unknown };
  return {
    asyncContext: options.asyncContext,
    callback: typeof b === "function" ? (b as Callback<T>) : undefined,
  };
}

/** Runs `work` and reports its outcome through an Office-style callback; never throws. */
function respond<T>(
  work: () => Promise<T>,
  a: unknown,
  b: unknown,
  failure: { code: number; name: string } = officeErrors.internal
): void {
  const { asyncContext, callback } = optionsAndCallback<T>(a, b);
  work().then(
    (value) => callback?.(succeeded(value, asyncContext)),
    // The message is the bridge's, which never carries mail content.
    (error: unknown) =>
      callback?.(
        failed<T>(failure, error instanceof Error ? error.message : String(error), asyncContext)
      )
  );
}

function rejectWith<T>(
  kind: { code: number; name: string },
  message: string,
  a: unknown,
  b: unknown
) {
  const { asyncContext, callback } = optionsAndCallback<T>(a, b);
  // Office always calls back asynchronously.
  queueMicrotask(() => callback?.(failed<T>(kind, message, asyncContext)));
}

/** Outlook hands out a plain-text body as HTML with the text escaped and line breaks kept. */
export function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return `<html><body><div>${escaped.replace(/\r?\n/g, "<br>\n")}</div></body></html>`;
}

function isStringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === "string" && v.trim() !== "")
  );
}

/** "1.13" >= "1.5": compares dotted versions numerically. */
export function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  if (a.some(Number.isNaN)) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

/** A stable preset colour per category name, as Outlook keeps one per master category. */
function categoryColor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `Preset${hash % 25}`;
}

/**
 * Item custom properties (loadCustomPropertiesAsync), kept for the page's lifetime: the add-in
 * stores only a "no signal needed" reason there, which the demo does not need to persist.
 */
const customPropertyStore = new Map<string, Record<string, string>>();

function createCustomProperties(mailId: string) {
  const saved = customPropertyStore.get(mailId) ?? {};
  const values: Record<string, string> = { ...saved };
  return {
    get: (name: string) => values[name],
    set: (name: string, value: string) => {
      values[name] = String(value);
    },
    remove: (name: string) => {
      delete values[name];
    },
    getAll: () => ({ ...values }),
    saveAsync(a?: unknown, b?: unknown) {
      respond(async () => void customPropertyStore.set(mailId, { ...values }), a, b);
    },
  };
}

function createItem(mail: DemoMailItem, bridge: StandinBridge) {
  const address = (a: { name: string; email: string }) => ({
    displayName: a.name,
    emailAddress: a.email,
    recipientType: "externalUser",
  });
  const created = new Date(mail.received);
  return {
    itemType: MailboxEnums.ItemType.Message,
    itemClass: "IPM.Note",
    itemId: mail.itemId,
    internetMessageId: mail.internetMessageId,
    subject: mail.subject,
    normalizedSubject: mail.subject.replace(/^((re|fw|fwd|tr|doorst|antw)\s*:\s*)+/i, ""),
    from: mail.from ? address(mail.from) : null,
    sender: mail.from ? address(mail.from) : null,
    to: mail.to.map(address),
    cc: mail.cc.map(address),
    dateTimeCreated: created,
    dateTimeModified: created,
    attachments: mail.attachments.map((a) => ({ ...a })),
    body: {
      getAsync(coercionType: unknown, a?: unknown, b?: unknown) {
        if (coercionType === CoercionType.Text) {
          respond(async () => mail.bodyText || (await bridge.htmlToText(mail.bodyHtml)), a, b);
        } else if (coercionType === CoercionType.Html) {
          respond(async () => mail.bodyHtml || textToHtml(mail.bodyText), a, b);
        } else {
          rejectWith(officeErrors.invalidCoercion, "The coercion type is not supported.", a, b);
        }
      },
    },
    loadCustomPropertiesAsync(a?: unknown, b?: unknown) {
      respond(async () => createCustomProperties(mail.id), a, b);
    },
    getAttachmentContentAsync(attachmentId: unknown, a?: unknown, b?: unknown) {
      if (
        typeof attachmentId !== "string" ||
        !mail.attachments.some((x) => x.id === attachmentId)
      ) {
        rejectWith(officeErrors.invalidAttachmentId, "The attachment id is not valid.", a, b);
        return;
      }
      respond(() => bridge.loadAttachment(mail.id, attachmentId), a, b);
    },
    categories: {
      getAsync(a?: unknown, b?: unknown) {
        respond(
          async () =>
            (await bridge.getCategories(mail.id)).map((displayName) => ({
              displayName,
              color: categoryColor(displayName),
            })),
          a,
          b
        );
      },
      addAsync(names: unknown, a?: unknown, b?: unknown) {
        if (!isStringList(names)) {
          rejectWith(officeErrors.invalidParameter, "Categories must be non-empty strings.", a, b);
          return;
        }
        respond(async () => void (await bridge.addCategories(mail.id, names)), a, b);
      },
      removeAsync(names: unknown, a?: unknown, b?: unknown) {
        if (!isStringList(names)) {
          rejectWith(officeErrors.invalidParameter, "Categories must be non-empty strings.", a, b);
          return;
        }
        respond(async () => void (await bridge.removeCategories(mail.id, names)), a, b);
      },
    },
  };
}

export type StandinItem = ReturnType<typeof createItem>;

function createRoamingSettings(bridge: StandinBridge) {
  let values: Record<string, unknown> = {};
  return {
    load(initial: Record<string, unknown>) {
      values = { ...initial };
    },
    api: {
      get(name: string): unknown {
        return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
      },
      set(name: string, value: unknown): void {
        values[name] = value;
      },
      remove(name: string): void {
        delete values[name];
      },
      saveAsync(a?: unknown, b?: unknown): void {
        const snapshot = JSON.stringify(values);
        if (new TextEncoder().encode(snapshot).byteLength > ROAMING_SETTINGS_MAX_BYTES) {
          rejectWith(officeErrors.settingsTooLarge, "Roaming settings exceed 32 KB.", a, b);
          return;
        }
        respond(() => bridge.saveRoamingSettings(JSON.parse(snapshot)), a, b);
      },
    },
  };
}

/**
 * Creates the `Office` object. `select(mailId)` is what the demo page calls when the officer
 * clicks a mail: it loads the mail, makes it the current item and fires ItemChanged.
 */
export function createOfficeStandin(bridge: StandinBridge, options: StandinOptions) {
  const itemChangedHandlers = new Set<(event: { type: string }) => void>();
  const roaming = createRoamingSettings(bridge);
  let selectionSeq = 0;

  const mailbox = {
    item: null as StandinItem | null,
    userProfile: {
      displayName: "",
      emailAddress: "",
      timeZone: "Romance Standard Time",
      accountType: "enterprise",
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "16.0", OWAView: "ThreeColumns" },
    addHandlerAsync(eventType: unknown, handler: unknown, a?: unknown, b?: unknown) {
      if (eventType !== EventType.ItemChanged || typeof handler !== "function") {
        rejectWith(officeErrors.invalidParameter, "Unsupported event type or handler.", a, b);
        return;
      }
      itemChangedHandlers.add(handler as (event: { type: string }) => void);
      respond(async () => undefined, a, b);
    },
    /** Like Office.js: removes every handler registered for the event type. */
    removeHandlerAsync(eventType: unknown, a?: unknown, b?: unknown) {
      if (eventType !== EventType.ItemChanged) {
        rejectWith(officeErrors.invalidParameter, "Unsupported event type.", a, b);
        return;
      }
      itemChangedHandlers.clear();
      respond(async () => undefined, a, b);
    },
  };

  async function loadItem(mailId: string | null): Promise<StandinItem | null> {
    return mailId === null ? null : createItem(await bridge.loadMail(mailId), bridge);
  }

  const ready = (async () => {
    const [info, initialId] = await Promise.all([bridge.hostInfo(), options.initialSelection]);
    mailbox.userProfile.displayName = info.userProfile.displayName;
    mailbox.userProfile.emailAddress = info.userProfile.emailAddress;
    roaming.load(info.roamingSettings);
    mailbox.item = await loadItem(initialId).catch(() => null);
    return { host: "Outlook", platform: "OfficeOnline" } as const;
  })();

  const office = {
    CoercionType,
    AsyncResultStatus,
    EventType,
    MailboxEnums,
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    /** Legacy entry point: Office.js calls it once when ready, if the add-in assigned one. */
    initialize: undefined as undefined | ((reason: string) => void),
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    context: {
      mailbox,
      roamingSettings: roaming.api,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      host: "Outlook",
      platform: "OfficeOnline",
      diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "16.0" },
      officeTheme: {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#242424",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#242424",
      },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (typeof name !== "string" || name.toLowerCase() !== "mailbox") return false;
          return minVersion === undefined || versionAtMost(String(minVersion), MAILBOX_MAX_VERSION);
        },
      },
    },
  };

  void ready.then(() => office.initialize?.("inserted"));

  return {
    office,
    ready,
    /** Makes `mailId` (or nothing) the current item, then fires ItemChanged like Outlook does. */
    async select(mailId: string | null): Promise<void> {
      const seq = ++selectionSeq;
      await ready;
      const item = await loadItem(mailId).catch(() => null);
      if (seq !== selectionSeq) return; // a later click won
      mailbox.item = item;
      for (const handler of [...itemChangedHandlers]) handler({ type: EventType.ItemChanged });
    },
  };
}

export type OfficeStandin = ReturnType<typeof createOfficeStandin>["office"];
