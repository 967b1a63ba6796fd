/** Outlook mail: sendMail, drafts, messages and mail folders, under /me or /users/{id}. */
import type { ItemBody, Message, Recipient } from "@microsoft/microsoft-graph-types";
import { GraphError, itemNotFound, sendAsDenied } from "../graph-error";
import { graphTimestamp, newChangeKey, newInternetMessageId, newItemId } from "../ids";
import { mergeExtendedProperties, parseExtendedProperties } from "../extended-properties";
import { applyCollectionQuery, parseQueryOptions, shapeEntity } from "../odata-query";
import type { EmulatedUser, Mailbox, StoredMailFolder, StoredMessage } from "../state";
import {
  collection,
  json,
  noContent,
  type EmulatorData,
  type GraphRequest,
  type GraphResult,
  type MailboxTarget,
} from "./context";
import {
  invalidRecipients,
  parseBoolean,
  parseRecipient,
  parseRecipients,
  parseString,
  parseStringArray,
  requireObject,
  writableProperties,
} from "./validation";

const MESSAGE_LIMITS = { defaultTop: 10, maxTop: 1000, orderByMustLeadFilter: true };
const NEWEST_FIRST = [{ property: "receivedDateTime", descending: true }];
/** Properties Graph lets a client change on a message that was already sent. */
const SENT_MESSAGE_UPDATABLE = new Set([
  "categories",
  "flag",
  "isRead",
  "importance",
  "inferenceClassification",
  "singleValueExtendedProperties",
  "multiValueExtendedProperties",
]);

export function findMailFolder(
  mailbox: Mailbox,
  idOrWellKnown: string
): StoredMailFolder | undefined {
  const lower = idOrWellKnown.toLowerCase();
  return mailbox.mailFolders.find((f) => f.id === idOrWellKnown || f.wellKnownName === lower);
}

function wellKnownFolder(mailbox: Mailbox, name: string): StoredMailFolder {
  const folder = findMailFolder(mailbox, name);
  if (!folder) throw new Error(`Mailbox has no ${name} folder`);
  return folder;
}

function parseBody(value: unknown): ItemBody {
  const b = value as { contentType?: unknown; content?: unknown } | null;
  if (b === null || typeof b !== "object") {
    throw new GraphError(400, "RequestBodyRead", "'body' must be an object.");
  }
  const type = b.contentType === undefined ? "text" : String(b.contentType).toLowerCase();
  if (type !== "text" && type !== "html") {
    throw new GraphError(
      400,
      "RequestBodyRead",
      `Cannot convert the literal '${String(b.contentType).slice(0, 40)}' to the expected type 'microsoft.graph.bodyType'.`
    );
  }
  return {
    contentType: type,
    content: b.content === undefined ? "" : parseString(b.content, "body.content"),
  };
}

/** Validated, canonical message fields from a request body (Graph "message" resource). */
function parseMessageInput(value: unknown): Partial<Message> {
  const input = writableProperties(requireObject(value, "message"), "message");
  const out: Partial<Message> = {};
  for (const [key, raw] of Object.entries(input)) {
    switch (key) {
      case "toRecipients":
      case "ccRecipients":
      case "bccRecipients":
      case "replyTo":
        out[key] = parseRecipients(raw, key);
        break;
      case "from":
      case "sender":
        out[key] = raw === null ? null : parseRecipient(raw, key);
        break;
      case "body":
        out.body = parseBody(raw);
        break;
      case "subject":
      case "internetMessageId":
        out[key] = raw === null ? null : parseString(raw, key);
        break;
      case "categories":
        out.categories = parseStringArray(raw, key);
        break;
      case "isDeliveryReceiptRequested":
      case "isReadReceiptRequested":
      case "isRead":
        out[key] = parseBoolean(raw, key);
        break;
      case "importance": {
        const importance = String(raw).toLowerCase();
        if (importance !== "low" && importance !== "normal" && importance !== "high") {
          throw new GraphError(
            400,
            "RequestBodyRead",
            "Cannot convert the literal to the expected type 'microsoft.graph.importance'."
          );
        }
        out.importance = importance;
        break;
      }
      case "singleValueExtendedProperties":
        out.singleValueExtendedProperties = parseExtendedProperties(raw);
        break;
      default:
        // flag, attachments, internetMessageHeaders, …: kept as given.
        (out as Record<string, unknown>)[key] = raw;
    }
  }
  return out;
}

// A crude tag strip is enough for a preview; the body itself is stored unchanged.
function bodyPreview(body: ItemBody | null | undefined): string {
  const content = body?.content ?? "";
  const text = body?.contentType === "html" ? content.replace(/<[^>]*>/g, " ") : content;
  return text.replace(/\s+/g, " ").trim().slice(0, 255);
}

const asRecipient = (user: EmulatedUser): Recipient => ({
  emailAddress: { name: user.displayName, address: user.mail },
});

function findUserByAddress(data: EmulatorData, address: string): EmulatedUser | undefined {
  const lower = address.toLowerCase();
  return data.state.users.find(
    (u) => u.mail.toLowerCase() === lower || u.userPrincipalName.toLowerCase() === lower
  );
}

/** Who the mail goes out as, checking the signed-in user's Send As rights like Exchange. */
function resolveSender(
  data: EmulatorData,
  target: MailboxTarget,
  from: Recipient | null | undefined
): EmulatedUser {
  const me = data.signedInUser();
  const mayActAs = (user: EmulatedUser): boolean =>
    user.id === me.id || me.sendAs.includes(user.id);
  if (!mayActAs(target.owner)) throw sendAsDenied();
  const address = from?.emailAddress?.address;
  if (!address) return target.owner;
  const user = findUserByAddress(data, address);
  if (!user || !mayActAs(user)) throw sendAsDenied();
  return user;
}

function requireRecipients(message: Partial<Message>): void {
  const count =
    (message.toRecipients?.length ?? 0) +
    (message.ccRecipients?.length ?? 0) +
    (message.bccRecipients?.length ?? 0);
  if (count === 0) {
    throw invalidRecipients("A message can't be sent because it contains no recipients.");
  }
}

/** The copy of a sent mail that lands in Sent Items. */
function sentCopy(
  message: Partial<Message>,
  sender: EmulatedUser,
  folderId: string
): StoredMessage {
  const now = graphTimestamp();
  const id = newItemId();
  const attachments = Array.isArray(message.attachments) ? message.attachments : [];
  const { attachments: _dropped, ...rest } = message;
  void _dropped; // Attachment contents are not kept: the signal never carries any.
  return {
    ...rest,
    id,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: newChangeKey(),
    categories: message.categories ?? [],
    receivedDateTime: now,
    sentDateTime: now,
    hasAttachments: attachments.length > 0,
    internetMessageId: message.internetMessageId ?? newInternetMessageId(sender.mail),
    subject: message.subject ?? "",
    bodyPreview: bodyPreview(message.body),
    importance: message.importance ?? "normal",
    parentFolderId: folderId,
    conversationId: newItemId(),
    isDeliveryReceiptRequested: message.isDeliveryReceiptRequested ?? false,
    isReadReceiptRequested: message.isReadReceiptRequested ?? false,
    isRead: true,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: "focused",
    body: message.body ?? { contentType: "text", content: "" },
    sender: asRecipient(sender),
    from: asRecipient(sender),
    toRecipients: message.toRecipients ?? [],
    ccRecipients: message.ccRecipients ?? [],
    bccRecipients: message.bccRecipients ?? [],
    replyTo: message.replyTo ?? [],
    flag: message.flag ?? { flagStatus: "notFlagged" },
    singleValueExtendedProperties: message.singleValueExtendedProperties ?? [],
  };
}

/** POST /sendMail: 202 and no body; the mail is stored in the mailbox's Sent Items. */
export function sendMail(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest
): GraphResult {
  const body = requireObject(request.body, "sendMail");
  for (const key of Object.keys(body)) {
    if (key !== "message" && key !== "saveToSentItems" && !key.startsWith("@")) {
      throw new GraphError(
        400,
        "UnrecognizedRequestParameter",
        `The parameter '${key}' in the request payload is not a valid parameter for the operation 'sendMail'.`
      );
    }
  }
  if (body.message === undefined || body.message === null) {
    throw new GraphError(
      400,
      "ErrorInvalidParameter",
      "The value of the parameter 'Message' is empty."
    );
  }
  const message = parseMessageInput(body.message);
  const save =
    body.saveToSentItems === undefined
      ? true
      : parseBoolean(body.saveToSentItems, "saveToSentItems");
  const sender = resolveSender(data, target, message.from);
  requireRecipients(message);
  if (save) {
    target.mailbox.messages.push(
      sentCopy(message, sender, wellKnownFolder(target.mailbox, "sentitems").id)
    );
    data.save();
  }
  return noContent(202);
}

function findMessage(mailbox: Mailbox, id: string, folder?: StoredMailFolder): StoredMessage {
  const message = mailbox.messages.find(
    (m) => m.id === id && (!folder || m.parentFolderId === folder.id)
  );
  if (!message) throw itemNotFound();
  return message;
}

function messageContext(target: MailboxTarget, folder?: StoredMailFolder): string {
  return folder
    ? `${target.contextPrefix}/mailFolders('${folder.wellKnownName ?? folder.id}')/messages`
    : `${target.contextPrefix}/messages`;
}

function listMessages(
  target: MailboxTarget,
  request: GraphRequest,
  folder?: StoredMailFolder
): GraphResult {
  const options = parseQueryOptions(request.query, "message", MESSAGE_LIMITS);
  const items = folder
    ? target.mailbox.messages.filter((m) => m.parentFolderId === folder.id)
    : target.mailbox.messages;
  const { page, nextSkip, total } = applyCollectionQuery(items, options, NEWEST_FIRST);
  return collection(
    request,
    messageContext(target, folder),
    page.map((m) => shapeEntity(m, options)),
    nextSkip,
    options.count ? total : undefined
  );
}

function getMessage(
  target: MailboxTarget,
  request: GraphRequest,
  message: StoredMessage
): GraphResult {
  const options = parseQueryOptions(request.query, "message", MESSAGE_LIMITS);
  return json(200, {
    "@odata.context": `${request.origin}/v1.0/$metadata#${target.contextPrefix}/messages/$entity`,
    ...shapeEntity(message, options),
  });
}

/** POST /messages (or /mailFolders/{id}/messages): a draft, 201 with the message. */
function createDraft(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest,
  folder: StoredMailFolder
): GraphResult {
  const input = parseMessageInput(request.body);
  const now = graphTimestamp();
  const id = newItemId();
  const draft: StoredMessage = {
    ...input,
    id,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: newChangeKey(),
    categories: input.categories ?? [],
    receivedDateTime: now,
    sentDateTime: now,
    hasAttachments: Array.isArray(input.attachments) && input.attachments.length > 0,
    internetMessageId: input.internetMessageId ?? newInternetMessageId(target.owner.mail),
    subject: input.subject ?? "",
    bodyPreview: bodyPreview(input.body),
    importance: input.importance ?? "normal",
    parentFolderId: folder.id,
    conversationId: newItemId(),
    isDeliveryReceiptRequested: input.isDeliveryReceiptRequested ?? false,
    isReadReceiptRequested: input.isReadReceiptRequested ?? false,
    isRead: true,
    isDraft: true,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    body: input.body ?? { contentType: "text", content: "" },
    toRecipients: input.toRecipients ?? [],
    ccRecipients: input.ccRecipients ?? [],
    bccRecipients: input.bccRecipients ?? [],
    replyTo: input.replyTo ?? [],
    flag: input.flag ?? { flagStatus: "notFlagged" },
    singleValueExtendedProperties: input.singleValueExtendedProperties ?? [],
  };
  target.mailbox.messages.push(draft);
  data.save();
  const result = getMessage(target, { ...request, query: new URLSearchParams() }, draft);
  return { ...result, status: 201 };
}

/** POST /messages/{id}/send: sends a draft; it leaves Drafts and a copy lands in Sent Items. */
function sendDraft(data: EmulatorData, target: MailboxTarget, message: StoredMessage): GraphResult {
  if (!message.isDraft) {
    throw new GraphError(400, "ErrorInvalidOperation", "Only a draft message can be sent.");
  }
  const sender = resolveSender(data, target, message.from);
  requireRecipients(message);
  const mailbox = target.mailbox;
  mailbox.messages = mailbox.messages.filter((m) => m.id !== message.id);
  mailbox.messages.push(sentCopy(message, sender, wellKnownFolder(mailbox, "sentitems").id));
  data.save();
  return noContent(202);
}

function updateMessage(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest,
  message: StoredMessage
): GraphResult {
  const input = parseMessageInput(request.body);
  if (!message.isDraft) {
    for (const key of Object.keys(input)) {
      if (!SENT_MESSAGE_UPDATABLE.has(key)) {
        throw new GraphError(
          400,
          "ErrorInvalidPropertyUpdateSentMessage",
          "Update operation is not supported for some properties of a sent message."
        );
      }
    }
  }
  const { singleValueExtendedProperties, ...rest } = input;
  Object.assign(message, rest);
  if (singleValueExtendedProperties) {
    message.singleValueExtendedProperties = mergeExtendedProperties(
      (message.singleValueExtendedProperties ?? []) as Array<{ id: string; value: string }>,
      singleValueExtendedProperties as Array<{ id: string; value: string }>
    );
  }
  if (input.body) message.bodyPreview = bodyPreview(input.body);
  message.lastModifiedDateTime = graphTimestamp();
  message.changeKey = newChangeKey();
  data.save();
  return getMessage(target, { ...request, query: new URLSearchParams() }, message);
}

/** DELETE moves to Deleted Items; deleting from Deleted Items removes for good (like Outlook). */
function deleteMessage(
  data: EmulatorData,
  target: MailboxTarget,
  message: StoredMessage
): GraphResult {
  const deleted = wellKnownFolder(target.mailbox, "deleteditems");
  if (message.parentFolderId === deleted.id) {
    target.mailbox.messages = target.mailbox.messages.filter((m) => m.id !== message.id);
  } else {
    message.parentFolderId = deleted.id;
  }
  data.save();
  return noContent(204);
}

function mailFolderView(mailbox: Mailbox, folder: StoredMailFolder): Record<string, unknown> {
  const items = mailbox.messages.filter((m) => m.parentFolderId === folder.id);
  const { wellKnownName: _internal, ...rest } = folder;
  void _internal;
  return {
    ...rest,
    childFolderCount: 0,
    unreadItemCount: items.filter((m) => !m.isRead).length,
    totalItemCount: items.length,
    sizeInBytes: items.reduce((n, m) => n + JSON.stringify(m).length, 0),
    isHidden: false,
  };
}

const methodNotAllowed = (): GraphError =>
  new GraphError(405, "ErrorInvalidRequest", "The OData request is not supported.");

/** Routes for one message, given the rest of the path after its id. */
function messageItemRoute(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest,
  message: StoredMessage,
  rest: string[]
): GraphResult | undefined {
  if (rest.length === 0) {
    if (request.method === "GET") return getMessage(target, request, message);
    if (request.method === "PATCH") return updateMessage(data, target, request, message);
    if (request.method === "DELETE") return deleteMessage(data, target, message);
    throw methodNotAllowed();
  }
  if (rest.length === 1 && rest[0].toLowerCase() === "send") {
    if (request.method !== "POST") throw methodNotAllowed();
    return sendDraft(data, target, message);
  }
  if (rest.length === 1 && rest[0].toLowerCase() === "permanentdelete") {
    // Graph v1.0 POST …/permanentDelete: gone for good, not moved to Deleted Items.
    if (request.method !== "POST") throw methodNotAllowed();
    target.mailbox.messages = target.mailbox.messages.filter((m) => m.id !== message.id);
    data.save();
    return noContent(204);
  }
  return undefined;
}

/**
 * Mail routes below a mailbox: `rest` is the path after /me or /users/{id}.
 * Returns undefined when the path is not a mail path.
 */
export function mailRoute(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest,
  rest: string[]
): GraphResult | undefined {
  const [first, second, third, ...more] = rest;
  const head = first?.toLowerCase();
  if (head === "sendmail" && rest.length === 1) {
    if (request.method !== "POST") throw methodNotAllowed();
    return sendMail(data, target, request);
  }
  if (head === "messages") {
    if (second === undefined) {
      if (request.method === "GET") return listMessages(target, request);
      if (request.method === "POST") {
        return createDraft(data, target, request, wellKnownFolder(target.mailbox, "drafts"));
      }
      throw methodNotAllowed();
    }
    const message = findMessage(target.mailbox, second);
    return messageItemRoute(data, target, request, message, rest.slice(2));
  }
  if (head === "mailfolders") {
    if (second === undefined) {
      if (request.method !== "GET") throw methodNotAllowed();
      const options = parseQueryOptions(request.query, "mailFolder", {
        defaultTop: 10,
        maxTop: 1000,
      });
      const views = target.mailbox.mailFolders.map((f) => mailFolderView(target.mailbox, f));
      const { page, nextSkip, total } = applyCollectionQuery(views, options);
      return collection(
        request,
        `${target.contextPrefix}/mailFolders`,
        page.map((f) => shapeEntity(f, options)),
        nextSkip,
        options.count ? total : undefined
      );
    }
    const folder = findMailFolder(target.mailbox, second);
    if (!folder) throw itemNotFound();
    if (third === undefined) {
      if (request.method !== "GET") throw methodNotAllowed();
      const options = parseQueryOptions(request.query, "mailFolder", {
        defaultTop: 10,
        maxTop: 1000,
      });
      return json(200, {
        "@odata.context": `${request.origin}/v1.0/$metadata#${target.contextPrefix}/mailFolders/$entity`,
        ...shapeEntity(mailFolderView(target.mailbox, folder), options),
      });
    }
    if (third.toLowerCase() !== "messages") return undefined;
    const [messageId, ...afterId] = more;
    if (messageId === undefined) {
      if (request.method === "GET") return listMessages(target, request, folder);
      if (request.method === "POST") return createDraft(data, target, request, folder);
      throw methodNotAllowed();
    }
    const message = findMessage(target.mailbox, messageId, folder);
    return messageItemRoute(data, target, request, message, afterId);
  }
  return undefined;
}
