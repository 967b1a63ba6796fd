/** @jest-environment jsdom */
import fc from "fast-check";
import {
  MAX_NAME_LENGTH,
  renderSignal,
  SIGNAL_SUBJECT,
  SignalInputError,
  type RenderSignalInput,
  type SignalChild,
} from "../../../src/lib/signal";
import nl from "../../../src/i18n/locales/nl/signal.json";
import fr from "../../../src/i18n/locales/fr/signal.json";
import en from "../../../src/i18n/locales/en/signal.json";

const catalogs = { nl, fr, en };

const base: RenderSignalInput = {
  school: { id: "012345", name: "GBS De Regenboog", email: "zorg@regenboog.example.be" },
  children: [{ firstName: "Emma", lastName: "Janssens", birthDate: "2015-03-12" }],
  signature: {
    unit: "Dienst Jeugd en Gezin",
    zone: "PZ Voorbeeld (5999)",
    telephone: "+32 9 000 00 00",
  },
  from: { name: "JGP", email: "jgp@zone.example.be" },
  defaultLanguage: "nl",
};

/** The HTML body as a DOM: element names, attributes, and text per block. */
function parse(html: string) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const elements = Array.from(doc.body.querySelectorAll("*"));
  return {
    tags: new Set(elements.map((e) => e.tagName.toLowerCase())),
    attributes: elements.flatMap((e) => Array.from(e.attributes).map((a) => a.name)),
    items: Array.from(doc.querySelectorAll("li"), (li) => li.textContent ?? ""),
    text: doc.body.textContent ?? "",
  };
}

describe("renderSignal", () => {
  it("renders the fixed Dutch template for one school", () => {
    const signal = renderSignal(base);
    expect(signal.subject).toBe("Handle with Care");
    expect(signal.to).toEqual([{ name: "GBS De Regenboog", email: "zorg@regenboog.example.be" }]);
    expect(signal.from).toEqual({ name: "JGP", email: "jgp@zone.example.be" });
    expect(signal.bodyText).toBe(
      [
        "Beste,",
        "",
        "Handle with Care",
        "",
        "Voor de volgende leerling(en) van uw school:",
        "- Emma Janssens, geboren op 12/03/2015",
        "",
        "Met vriendelijke groeten,",
        "Dienst Jeugd en Gezin",
        "PZ Voorbeeld (5999)",
        "+32 9 000 00 00",
      ].join("\n")
    );
    const dom = parse(signal.bodyHtml);
    expect(dom.items).toEqual(["Emma Janssens, geboren op 12/03/2015"]);
    expect(dom.attributes).toEqual([]);
  });

  it("addresses every contact person of the school in the one message", () => {
    const school = { ...base.school, email: ["a@school.example.be", "b@school.example.be"] };
    expect(renderSignal({ ...base, school }).to.map((a) => a.email)).toEqual([
      "a@school.example.be",
      "b@school.example.be",
    ]);
    expect(() => renderSignal({ ...base, school: { ...school, email: [] } })).toThrow(
      SignalInputError
    );
  });

  it("uses the school's language, else the default", () => {
    const fr1 = renderSignal({ ...base, school: { ...base.school, language: "fr" } });
    expect(fr1.bodyText).toContain("Emma Janssens, né(e) le 12/03/2015");
    expect(fr1.language).toBe("fr");
    expect(renderSignal({ ...base, defaultLanguage: "en" }).bodyText).toContain("born 12/03/2015");
    expect(renderSignal({ ...base, defaultLanguage: "fr" }).subject).toBe(SIGNAL_SUBJECT);
  });

  it("keeps accents and surname particles", () => {
    const signal = renderSignal({
      ...base,
      children: [{ firstName: "Zoë", lastName: "Van den Broeck", birthDate: "2016-01-01" }],
    });
    expect(parse(signal.bodyHtml).items).toEqual(["Zoë Van den Broeck, geboren op 01/01/2016"]);
  });

  it("lets nothing but the name text through for hostile names", () => {
    const hostile: SignalChild[] = [
      {
        firstName: '<img src=x onerror="alert(1)">',
        lastName: "<script>x()</script>",
        birthDate: "2014-06-12",
      },
      { firstName: "Ali\u202Ecod.exe", lastName: "Evil\u2066\u200F", birthDate: "2014-06-13" },
      {
        firstName: "Line\nBreak\r\nBcc: x@y.z",
        lastName: "Tab\tbed\u2028",
        birthDate: "2014-06-14",
      },
      {
        firstName: "{{name}} $t(template.greeting)",
        lastName: "</li></ul><p>",
        birthDate: "2014-06-15",
      },
      { firstName: "X".repeat(5000), lastName: "Y", birthDate: "2014-06-16" },
      { firstName: "&amp; &lt;", lastName: "\"'`", birthDate: "2014-06-17" },
    ];
    const signal = renderSignal({ ...base, children: hostile });
    const dom = parse(signal.bodyHtml);
    expect([...dom.tags].sort()).toEqual(["b", "br", "li", "p", "ul"]);
    expect(dom.attributes).toEqual([]);
    expect(dom.items).toHaveLength(hostile.length);
    expect(dom.items[0]).toBe(
      '<img src=x onerror="alert(1)"> <script>x()</script>, geboren op 12/06/2014'
    );
    expect(dom.items[1]).toBe("Alicod.exe Evil, geboren op 13/06/2014");
    expect(dom.items[2]).toBe("Line Break Bcc: x@y.z Tab bed, geboren op 14/06/2014");
    expect(dom.items[3]).toBe(
      "{{name}} $t(template.greeting) </li></ul><p>, geboren op 15/06/2014"
    );
    expect(dom.items[5]).toBe("&amp; &lt; \"'`, geboren op 17/06/2014");
    const longName = dom.items[4].replace(/, geboren op 16\/06\/2014$/, "");
    expect(Array.from(longName).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(longName.endsWith("…")).toBe(true);
    // No bidi control, newline or tab survives in either body's name lines.
    for (const body of [signal.bodyText, signal.bodyHtml]) {
      expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u2028\t\r]/u);
    }
    expect(signal.bodyText.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(6);
  });

  it("rejects bad input with a key, never the name", () => {
    const cases: [Partial<RenderSignalInput>, string][] = [
      [{ children: [] }, "input.noChildren"],
      [
        { children: [{ firstName: " \u202E", lastName: "\n", birthDate: "2015-01-01" }] },
        "input.nameMissing",
      ],
      [
        { children: [{ firstName: "Emma", lastName: "Secret", birthDate: "2015-02-30" }] },
        "input.birthDateInvalid",
      ],
      [{ school: { ...base.school, email: "x@y.z>, evil@a.b" } }, "input.recipientInvalid"],
    ];
    for (const [patch, key] of cases) {
      let caught: unknown;
      try {
        renderSignal({ ...base, ...patch });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SignalInputError);
      expect((caught as SignalInputError).ref.key).toBe(key);
      expect((caught as Error).message).not.toContain("Secret");
    }
  });
});

describe("renderSignal (property-based)", () => {
  // Names drawn from every kind of character, including controls and bidi overrides.
  const nameArb = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.fullUnicodeString({ maxLength: 150 }),
    fc.constantFrom("<b>x</b>", "\u202Egnp.exe", "a\nb", "Zoë", "D'Hondt", "{{x}}")
  );
  const dateArb = fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z") })
    .map((d) => d.toISOString().slice(0, 10));
  const childArb = fc
    .record({ firstName: nameArb, lastName: nameArb, birthDate: dateArb })
    .filter((c) => (c.firstName + c.lastName).replace(/[\p{C}\p{Z}\s]/gu, "") !== "");
  const fieldArb = fc.fullUnicodeString({ minLength: 1, maxLength: 200 });

  it("every rendered message holds only the template, the names, the dates and the signature", () => {
    fc.assert(
      fc.property(
        fc.array(childArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("nl" as const, "fr" as const, "en" as const),
        fc.record({ unit: fieldArb, zone: fieldArb, telephone: fieldArb }),
        fc.string({ minLength: 1, maxLength: 30 }),
        (children, language, signature, schoolName) => {
          const signal = renderSignal({
            ...base,
            school: { id: "1", name: schoolName, email: "contact@school.example.be", language },
            children,
            signature,
          });
          const t = catalogs[language].template;
          const lines = signal.bodyText.split("\n");
          // Fixed head, one line per child, fixed closing, signature: nothing else.
          expect(lines.slice(0, 5)).toEqual([t.greeting, "", t.codeWord, "", t.intro]);
          const childLines = lines.slice(5, 5 + children.length);
          expect(lines[5 + children.length]).toBe("");
          expect(lines[6 + children.length]).toBe(t.closing);
          const signatureLines = lines.slice(7 + children.length);
          expect(signatureLines.length).toBeLessThanOrEqual(3);
          for (const line of [...childLines, ...signatureLines]) {
            expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
          }
          // Each slot holds only characters taken from its own input field (plus the joining
          // space and the length-cap ellipsis), never a control or bidi character.
          const onlyFrom = (slot: string, source: string) => {
            const allowed = new Set([...source.normalize("NFC"), " ", "…"]);
            for (const ch of slot) expect(allowed.has(ch)).toBe(true);
            expect(slot).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
          };
          const [beforeName, afterName] = t.child.split("{{name}}");
          childLines.forEach((line, i) => {
            const [y, m, d] = children[i].birthDate.split("-");
            const suffix = afterName.replace("{{birthDate}}", `${d}/${m}/${y}`);
            expect(line.startsWith(`- ${beforeName}`)).toBe(true);
            expect(line.endsWith(suffix)).toBe(true);
            const name = line.slice(2 + beforeName.length, line.length - suffix.length);
            expect(name.length).toBeGreaterThan(0);
            expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
            onlyFrom(name, `${children[i].firstName} ${children[i].lastName}`);
          });
          const fields = [signature.unit, signature.zone, signature.telephone];
          for (const line of signatureLines) {
            expect(
              fields.some((f) =>
                [...line].every((ch) => [...f.normalize("NFC"), " ", "…"].includes(ch))
              )
            ).toBe(true);
          }
          // The HTML carries exactly the same text, in a fixed set of bare elements.
          const dom = parse(signal.bodyHtml);
          expect(dom.attributes).toEqual([]);
          for (const tag of dom.tags) expect(["p", "b", "ul", "li", "br"]).toContain(tag);
          expect(dom.items).toEqual(childLines.map((l) => l.slice(2)));
          expect(signal.subject).toBe("Handle with Care");
          expect(signal.to).toHaveLength(1);
        }
      ),
      { numRuns: 300 }
    );
  });
});
