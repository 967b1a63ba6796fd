/** A person mention found in the text or in a table, before names are split and ages computed. */
import type { NationalNumber } from "./nationalNumber";
import type { PersonName } from "./names";
import type { RoleClass } from "./roles";

export interface PersonMention {
  /** Name words as written (text mentions), to be split with the mail's hints. */
  tokens: string[];
  /** Already split name (table rows with separate name columns). */
  name?: PersonName;
  /** Only a first name was written: the surname is the previous mention's in `group`. */
  inheritSurname: boolean;
  /** Mentions in the same line or list share a group (for sibling lists). */
  group: string;
  surnameFirst: boolean;
  birthDate: string | null;
  /** The birth date was written with a two-digit year: kept only if it makes a minor. */
  birthDateShortYear?: boolean;
  /** Only a birth year was written ("°2019", "née en 2015"): no date, but it can tell the age. */
  birthYear?: number;
  /** Only an age was written ("Roos (7 j.)", "âgé de 12 ans"). */
  statedAge?: number;
  nationalNumber: NationalNumber | null;
  role: RoleClass | null;
  /** Found in prose without a date: dropped when the same name is written as an adult. */
  weak?: boolean;
  start: number;
  end: number;
}
