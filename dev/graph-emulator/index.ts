/**
 * A local Microsoft Graph emulator for development and tests: the subset of /v1.0 the add-in uses
 * (me, users, sendMail, messages, mail folders, contacts), Graph-shaped answers and errors, state
 * kept on disk, and fault injection under /_emulator/. Never shipped.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { createSeedState } from "./seed";
import { EmulatorServer } from "./server";
import { StateStore } from "./state";

export interface GraphEmulator {
  /** "http://127.0.0.1:PORT"; the Graph root is `${baseUrl}/v1.0`. */
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

export interface GraphEmulatorOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the state file lives; absent: a fresh temporary directory, removed on close. */
  dataDir?: string;
  /** Seed the schools contact folder when the data directory has no state yet (default true). */
  seed?: boolean;
  /** Log one line per request (method, path, status; never bodies or query strings). */
  log?: boolean;
}

export async function startGraphEmulator(opts: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  const host = opts.host ?? "127.0.0.1";
  const seed = opts.seed ?? true;
  const ownsDataDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "graph-emulator-"));
  const store = new StateStore(dataDir);
  let initialState = store.load();
  if (!initialState) {
    initialState = createSeedState(seed);
    store.save(initialState);
  }
  const emulator = new EmulatorServer({
    store,
    initialState,
    freshState: () => createSeedState(seed),
    log: opts.log ?? false,
  });
  const server = emulator.server;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Graph emulator: port ${opts.port} on ${host} is already in use.`)
          : error
      );
    };
    server.once("error", onError);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    baseUrl: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

export type { FaultSpecInput } from "./faults";
export type { RequestLogEntry } from "./server";
export {
  PROP_CHILD_HASHES,
  PROP_REFERENCE,
  PROP_SCHOOL_LANGUAGE,
  PROP_SCHOOL_NUMBER,
  PROP_SIGNAL_ID,
  PROP_SOURCE_MESSAGE_ID,
  SCHOOL_CONTACT_FOLDER,
  SHARED_MAILBOX_ADDRESS,
  DEMO_USER_ADDRESS,
  FOREIGN_MAILBOX_ADDRESS,
  SIGNAL_CATEGORY,
} from "./seed";
