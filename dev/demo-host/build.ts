/**
 * Builds what the demo host serves, with webpack's Node API: the add-in itself through the project's
 * own webpack.config.js (never a second pane build), and the demo page + stand-in Office bundles.
 * Node only.
 */
import path from "node:path";
import webpack, { type Configuration, type Stats } from "webpack";
import { demoHostDir, repoRoot } from "./paths";

export interface DemoBuildDirs {
  /** Output of the add-in's webpack.config.js. */
  paneDir: string;
  /** Bundles of the demo page and the stand-in Office. */
  demoDir: string;
}

export const buildDirsIn = (root: string): DemoBuildDirs => ({
  paneDir: path.join(root, "pane"),
  demoDir: path.join(root, "demo"),
});

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>
) => Configuration | Promise<Configuration>;

/** The add-in's build, as `webpack --mode development` would run it, writing to `outputPath`. */
async function paneConfig(outputPath: string): Promise<Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS by design
  const exported = require(path.join(repoRoot, "webpack.config.js")) as
    Configuration | ConfigFactory;
  const config =
    typeof exported === "function"
      ? await exported({ outputPath }, { mode: "development" })
      : exported;
  // devServer is for `webpack serve`; the demo host serves the files itself.
  const build: Configuration & { devServer?: unknown } = { ...config };
  delete build.devServer;
  return { ...build, context: repoRoot, output: { ...build.output, path: outputPath } };
}

function demoConfig(outputPath: string): Configuration {
  return {
    mode: "development",
    devtool: "source-map",
    context: repoRoot,
    entry: {
      "office-standin": path.join(demoHostDir, "browser", "office-standin.entry.ts"),
      shell: path.join(demoHostDir, "browser", "shell.ts"),
    },
    output: { path: outputPath, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
  };
}

/** webpack reports compile errors in Stats, not as exceptions. */
function failure(stats: Stats | undefined): Error | null {
  if (!stats?.hasErrors()) return null;
  const { errors } = stats.toJson({ all: false, errors: true });
  const text = (errors ?? [])
    .slice(0, 5)
    .map((e) => e.message)
    .join("\n\n");
  return new Error(`webpack build failed:\n${text}`);
}

async function compilers(dirs: DemoBuildDirs) {
  return webpack([await paneConfig(dirs.paneDir), demoConfig(dirs.demoDir)]);
}

/** One build of the pane and the demo bundles (e2e global setup). */
export async function buildOnce(dirs: DemoBuildDirs): Promise<void> {
  const compiler = await compilers(dirs);
  await new Promise<void>((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => {
        const problem = error ?? failure(stats?.stats.find((s) => s.hasErrors()));
        if (problem) reject(problem);
        else resolve();
      });
    });
  });
}

export interface DemoWatch {
  close(): Promise<void>;
}

/**
 * Builds, then rebuilds on every source change (npm start). Resolves after the first build;
 * `onRebuild` reports later builds (null when they succeeded).
 */
export async function buildAndWatch(
  dirs: DemoBuildDirs,
  onRebuild: (error: Error | null) => void
): Promise<DemoWatch> {
  const compiler = await compilers(dirs);
  let first = true;
  let settle: (error: Error | null) => void = () => undefined;
  const firstBuild = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  const watching = compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
    const problem = error ?? failure(stats?.stats.find((s) => s.hasErrors()));
    if (!first) return onRebuild(problem);
    first = false;
    settle(problem);
  });
  const close = () =>
    new Promise<void>((done) => (watching ? watching.close(() => done()) : done()));
  try {
    await firstBuild;
  } catch (error) {
    await close();
    throw error;
  }
  return { close };
}
