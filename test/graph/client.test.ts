/**
 * The Graph client's middleware chain against the Graph emulator: a POST is never repeated on
 * 503 (it may have gone out), reads are; tokens go only to the configured Graph origin.
 */
import { startGraphEmulator, type GraphEmulator } from "../../dev/graph-emulator";
import { createGraphClient, splitGraphBaseUrl } from "../../src/graph/client";
import type { Context } from "@microsoft/microsoft-graph-client";
import type { TokenRequest } from "../../src/graph/auth/tokenProvider";
import { BearerTokenHandler, ClaimsChallenge } from "../../src/graph/middleware/bearerTokenHandler";

let emulator: GraphEmulator;
beforeAll(async () => {
  emulator = await startGraphEmulator({ port: 0 });
});
afterAll(() => emulator.close());
beforeEach(() => fetch(`${emulator.baseUrl}/_emulator/reset`, { method: "POST" }));

const fault = (spec: object) =>
  fetch(`${emulator.baseUrl}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(spec),
  });

async function requests(method: string, pathEnd: string) {
  const response = await fetch(`${emulator.baseUrl}/_emulator/requests`);
  const { requests: all } = (await response.json()) as {
    requests: { method: string; path: string; status: number | null }[];
  };
  return all.filter(
    (r) => r.method === method && r.path.toLowerCase().endsWith(pathEnd.toLowerCase())
  );
}

function client() {
  const seen: TokenRequest[] = [];
  const graph = createGraphClient({
    graphBaseUrl: `${emulator.baseUrl}/v1.0`,
    tokens: { getAccessToken: async (r) => (seen.push(r), "dev-token") },
    scopes: ["Mail.Send"],
    retry: { delaySeconds: 0 },
  });
  return { ...graph, seen };
}

const mail = {
  message: {
    subject: "Handle with Care",
    body: { contentType: "text", content: "x" },
    toRecipients: [{ emailAddress: { address: "zorg@school.example.be" } }],
  },
};

describe("createGraphClient", () => {
  it("a 503 on sendMail reaches the emulator exactly once", async () => {
    await fault({
      kind: "status",
      status: 503,
      count: 3,
      match: { method: "POST", path: "sendMail" },
    });
    const { client: c } = client();
    await expect(c.api("/me/sendMail").post(mail)).rejects.toMatchObject({ statusCode: 503 });
    expect((await requests("POST", "/sendMail")).map((r) => r.status)).toEqual([503]);
  });

  it("a 429 on sendMail is retried (nothing was stored)", async () => {
    await fault({
      kind: "throttle",
      count: 1,
      retryAfterSeconds: 0,
      match: { method: "POST", path: "sendMail" },
    });
    const { client: c } = client();
    await c.api("/me/sendMail").post(mail);
    expect((await requests("POST", "/sendMail")).map((r) => r.status)).toEqual([429, 202]);
  });

  it("a 503 on a read is retried", async () => {
    await fault({ kind: "status", status: 503, count: 1, match: { method: "GET", path: "/me" } });
    const { client: c } = client();
    const me = (await c.api("/me").get()) as { mail: string };
    expect(me.mail).toBe("officer@zone.example.be");
    expect((await requests("GET", "/me")).map((r) => r.status)).toEqual([503, 200]);
  });

  it("asks the token provider with the configured scopes and a pending claims challenge", async () => {
    const { client: c, claims, seen } = client();
    claims.set('{"access_token":{}}');
    await c.api("/me").get();
    await c.api("/me").get();
    expect(seen).toEqual([
      { scopes: ["Mail.Send"], claims: '{"access_token":{}}' },
      { scopes: ["Mail.Send"], claims: undefined },
    ]);
  });

  it("sends no token to another origin", async () => {
    const seen: TokenRequest[] = [];
    const handler = new BearerTokenHandler(
      { getAccessToken: async (r) => (seen.push(r), "secret") },
      ["Mail.Send"],
      emulator.baseUrl,
      new ClaimsChallenge()
    );
    const contexts: Context[] = [];
    handler.setNext({ execute: async (context) => void contexts.push(context) });
    await handler.execute({ request: "https://elsewhere.example/v1.0/me", options: {} });
    await handler.execute({ request: `${emulator.baseUrl}/v1.0/me`, options: { headers: {} } });
    expect(seen).toHaveLength(1);
    expect(contexts[0].options?.headers).toBeUndefined();
    expect(contexts[1].options?.headers).toEqual({ Authorization: "Bearer secret" });
  });

  it("splits the Graph base URL into host and version", () => {
    expect(splitGraphBaseUrl("https://graph.microsoft.com/v1.0")).toEqual({
      baseUrl: "https://graph.microsoft.com",
      version: "v1.0",
    });
    expect(splitGraphBaseUrl("http://127.0.0.1:4100/graph/v1.0/")).toEqual({
      baseUrl: "http://127.0.0.1:4100/graph",
      version: "v1.0",
    });
  });
});
