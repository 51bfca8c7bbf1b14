#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * The command line, compiled: esbuild bundles src/cli/main.ts (and the batch's worker thread,
 * src/cli/worker.ts) with the engine into build/cli/main.js and build/cli/worker.js, CommonJS for Node 20.
 * npm packages stay outside the bundle (required from node_modules), and ExcelJS is loaded only by the
 * commands that read or write .xlsx (dynamic imports stay lazy in the bundle).
 *
 *   node scripts/build-cli.js      build now (also `npm run build:cli`, and `prepare` after `npm ci`)
 *   require("./build-cli").ensureCli()   build only when a source file is newer than the build
 *
 * build/cli/inputs.json lists the files the bundle was made from: the build is stale when any of them, this
 * script or package.json is newer than it, or missing. A few dozen stat calls: about a millisecond.
 * Files are written to a temporary folder and renamed into place, so two builds at once (test files run
 * in parallel) never leave a half-written bundle.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "build", "cli");
const INPUTS = path.join(OUT, "inputs.json");
const ENTRIES = { main: "src/cli/main.ts", worker: "src/cli/worker.ts" };

/** Why the build is stale, or null when it is up to date. */
function staleReason() {
  let listed;
  try {
    listed = JSON.parse(fs.readFileSync(INPUTS, "utf8"));
  } catch {
    return "not built yet";
  }
  let built;
  try {
    built = Math.min(
      ...Object.keys(ENTRIES).map((e) => fs.statSync(path.join(OUT, `${e}.js`)).mtimeMs)
    );
  } catch {
    return "not built yet";
  }
  const files = [...listed.files, "package.json", "scripts/build-cli.js"];
  for (const f of files) {
    let m;
    try {
      m = fs.statSync(path.join(ROOT, f)).mtimeMs;
    } catch {
      return `${f} is gone`;
    }
    if (m > built) return `${f} changed`;
  }
  return null;
}

/** Bundles the command line into build/cli/. */
function buildCli() {
  const esbuild = require("esbuild");
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(path.dirname(OUT), ".cli-"));
  try {
    const result = esbuild.buildSync({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: tmp,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      packages: "external",
      sourcemap: "linked",
      metafile: true,
      logLevel: "warning",
    });
    const files = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
    fs.writeFileSync(path.join(tmp, "inputs.json"), JSON.stringify({ files }, null, 1) + "\n");
    fs.mkdirSync(OUT, { recursive: true });
    // inputs.json last: a build is only "up to date" once its bundles are in place.
    const names = fs.readdirSync(tmp).sort((a, b) => (a === "inputs.json") - (b === "inputs.json"));
    for (const name of names) fs.renameSync(path.join(tmp, name), path.join(OUT, name));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Builds when stale. Returns true when it built. */
function ensureCli({ quiet = false } = {}) {
  const why = staleReason();
  if (why === null) return false;
  if (!quiet) process.stderr.write(`building the command line (${why}) ...\n`);
  buildCli();
  return true;
}

module.exports = { buildCli, ensureCli, staleReason, OUT };

if (require.main === module) {
  try {
    buildCli();
  } catch (e) {
    if (e.code === "MODULE_NOT_FOUND" && /esbuild/.test(e.message)) {
      // An install without devDependencies (npm ci --omit=dev): nothing to build with, and no command
      // line wanted; `npm run cli` says so if it is run.
      process.stderr.write("build:cli: esbuild is not installed; the command line is not built\n");
      process.exit(0);
    }
    process.stderr.write(`build:cli: ${e.message}\n`);
    process.exit(1);
  }
}
