/**
 * Fault injection: tests ask, through POST /_emulator/faults, that the next matching requests be
 * throttled, fail, be delayed or have their connection dropped.
 */
import { z } from "zod";

const match = z
  .object({ method: z.string().min(1).optional(), path: z.string().min(1).optional() })
  .strict()
  .optional();
const count = z.number().int().min(1).max(10_000).default(1);

const throttleFault = z
  .object({
    kind: z.literal("throttle"),
    count,
    retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
    code: z.string().min(1).optional(),
    message: z.string().min(1).optional(),
    match,
  })
  .strict();

const statusFault = z
  .object({
    kind: z.literal("status"),
    status: z.union([
      z.literal(400),
      z.literal(401),
      z.literal(403),
      z.literal(404),
      z.literal(409),
      z.literal(500),
      z.literal(502),
      z.literal(503),
      z.literal(504),
    ]),
    count,
    code: z.string().min(1).optional(),
    message: z.string().min(1).optional(),
    /** For 401: a claims challenge (JSON or base64 of it), sent base64-encoded in WWW-Authenticate. */
    claims: z.string().min(1).optional(),
    /** Answer the error only after the request did its work (a send that did go out). */
    afterStore: z.boolean().default(false),
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    match,
  })
  .strict();

const delayFault = z
  .object({ kind: z.literal("delay"), ms: z.number().int().min(0).max(120_000), count, match })
  .strict();

const dropFault = z
  .object({
    kind: z.literal("drop"),
    when: z.enum(["before-store", "after-store"]).default("before-store"),
    count,
    match,
  })
  .strict();

export const faultSpecSchema = z.discriminatedUnion("kind", [
  throttleFault,
  statusFault,
  delayFault,
  dropFault,
]);
export const faultListSchema = z.array(faultSpecSchema).max(100);

export type FaultSpec = z.infer<typeof faultSpecSchema>;
export type FaultSpecInput = z.input<typeof faultSpecSchema>;

/** When a fault acts: before the handler runs, or after it stored its change. */
export type FaultPhase = "before" | "after";

export function faultPhase(fault: FaultSpec): FaultPhase {
  if (fault.kind === "drop") return fault.when === "after-store" ? "after" : "before";
  if (fault.kind === "status") return fault.afterStore ? "after" : "before";
  return "before";
}

interface ArmedFault {
  spec: FaultSpec;
  remaining: number;
}

/** The armed faults, consumed in the order they were added. */
export class FaultQueue {
  private faults: ArmedFault[] = [];

  add(specs: FaultSpec[]): void {
    for (const spec of specs) this.faults.push({ spec, remaining: spec.count });
  }

  clear(): void {
    this.faults = [];
  }

  list(): Array<FaultSpec & { remaining: number }> {
    return this.faults.map((f) => ({ ...f.spec, remaining: f.remaining }));
  }

  /**
   * Takes (consumes one use of) the first fault of `phase` that matches the request.
   * Delays are taken separately so that a delay and a failure can both apply to one request.
   */
  take(
    phase: FaultPhase,
    method: string,
    path: string,
    kinds: ReadonlyArray<FaultSpec["kind"]>
  ): FaultSpec | undefined {
    const index = this.faults.findIndex(
      (f) =>
        kinds.includes(f.spec.kind) && faultPhase(f.spec) === phase && matches(f.spec, method, path)
    );
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault.spec;
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  const m = spec.match;
  if (m?.method !== undefined && m.method.toUpperCase() !== method.toUpperCase()) return false;
  if (m?.path !== undefined) return path.toLowerCase().includes(m.path.toLowerCase());
  return path.startsWith("/v1.0/") || path === "/v1.0";
}
