/**
 * SignalMailer through Microsoft Graph: POST {mailbox}/sendMail, and a Sent Items lookup by the
 * signal id extended property. With a shared sending mailbox both go to /users/{shared}, so the
 * sent copy lands in (and is looked for in) the shared mailbox's Sent Items.
 */
import { auditPropertyIds, type OutgoingSignal, type SignalMailer } from "../lib/signal";
import type { GraphConnection } from "./client";
import { sendMailBody } from "./sendMailBody";
import { toSignalSendFailure } from "./sendFailure";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface GraphMailerOptions {
  /** null: the officer's own mailbox. */
  sendingMailbox: string | null;
  /** A request with no answer after this long counts as "outcome unknown". */
  timeoutMs?: number;
}

export class GraphMailer implements SignalMailer {
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
    try {
      await this.graph.client
        .api(`${this.root}/sendMail`)
        .option("signal", AbortSignal.timeout(this.timeoutMs))
        .post(sendMailBody(signal, this.options.sendingMailbox));
    } catch (error) {
      throw this.failure(error);
    }
  }

  async findSentBySignalId(signalId: string): Promise<"found" | "absent"> {
    // The id goes into an OData literal: accept nothing but a GUID.
    if (!GUID.test(signalId)) throw new Error("findSentBySignalId: not a GUID");
    try {
      const page = (await this.graph.client
        .api(`${this.root}/mailFolders/sentitems/messages`)
        .filter(
          `singleValueExtendedProperties/any(ep: ep/id eq '${auditPropertyIds.signalId}' and ep/value eq '${signalId}')`
        )
        .select("id")
        .top(1)
        .option("signal", AbortSignal.timeout(this.timeoutMs))
        .get()) as { value?: unknown[] };
      return (page.value?.length ?? 0) > 0 ? "found" : "absent";
    } catch (error) {
      throw this.failure(error);
    }
  }

  private failure(error: unknown) {
    const failure = toSignalSendFailure(error);
    if (failure.kind === "authClaims" && failure.claims) this.graph.claims.set(failure.claims);
    return failure;
  }
}
