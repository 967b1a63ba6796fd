import {
  FilterSyntaxError,
  MAX_FILTER_LENGTH,
  evaluateFilter,
  filterProperties,
  parseFilter,
} from "../../../dev/graph-emulator/odata-filter";

const SIGNAL = "String {00020329-0000-0000-C000-000000000046} Name hwcSignalId";

const sent = {
  subject: "Handle with Care",
  sentDateTime: "2026-03-12T08:15:00Z",
  isRead: true,
  categories: ["Handle with Care", "Other"],
  singleValueExtendedProperties: [
    { id: "String {00020329-0000-0000-c000-000000000046} Name hwcSignalId", value: "abc-123" },
    { id: "String {00020329-0000-0000-c000-000000000046} Name hwcReference", value: "GE.55" },
  ],
};

const matches = (filter: string, item: unknown = sent): boolean =>
  evaluateFilter(parseFilter(filter), item);

describe("parseFilter / evaluateFilter", () => {
  it.each([
    ["categories/any(c:c eq 'Handle with Care')", true],
    ["categories/any(c: c eq 'handle WITH care')", true],
    ["categories/any(c:c eq 'Nope')", false],
    ["categories/all(c:c ne 'Nope')", true],
    [`singleValueExtendedProperties/Any(ep: ep/id eq '${SIGNAL}' and ep/value eq 'abc-123')`, true],
    [`singleValueExtendedProperties/any(ep: ep/id eq '${SIGNAL}' and ep/value eq 'other')`, false],
    // The id and the value must match on the same property, not on two different ones.
    [`singleValueExtendedProperties/any(ep: ep/id eq '${SIGNAL}' and ep/value eq 'GE.55')`, false],
    ["sentDateTime ge 2026-03-12T00:00:00Z and sentDateTime le 2026-03-13T00:00:00Z", true],
    ["sentDateTime gt 2026-03-12T08:15:00Z", false],
    ["sentDateTime ge 2026-03-12", true],
    ["subject eq 'Handle with Care' and isRead eq true", true],
    ["subject eq 'x' or (isRead eq true and not (subject eq 'y'))", true],
    ["startswith(subject,'handle')", true],
    ["contains(subject, 'with')", true],
    ["endswith(subject,'x')", false],
    ["subject eq 'it''s'", false],
    ["missing eq null", true],
    ["SUBJECT EQ 'Handle with Care'", true],
  ])("%s → %s", (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it("reads only own properties, never the prototype chain", () => {
    expect(matches("constructor ne null", {})).toBe(false);
    expect(matches("toString eq null", {})).toBe(true);
  });

  it("parses quoted quotes", () => {
    expect(matches("subject eq 'it''s'", { subject: "it's" })).toBe(true);
  });

  it("names the properties a filter reads, lambda variables excluded", () => {
    const node = parseFilter(
      `sentDateTime ge 2026-01-01T00:00:00Z and singleValueExtendedProperties/any(ep: ep/id eq 'x') and categories/any(c:c eq 'y')`
    );
    expect(filterProperties(node)).toEqual([
      "sentDateTime",
      "singleValueExtendedProperties",
      "categories",
    ]);
  });

  it.each([
    "",
    "subject eq",
    "subject xor 'a'",
    "subject eq 'unterminated",
    "(subject eq 'a'",
    "subject eq 'a')",
    "categories/first(c:c eq 'a')",
    "categories/any(c c eq 'a')",
    "subject eq 'a' and",
    "subject eq 12ab",
    "subject ~ 'a'",
  ])("rejects %j with a FilterSyntaxError", (filter) => {
    expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
  });

  describe("hostile input", () => {
    it("rejects over-long input before tokenizing", () => {
      const started = Date.now();
      expect(() => parseFilter("a".repeat(5_000_000))).toThrow(/longer than/);
      expect(Date.now() - started).toBeLessThan(200);
    });

    it("rejects deep nesting without exhausting the stack", () => {
      expect(() => parseFilter(`${"(".repeat(5000)}a eq 1${")".repeat(5000)}`)).toThrow(
        /nested too deeply/
      );
      expect(() => parseFilter(`${"not ".repeat(3000)}a eq 1`)).toThrow(/nested too deeply/);
      expect(() => parseFilter(`${"c/any(x:".repeat(500)}x eq 1${")".repeat(500)}`)).toThrow(
        FilterSyntaxError
      );
    });

    it("handles a long flat chain in linear time", () => {
      const clause = "subject eq 'x' or ";
      const filter = `${clause.repeat(Math.floor((MAX_FILTER_LENGTH - 20) / clause.length))}isRead eq true`;
      const started = Date.now();
      expect(matches(filter)).toBe(true);
      expect(Date.now() - started).toBeLessThan(500);
    });

    it("stays fast on a long unterminated string and on quote storms", () => {
      const started = Date.now();
      expect(() => parseFilter(`subject eq '${"a".repeat(MAX_FILTER_LENGTH - 20)}`)).toThrow(
        /Unterminated/
      );
      expect(() => parseFilter(`subject eq ${"''".repeat(5000)}'`)).toThrow(FilterSyntaxError);
      expect(Date.now() - started).toBeLessThan(500);
    });

    it("never echoes whole values in its messages", () => {
      const secret = "JANSSENS Emma 12/03/2015";
      try {
        parseFilter(`subject eq '${secret}' zz`);
        throw new Error("expected a syntax error");
      } catch (error) {
        expect((error as Error).message).not.toContain("JANSSENS");
      }
    });
  });
});
