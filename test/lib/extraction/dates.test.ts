import { ageOn, findDates, parseDateText } from "../../../src/lib/extraction/dates";

describe("parseDateText", () => {
  it.each([
    ["°12/03/2015", "2015-03-12"],
    ["° 12-03-2015", "2015-03-12"],
    ["(°12.03.2015)", "2015-03-12"],
    ["geb. 12/3/2015", "2015-03-12"],
    ["geboren op 12 maart 2015 te Gent", "2015-03-12"],
    ["né le 12 mars 2015", "2015-03-12"],
    ["née le 1er mars 2015", "2015-03-01"],
    ["3 janv. 2015", "2015-01-03"],
    ["14 févr. 2017", "2017-02-14"],
    ["2 déc. 2012", "2012-12-02"],
    ["5 mrt 2019", "2019-03-05"],
    ["7 sept. 2011", "2011-09-07"],
    ["30 août 2020", "2020-08-30"],
    ["21 juil. 2018", "2018-07-21"],
    ["4 okt. 2016", "2016-10-04"],
    ["9 MEI 2014", "2014-05-09"],
    ["12 / 03 / 2015", "2015-03-12"],
  ])("%s → %s", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each([
    "31/02/2015",
    "30 février 2016",
    "00/01/2015",
    "12/13/2015",
    "12/03-2015",
    "geen datum",
  ])("rejects %s", (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it("finds several dates with positions, in order", () => {
    const text = "Emma (°01/02/2015) en Lou (né le 3 mars 2017)";
    expect(findDates(text).map((d) => [d.iso, text.slice(d.start, d.end)])).toEqual([
      ["2015-02-01", "01/02/2015"],
      ["2017-03-03", "3 mars 2017"],
    ]);
  });

  it("counts age in whole years; the 18th birthday makes an adult", () => {
    expect(ageOn("2008-03-10", "2026-03-09")).toBe(17);
    expect(ageOn("2008-03-10", "2026-03-10")).toBe(18);
  });
});
