import {
  PROP_SIGNAL_ID,
  startGraphEmulator,
  type GraphEmulator,
} from "../../../dev/graph-emulator";
import type { RequestLogEntry } from "../../../dev/graph-emulator";
import { control, graphClient } from "./graph-test-client";

let emulator: GraphEmulator;
let graph: string;

beforeAll(async () => {
  emulator = await startGraphEmulator();
  graph = `${emulator.baseUrl}/v1.0`;
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  await control(emulator.baseUrl, "POST", "reset");
});

const message = {
  subject: "Handle with Care",
  toRecipients: [{ emailAddress: { address: "zorg@school.example" } }],
  singleValueExtendedProperties: [{ id: PROP_SIGNAL_ID, value: "s-1" }],
};

function sendMailRaw(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${graph}/me/sendMail`, {
    method: "POST",
    headers: { Authorization: "Bearer t", "Content-Type": "application/json", ...headers },
    body,
  });
}

async function sentCount(): Promise<number> {
  const state = (await control(emulator.baseUrl, "GET", "state")) as {
    signedInUserId: string;
    mailboxes: Record<string, { messages: unknown[] }>;
  };
  return state.mailboxes[state.signedInUserId].messages.length;
}

/** fetch reports a dropped connection as "fetch failed" with an undici socket error as cause. */
async function expectSocketError(pending: Promise<Response>): Promise<void> {
  const error = (await pending.then(
    () => undefined,
    (e: unknown) => e
  )) as (Error & { cause?: { code?: string } }) | undefined;
  expect(error?.message).toBe("fetch failed");
  expect(error?.cause?.code).toBe("UND_ERR_SOCKET");
}

async function requestLog(): Promise<RequestLogEntry[]> {
  return ((await control(emulator.baseUrl, "GET", "requests")) as { requests: RequestLogEntry[] })
    .requests;
}

describe("authentication", () => {
  it("answers 401 InvalidAuthenticationToken with a challenge when the token is missing", async () => {
    const response = await fetch(`${graph}/me`);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(response.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const body = await response.json();
    expect(body.error).toMatchObject({
      code: "InvalidAuthenticationToken",
      message: "Access token is empty.",
    });
    expect(body.error.innerError["request-id"]).toBe(response.headers.get("request-id"));
  });

  it("answers 401 for an expired token, through the SDK too", async () => {
    await expect(
      graphClient(emulator.baseUrl, "expired-abc").api("/me").get()
    ).rejects.toMatchObject({
      statusCode: 401,
      code: "InvalidAuthenticationToken",
      message: "Lifetime validation failed, the token is expired.",
    });
  });

  it("echoes client-request-id and sends Graph's JSON content type", async () => {
    const response = await fetch(`${graph}/me`, {
      headers: { Authorization: "Bearer t", "client-request-id": "my-correlation-id" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("client-request-id")).toBe("my-correlation-id");
    expect(response.headers.get("content-type")).toBe(
      "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8"
    );
    expect(response.headers.get("date")).not.toBeNull();
  });
});

describe("request bodies", () => {
  it("answers 400 for malformed JSON and stores nothing", async () => {
    const response = await sendMailRaw('{"message": {"subject": ');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BadRequest");
    expect(body.error.message).toMatch(/Unable to read JSON request payload/);
    expect(await sentCount()).toBe(0);
  });

  it("answers 415 for a non-JSON content type", async () => {
    const response = await sendMailRaw(JSON.stringify({ message }), { "Content-Type": "text/csv" });
    expect(response.status).toBe(415);
  });

  it("answers 400 for an empty sendMail body", async () => {
    const response = await sendMailRaw("");
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("Empty Payload. JSON content expected.");
  });
});

describe("fault injection", () => {
  it("throttles with 429 + Retry-After, and the SDK retry handler then succeeds", async () => {
    await control(emulator.baseUrl, "POST", "faults", {
      kind: "throttle",
      count: 1,
      retryAfterSeconds: 1,
      match: { method: "POST", path: "/sendMail" },
    });
    const started = Date.now();
    await graphClient(emulator.baseUrl).api("/me/sendMail").post({ message });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(await sentCount()).toBe(1);
    const log = await requestLog();
    expect(log.map((e) => [e.method, e.status, e.fault])).toEqual([
      ["POST", 429, "throttle"],
      ["POST", 202, undefined],
    ]);
  });

  it("answers the 429 body and header Graph uses", async () => {
    await control(emulator.baseUrl, "POST", "faults", { kind: "throttle", retryAfterSeconds: 7 });
    const response = await fetch(`${graph}/me`, { headers: { Authorization: "Bearer t" } });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect((await response.json()).error.code).toBe("ApplicationThrottled");
  });

  it("fails with a chosen status, only for matching requests, count times", async () => {
    await control(emulator.baseUrl, "POST", "faults", {
      kind: "status",
      status: 503,
      count: 2,
      match: { path: "/mailFolders" },
    });
    const auth = { headers: { Authorization: "Bearer t" } };
    expect((await fetch(`${graph}/me`, auth)).status).toBe(200);
    const first = await fetch(`${graph}/me/mailFolders/sentitems/messages`, auth);
    expect(first.status).toBe(503);
    expect((await first.json()).error.code).toBe("ServiceUnavailable");
    expect((await fetch(`${graph}/me/mailFolders/sentitems/messages`, auth)).status).toBe(503);
    expect((await fetch(`${graph}/me/mailFolders/sentitems/messages`, auth)).status).toBe(200);
  });

  it("sends a claims challenge on a 401 fault", async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    await control(emulator.baseUrl, "POST", "faults", { kind: "status", status: 401, claims });
    const response = await fetch(`${graph}/me`, { headers: { Authorization: "Bearer t" } });
    expect(response.status).toBe(401);
    const challenge = response.headers.get("www-authenticate") ?? "";
    expect(challenge).toContain('error="insufficient_claims"');
    const encoded = /claims="([^"]+)"/.exec(challenge)?.[1] ?? "";
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe(claims);
  });

  it("stores the mail and then fails when afterStore is set (a send that did go out)", async () => {
    await control(emulator.baseUrl, "POST", "faults", {
      kind: "status",
      status: 504,
      afterStore: true,
    });
    const response = await sendMailRaw(JSON.stringify({ message }));
    expect(response.status).toBe(504);
    expect(await sentCount()).toBe(1);
  });

  it("drops the connection before storing: the client sees a socket error, nothing is stored", async () => {
    await control(emulator.baseUrl, "POST", "faults", { kind: "drop", when: "before-store" });
    await expectSocketError(sendMailRaw(JSON.stringify({ message })));
    expect(await sentCount()).toBe(0);
    expect((await requestLog())[0]).toMatchObject({ status: null, fault: "drop" });
  });

  it("drops the connection after storing: the client sees a socket error, the mail was sent", async () => {
    await control(emulator.baseUrl, "POST", "faults", { kind: "drop", when: "after-store" });
    await expectSocketError(sendMailRaw(JSON.stringify({ message })));
    expect(await sentCount()).toBe(1);
  });

  it("delays count requests, each once", async () => {
    await control(emulator.baseUrl, "POST", "faults", { kind: "delay", ms: 300, count: 2 });
    const timed = async (): Promise<number> => {
      const started = Date.now();
      const response = await fetch(`${graph}/me`, { headers: { Authorization: "Bearer t" } });
      expect(response.status).toBe(200);
      return Date.now() - started;
    };
    const first = await timed();
    expect(first).toBeGreaterThanOrEqual(280);
    expect(first).toBeLessThan(590);
    expect(await timed()).toBeGreaterThanOrEqual(280);
    expect(await timed()).toBeLessThan(280);
  });

  it("lists and clears armed faults", async () => {
    await control(emulator.baseUrl, "POST", "faults", [
      { kind: "status", status: 500, count: 3 },
      { kind: "delay", ms: 10 },
    ]);
    const listed = (await control(emulator.baseUrl, "GET", "faults")) as { faults: unknown[] };
    expect(listed.faults).toHaveLength(2);
    await control(emulator.baseUrl, "DELETE", "faults");
    const response = await fetch(`${graph}/me`, { headers: { Authorization: "Bearer t" } });
    expect(response.status).toBe(200);
  });

  it("rejects an invalid fault description with 400 and says what is wrong", async () => {
    const response = await fetch(`${emulator.baseUrl}/_emulator/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind: "status", status: 299 }),
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.issues[0].path).toBe("status");
  });
});

describe("routing and CORS", () => {
  const auth = { headers: { Authorization: "Bearer t" } };

  it("answers unknown segments and missing items like Graph", async () => {
    const unknown = await fetch(`${graph}/me/calendarz`, auth);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.message).toBe(
      "Resource not found for the segment 'calendarz'."
    );
    const missing = await fetch(`${graph}/me/messages/AAMkAGEdoesnotexist`, auth);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("ErrorItemNotFound");
    const noUser = await fetch(`${graph}/users/nobody@zone.example.be`, auth);
    expect(noUser.status).toBe(404);
  });

  it("answers an unsupported filter with a 400 OData error, not a crash", async () => {
    const filter = encodeURIComponent("subject eq 'x' xor isRead eq true");
    const response = await fetch(`${graph}/me/messages?$filter=${filter}`, auth);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^Invalid filter clause/);
    const property = await fetch(
      `${graph}/me/messages?$filter=${encodeURIComponent("colour eq 'x'")}`,
      auth
    );
    expect(property.status).toBe(400);
    expect((await property.json()).error.message).toMatch(
      /Could not find a property named 'colour'/
    );
  });

  it("answers a CORS preflight from a localhost origin and exposes Graph's headers", async () => {
    const preflight = await fetch(`${graph}/me/sendMail`, {
      method: "OPTIONS",
      headers: {
        Origin: "https://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type,client-request-id",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
    const response = await fetch(`${graph}/me`, {
      headers: { Authorization: "Bearer t", Origin: "https://localhost:3000" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
    expect(response.headers.get("access-control-expose-headers")).toMatch(
      /Retry-After.*request-id.*client-request-id.*Location/
    );
    const foreign = await fetch(`${graph}/me`, {
      headers: { Authorization: "Bearer t", Origin: "https://evil.example" },
    });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });
});
