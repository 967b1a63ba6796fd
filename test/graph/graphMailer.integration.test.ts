/**
 * The Graph adapter against the Graph emulator (in-process), through the real Graph client and
 * the real send machine: each fault run must leave exactly one signal (or none, when refused).
 */
import { startGraphEmulator, type GraphEmulator } from "../../dev/graph-emulator";
import {
  auditPropertyIds,
  prepareSignal,
  SIGNAL_CATEGORY,
  SignalSender,
  type OutgoingSignal,
  type SendState,
} from "../../src/lib/signal";
import { createDevTokenProvider } from "../../src/graph/auth/devTokenProvider";
import type { TokenProvider, TokenRequest } from "../../src/graph/auth/tokenProvider";
import { createGraphClient } from "../../src/graph/client";
import { GraphMailer } from "../../src/graph/graphMailer";
import { signalScopes } from "../../src/graph/scopes";

const OFFICER = "officer@zone.example.be";
const SHARED = "jgp@zone.example.be";
const FOREIGN = "verkeer@zone.example.be";
const SCHOOL = { id: "012345", name: "GBS De Regenboog", email: "zorg@regenboog.example.be" };

let emulator: GraphEmulator;
let signal: OutgoingSignal;
let tokenRequests: TokenRequest[];

beforeAll(async () => {
  emulator = await startGraphEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await control("POST", "/_emulator/reset");
  tokenRequests = [];
  signal = await prepareSignal({
    school: SCHOOL,
    children: [
      { firstName: "Emma", lastName: "Janssens", birthDate: "2015-03-12" },
      { firstName: "Fien", lastName: "De Smet", birthDate: "2017-05-06" },
    ],
    signature: {
      unit: "Dienst Jeugd en Gezin",
      zone: "PZ Voorbeeld (5999)",
      telephone: "+32 9 000 00 00",
    },
    from: { name: "Dienst Jeugd en Gezin", email: OFFICER },
    defaultLanguage: "nl",
    reference: "GE.55.L3.012345/2026",
    sourceMessageId: "<incident-1@zone.example.be>",
  });
});

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${emulator.baseUrl}${path}`, {
    method,
    headers: body ? { "Content-Type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

const fault = (spec: object) => control("POST", "/_emulator/faults", spec);

interface StoredMessage {
  subject?: string;
  body?: { contentType?: string; content?: string };
  toRecipients?: { emailAddress: { address: string } }[];
  from?: { emailAddress: { address: string } };
  categories?: string[];
  singleValueExtendedProperties?: { id: string; value: string }[];
}

/** Every stored message carrying a signal id, with the address of the mailbox holding it. */
async function storedSignals(): Promise<{ mailbox: string; message: StoredMessage }[]> {
  const state = (await control("GET", "/_emulator/state")) as {
    users: { id: string; mail: string }[];
    mailboxes: Record<string, { messages: StoredMessage[] }>;
  };
  return state.users.flatMap((user) =>
    (state.mailboxes[user.id]?.messages ?? [])
      .filter((m) => m.singleValueExtendedProperties?.some((p) => p.id.endsWith("hwcSignalId")))
      .map((message) => ({ mailbox: user.mail, message }))
  );
}

/** Statuses of the POST …/messages/{id}/send requests (the signal is sent as a draft). */
async function sendPosts(): Promise<(number | null)[]> {
  const { requests } = (await control("GET", "/_emulator/requests")) as {
    requests: { method: string; path: string; status: number | null }[];
  };
  return requests
    .filter((r) => r.method === "POST" && r.path.endsWith("/send"))
    .map((r) => r.status);
}

function recordingTokens(): TokenProvider {
  const dev = createDevTokenProvider(`${emulator.baseUrl}/v1.0`);
  return {
    getAccessToken: (request) => {
      tokenRequests.push(request);
      return dev.getAccessToken(request);
    },
  };
}

function senderFor(
  sendingMailbox: string | null,
  opts: { timeoutMs?: number; lookupDelayMs?: number } = {}
) {
  const graph = createGraphClient({
    graphBaseUrl: `${emulator.baseUrl}/v1.0`,
    tokens: recordingTokens(),
    scopes: signalScopes(sendingMailbox),
    retry: { delaySeconds: 0 },
  });
  const mailer = new GraphMailer(graph, { sendingMailbox, timeoutMs: opts.timeoutMs ?? 5000 });
  const states: SendState["status"][] = [];
  const sender = new SignalSender(mailer, signal, {
    lookupDelayMs: opts.lookupDelayMs ?? 0,
    onChange: (s) => states.push(s.status),
  });
  return { sender, states, mailer };
}

/** Exactly one stored signal, complete and correct. */
async function expectExactlyOneSignal(mailbox = OFFICER): Promise<void> {
  const stored = await storedSignals();
  expect(stored).toHaveLength(1);
  const [{ mailbox: holder, message }] = stored;
  expect(holder).toBe(mailbox);
  expect(message.subject).toBe("Handle with Care");
  expect(message.toRecipients?.map((r) => r.emailAddress.address)).toEqual([SCHOOL.email]);
  expect(message.body?.contentType?.toLowerCase()).toBe("html");
  expect(message.body?.content).toContain("Emma Janssens, geboren op 12/03/2015");
  expect(message.body?.content).toContain("Fien De Smet, geboren op 06/05/2017");
  expect(message.body?.content).not.toContain("GE.55.L3");
  expect(message.categories).toEqual([SIGNAL_CATEGORY]);
  const props = Object.fromEntries(
    (message.singleValueExtendedProperties ?? []).map((p) => [p.id.toLowerCase(), p.value])
  );
  expect(props[auditPropertyIds.signalId.toLowerCase()]).toBe(signal.audit.signalId);
  expect(props[auditPropertyIds.reference.toLowerCase()]).toBe("GE.55.L3.012345/2026");
  expect(props[auditPropertyIds.sourceMessageId.toLowerCase()]).toBe(
    "<incident-1@zone.example.be>"
  );
  expect(props[auditPropertyIds.childHashes.toLowerCase()]).toBe(
    signal.audit.childHashes.join(",")
  );
}

describe("GraphMailer + send machine against the Graph emulator", () => {
  it("sends one tagged signal from the officer's mailbox", async () => {
    const { sender, states } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "sent"]);
    await expectExactlyOneSignal();
    expect(await sendPosts()).toEqual([202]);
    expect(tokenRequests[0].scopes).toEqual(["User.Read", "Mail.Send", "Mail.ReadWrite"]);
  });

  it("sends from the unit's shared mailbox into its Sent Items", async () => {
    const { sender } = senderFor(SHARED);
    expect((await sender.submit()).status).toBe("sent");
    await expectExactlyOneSignal(SHARED);
    const [{ message }] = await storedSignals();
    expect(message.from?.emailAddress.address).toBe(SHARED);
  });

  it("429 then ok: the client waits Retry-After and sends again; one message", async () => {
    await fault({
      kind: "throttle",
      count: 1,
      retryAfterSeconds: 1,
      match: { method: "POST", path: "/send" },
    });
    const started = Date.now();
    const { sender } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(await sendPosts()).toEqual([429, 202]);
    await expectExactlyOneSignal();
  });

  it("503 after the mail was stored: the send reaches the server exactly once, check finds it", async () => {
    await fault({
      kind: "status",
      status: 503,
      afterStore: true,
      count: 1,
      match: { method: "POST", path: "/send" },
    });
    const { sender, states } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "checking", "sent"]);
    expect(await sendPosts()).toEqual([503]);
    await expectExactlyOneSignal();
  });

  it("503 before store: check finds nothing, one resend, one message", async () => {
    await fault({
      kind: "status",
      status: 503,
      count: 1,
      match: { method: "POST", path: "/send" },
    });
    const { sender, states } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "checking", "checking", "sending", "sent"]);
    expect(await sendPosts()).toEqual([503, 202]);
    await expectExactlyOneSignal();
  });

  it("connection dropped before store: absent, resend, one message", async () => {
    await fault({
      kind: "drop",
      when: "before-store",
      count: 1,
      match: { method: "POST", path: "/send" },
    });
    const { sender } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(await sendPosts()).toEqual([null, 202]);
    await expectExactlyOneSignal();
  });

  it("connection dropped after store: found, no resend", async () => {
    await fault({
      kind: "drop",
      when: "after-store",
      count: 1,
      match: { method: "POST", path: "/send" },
    });
    const { sender } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect((await sendPosts()).length).toBe(1);
    await expectExactlyOneSignal();
  });

  it("the draft's send answered 404 (already sent, answer lost): checked, found, one message", async () => {
    // What the officer's browser sees when it resent a POST …/send whose first answer was lost.
    await fault({
      kind: "status",
      status: 404,
      code: "ErrorItemNotFound",
      afterStore: true,
      count: 1,
      match: { method: "POST", path: "/send" },
    });
    const { sender, states } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "checking", "sent"]);
    expect(await sendPosts()).toEqual([404]);
    await expectExactlyOneSignal();
  });

  it("the draft was stored but its answer lost: the retry sends that draft; no draft is left", async () => {
    await fault({
      kind: "drop",
      when: "after-store",
      count: 1,
      match: { method: "POST", path: "/messages" },
    });
    const { sender } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(await sendPosts()).toEqual([202]);
    // One message in all of the mailbox (Sent Items), none in Drafts or Deleted Items.
    await expectExactlyOneSignal();
  });

  it("timeout: no blind resend; Sent Items is checked first, then one resend, one message", async () => {
    // The emulator drops the work of a request whose client gave up (aborted while delayed).
    await fault({ kind: "delay", ms: 800, count: 1, match: { method: "POST", path: "/send" } });
    const { sender, states } = senderFor(null, { timeoutMs: 300, lookupDelayMs: 900 });
    expect((await sender.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "checking", "checking", "sending", "sent"]);
    expect((await sendPosts()).length).toBe(2);
    await expectExactlyOneSignal();
  });

  it("401 with a claims challenge: not sent, kept; retry asks a token with the claims, one message", async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    await fault({
      kind: "status",
      status: 401,
      claims,
      count: 1,
      match: { method: "POST", path: "/send" },
    });
    const { sender } = senderFor(null);
    expect(await sender.submit()).toEqual({
      status: "notSent",
      reason: "authClaims",
      mustCheck: false,
    });
    expect(await storedSignals()).toHaveLength(0);
    expect((await sender.submit()).status).toBe("sent");
    expect(tokenRequests.map((r) => r.claims)).toContain(claims);
    await expectExactlyOneSignal();
  });

  it("403 ErrorSendAsDenied: not sent, nothing stored", async () => {
    const { sender } = senderFor(FOREIGN);
    expect(await sender.submit()).toEqual({
      status: "notSent",
      reason: "sendAsDenied",
      mustCheck: false,
    });
    expect(await storedSignals()).toHaveLength(0);
    // Refused when the draft is created in the mailbox, before any send.
    expect(await sendPosts()).toEqual([]);
  });

  it("403 access denied (missing consent): not sent, reason consentRequired", async () => {
    await fault({
      kind: "status",
      status: 403,
      code: "ErrorAccessDenied",
      count: 1,
      match: { method: "POST", path: "/send" },
    });
    const { sender } = senderFor(null);
    expect(await sender.submit()).toMatchObject({ status: "notSent", reason: "consentRequired" });
    expect(await storedSignals()).toHaveLength(0);
  });

  it("offline (fetch TypeError): not sent, signal kept; retry once online sends one message", async () => {
    const realFetch = globalThis.fetch;
    const offline = jest
      .spyOn(globalThis, "fetch")
      .mockRejectedValue(new TypeError("Failed to fetch"));
    const { sender } = senderFor(null);
    let state: SendState;
    try {
      state = await sender.submit();
    } finally {
      offline.mockRestore();
    }
    expect(globalThis.fetch).toBe(realFetch);
    expect(state).toEqual({ status: "notSent", reason: "offline", mustCheck: true });
    expect(await storedSignals()).toHaveLength(0);
    expect((await sender.submit()).status).toBe("sent");
    await expectExactlyOneSignal();
  });

  it("finds the child hashes of signals already sent from a source mail", async () => {
    const { sender, mailer } = senderFor(null);
    expect((await sender.submit()).status).toBe("sent");
    expect(await mailer.childHashesSignalledFrom("<incident-1@zone.example.be>")).toEqual(
      signal.audit.childHashes
    );
    expect(await mailer.childHashesSignalledFrom("<other@zone.example.be>")).toEqual([]);
    // A quote in a message id is escaped in the OData literal, not an injection.
    expect(await mailer.childHashesSignalledFrom("<it's' or 1 eq 1@x>")).toEqual([]);
  });

  it("a double click sends once", async () => {
    const { sender } = senderFor(null);
    await Promise.all([sender.submit(), sender.submit(), sender.submit()]);
    expect(await sendPosts()).toEqual([202]);
    await expectExactlyOneSignal();
  });
});
