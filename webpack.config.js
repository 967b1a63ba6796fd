/* eslint-disable no-undef */
/**
 * Build of the add-in (follows Microsoft's Office add-in templates).
 * Development serves from https://localhost:3000/; a production build rewrites every URL in
 * manifest.xml to the production URL given by the environment variable HWC_PROD_URL.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const defaultUrlProd = "https://handle-with-care.example.org/addin/";

/** The production URL, always ending in a slash. */
function productionUrl() {
  const url = process.env.HWC_PROD_URL || defaultUrlProd;
  if (!/^https:\/\//.test(url)) throw new Error(`HWC_PROD_URL must be an https URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const outputPath = env.outputPath
    ? path.resolve(env.outputPath)
    : path.resolve(__dirname, "dist");
  const wantsHttps = Boolean(options.env && options.env.WEBPACK_SERVE) || env.WEBPACK_SERVE;
  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // Sign-in page for Outlook clients without Nested App Authentication (Office dialog API).
      authdialog: "./src/graph/auth/dialog-fallback/dialogEntry.ts",
    },
    output: {
      path: outputPath,
      filename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "auth-dialog.html",
        template: "./src/graph/auth/dialog-fallback/auth-dialog.html",
        chunks: ["authdialog"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          { from: "src/config.json", to: "config.json" },
          // pdfjs reads PDF attachments in a worker; the pane points it at this copy.
          {
            from: "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs",
            to: "pdf.worker.min.mjs",
          },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              const prod = productionUrl();
              return content
                .toString()
                .split(urlDev)
                .join(prod)
                .split(new URL(urlDev).origin)
                .join(new URL(prod).origin);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: outputPath },
      server: wantsHttps ? { type: "https", options: await getHttpsOptions() } : "http",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
