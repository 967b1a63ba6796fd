/** e2e global teardown: removes the build made by the global setup. */
import { rm } from "node:fs/promises";
import { BUILD_DIR_ENV } from "./harness";

export default async function globalTeardown(): Promise<void> {
  const root = process.env[BUILD_DIR_ENV];
  if (root) await rm(root, { recursive: true, force: true });
}
