/**
 * Bad input gives a Graph error, never a crash: random bodies, query options and filters are thrown
 * at the emulator and every answer must be a 2xx or a 4xx with an OData error body.
 */
import fc from "fast-check";
import { startGraphEmulator, type GraphEmulator } from "../../../dev/graph-emulator";
import {
  FilterSyntaxError,
  evaluateFilter,
  parseFilter,
} from "../../../dev/graph-emulator/odata-filter";
import { control } from "./graph-test-client";

let emulator: GraphEmulator;
let graph: string;

beforeAll(async () => {
  emulator = await startGraphEmulator();
  graph = `${emulator.baseUrl}/v1.0`;
});
afterAll(async () => {
  await emulator.close();
});

const headers = { Authorization: "Bearer t", "Content-Type": "application/json" };

async function expectGraphAnswer(response: Response, okStatuses: number[]): Promise<void> {
  if (okStatuses.includes(response.status)) return;
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  const body = await response.json();
  expect(typeof body.error.code).toBe("string");
  expect(typeof body.error.message).toBe("string");
}

const messageKeys = fc.constantFrom(
  "subject",
  "body",
  "toRecipients",
  "ccRecipients",
  "from",
  "categories",
  "importance",
  "singleValueExtendedProperties",
  "isReadReceiptRequested",
  "flag",
  "unknownThing"
);
const recipientLike = fc.oneof(
  fc.jsonValue(),
  fc.record({
    emailAddress: fc.record({
      address: fc.oneof(fc.emailAddress(), fc.string()),
      name: fc.jsonValue(),
    }),
  })
);
const messageLike = fc.dictionary(
  messageKeys,
  fc.oneof(
    fc.jsonValue(),
    fc.array(recipientLike, { maxLength: 3 }),
    fc.array(fc.record({ id: fc.string(), value: fc.jsonValue() }))
  )
);

describe("robustness against bad input", () => {
  afterEach(async () => {
    await control(emulator.baseUrl, "POST", "reset");
  });

  it("answers any JSON sent to sendMail with 202 or a Graph 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ message: messageLike, saveToSentItems: fc.jsonValue() })
        ),
        async (body) => {
          const response = await fetch(`${graph}/me/sendMail`, {
            method: "POST",
            headers,
            body: JSON.stringify(body),
          });
          await expectGraphAnswer(response, [202]);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("answers any JSON posted as a contact with 201 or a Graph 4xx", async () => {
    const contactKeys = fc.constantFrom(
      "displayName",
      "emailAddresses",
      "businessAddress",
      "categories",
      "personalNotes",
      "singleValueExtendedProperties",
      "bogus"
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.dictionary(contactKeys, fc.jsonValue())),
        async (body) => {
          const response = await fetch(`${graph}/me/contacts`, {
            method: "POST",
            headers,
            body: JSON.stringify(body),
          });
          await expectGraphAnswer(response, [201]);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("answers any query options on a message list with 200 or a Graph 4xx", async () => {
    const option = fc.constantFrom(
      "$filter",
      "$select",
      "$top",
      "$skip",
      "$orderby",
      "$expand",
      "$count",
      "$search"
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "sentDateTime desc",
        "subject",
        "categories/any(c:c eq 'x')",
        "singleValueExtendedProperties($filter=id eq 'x')",
        "0",
        "-1",
        "1001"
      )
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(option, value), async (params) => {
        const query = new URLSearchParams(params).toString();
        const response = await fetch(`${graph}/me/mailFolders/sentitems/messages?${query}`, {
          headers,
        });
        await expectGraphAnswer(response, [200]);
      }),
      { numRuns: 200 }
    );
  });

  it("parses any text to a tree or a FilterSyntaxError, and evaluates any tree without throwing", () => {
    const token = fc.constantFrom(
      "(",
      ")",
      "/",
      ",",
      ":",
      " ",
      "'",
      "''",
      "eq",
      "and",
      "or",
      "not",
      "any",
      "all",
      "c",
      "categories",
      "startswith",
      "2026-01-01T00:00:00Z",
      "12",
      "null",
      "true",
      "x/y"
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(token, { maxLength: 40 }).map((t) => t.join(" ")),
      fc.array(token, { maxLength: 40 }).map((t) => t.join(""))
    );
    fc.assert(
      fc.property(text, fc.jsonValue(), (filter, item) => {
        let node;
        try {
          node = parseFilter(filter);
        } catch (error) {
          expect(error).toBeInstanceOf(FilterSyntaxError);
          return;
        }
        expect(typeof evaluateFilter(node, item)).toBe("boolean");
      }),
      { numRuns: 2000 }
    );
  });
});
