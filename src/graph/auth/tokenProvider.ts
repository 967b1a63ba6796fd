/** The one auth interface the Graph client uses, whatever sits behind it (NAA, dialog, dev). */

export interface TokenRequest {
  scopes: string[];
  /** A claims challenge from a 401 (Continuous Access Evaluation, conditional access). */
  claims?: string;
}

export interface TokenProvider {
  getAccessToken(request: TokenRequest): Promise<string>;
}

/** Why no token could be had; the message is the kind (never a user name or address). */
export type TokenFailureKind = "consentRequired" | "signInRequired" | "offline" | "failed";

export class TokenAcquisitionError extends Error {
  constructor(readonly kind: TokenFailureKind) {
    super(kind);
    this.name = "TokenAcquisitionError";
  }
}
