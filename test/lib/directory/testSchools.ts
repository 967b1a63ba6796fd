/** Small helpers to build School values in tests. */
import {
  parseContactEmail,
  parseSchoolNumber,
  type ContactEmail,
  type School,
  type SchoolNumber,
} from "../../../src/lib/directory/school";

export function schoolNumber(raw: string): SchoolNumber {
  const number = parseSchoolNumber(raw);
  if (number === null) throw new Error(`bad test school number ${raw}`);
  return number;
}

export function email(raw: string): ContactEmail {
  const parsed = parseContactEmail(raw);
  if (parsed === null) throw new Error(`bad test e-mail ${raw}`);
  return parsed;
}

export function school(
  overrides: Omit<Partial<School>, "number"> & { number: string; name: string }
): School {
  return {
    id: null,
    address: { street: "", postcode: "", municipality: "" },
    language: "nl",
    contacts: [],
    ...overrides,
    number: schoolNumber(overrides.number),
  };
}
