/**
 * SignalMailer through Microsoft Graph. The signal is created as a draft (tagged with its signal
 * id), then that draft is sent: sending one draft twice is impossible (the second POST …/send
 * answers 404), whereas a bare POST sendMail that the browser itself resends — Chromium repeats a
 * POST once when a reused connection closes without an answer — would deliver the signal twice.
 * A retry first reuses a draft left by an earlier attempt. With a shared sending mailbox all of
 * this goes to /users/{shared}, so the sent copy lands in the shared mailbox's Sent Items.
 */
import { GraphError } from "@microsoft/microsoft-graph-client";
import {
  auditPropertyIds,
  SignalSendFailure,
  type OutgoingSignal,
  type SignalHistory,
  type SignalMailer,
} from "../lib/signal";
import type { GraphConnection } from "./client";
import { sendMailBody } from "./sendMailBody";
import { toSignalSendFailure } from "./sendFailure";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** OData filter on the signal id property; the id must be a GUID (it goes into a literal). */
function signalIdFilter(signalId: string): string {
  if (!GUID.test(signalId)) throw new Error("signal id is not a GUID");
  return `singleValueExtendedProperties/any(ep: ep/id eq '${auditPropertyIds.signalId}' and ep/value eq '${signalId}')`;
}

/** Failures after which the message certainly did not go out. */
const REFUSALS = new Set<SignalSendFailure["kind"]>([
  "authClaims",
  "consentRequired",
  "sendAsDenied",
  "rejected",
]);

export interface GraphMailerOptions {
  /** null: the officer's own mailbox. */
  sendingMailbox: string | null;
  /** A request with no answer after this long counts as "outcome unknown". */
  timeoutMs?: number;
}

/** An OData string literal: single quotes doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class GraphMailer implements SignalMailer, SignalHistory {
  private readonly root: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly graph: GraphConnection,
    private readonly options: GraphMailerOptions
  ) {
    this.root = options.sendingMailbox
      ? `/users/${encodeURIComponent(options.sendingMailbox)}`
      : "/me";
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async send(signal: OutgoingSignal): Promise<void> {
    const signalId = signal.audit.signalId;
    let draftId: string;
    try {
      draftId = (await this.findDraftIds(signalId))[0] ?? (await this.createDraft(signal));
    } catch (error) {
      // No rights on the unit's shared mailbox shows as 403 here, before any Send As check.
      if (this.options.sendingMailbox && error instanceof GraphError && error.statusCode === 403) {
        throw new SignalSendFailure("sendAsDenied");
      }
      throw this.failure(error);
    }
    try {
      await this.graph.client
        .api(`${this.root}/messages/${encodeURIComponent(draftId)}/send`)
        .option("signal", AbortSignal.timeout(this.timeoutMs))
        .post(null);
    } catch (error) {
      // The draft is gone: it was sent and the answer lost (or resent by the browser). Check first.
      if (error instanceof GraphError && error.statusCode === 404) {
        throw new SignalSendFailure("uncertain");
      }
      const failure = this.failure(error);
      // Refused for sure: nothing was sent, so no draft with the children's names stays behind.
      if (REFUSALS.has(failure.kind)) await this.removeLeftoverDrafts(signalId);
      throw failure;
    }
    await this.removeLeftoverDrafts(signalId);
  }

  /** Creates the signal as a draft in the sending mailbox; returns its id. */
  private async createDraft(signal: OutgoingSignal): Promise<string> {
    const { message } = sendMailBody(signal, this.options.sendingMailbox);
    const draft = (await this.graph.client
      .api(`${this.root}/messages`)
      .option("signal", AbortSignal.timeout(this.timeoutMs))
      .post(message)) as { id?: string };
    if (!draft.id) throw new SignalSendFailure("uncertain");
    return draft.id;
  }

  /** Ids of messages carrying this signal id in a folder of the sending mailbox. */
  private async idsWithSignalId(
    folder: "drafts" | "sentitems",
    signalId: string,
    top: number
  ): Promise<string[]> {
    const page = (await this.graph.client
      .api(`${this.root}/mailFolders/${folder}/messages`)
      .filter(signalIdFilter(signalId))
      .select("id")
      .top(top)
      .option("signal", AbortSignal.timeout(this.timeoutMs))
      .get()) as { value?: { id: string }[] };
    return (page.value ?? []).map((m) => m.id);
  }

  /** Drafts carrying this signal id (an earlier attempt's, or a duplicate the browser created). */
  private findDraftIds(signalId: string): Promise<string[]> {
    return this.idsWithSignalId("drafts", signalId, 10);
  }

  /** Best effort: a duplicate draft must not linger with the children's names in Drafts. */
  private async removeLeftoverDrafts(signalId: string): Promise<void> {
    try {
      for (const id of await this.findDraftIds(signalId)) {
        // permanentDelete: a plain DELETE would keep the names in Deleted Items.
        await this.graph.client
          .api(`${this.root}/messages/${encodeURIComponent(id)}/permanentDelete`)
          .post(null);
      }
    } catch {
      // The signal is sent; a leftover draft is found and removed by the next send's clean-up.
    }
  }

  async findSentBySignalId(signalId: string): Promise<"found" | "absent"> {
    // The id goes into an OData literal: accept nothing but a GUID.
    if (!GUID.test(signalId)) throw new Error("findSentBySignalId: not a GUID");
    try {
      const ids = await this.idsWithSignalId("sentitems", signalId, 1);
      return ids.length > 0 ? "found" : "absent";
    } catch (error) {
      throw this.failure(error);
    }
  }

  async childHashesSignalledFrom(sourceMessageId: string): Promise<string[]> {
    const page = (await this.graph.client
      .api(`${this.root}/mailFolders/sentitems/messages`)
      .filter(
        `singleValueExtendedProperties/any(ep: ep/id eq '${auditPropertyIds.sourceMessageId}' and ep/value eq ${odataString(sourceMessageId)})`
      )
      .expand(`singleValueExtendedProperties($filter=id eq '${auditPropertyIds.childHashes}')`)
      .select("id")
      .top(100)
      .option("signal", AbortSignal.timeout(this.timeoutMs))
      .get()) as { value?: { singleValueExtendedProperties?: { id: string; value: string }[] }[] };
    return (page.value ?? []).flatMap((message) =>
      (message.singleValueExtendedProperties ?? [])
        .filter((p) => p.id.toLowerCase() === auditPropertyIds.childHashes.toLowerCase())
        .flatMap((p) => p.value.split(",").filter(Boolean))
    );
  }

  private failure(error: unknown) {
    const failure = toSignalSendFailure(error);
    if (failure.kind === "authClaims" && failure.claims) this.graph.claims.set(failure.claims);
    return failure;
  }
}
