import { createHash } from "node:crypto";
import {
  auditProperties,
  auditPropertyIds,
  buildAuditRecord,
  childHash,
  normaliseName,
  prepareSignal,
  prepareSignals,
  SIGNAL_CATEGORY,
} from "../../../src/lib/signal";

const emma = { firstName: "Emma", lastName: "Janssens", birthDate: "2015-03-12" };

describe("audit record", () => {
  it("hashes normalised surname, first name and birth date with SHA-256 (hex)", async () => {
    const expected = createHash("sha256").update("janssens|emma|2015-03-12").digest("hex");
    expect(await childHash(emma)).toBe(expected);
  });

  it("finds the same child however the name was typed, but keeps accents apart", async () => {
    const same = await childHash({
      firstName: " EMMA\u202E",
      lastName: "janssens ",
      birthDate: "2015-03-12",
    });
    expect(same).toBe(await childHash(emma));
    const zoe = { firstName: "Zoë", lastName: "Peeters", birthDate: "2016-01-01" };
    const decomposed = { ...zoe, firstName: "Zoe\u0308" };
    expect(await childHash(decomposed)).toBe(await childHash(zoe));
    expect(await childHash({ ...zoe, firstName: "Zoe" })).not.toBe(await childHash(zoe));
    expect(normaliseName({ firstName: "Wout", lastName: "De Smet" })).toBe("de smet|wout");
  });

  it("builds properties with a fresh GUID and no names", async () => {
    const record = await buildAuditRecord({
      reference: "GE.55.L3.012345/2026",
      sourceMessageId: "<abc@zone.example.be>",
      children: [emma, { firstName: "Fien", lastName: "De Smet", birthDate: "2017-05-06" }],
    });
    expect(record.signalId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    const other = await buildAuditRecord({ reference: "", sourceMessageId: "", children: [emma] });
    expect(other.signalId).not.toBe(record.signalId);
    const props = auditProperties(record);
    expect(props.map((p) => p.id)).toEqual([
      auditPropertyIds.signalId,
      auditPropertyIds.reference,
      auditPropertyIds.sourceMessageId,
      auditPropertyIds.childHashes,
    ]);
    expect(auditPropertyIds.signalId).toBe(
      "String {00020329-0000-0000-C000-000000000046} Name hwcSignalId"
    );
    expect(props[3].value.split(",")).toHaveLength(2);
    expect(props[3].value).toMatch(/^[0-9a-f]{64},[0-9a-f]{64}$/);
    expect(JSON.stringify(props)).not.toMatch(/Emma|Janssens|Fien|Smet/i);
  });

  it("prepares a tagged signal with the category and receipts", async () => {
    const signal = await prepareSignal({
      school: { id: "1", name: "A", email: "a@s.example.be" },
      children: [emma],
      signature: { unit: "JGP", zone: "PZ", telephone: "1" },
      from: { name: "JGP", email: "jgp@zone.example.be" },
      defaultLanguage: "nl",
      reference: "26/123456",
      sourceMessageId: "<m@x>",
      receipt: { requestReadReceipt: true, requestDeliveryReceipt: false },
      signalId: "11111111-1111-4111-8111-111111111111",
    });
    expect(signal.categories).toEqual([SIGNAL_CATEGORY]);
    expect(signal.audit.signalId).toBe("11111111-1111-4111-8111-111111111111");
    expect(signal.requestReadReceipt).toBe(true);
    expect(signal.message.bodyText).not.toContain("26/123456");
  });
});

describe("prepareSignals", () => {
  it("prepares one signal per school, with a distinct id each, and keys for bad input", async () => {
    const a = { id: "1", name: "A", email: "a@s.example.be" };
    const b = { id: "2", name: "B", email: "not an address" };
    const c = { id: "3", name: "C", email: "c@s.example.be", language: "fr" as const };
    const results = await prepareSignals(
      [
        { school: a, children: [emma] },
        { school: b, children: [emma] },
        { school: c, children: [{ ...emma, firstName: "Léa" }] },
      ],
      {
        signature: { unit: "JGP", zone: "PZ", telephone: "1" },
        from: { name: "JGP", email: "jgp@zone.example.be" },
        defaultLanguage: "nl",
        reference: "26/123456",
        sourceMessageId: "<m@x>",
      }
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({ school: b, ok: false, error: { key: "input.recipientInvalid" } });
    const ids = results.flatMap((r) => (r.ok ? [r.signal.audit.signalId] : []));
    expect(new Set(ids).size).toBe(2);
    expect(results[2].ok && results[2].signal.message.bodyText).toContain("Léa Janssens, né(e) le");
  });
});
