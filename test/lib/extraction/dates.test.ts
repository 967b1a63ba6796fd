import {
  ageOn,
  findDates,
  parseDateText,
  plausibleShortYearBirth,
} from "../../../src/lib/extraction/dates";

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
    ["12 - 03 - 2015", "2015-03-12"],
    ["12  -  03  -  2015", "2015-03-12"],
    ["geboren op 1ste maart 2015", "2015-03-01"],
    ["geboren op 2de Maart 2015", "2015-03-02"],
    ["12 MAART 2015 (9 jaar)", "2015-03-12"],
    ["°2015-03-12", "2015-03-12"],
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
    "née en 2015",
    "°12/03/15",
    "2015-02-30",
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

describe("two-digit years", () => {
  it("are read as 20YY only when asked, and never inside a national number", () => {
    expect(findDates("°12/03/15")).toEqual([]);
    expect(findDates("°12/03/15", { shortYears: true })).toEqual([
      { iso: "2015-03-12", start: 1, end: 9, shortYear: true },
    ]);
    expect(findDates("RRN 16.04.09-640.65", { shortYears: true })).toEqual([]);
    expect(findDates("°12/03/2015", { shortYears: true }).map((d) => d.shortYear)).toEqual([
      undefined,
    ]);
  });

  it("are a birth date only when they make a minor on the mail's day", () => {
    expect(plausibleShortYearBirth("2015-03-12", "2026-03-10")).toBe(true);
    expect(plausibleShortYearBirth("2008-03-11", "2026-03-10")).toBe(true);
    expect(plausibleShortYearBirth("2008-03-10", "2026-03-10")).toBe(false);
    expect(plausibleShortYearBirth("2085-03-12", "2026-03-10")).toBe(false);
    expect(plausibleShortYearBirth("2026-03-11", "2026-03-10")).toBe(false);
  });
});
