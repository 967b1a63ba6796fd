/**
 * Recipients of a signal come only from the directory: a DirectoryRecipient can only be made
 * here, from a School object, so the sending code cannot be handed a free-typed address.
 */
import type { ContactEmail, School, SchoolNumber } from "./school";

declare const directoryRecipientBrand: unique symbol;

export interface DirectoryRecipient {
  readonly [directoryRecipientBrand]: true;
  readonly email: ContactEmail;
  readonly name: string;
  /** The school this address belongs to (for the audit trail). */
  readonly schoolNumber: SchoolNumber;
}

/**
 * The Handle with Care contact persons of a school, as signal recipients. Empty when the school
 * has none (it cannot be picked). The school's general e-mail is never part of a School.
 */
export function recipientsFor(school: School): DirectoryRecipient[] {
  return school.contacts.map(
    (contact) =>
      Object.freeze({
        email: contact.email,
        name: contact.name,
        schoolNumber: school.number,
      }) as DirectoryRecipient
  );
}
