/* eslint-disable no-undef */
// Layout and scripts follow the Office add-in React task-pane template. Differences, on purpose:
// - Office.js comes from Microsoft's CDN (scripts/build-config.js), as in the template; ITA_OFFICE_JS=local
//   serves a copy of @microsoft/office-js from dist/office-js/ instead, for offline development only.
// - The production manifest needs ITA_PROD_URL (https, not localhost); without it `npm run build` writes
//   no manifest, and `npm run build:prod` refuses to start.
// - Files copied as they are (icons, support page, Office.js) are marked minimized, so Terser does not
//   re-minify them.
// - ts-loader runs transpile-only; `npm run typecheck` is the type gate.
// - Every script's name carries its content hash, the entry points included (taskpane.<hash>.js), so a new
//   release never serves different code under a name a pane or a cache already holds; taskpane.html and
//   commands.html keep their names and must be served with no-cache (docs/deploy.md). release.json lists
//   the release's scripts, so that the next deployment can keep them (scripts/keep-previous.js).
// - The version in package.json reaches the pane as __APP_VERSION__ and the production manifest's <Version>.
// - The dev server listens on localhost only.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { X509Certificate } = require("crypto");
const devCerts = require("office-addin-dev-certs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const {
  officeJsMode,
  officeJsSrc,
  prodManifest,
  prodOptions,
  prodUrl,
} = require("./scripts/build-config");
const { version } = require("./package.json");

const copied = { minimized: true };

// With ITA_OFFICE_JS=local: Office.js files for Excel only (every platform) and its en-us and th-th strings.
function officeJsPatterns() {
  const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  return [
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
    info: copied,
  }));
}

/** Writes release.json: this build's version and its scripts (what a deployment must keep one release longer). */
class ReleaseListPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ReleaseListPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ReleaseListPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const files = Object.keys(assets)
            .filter((name) => /\.js$/.test(name) && !name.startsWith("office-js/"))
            .sort();
          const json = JSON.stringify({ version, files }, null, 2) + "\n";
          compilation.emitAsset("release.json", new webpack.sources.RawSource(json), copied);
        }
      );
    });
  }
}

/**
 * On Linux, the developer certificates already in ~/.office-addin-dev-certs while they are good (all three
 * files, the localhost certificate signed by that CA and valid for another day), or null. office-addin-dev-certs
 * looks for its CA in the system store only, finds it missing where Chromium trusts it instead (its NSS
 * database, docs/sideload.md), and would make a new CA at every start, undoing that trust.
 */
function reusableLinuxCerts(dir) {
  if (process.platform !== "linux") return null;
  const file = (name) => path.join(dir, name);
  if (!["ca.crt", "localhost.crt", "localhost.key"].every((f) => fs.existsSync(file(f))))
    return null;
  try {
    const ca = new X509Certificate(fs.readFileSync(file("ca.crt")));
    const leaf = new X509Certificate(fs.readFileSync(file("localhost.crt")));
    if (!leaf.verify(ca.publicKey)) return null;
    if (new Date(leaf.validTo).getTime() < Date.now() + 24 * 3600 * 1000) return null;
  } catch {
    return null;
  }
  return {
    ca: fs.readFileSync(file("ca.crt")),
    key: fs.readFileSync(file("localhost.key")),
    cert: fs.readFileSync(file("localhost.crt")),
  };
}

async function getHttpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const reused = reusableLinuxCerts(dir);
  if (reused) return reused;
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (err) {
    // Trusting the developer CA can fail (no sudo on Linux, a locked-down PC). The certificates were
    // generated all the same: serve with them and say how to trust them (docs/sideload.md).
    const file = (name) => path.join(dir, name);
    if (!["ca.crt", "localhost.crt", "localhost.key"].every((f) => fs.existsSync(file(f))))
      throw err;
    console.warn(
      `\n${err.message}\nServing with the certificates in ${dir}, which this machine does not trust yet:` +
        " trust ca.crt there (Linux and Chromium: docs/sideload.md, section 1).\n"
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
  const officeJs = officeJsMode(process.env.ITA_OFFICE_JS);
  // Production: a manifest only for a real origin. A bad ITA_PROD_URL stops the build; none writes no manifest.
  const prodBase = dev || !process.env.ITA_PROD_URL ? null : prodUrl(process.env.ITA_PROD_URL);
  if (!dev && !prodBase) {
    console.warn(
      "\nNo production manifest written: set ITA_PROD_URL=https://<your server>/<path>/ (or run `npm run build:prod`).\n"
    );
  }
  const manifestOptions = prodBase ? prodOptions(process.env) : null;
  const manifestPatterns = dev
    ? [{ from: "manifest.xml", to: "manifest.dev.xml", info: copied }]
    : prodBase
      ? [
          {
            from: "manifest.xml",
            to: "manifest.prod.xml",
            info: copied,
            transform: (content) => prodManifest(content.toString(), prodBase, manifestOptions),
          },
        ]
      : [];
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Entry points and the parts loaded when first needed (the report composer, the row picker...).
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
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
      new webpack.DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      new ReleaseListPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", info: copied },
          ...manifestPatterns,
          ...(officeJs === "local" ? officeJsPatterns() : []),
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: officeJsSrc(officeJs) },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs: officeJsSrc(officeJs) },
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
      // Only this machine: the dev server serves unreleased code with a developer certificate.
      host: "localhost",
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
