/**
 * Errors the emulator answers with, in the shape Microsoft Graph uses:
 * {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
 */
import { graphTimestamp } from "./ids";

/** A Graph error to be turned into an HTTP answer; thrown by handlers, caught by the server. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
    this.name = "GraphError";
  }
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; "request-id": string; "client-request-id": string };
  };
}

export function graphErrorBody(
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string,
  now: Date = new Date()
): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        date: graphTimestamp(now),
        "request-id": requestId,
        "client-request-id": clientRequestId,
      },
    },
  };
}

/** The challenge Graph sends with a 401 (optionally a claims challenge for CAE). */
export function wwwAuthenticate(claims?: string): string {
  const base =
    'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
  return claims === undefined ? base : `${base}, error="insufficient_claims", claims="${claims}"`;
}

// Helpers for the errors Graph/Exchange return most often, with their real codes and messages.

export const badRequest = (message: string, code = "BadRequest"): GraphError =>
  new GraphError(400, code, message);

export const itemNotFound = (): GraphError =>
  new GraphError(
    404,
    "ErrorItemNotFound",
    "The specified object was not found in the store., The process failed to get the correct properties."
  );

export const resourceNotFoundForSegment = (segment: string): GraphError =>
  new GraphError(400, "BadRequest", `Resource not found for the segment '${segment}'.`);

export const unknownProperty = (property: string, type: string): GraphError =>
  new GraphError(
    400,
    "RequestBodyRead",
    `The property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`
  );

export const unknownQueryProperty = (property: string, type: string): GraphError =>
  new GraphError(
    400,
    "BadRequest",
    `Could not find a property named '${property}' on type 'microsoft.graph.${type}'.`
  );

export const accessDenied = (): GraphError =>
  new GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");

export const sendAsDenied = (): GraphError =>
  new GraphError(
    403,
    "ErrorSendAsDenied",
    "The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message."
  );
