import { parsePostcodes } from "../../../src/taskpane/settings/postcodes";

describe("parsePostcodes", () => {
  it("splits on commas, semicolons and spaces and drops duplicates", () => {
    expect(parsePostcodes(" 9000, 9050 ;9820  9000,")).toEqual({
      ok: true,
      postcodes: ["9000", "9050", "9820"],
    });
  });

  it("accepts an empty field", () => {
    expect(parsePostcodes("  ")).toEqual({ ok: true, postcodes: [] });
  });

  it.each(["900", "90000", "0900", "9o00", "B-9000"])("names %s as not a postcode", (bad) => {
    expect(parsePostcodes(`9000, ${bad}`)).toEqual({ ok: false, invalid: bad });
  });
});
