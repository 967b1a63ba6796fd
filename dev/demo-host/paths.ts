/** Where things are, relative to the repository (Node only). */
import path from "node:path";

export const demoHostDir = __dirname;
export const repoRoot = path.resolve(__dirname, "..", "..");
/** The team's shared sample mails, when the repository sits beside shared/. */
export const sharedSamplesDir = path.resolve(repoRoot, "..", "shared", "samples");
/** Fictional mails shipped with the demo, so it works without shared/. */
export const demoMailDir = path.join(repoRoot, "dev", "mail");
export const staticDir = path.join(demoHostDir, "browser");
