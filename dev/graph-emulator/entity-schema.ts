/**
 * The property names Graph knows per entity type, so the emulator rejects typos in request bodies,
 * $select, $filter and $orderby the way Graph does instead of silently ignoring them.
 */

export type EntityType = "message" | "contact" | "contactFolder" | "mailFolder" | "user";

const OUTLOOK_ITEM = ["id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories"];
const EXTENDED = ["singleValueExtendedProperties", "multiValueExtendedProperties", "extensions"];

const PROPERTIES: Record<EntityType, readonly string[]> = {
  message: [
    ...OUTLOOK_ITEM,
    ...EXTENDED,
    "receivedDateTime",
    "sentDateTime",
    "hasAttachments",
    "internetMessageId",
    "subject",
    "bodyPreview",
    "importance",
    "parentFolderId",
    "conversationId",
    "conversationIndex",
    "isDeliveryReceiptRequested",
    "isReadReceiptRequested",
    "isRead",
    "isDraft",
    "webLink",
    "inferenceClassification",
    "body",
    "uniqueBody",
    "sender",
    "from",
    "toRecipients",
    "ccRecipients",
    "bccRecipients",
    "replyTo",
    "flag",
    "internetMessageHeaders",
    "attachments",
  ],
  contact: [
    ...OUTLOOK_ITEM,
    ...EXTENDED,
    "parentFolderId",
    "birthday",
    "fileAs",
    "displayName",
    "givenName",
    "initials",
    "middleName",
    "nickName",
    "surname",
    "title",
    "yomiGivenName",
    "yomiSurname",
    "yomiCompanyName",
    "generation",
    "emailAddresses",
    "imAddresses",
    "jobTitle",
    "companyName",
    "department",
    "officeLocation",
    "profession",
    "businessHomePage",
    "assistantName",
    "manager",
    "homePhones",
    "mobilePhone",
    "businessPhones",
    "homeAddress",
    "businessAddress",
    "otherAddress",
    "spouseName",
    "personalNotes",
    "children",
    "photo",
  ],
  contactFolder: ["id", "displayName", "parentFolderId", "childFolders", "contacts", ...EXTENDED],
  mailFolder: [
    "id",
    "displayName",
    "parentFolderId",
    "childFolderCount",
    "unreadItemCount",
    "totalItemCount",
    "sizeInBytes",
    "isHidden",
    ...EXTENDED,
  ],
  user: [
    "id",
    "displayName",
    "givenName",
    "surname",
    "jobTitle",
    "mail",
    "userPrincipalName",
    "preferredLanguage",
    "businessPhones",
    "mobilePhone",
    "officeLocation",
  ],
};

/** Properties a client may not set; Graph ignores or rejects them, the emulator ignores them. */
export const READ_ONLY = new Set([
  "id",
  "createdDateTime",
  "lastModifiedDateTime",
  "changeKey",
  "parentFolderId",
  "receivedDateTime",
  "sentDateTime",
  "hasAttachments",
  "bodyPreview",
  "conversationId",
  "conversationIndex",
  "isDraft",
  "webLink",
  "uniqueBody",
  "childFolders",
  "contacts",
  "photo",
  "extensions",
]);

const LOOKUP: Record<EntityType, Map<string, string>> = Object.fromEntries(
  Object.entries(PROPERTIES).map(([type, names]) => [
    type,
    new Map(names.map((n) => [n.toLowerCase(), n])),
  ])
) as Record<EntityType, Map<string, string>>;

/** The canonical spelling of a property (Graph matches names case-insensitively), or undefined. */
export function canonicalProperty(type: EntityType, name: string): string | undefined {
  return LOOKUP[type].get(name.toLowerCase());
}
