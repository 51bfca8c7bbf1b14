#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * `node scripts/keep-previous.js <previous release> [dist]`: copies the previous release's scripts into dist/
 * before it is deployed, so that a pane opened before the update (its taskpane.html and entry script already
 * loaded) can still load the parts it asks for later (the report composer, the row picker...). Scripts are
 * named by their content hash, so nothing of the new release is overwritten.
 *
 * <previous release> is where the live release is: its URL (ITA_PROD_URL, for a server that is replaced
 * whole, such as GitHub Pages) or a folder (a copy of the server's folder). Its release.json (written by the
 * build) lists its scripts. No release.json there (the first deployment, or a release older than this
 * script): nothing to keep, exit 0. Only the previous release is kept: the new release.json lists this
 * build's scripts alone, so the release after it drops these.
 */
const fs = require("fs");
const path = require("path");

/** A script name from release.json: a plain file name, nothing that could leave dist/. */
const SAFE = /^[\w.-]+\.js$/;

async function readFrom(source, name) {
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(name, source.endsWith("/") ? source : source + "/");
    const res = await fetch(url, { cache: "no-store" });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
  const file = path.join(source, name);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

/** Copies the previous release's scripts missing from `dist`; returns what it did. */
async function keepPrevious(source, dist) {
  const listed = await readFrom(source, "release.json");
  if (!listed) return { previous: null, kept: [], present: [] };
  let release;
  try {
    release = JSON.parse(listed.toString("utf8"));
  } catch {
    throw new Error(`${source} release.json is not JSON`);
  }
  const files = Array.isArray(release.files) ? release.files : [];
  const kept = [];
  const present = [];
  for (const name of files) {
    if (typeof name !== "string" || !SAFE.test(name))
      throw new Error(`release.json names an unexpected file: ${JSON.stringify(name)}`);
    const target = path.join(dist, name);
    if (fs.existsSync(target)) {
      present.push(name);
      continue;
    }
    const body = await readFrom(source, name);
    if (!body)
      throw new Error(`the previous release lists ${name}, but ${source} does not have it`);
    fs.writeFileSync(target, body);
    kept.push(name);
  }
  return { previous: typeof release.version === "string" ? release.version : "?", kept, present };
}

async function main(argv) {
  const [source, dist = path.join(__dirname, "..", "dist")] = argv;
  if (!source) {
    process.stderr.write(
      "usage: node scripts/keep-previous.js <URL or folder of the live release> [dist]\n"
    );
    process.exit(2);
  }
  if (!fs.existsSync(path.join(dist, "release.json"))) {
    process.stderr.write(
      `keep-previous: ${dist}/release.json is missing: build first (npm run build:prod)\n`
    );
    process.exit(1);
  }
  const r = await keepPrevious(source, dist);
  if (!r.previous) {
    process.stdout.write(`keep-previous: no release.json at ${source}: nothing to keep\n`);
    return;
  }
  process.stdout.write(
    `keep-previous: release ${r.previous} at ${source}: ${r.kept.length} script(s) kept in ${dist}` +
      (r.present.length ? `, ${r.present.length} unchanged in this build` : "") +
      "\n"
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`keep-previous: ${e.message}\n`);
    process.exit(1);
  });
}

module.exports = { keepPrevious };
