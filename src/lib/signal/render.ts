/**
 * renderSignal: the exact message one school receives — subject "Handle with Care", a greeting,
 * the code word, each child's name and date of birth, the unit's signature. Nothing else: no
 * free text, no incident data, no reference. Every slot is sanitised, then HTML-escaped.
 */
import { escapeUTF8 } from "entities";
import { displayName, sanitizeField } from "./sanitize";
import { formatBirthDate } from "./birthDate";
import { templateText } from "./template";
import type {
  MessageRef,
  SignalAddress,
  SignalChild,
  SignalLanguage,
  SignalSchool,
  SignalSignature,
} from "./types";

/** The subject is the code word itself, in every language. */
export const SIGNAL_SUBJECT = "Handle with Care";

/** Signature fields are short; longer text is cut. */
const MAX_SIGNATURE_FIELD = 120;

export interface RenderSignalInput {
  school: SignalSchool;
  children: readonly SignalChild[];
  signature: SignalSignature;
  /** The mailbox the signal goes out from (the officer's own or the unit's shared one). */
  from: SignalAddress;
  /** Used when the school has no language of its own. */
  defaultLanguage: SignalLanguage;
}

export interface RenderedSignal {
  subject: string;
  bodyHtml: string;
  bodyText: string;
  to: SignalAddress[];
  from: SignalAddress;
  language: SignalLanguage;
}

/** Bad input for a signal: a message key, never the offending name. */
export class SignalInputError extends Error {
  constructor(readonly ref: MessageRef) {
    super(`signal input rejected: ${ref.key}`);
    this.name = "SignalInputError";
  }
}

// One address, no display-name syntax: what Graph's emailAddress.address accepts.
const ADDRESS = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/u;

interface SafeChild {
  name: string;
  birthDate: string;
}

function safeChildren(children: readonly SignalChild[]): SafeChild[] {
  if (children.length === 0) throw new SignalInputError({ key: "input.noChildren" });
  return children.map((child, index) => {
    const name = displayName(child.firstName, child.lastName);
    if (name === "") {
      throw new SignalInputError({ key: "input.nameMissing", params: { index: index + 1 } });
    }
    const birthDate = formatBirthDate(child.birthDate);
    if (birthDate === null) {
      throw new SignalInputError({ key: "input.birthDateInvalid", params: { index: index + 1 } });
    }
    return { name, birthDate };
  });
}

function safeAddress(address: SignalAddress): SignalAddress {
  const email = address.email.trim();
  if (!ADDRESS.test(email)) throw new SignalInputError({ key: "input.recipientInvalid" });
  return { name: sanitizeField(address.name, MAX_SIGNATURE_FIELD), email };
}

/** The message for one school. Throws SignalInputError (a key, no child data) on bad input. */
export function renderSignal(input: RenderSignalInput): RenderedSignal {
  const language = input.school.language ?? input.defaultLanguage;
  const text = templateText(language);
  const children = safeChildren(input.children);
  const emails = typeof input.school.email === "string" ? [input.school.email] : input.school.email;
  if (emails.length === 0) throw new SignalInputError({ key: "input.recipientInvalid" });
  const to = emails.map((email) => safeAddress({ name: input.school.name, email }));
  const from = safeAddress(input.from);
  const signature = [input.signature.unit, input.signature.zone, input.signature.telephone]
    .map((field) => sanitizeField(field, MAX_SIGNATURE_FIELD))
    .filter((field) => field !== "");

  const bodyText = [
    text.greeting,
    "",
    text.codeWord,
    "",
    text.intro,
    ...children.map((c) => `- ${text.child(c.name, c.birthDate)}`),
    "",
    text.closing,
    ...signature,
  ].join("\n");

  const h = escapeUTF8;
  const bodyHtml =
    `<html><body>` +
    `<p>${h(text.greeting)}</p>` +
    `<p><b>${h(text.codeWord)}</b></p>` +
    `<p>${h(text.intro)}</p>` +
    `<ul>${children.map((c) => `<li>${text.child(h(c.name), h(c.birthDate))}</li>`).join("")}</ul>` +
    `<p>${[text.closing, ...signature].map(h).join("<br>")}</p>` +
    `</body></html>`;

  return { subject: SIGNAL_SUBJECT, bodyHtml, bodyText, to, from, language };
}
