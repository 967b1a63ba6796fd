/** `npm run graph-emulator -- --port 4000 --data .dev-data/graph` : runs the emulator until Ctrl+C. */
import { parseArgs } from "node:util";
import { startGraphEmulator } from "./index";

const USAGE = `Usage: npm run graph-emulator -- [--port 4000] [--host 127.0.0.1] [--data DIR] [--no-seed] [--quiet]
  --port     port to listen on (0 = any free port)
  --data     directory for the state file (kept across restarts)
  --no-seed  start without the schools contact folder
  --quiet    no per-request log lines`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4000" },
      host: { type: "string", default: "127.0.0.1" },
      data: { type: "string", default: ".dev-data/graph-emulator" },
      "no-seed": { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number between 0 and 65535, not '${values.port}'.`);
  }
  const emulator = await startGraphEmulator({
    port,
    host: values.host,
    dataDir: values.data,
    seed: !values["no-seed"],
    log: !values.quiet,
  });
  console.log(`Graph emulator: ${emulator.baseUrl}/v1.0  (state in ${values.data})`);
  const stop = (): void => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});
