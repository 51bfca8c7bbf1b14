#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * `npm run cli -- ...`: runs the compiled command line (build/cli/main.js), rebuilding it first only when
 * a source file changed since the last build (scripts/build-cli.js; on a fresh clone `npm ci` has already
 * built it through `prepare`). No TypeScript loader at run time.
 */
const { ensureCli } = require("./build-cli");

try {
  ensureCli();
} catch (e) {
  process.stderr.write(`cannot build the command line: ${e.message}\n`);
  process.exit(2);
}
require("../build/cli/main.js");
