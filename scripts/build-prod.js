#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * `ITA_PROD_URL=https://<server>/<path>/ npm run build:prod`: the deployable folder for the agency's server.
 * Refuses a missing, http or loopback ITA_PROD_URL (scripts/build-config.js), builds dist/ in production mode
 * with Office.js from Microsoft's CDN, validates dist/manifest.prod.xml against Microsoft's manifest schemas
 * (tests/schemas/manifest) when xmllint is installed, and says what to upload and what to hand out.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { prodUrl } = require("./build-config");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");

function die(message) {
  process.stderr.write(`build:prod: ${message}\n`);
  process.exit(1);
}

let url;
try {
  url = prodUrl(process.env.ITA_PROD_URL);
} catch (e) {
  die(e.message);
}

const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
const build = spawnSync(process.execPath, [webpack, "--mode", "production"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, ITA_PROD_URL: url, ITA_OFFICE_JS: "cdn" },
});
if (build.status !== 0) die(`webpack failed (exit ${build.status})`);

const manifest = path.join(DIST, "manifest.prod.xml");
if (!fs.existsSync(manifest)) die("dist/manifest.prod.xml was not written");

const lint = spawnSync(
  "xmllint",
  [
    "--noout",
    "--nonet",
    "--schema",
    path.join(ROOT, "tests/schemas/manifest/OfficeAppManifestV1_1.xsd"),
    manifest,
  ],
  { encoding: "utf8" }
);
let schema;
if (lint.error) schema = "not checked (xmllint not installed: apt-get install libxml2-utils)";
else if (lint.status === 0) schema = "valid against Microsoft's manifest schema (xmllint)";
else die(`dist/manifest.prod.xml does not validate:\n${lint.stderr}`);

const files = [];
(function walk(dir) {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) walk(full);
    else files.push(path.relative(DIST, full));
  }
})(DIST);

const version = JSON.parse(fs.readFileSync(path.join(DIST, "release.json"), "utf8")).version;
process.stdout.write(`
Deployable folder: dist/ (${files.length} files), version ${version}
  Updating a live release? First keep its scripts: node scripts/keep-previous.js ${url} dist
  Copy everything in dist/ to ${url}
  (check: ${url}taskpane.html must open in a browser, over HTTPS, without a certificate warning).
  Serve taskpane.html and commands.html with Cache-Control: no-cache, the *.js as immutable, and no
  X-Frame-Options or CSP frame-ancestors that would keep Excel on the web from showing the pane.
Manifest for officers: dist/manifest.prod.xml, ${schema}.
  Hand it to your Microsoft 365 admin (centralized deployment), or put it on the network-share catalog,
  or upload it in Excel. Step by step: docs/deploy.md.
`);
