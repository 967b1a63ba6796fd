/**
 * `npm start`: builds the add-in (development, watch mode), starts the Graph emulator and the demo
 * host, and prints the URL. Port: --port N, or PORT, else 3000. Data in .dev-data/.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { startDemoStack } from "./demo-host/demo-stack";
import { repoRoot } from "./demo-host/paths";

const DEFAULT_PORT = 3000;

/** The port from --port, then PORT; a clear error for anything that is not a port number. */
export function portFrom(argv: string[], env: NodeJS.ProcessEnv): number {
  const { values } = parseArgs({ args: argv, options: { port: { type: "string" } }, strict: true });
  const raw = values.port ?? env.PORT;
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Not a valid port: "${raw}" (use --port 3000 or PORT=3000)`);
  }
  return port;
}

async function main() {
  const port = portFrom(process.argv.slice(2), process.env);
  const dataDir = path.join(repoRoot, ".dev-data");
  console.log("Building the add-in (development) …");
  const started = Date.now();
  const demo = await startDemoStack({
    port,
    dataDir,
    build: {
      watchInto: path.join(dataDir, "build"),
      onRebuild: (error) =>
        console.log(error ? `Rebuild failed:\n${error.message}` : "Rebuilt — reload the page."),
    },
  });
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`Graph emulator: ${demo.emulatorUrl}/v1.0`);
  console.log(`Demo (Outlook stand-in): ${demo.url}   (?lang=nl|fr|en)`);
  const stop = () => {
    void demo.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
