import type { ChildDraft } from "../../../src/lib/children/childDraft";
import { alreadySignalledKeys } from "../../../src/lib/children/priorSignals";
import { childHash } from "../../../src/lib/signal/audit";

const draft = (key: string, firstName: string, birthDate: string | null): ChildDraft => ({
  key,
  firstName,
  lastName: "Peeters",
  birthDate,
  nationalNumber: null,
  origin: "extracted",
  evidence: null,
});

describe("alreadySignalledKeys", () => {
  it("finds the children whose hash is among the signalled ones, whatever the name's case", async () => {
    const hashes = new Set([
      await childHash({ firstName: "Emma", lastName: "Peeters", birthDate: "2015-03-12" }),
    ]);
    const keys = await alreadySignalledKeys(
      [
        draft("a", "EMMA", "2015-03-12"),
        draft("b", "Emma", "2015-03-13"),
        draft("c", "Lucas", null),
      ],
      hashes
    );
    expect([...keys]).toEqual(["a"]);
  });

  it("finds nothing when nothing was signalled", async () => {
    expect((await alreadySignalledKeys([draft("a", "Emma", "2015-03-12")], new Set())).size).toBe(
      0
    );
  });
});
