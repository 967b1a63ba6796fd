/** The data a Handle with Care signal is made of — nothing more. */

/** Languages a signal template exists in (English only for testing). */
export const signalLanguages = ["nl", "fr", "en"] as const;
export type SignalLanguage = (typeof signalLanguages)[number];

/** A child as the officer confirmed it in the pane. */
export interface SignalChild {
  firstName: string;
  lastName: string;
  /** ISO date `YYYY-MM-DD`. */
  birthDate: string;
}

/** A school's Handle with Care contact, from the zone's approved contact list. */
export interface SignalSchool {
  /** Stable key (school number or contact id): one message per school. */
  id: string;
  name: string;
  /** The designated contact person's address (or several: all of them receive the one message). */
  email: string | readonly string[];
  /** Template language; the config's default language when absent. */
  language?: SignalLanguage;
}

/** The unit's signature, from config. */
export interface SignalSignature {
  unit: string;
  zone: string;
  telephone: string;
}

export interface SignalAddress {
  name: string;
  email: string;
}

/** A message key for the `signal` namespace plus its parameters (never child data). */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}
