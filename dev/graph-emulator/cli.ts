/** `npm run graph-emulator -- --port 4000 --data .dev-data/graph` : runs the emulator until Ctrl+C. */
import { parseArgs } from "node:util";
import { startGraphEmulator } from "./index";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4000" },
      host: { type: "string", default: "127.0.0.1" },
      data: { type: "string", default: ".dev-data/graph-emulator" },
      "no-seed": { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
    },
    strict: true,
  });
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
  process.exit(1);
});
