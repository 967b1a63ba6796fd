/** Outlook contacts and contact folders, under /me or /users/{id}. */
import type { Contact, EmailAddress, PhysicalAddress } from "@microsoft/microsoft-graph-types";
import { GraphError, itemNotFound, unknownProperty } from "../graph-error";
import { graphTimestamp, newChangeKey, newItemId } from "../ids";
import { mergeExtendedProperties, parseExtendedProperties } from "../extended-properties";
import { applyCollectionQuery, parseQueryOptions, shapeEntity } from "../odata-query";
import type { Mailbox, StoredContact, StoredContactFolder } from "../state";
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
  isValidAddress,
  parseString,
  parseStringArray,
  requireObject,
  writableProperties,
} from "./validation";

const CONTACT_LIMITS = { defaultTop: 10, maxTop: 1000 };
/** Outlook keeps at most three e-mail addresses on a contact. */
const MAX_EMAIL_ADDRESSES = 3;
const ADDRESS_FIELDS = new Set(["street", "city", "state", "postalCode", "countryOrRegion"]);

function parseEmailAddresses(value: unknown): EmailAddress[] {
  if (!Array.isArray(value)) {
    throw new GraphError(400, "RequestBodyRead", "'emailAddresses' must be a collection.");
  }
  if (value.length > MAX_EMAIL_ADDRESSES) {
    throw new GraphError(
      400,
      "ErrorInvalidArgument",
      `A contact can have at most ${MAX_EMAIL_ADDRESSES} e-mail addresses.`
    );
  }
  return value.map((entry: unknown) => {
    const e = entry as { address?: unknown; name?: unknown } | null;
    if (e === null || typeof e !== "object" || !isValidAddress(e.address)) {
      throw new GraphError(
        400,
        "ErrorInvalidArgument",
        "An e-mail address of the contact is not valid."
      );
    }
    return e.name === undefined
      ? { address: e.address }
      : { name: parseString(e.name, "emailAddresses.name"), address: e.address };
  });
}

function parsePhysicalAddress(value: unknown, property: string): PhysicalAddress {
  const a = requireObject(value, property);
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(a)) {
    if (key.startsWith("@")) continue;
    if (!ADDRESS_FIELDS.has(key)) throw unknownProperty(key, "physicalAddress");
    out[key] = parseString(raw, `${property}.${key}`);
  }
  return out;
}

function parseContactInput(value: unknown): Partial<Contact> {
  const input = writableProperties(requireObject(value, "contact"), "contact");
  const out: Partial<Contact> = {};
  for (const [key, raw] of Object.entries(input)) {
    switch (key) {
      case "emailAddresses":
        out.emailAddresses = parseEmailAddresses(raw);
        break;
      case "businessAddress":
      case "homeAddress":
      case "otherAddress":
        out[key] = parsePhysicalAddress(raw, key);
        break;
      case "categories":
      case "businessPhones":
      case "homePhones":
      case "children":
      case "imAddresses":
        out[key] = parseStringArray(raw, key);
        break;
      case "singleValueExtendedProperties":
        out.singleValueExtendedProperties = parseExtendedProperties(raw);
        break;
      default:
        (out as Record<string, unknown>)[key] = raw === null ? null : parseString(raw, key);
    }
  }
  return out;
}

function findContactFolder(mailbox: Mailbox, id: string): StoredContactFolder {
  const folder = mailbox.contactFolders.find((f) => f.id === id);
  if (!folder) throw itemNotFound();
  return folder;
}

function findContact(mailbox: Mailbox, folderId: string, id: string): StoredContact {
  const contact = mailbox.contacts.find((c) => c.id === id && c.parentFolderId === folderId);
  if (!contact) throw itemNotFound();
  return contact;
}

function getContact(request: GraphRequest, context: string, contact: StoredContact): GraphResult {
  const options = parseQueryOptions(request.query, "contact", CONTACT_LIMITS);
  return json(200, {
    "@odata.context": `${request.origin}/v1.0/$metadata#${context}/$entity`,
    ...shapeEntity(contact, options),
  });
}

function createContact(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest,
  folderId: string,
  context: string
): GraphResult {
  const input = parseContactInput(request.body);
  const now = graphTimestamp();
  const contact: StoredContact = {
    ...input,
    id: newItemId(),
    parentFolderId: folderId,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: newChangeKey(),
    categories: input.categories ?? [],
    displayName: input.displayName ?? [input.givenName, input.surname].filter(Boolean).join(" "),
    emailAddresses: input.emailAddresses ?? [],
    businessPhones: input.businessPhones ?? [],
    homePhones: input.homePhones ?? [],
    businessAddress: input.businessAddress ?? {},
    homeAddress: input.homeAddress ?? {},
    otherAddress: input.otherAddress ?? {},
    singleValueExtendedProperties: input.singleValueExtendedProperties ?? [],
  };
  target.mailbox.contacts.push(contact);
  data.save();
  return {
    ...getContact({ ...request, query: new URLSearchParams() }, context, contact),
    status: 201,
  };
}

function updateContact(
  data: EmulatorData,
  request: GraphRequest,
  contact: StoredContact,
  context: string
): GraphResult {
  const { singleValueExtendedProperties, ...rest } = parseContactInput(request.body);
  Object.assign(contact, rest);
  if (singleValueExtendedProperties) {
    contact.singleValueExtendedProperties = mergeExtendedProperties(
      (contact.singleValueExtendedProperties ?? []) as Array<{ id: string; value: string }>,
      singleValueExtendedProperties as Array<{ id: string; value: string }>
    );
  }
  contact.lastModifiedDateTime = graphTimestamp();
  contact.changeKey = newChangeKey();
  data.save();
  return getContact({ ...request, query: new URLSearchParams() }, context, contact);
}

const methodNotAllowed = (): GraphError =>
  new GraphError(405, "ErrorInvalidRequest", "The OData request is not supported.");

/** /contacts and /contactFolders/{id}/contacts, given the folder and the path after "contacts". */
function contactsRoute(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest,
  folderId: string,
  context: string,
  rest: string[]
): GraphResult | undefined {
  const mailbox = target.mailbox;
  if (rest.length === 0) {
    if (request.method === "GET") {
      const options = parseQueryOptions(request.query, "contact", CONTACT_LIMITS);
      const items = mailbox.contacts.filter((c) => c.parentFolderId === folderId);
      const { page, nextSkip, total } = applyCollectionQuery(items, options);
      return collection(
        request,
        context,
        page.map((c) => shapeEntity(c, options)),
        nextSkip,
        options.count ? total : undefined
      );
    }
    if (request.method === "POST") return createContact(data, target, request, folderId, context);
    throw methodNotAllowed();
  }
  if (rest.length !== 1) return undefined;
  const contact = findContact(mailbox, folderId, rest[0]);
  if (request.method === "GET") return getContact(request, context, contact);
  if (request.method === "PATCH") return updateContact(data, request, contact, context);
  if (request.method === "DELETE") {
    mailbox.contacts = mailbox.contacts.filter((c) => c.id !== contact.id);
    data.save();
    return noContent(204);
  }
  throw methodNotAllowed();
}

function createContactFolder(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest
): GraphResult {
  const body = writableProperties(requireObject(request.body, "contactFolder"), "contactFolder");
  const displayName = parseString(body.displayName, "displayName").trim();
  if (displayName === "") {
    throw new GraphError(400, "ErrorInvalidRequest", "The folder must have a display name.");
  }
  const mailbox = target.mailbox;
  const parentFolderId = mailbox.defaultContactFolderId;
  if (
    mailbox.contactFolders.some(
      (f) =>
        f.parentFolderId === parentFolderId &&
        f.displayName?.toLowerCase() === displayName.toLowerCase()
    )
  ) {
    throw new GraphError(
      409,
      "ErrorFolderExists",
      "A folder with the specified name already exists."
    );
  }
  const folder: StoredContactFolder = { id: newItemId(), displayName, parentFolderId };
  mailbox.contactFolders.push(folder);
  data.save();
  return json(201, {
    "@odata.context": `${request.origin}/v1.0/$metadata#${target.contextPrefix}/contactFolders/$entity`,
    ...folder,
  });
}

/**
 * Contact routes below a mailbox: `rest` is the path after /me or /users/{id}.
 * Returns undefined when the path is not a contacts path.
 */
export function contactRoute(
  data: EmulatorData,
  target: MailboxTarget,
  request: GraphRequest,
  rest: string[]
): GraphResult | undefined {
  const [first, second, third, ...more] = rest;
  const head = first?.toLowerCase();
  const mailbox = target.mailbox;
  if (head === "contacts") {
    const context = `${target.contextPrefix}/contacts`;
    return contactsRoute(
      data,
      target,
      request,
      mailbox.defaultContactFolderId,
      context,
      rest.slice(1)
    );
  }
  if (head !== "contactfolders") return undefined;
  if (second === undefined) {
    if (request.method === "GET") {
      const options = parseQueryOptions(request.query, "contactFolder", {
        defaultTop: 10,
        maxTop: 1000,
      });
      const { page, nextSkip, total } = applyCollectionQuery(mailbox.contactFolders, options);
      return collection(
        request,
        `${target.contextPrefix}/contactFolders`,
        page.map((f) => shapeEntity(f, options)),
        nextSkip,
        options.count ? total : undefined
      );
    }
    if (request.method === "POST") return createContactFolder(data, target, request);
    throw methodNotAllowed();
  }
  const folder = findContactFolder(mailbox, second);
  if (third === undefined) {
    if (request.method === "GET") {
      const options = parseQueryOptions(request.query, "contactFolder", {
        defaultTop: 10,
        maxTop: 1000,
      });
      return json(200, {
        "@odata.context": `${request.origin}/v1.0/$metadata#${target.contextPrefix}/contactFolders/$entity`,
        ...shapeEntity(folder, options),
      });
    }
    if (request.method === "PATCH") {
      const body = writableProperties(
        requireObject(request.body, "contactFolder"),
        "contactFolder"
      );
      if (body.displayName !== undefined)
        folder.displayName = parseString(body.displayName, "displayName");
      data.save();
      return json(200, { ...folder });
    }
    if (request.method === "DELETE") {
      mailbox.contactFolders = mailbox.contactFolders.filter((f) => f.id !== folder.id);
      mailbox.contacts = mailbox.contacts.filter((c) => c.parentFolderId !== folder.id);
      data.save();
      return noContent(204);
    }
    throw methodNotAllowed();
  }
  if (third.toLowerCase() !== "contacts") return undefined;
  const context = `${target.contextPrefix}/contactFolders('${folder.id}')/contacts`;
  return contactsRoute(data, target, request, folder.id, context, more);
}
