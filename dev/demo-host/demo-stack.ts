/**
 * The whole demo in one call: Graph emulator + add-in build + demo host. Used by `npm start`
 * (dev/start.ts) and by the e2e harness (test/e2e/harness.ts). Node only.
 */
import path from "node:path";
import { startGraphEmulator } from "../graph-emulator";
import { buildAndWatch, buildDirsIn, type DemoBuildDirs, type DemoWatch } from "./build";
import type { MailSource } from "./mail-store";
import { demoMailDir, sharedSamplesDir, staticDir } from "./paths";
import { startDemoHost } from "./server";

export interface DemoStackOptions {
  /** Demo host port; 0 picks a free one. */
  port: number;
  /** Categories, roaming settings, and the emulator's store (in `graph/`). */
  dataDir: string;
  /**
   * Either already built output (e2e: built once in global setup), or a folder to build into
   * with webpack in watch mode (npm start).
   */
  build:
    { prebuilt: DemoBuildDirs } | { watchInto: string; onRebuild: (error: Error | null) => void };
  mailSources?: MailSource[];
}

export interface DemoStack {
  url: string;
  port: number;
  /** The emulator's base URL (Graph root is `${emulatorUrl}/v1.0`). */
  emulatorUrl: string;
  close(): Promise<void>;
}

export const defaultMailSources: MailSource[] = [
  { name: "samples", dir: sharedSamplesDir },
  { name: "demo", dir: demoMailDir },
];

/** The shared mailbox the demo user may send as (seeded by the emulator). */
export const DEMO_SHARED_MAILBOX = "jgp@zone.example.be";

export async function startDemoStack(options: DemoStackOptions): Promise<DemoStack> {
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };
  try {
    const emulator = await startGraphEmulator({
      port: 0,
      dataDir: path.join(options.dataDir, "graph"),
    });
    closers.push(() => emulator.close());

    let dirs: DemoBuildDirs;
    if ("prebuilt" in options.build) {
      dirs = options.build.prebuilt;
    } else {
      dirs = buildDirsIn(options.build.watchInto);
      const watch: DemoWatch = await buildAndWatch(dirs, options.build.onRebuild);
      closers.push(() => watch.close());
    }

    const host = await startDemoHost({
      port: options.port,
      ...dirs,
      staticDir,
      mailSources: options.mailSources ?? defaultMailSources,
      dataDir: options.dataDir,
      graphBaseUrl: `${emulator.baseUrl}/v1.0`,
      sharedMailboxes: [DEMO_SHARED_MAILBOX],
    });
    closers.push(() => host.close());
    return { url: host.url, port: host.port, emulatorUrl: emulator.baseUrl, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
