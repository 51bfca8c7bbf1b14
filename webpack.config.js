/* eslint-disable no-undef */
// Layout and scripts follow the Office add-in React task-pane template. Two differences, on purpose:
// - Office.js is served from this add-in's own origin (copied from @microsoft/office-js), not from a CDN:
//   the add-in makes no network call outside its own origin, and the manifest lists no external domain.
// - ts-loader runs transpile-only; `npm run typecheck` is the type gate.
const fs = require("fs");
const os = require("os");
const path = require("path");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.ITA_PROD_URL || "https://localhost:3000/";

// Office.js files for Excel only (every platform), its en-us and th-th strings, and its telemetry shims.
const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const officeJsPatterns = [
  "office.js",
  "excel-*.js",
  "es6-promise.js",
  "o15apptofilemappingtable.js",
  "en-us/**",
  "th-th/**",
  "telemetry/**",
  "ariatelemetry/**",
].map((glob) => ({
  from: glob,
  context: officeJsDir,
  to: "office-js/",
  globOptions: { ignore: ["**/*.debug.js"] },
}));

async function getHttpsOptions() {
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (err) {
    // Trusting the developer CA can fail (no sudo on Linux, a locked-down PC). The certificates were
    // generated all the same: serve with them and say how to trust them (docs/sideload.md).
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (!["ca.crt", "localhost.crt", "localhost.key"].every((f) => fs.existsSync(file(f))))
      throw err;
    console.warn(
      `\n${err.message}\nServing with the certificates in ${dir}, which this machine does not trust yet:` +
        " run `npx office-addin-dev-certs install` (see docs/sideload.md).\n"
    );
    return {
      ca: fs.readFileSync(file("ca.crt")),
      key: fs.readFileSync(file("localhost.key")),
      cert: fs.readFileSync(file("localhost.crt")),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name]" + (dev ? ".dev" : ".prod") + "[ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
          ...officeJsPatterns,
        ],
      }),
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
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options:
          env.WEBPACK_BUILD || options.https !== undefined
            ? options.https
            : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
