/** MSAL errors → token failure kinds (error codes only; MSAL messages may hold account names). */
import { TokenAcquisitionError, type TokenFailureKind } from "./tokenProvider";

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "errorCode" in error) {
    return String((error as { errorCode: unknown }).errorCode);
  }
  return "";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "";
}

export function tokenFailureKind(error: unknown): TokenFailureKind {
  if (error instanceof TokenAcquisitionError) return error.kind;
  const code = codeOf(error);
  // AADSTS65001: the user or administrator has not consented to use the application.
  if (code === "consent_required" || messageOf(error).includes("AADSTS65001")) {
    return "consentRequired";
  }
  if (code === "no_network_connectivity" || code === "network_error") return "offline";
  if (
    [
      "interaction_required",
      "login_required",
      "user_cancelled",
      "popup_window_error",
      "empty_window_error",
      "monitor_window_timeout",
    ].includes(code)
  ) {
    return "signInRequired";
  }
  return "failed";
}

export function toTokenError(error: unknown): TokenAcquisitionError {
  return new TokenAcquisitionError(tokenFailureKind(error));
}
