/** Every key the signal library hands the pane exists in Dutch, French and English. */
import nl from "../../../src/i18n/locales/nl/signal.json";
import fr from "../../../src/i18n/locales/fr/signal.json";
import en from "../../../src/i18n/locales/en/signal.json";
import {
  noSignalReasonKey,
  noSignalReasons,
  statusMessages,
  type SendFailureKind,
  type SendState,
} from "../../../src/lib/signal";

function lookup(catalog: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalog);
}

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    keysOf(v, prefix ? `${prefix}.${k}` : k)
  );
}

const failures: SendFailureKind[] = [
  "throttled",
  "uncertain",
  "authClaims",
  "consentRequired",
  "sendAsDenied",
  "offline",
  "rejected",
];
const states: SendState[] = [
  { status: "ready" },
  { status: "sending", attempt: 1, uncertain: false },
  { status: "waiting", retryAfterSeconds: 2, attempt: 1, uncertain: false },
  { status: "checking", lookups: 0, attempt: 1, uncertain: true },
  { status: "sent" },
  ...failures.map((reason) => ({ status: "notSent" as const, reason, mustCheck: false })),
];

const usedKeys = [
  ...states.flatMap((s) => {
    const m = statusMessages(s);
    return [m.status.key, ...(m.reason ? [m.reason.key] : [])];
  }),
  ...noSignalReasons.map(noSignalReasonKey),
  "input.nameMissing",
  "input.birthDateInvalid",
  "input.noChildren",
  "input.recipientInvalid",
  "config.invalid",
  "config.unreadable",
  "action.retry",
  "template.greeting",
  "template.codeWord",
  "template.intro",
  "template.child",
  "template.closing",
];

describe("signal catalogs", () => {
  it.each([
    ["nl", nl],
    ["fr", fr],
    ["en", en],
  ])("%s has a non-empty text for every key the library uses", (_lng, catalog) => {
    for (const key of usedKeys) {
      const text = lookup(catalog, key);
      expect(typeof text === "string" && text.trim() !== "" ? key : `missing: ${key}`).toBe(key);
    }
  });

  it("the three languages have the same keys", () => {
    expect(keysOf(fr).sort()).toEqual(keysOf(nl).sort());
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it("the code word is the same in every language", () => {
    expect([nl, fr, en].map((c) => c.template.codeWord)).toEqual(Array(3).fill("Handle with Care"));
  });
});
