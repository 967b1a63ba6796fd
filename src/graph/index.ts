/** Microsoft Graph adapters for the signal: client, auth, mailer (not the school directory). */
export * from "./scopes";
export * from "./client";
export * from "./graphMailer";
export * from "./sendMailBody";
export * from "./sendFailure";
export * from "./auth/tokenProvider";
export * from "./auth/officeAuthHost";
export * from "./auth/naaTokenProvider";
export * from "./auth/devTokenProvider";
export * from "./auth/createTokenProvider";
export * from "./auth/dialog-fallback/dialogTokenProvider";
export * from "./auth/dialog-fallback/protocol";
