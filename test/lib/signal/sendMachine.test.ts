import {
  canSubmit,
  prepareSignal,
  SignalSender,
  SignalSendFailure,
  statusMessages,
  transition,
  type OutgoingSignal,
  type SendState,
  type SignalMailer,
} from "../../../src/lib/signal";

/** A mail server double: stores what it accepts; each send/lookup may be scripted to fail. */
type SendOutcome =
  | "ok"
  | "throttle"
  | "error-after-store"
  | "drop-before-store"
  | "timeout-after-store"
  | "claims"
  | "consent"
  | "sendAsDenied"
  | "offline";

class FakeMailServer implements SignalMailer {
  stored: OutgoingSignal[] = [];
  sendCalls = 0;
  lookupCalls = 0;
  constructor(
    private sends: SendOutcome[],
    private lookups: ("ok" | "offline")[] = []
  ) {}

  async send(signal: OutgoingSignal): Promise<void> {
    this.sendCalls++;
    const outcome = this.sends.shift() ?? "ok";
    switch (outcome) {
      case "ok":
        this.stored.push(signal);
        return;
      case "throttle":
        throw new SignalSendFailure("throttled", 2);
      case "error-after-store":
      case "timeout-after-store":
        this.stored.push(signal);
        throw new SignalSendFailure("uncertain");
      case "drop-before-store":
        throw new SignalSendFailure("uncertain");
      case "claims":
        throw new SignalSendFailure("authClaims", undefined, '{"access_token":{}}');
      case "consent":
        throw new SignalSendFailure("consentRequired");
      case "sendAsDenied":
        throw new SignalSendFailure("sendAsDenied");
      case "offline":
        throw new SignalSendFailure("offline");
    }
  }

  async findSentBySignalId(id: string): Promise<"found" | "absent"> {
    this.lookupCalls++;
    if ((this.lookups.shift() ?? "ok") === "offline") throw new SignalSendFailure("offline");
    return this.stored.some((s) => s.audit.signalId === id) ? "found" : "absent";
  }
}

let signal: OutgoingSignal;
beforeAll(async () => {
  signal = await prepareSignal({
    school: { id: "1", name: "A", email: "a@s.example.be" },
    children: [{ firstName: "Emma", lastName: "Janssens", birthDate: "2015-03-12" }],
    signature: { unit: "JGP", zone: "PZ", telephone: "1" },
    from: { name: "JGP", email: "jgp@zone.example.be" },
    defaultLanguage: "nl",
    reference: "",
    sourceMessageId: "<m@x>",
  });
});

function sender(server: SignalMailer) {
  const sleeps: number[] = [];
  const states: SendState["status"][] = [];
  const s = new SignalSender(server, signal, {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    lookupDelayMs: 10,
    onChange: (state) => states.push(state.status),
  });
  return { s, sleeps, states };
}

describe("send machine (driver with a mail server double)", () => {
  it("sends once when all goes well", async () => {
    const server = new FakeMailServer(["ok"]);
    const { s, states } = sender(server);
    expect((await s.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "sent"]);
    expect(server.stored).toHaveLength(1);
    expect(server.lookupCalls).toBe(0);
  });

  it("429 then ok: waits Retry-After and sends again", async () => {
    const server = new FakeMailServer(["throttle", "ok"]);
    const { s, sleeps, states } = sender(server);
    expect((await s.submit()).status).toBe("sent");
    expect(sleeps).toEqual([2000]);
    expect(states).toEqual(["sending", "waiting", "sending", "sent"]);
    expect(server.stored).toHaveLength(1);
  });

  it("503 after the message was stored: checking finds it, no resend", async () => {
    const server = new FakeMailServer(["error-after-store"]);
    const { s, states } = sender(server);
    expect((await s.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "checking", "sent"]);
    expect(server.sendCalls).toBe(1);
    expect(server.stored).toHaveLength(1);
  });

  it("dropped before store: checking (twice) finds nothing, resends once", async () => {
    const server = new FakeMailServer(["drop-before-store", "ok"]);
    const { s, states } = sender(server);
    expect((await s.submit()).status).toBe("sent");
    expect(states).toEqual(["sending", "checking", "checking", "sending", "sent"]);
    expect(server.lookupCalls).toBe(2);
    expect(server.stored).toHaveLength(1);
  });

  it("timeout after store: found in Sent Items, one message", async () => {
    const server = new FakeMailServer(["timeout-after-store"]);
    const { s } = sender(server);
    expect((await s.submit()).status).toBe("sent");
    expect(server.stored).toHaveLength(1);
  });

  it.each([
    ["claims", "authClaims"],
    ["consent", "consentRequired"],
    ["sendAsDenied", "sendAsDenied"],
  ] as const)("%s: not sent, reason shown, signal kept, retry sends", async (outcome, reason) => {
    const server = new FakeMailServer([outcome, "ok"]);
    const { s } = sender(server);
    const state = await s.submit();
    expect(state).toEqual({ status: "notSent", reason, mustCheck: false });
    expect(statusMessages(state).reason).toEqual({ key: `failure.${reason}` });
    expect(server.lookupCalls).toBe(0);
    expect(canSubmit(state)).toBe(true);
    expect((await s.submit()).status).toBe("sent");
    expect(server.stored).toHaveLength(1);
    expect(server.stored[0]).toBe(signal);
  });

  it("offline: not sent, signal kept; retry checks first, then sends once", async () => {
    const server = new FakeMailServer(["offline", "ok"], ["offline"]);
    const { s, states } = sender(server);
    const state = await s.submit();
    expect(state).toEqual({ status: "notSent", reason: "offline", mustCheck: true });
    expect(server.stored).toHaveLength(0);
    expect((await s.submit()).status).toBe("sent");
    expect(states).toEqual([
      "sending",
      "checking",
      "notSent",
      "checking",
      "checking",
      "sending",
      "sent",
    ]);
    expect(server.sendCalls).toBe(2);
    expect(server.stored).toHaveLength(1);
  });

  it("gives up after the policy's attempts when the server keeps failing", async () => {
    const server = new FakeMailServer([
      "drop-before-store",
      "drop-before-store",
      "drop-before-store",
    ]);
    const { s } = sender(server);
    expect(await s.submit()).toEqual({ status: "notSent", reason: "uncertain", mustCheck: true });
    expect(server.sendCalls).toBe(3);
    expect(server.stored).toHaveLength(0);
  });

  it("ignores double clicks and submits after sent", async () => {
    const server = new FakeMailServer(["ok"]);
    const { s } = sender(server);
    const first = s.submit();
    const second = s.submit();
    expect(second).toBe(first);
    await Promise.all([first, second, s.submit()]);
    expect((await s.submit()).status).toBe("sent");
    expect(server.sendCalls).toBe(1);
  });

  it("keeps sending when the UI listener throws", async () => {
    const server = new FakeMailServer(["ok"]);
    const s = new SignalSender(server, signal, {
      onChange: () => {
        throw new Error("render failed");
      },
    });
    expect((await s.submit()).status).toBe("sent");
    expect(server.stored).toHaveLength(1);
  });

  it("counts a mailer's unknown error as uncertain", async () => {
    const server: SignalMailer = {
      send: jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined),
      findSentBySignalId: jest.fn().mockResolvedValue("found"),
    };
    const { s } = sender(server);
    expect((await s.submit()).status).toBe("sent");
    expect(server.send).toHaveBeenCalledTimes(1);
  });
});

describe("transition (pure)", () => {
  it("ignores events that do not apply", () => {
    const sending: SendState = { status: "sending", attempt: 1, uncertain: false };
    expect(transition(sending, { type: "SUBMIT" })).toBe(sending);
    expect(transition({ status: "sent" }, { type: "SUBMIT" })).toEqual({ status: "sent" });
    expect(transition({ status: "ready" }, { type: "SEND_OK" })).toEqual({ status: "ready" });
  });

  it("does not honour an absurd Retry-After", () => {
    const next = transition(
      { status: "sending", attempt: 1, uncertain: false },
      { type: "SEND_FAILED", failure: "throttled", retryAfterSeconds: 3600 }
    );
    expect(next).toEqual({ status: "notSent", reason: "throttled", mustCheck: false });
  });

  it("keeps checking sticky once an attempt was uncertain", () => {
    const next = transition(
      { status: "sending", attempt: 2, uncertain: true },
      { type: "SEND_FAILED", failure: "authClaims" }
    );
    expect(next).toEqual({ status: "notSent", reason: "authClaims", mustCheck: true });
    expect(transition(next, { type: "SUBMIT" })).toMatchObject({ status: "checking" });
  });
});
