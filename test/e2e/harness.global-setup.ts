/**
 * e2e global setup: fails the run at once, with how to fix it, when there is no Chromium (never a
 * silent skip), then builds the add-in and the demo bundles once for all e2e tests.
 */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { BUILD_DIR_ENV, buildForE2e, chromiumPath } from "./harness";

export default async function globalSetup(): Promise<void> {
  chromiumPath();
  const root = await mkdtemp(path.join(os.tmpdir(), "hwc-e2e-build-"));
  const started = Date.now();
  await buildForE2e(root);
  // Test workers inherit the environment of the process that runs global setup.
  process.env[BUILD_DIR_ENV] = root;
  process.stdout.write(`\ne2e: add-in built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
