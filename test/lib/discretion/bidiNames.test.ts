/**
 * Bidi controls in a mail (right-to-left override, embeddings, isolates, marks) make a name read
 * differently from what it is. The engine drops them, so no name or evidence shows them raw and a
 * name split by one does not borrow a sibling's surname.
 */
import { extractIncident } from "../../../src/lib/extraction";

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe("names with bidi controls", () => {
  it.each([
    ["right-to-left override", "\u202ESNEDOOG\u202C Noah"],
    ["left-to-right isolate", "\u2066SNEDOOG\u2069 Noah"],
    ["right-to-left mark", "SNEDOOG\u200F Noah\u200F"],
    ["embedding", "\u202BSNEDOOG\u202C Noah"],
  ])("%s: the child keeps its own surname, shown without controls", (_what, written) => {
    const result = extractIncident({
      subject: "IFG - PV GE.55.L3.104999/2026",
      text: `Intrafamiliaal geweld.\nKind: PEETERS Lotte (°02/05/2016)\nKind: ${written} (°11/11/2018)\n`,
      sentAt: "2026-12-08",
    });
    expect(result.children.map((c) => [c.firstName, c.lastName, c.birthDate])).toEqual([
      ["Lotte", "Peeters", "2016-05-02"],
      ["Noah", "Snedoog", "2018-11-11"],
    ]);
    for (const child of result.children) {
      expect(BIDI_CONTROLS.test(`${child.firstName}${child.lastName}${child.evidence.text}`)).toBe(
        false
      );
    }
  });
});
