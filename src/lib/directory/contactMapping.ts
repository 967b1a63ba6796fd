/**
 * Mapping between an Outlook contact (Graph JSON) and a School. The institution number and the
 * language live in named single-value extended properties, which survive edits in Outlook.
 */
import type { Contact, SingleValueLegacyExtendedProperty } from "@microsoft/microsoft-graph-types";
import {
  parseContactEmail,
  parseSchoolLanguage,
  parseSchoolNumber,
  sameEmail,
  type School,
  type SchoolContact,
} from "./school";

export const SCHOOL_NUMBER_PROPERTY_ID =
  "String {00020329-0000-0000-C000-000000000046} Name hwcSchoolNumber";
export const SCHOOL_LANGUAGE_PROPERTY_ID =
  "String {00020329-0000-0000-C000-000000000046} Name hwcLanguage";

/** The `$expand` value that makes Graph return both properties with each contact. */
export const SCHOOL_PROPERTIES_EXPAND =
  `singleValueExtendedProperties($filter=id eq '${SCHOOL_NUMBER_PROPERTY_ID}'` +
  ` or id eq '${SCHOOL_LANGUAGE_PROPERTY_ID}')`;

/** Exchange stores at most three e-mail addresses on a contact (email1..email3). */
export const MAX_CONTACT_EMAILS = 3;

function propertyValue(
  properties: readonly SingleValueLegacyExtendedProperty[] | null | undefined,
  id: string
): string | null {
  // Graph may echo the id with different casing of the GUID or the "Name" keyword.
  const wanted = id.toLowerCase();
  const found = properties?.find((p) => p.id?.toLowerCase() === wanted);
  return found?.value ?? null;
}

/** The distinct valid addresses of a contact; invalid entries are dropped. */
function contactsOf(contact: Contact): SchoolContact[] {
  const result: SchoolContact[] = [];
  for (const entry of contact.emailAddresses ?? []) {
    const email = parseContactEmail(entry.address ?? "");
    if (email === null || result.some((c) => sameEmail(c.email, email))) continue;
    const name = (entry.name ?? "").trim();
    result.push({ email, name: sameEmail(name, email) ? "" : name });
  }
  return result;
}

/**
 * A School from a Graph contact; null when the contact carries no valid institution number
 * (e.g. a personal contact someone added to the folder by hand).
 */
export function contactToSchool(contact: Contact): School | null {
  const number = parseSchoolNumber(
    propertyValue(contact.singleValueExtendedProperties, SCHOOL_NUMBER_PROPERTY_ID) ?? ""
  );
  if (number === null) return null;
  const language =
    parseSchoolLanguage(
      propertyValue(contact.singleValueExtendedProperties, SCHOOL_LANGUAGE_PROPERTY_ID) ?? ""
    ) ?? "nl";
  const name = (contact.displayName ?? contact.companyName ?? "").trim();
  return {
    id: contact.id ?? null,
    number,
    name: name === "" ? number : name,
    address: {
      street: (contact.businessAddress?.street ?? "").trim(),
      postcode: (contact.businessAddress?.postalCode ?? "").trim(),
      municipality: (contact.businessAddress?.city ?? "").trim(),
    },
    language,
    contacts: contactsOf(contact),
  };
}

/** The Graph contact body (POST or PATCH) that stores a School. */
export function schoolToContact(school: School): Contact {
  return {
    displayName: school.name,
    fileAs: school.name,
    companyName: school.name,
    businessAddress: {
      street: school.address.street,
      postalCode: school.address.postcode,
      city: school.address.municipality,
    },
    emailAddresses: school.contacts.map((c) => ({
      address: c.email,
      name: c.name === "" ? c.email : c.name,
    })),
    singleValueExtendedProperties: [
      { id: SCHOOL_NUMBER_PROPERTY_ID, value: school.number },
      { id: SCHOOL_LANGUAGE_PROPERTY_ID, value: school.language },
    ],
  };
}
