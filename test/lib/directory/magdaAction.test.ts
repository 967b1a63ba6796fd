import { magdaAction } from "../../../src/lib/directory/magdaAction";

const config = { magdaUrl: "https://magdaonline.vlaanderen.be" };

/** Builds a valid national number for a birth date and counter (check digits per domain.md). */
function nationalNumber(yymmdd: string, counter: string, from2000: boolean): string {
  const base = BigInt(yymmdd + counter);
  const check = 97n - ((from2000 ? 2_000_000_000n + base : base) % 97n);
  return yymmdd + counter + check.toString().padStart(2, "0");
}

describe("magdaAction", () => {
  it("copies the 11 digits of a valid number born before 2000 and opens the portal", () => {
    const nn = nationalNumber("850730", "033", false);
    const formatted = `${nn.slice(0, 2)}.${nn.slice(2, 4)}.${nn.slice(4, 6)}-${nn.slice(6, 9)}.${nn.slice(9)}`;
    expect(magdaAction(formatted, config)).toEqual({
      ok: true,
      copyText: nn,
      url: "https://magdaonline.vlaanderen.be/",
    });
  });

  it("accepts a number of a child born in 2000 or later", () => {
    const nn = nationalNumber("150312", "124", true);
    const result = magdaAction(`${nn.slice(0, 6)} ${nn.slice(6, 9)} ${nn.slice(9)}`, config);
    expect(result).toEqual({ ok: true, copyText: nn, url: "https://magdaonline.vlaanderen.be/" });
  });

  it("copies nothing but still opens the portal when no number is known", () => {
    expect(magdaAction(null, config)).toEqual({
      ok: true,
      copyText: null,
      url: "https://magdaonline.vlaanderen.be/",
    });
  });

  it("copies nothing and warns, without echoing the number, when the check digits are wrong", () => {
    const nn = nationalNumber("150312", "124", true);
    const wrong = nn.slice(0, 9) + String((Number(nn.slice(9)) + 1) % 100).padStart(2, "0");
    const result = magdaAction(wrong, config);
    expect(result).toEqual({
      ok: true,
      copyText: null,
      url: "https://magdaonline.vlaanderen.be/",
      warning: { key: "magda.invalidNationalNumber" },
    });
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it("refuses a non-https portal URL", () => {
    expect(magdaAction(null, { magdaUrl: "http://magdaonline.vlaanderen.be" })).toEqual({
      ok: false,
      error: { key: "magda.insecureUrl" },
    });
    expect(magdaAction(null, { magdaUrl: "javascript:alert(1)" })).toEqual({
      ok: false,
      error: { key: "magda.insecureUrl" },
    });
  });

  it("refuses a malformed URL or one with credentials", () => {
    expect(magdaAction(null, { magdaUrl: "magdaonline" })).toEqual({
      ok: false,
      error: { key: "magda.invalidUrl" },
    });
    expect(magdaAction(null, { magdaUrl: "https://user:pw@magda.example.be" })).toEqual({
      ok: false,
      error: { key: "magda.invalidUrl" },
    });
  });
});
