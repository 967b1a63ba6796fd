/**
 * The Magda online helper: Magda has no API an add-in may call, so the officer searches it by
 * national register number in a browser. This decides what to copy and which page to open; the
 * UI does the clipboard write and opens the browser. Nothing is stored or scraped.
 */
import { directoryMessage, type DirectoryMessage } from "./messages";

export interface MagdaConfig {
  magdaUrl: string;
}

export type MagdaAction =
  | {
      ok: true;
      /** The 11 digits to put on the clipboard, or null when no valid number is known. */
      copyText: string | null;
      url: string;
      /** Set when a number was given but is not a valid national number (nothing is copied). */
      warning?: DirectoryMessage;
    }
  | { ok: false; error: DirectoryMessage };

/** "15.03.12-123.45", "150312 123 45", "15031212345" → 11 digits, or null. */
function nationalNumberDigits(raw: string): string | null {
  const digits = raw.replace(/[\s.\-/]/g, "");
  return /^\d{11}$/.test(digits) ? digits : null;
}

/**
 * Check digits: 97 - (N mod 97), N = first nine digits, prefixed by "2" for births from 2000.
 * Hand-written (a few lines) rather than a dependency; no maintained npm package covers INSZ.
 */
function hasValidCheckDigits(digits: string): boolean {
  const check = Number(digits.slice(9));
  const base = BigInt(digits.slice(0, 9));
  const before2000 = 97n - (base % 97n);
  const from2000 = 97n - ((2_000_000_000n + base) % 97n);
  return BigInt(check) === before2000 || BigInt(check) === from2000;
}

/** The Magda portal URL, only if it is an absolute https URL without embedded credentials. */
function validatedPortalUrl(raw: string): { url: string } | { error: DirectoryMessage } {
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { error: directoryMessage("magda.invalidUrl") };
  }
  if (parsed.protocol !== "https:") return { error: directoryMessage("magda.insecureUrl") };
  if (parsed.username !== "" || parsed.password !== "") {
    return { error: directoryMessage("magda.invalidUrl") };
  }
  return { url: parsed.href };
}

export function magdaAction(nationalNumber: string | null, config: MagdaConfig): MagdaAction {
  const portal = validatedPortalUrl(config.magdaUrl);
  if ("error" in portal) return { ok: false, error: portal.error };
  if (nationalNumber === null || nationalNumber.trim() === "") {
    return { ok: true, copyText: null, url: portal.url };
  }
  const digits = nationalNumberDigits(nationalNumber);
  if (digits === null || !hasValidCheckDigits(digits)) {
    // The number itself is never echoed in the message.
    return {
      ok: true,
      copyText: null,
      url: portal.url,
      warning: directoryMessage("magda.invalidNationalNumber"),
    };
  }
  return { ok: true, copyText: digits, url: portal.url };
}
