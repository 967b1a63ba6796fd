/** Dispatches a /v1.0 request to the user, mail and contact handlers. */
import { GraphError, accessDenied, resourceNotFoundForSegment, sendAsDenied } from "../graph-error";
import { parseQueryOptions, shapeEntity } from "../odata-query";
import type { EmulatedUser } from "../state";
import { contactRoute } from "./contacts";
import {
  json,
  type EmulatorData,
  type GraphRequest,
  type GraphResult,
  type MailboxTarget,
} from "./context";
import { mailRoute } from "./messages";

/** The user as Graph's /users resource shows it (rights and kind are emulator-internal). */
function userView(user: EmulatedUser): Record<string, unknown> {
  return {
    id: user.id,
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName ?? null,
    jobTitle: user.jobTitle ?? null,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: user.preferredLanguage ?? null,
    surname: user.surname ?? null,
    userPrincipalName: user.userPrincipalName,
  };
}

function findUser(data: EmulatorData, idOrUpn: string): EmulatedUser | undefined {
  const lower = idOrUpn.toLowerCase();
  return data.state.users.find(
    (u) =>
      u.id === lower ||
      u.userPrincipalName.toLowerCase() === lower ||
      u.mail.toLowerCase() === lower
  );
}

function getUser(request: GraphRequest, user: EmulatedUser, fragment: string): GraphResult {
  if (request.method !== "GET") {
    throw new GraphError(
      405,
      "Request_BadRequest",
      "Specified HTTP method is not allowed for the request target."
    );
  }
  const options = parseQueryOptions(request.query, "user", { defaultTop: 100, maxTop: 999 });
  return json(200, {
    "@odata.context": `${request.origin}/v1.0/$metadata#${fragment}`,
    ...shapeEntity(userView(user), options),
  });
}

/** Routes below /me or /users/{id}: the mailbox's own data, checked against the caller's rights. */
function mailboxRoute(
  data: EmulatorData,
  request: GraphRequest,
  owner: EmulatedUser,
  rest: string[]
): GraphResult {
  const me = data.signedInUser();
  const isSendMail = rest.length === 1 && rest[0].toLowerCase() === "sendmail";
  if (owner.id !== me.id && !isSendMail && !me.fullAccess.includes(owner.id)) throw accessDenied();
  if (owner.id !== me.id && isSendMail && !me.sendAs.includes(owner.id)) throw sendAsDenied();
  const mailbox = data.state.mailboxes[owner.id];
  if (!mailbox) throw accessDenied();
  const target: MailboxTarget = {
    owner,
    mailbox,
    contextPrefix: `users('${encodeURIComponent(owner.id)}')`,
  };
  const result =
    mailRoute(data, target, request, rest) ?? contactRoute(data, target, request, rest);
  if (result) return result;
  throw resourceNotFoundForSegment(rest[0]);
}

/** Handles a request whose path started with /v1.0. */
export function routeGraphRequest(data: EmulatorData, request: GraphRequest): GraphResult {
  const [root, ...rest] = request.segments;
  if (root === undefined || root === "") {
    throw new GraphError(400, "BadRequest", "Invalid request.");
  }
  if (root.toLowerCase() === "me") {
    const me = data.signedInUser();
    if (rest.length === 0) return getUser(request, me, "users/$entity");
    return mailboxRoute(data, request, me, rest);
  }
  if (root.toLowerCase() === "users") {
    const [id, ...below] = rest;
    if (id === undefined) {
      throw new GraphError(
        400,
        "BadRequest",
        "Listing users is not supported by the Graph emulator."
      );
    }
    const user = findUser(data, id);
    if (!user) {
      if (below.length === 0) {
        throw new GraphError(
          404,
          "Request_ResourceNotFound",
          `Resource '${id.slice(0, 120)}' does not exist or one of its queried reference-property objects are not present.`
        );
      }
      throw new GraphError(
        404,
        "ErrorInvalidUser",
        `The requested user '${id.slice(0, 120)}' is invalid.`
      );
    }
    if (below.length === 0) return getUser(request, user, "users/$entity");
    return mailboxRoute(data, request, user, below);
  }
  throw resourceNotFoundForSegment(root);
}
