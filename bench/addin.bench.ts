/**
 * Size of the production task-pane bundle: dist/taskpane.js and dist/commands.js, raw and gzipped
 * (what Excel on the web downloads when the pane opens). Builds dist first when it is missing or stale.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { brotliCompressSync, constants, gzipSync } from "zlib";
import { DIST, ensureDist } from "../tests/browser/dist";

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export async function run(): Promise<void> {
  const built = ensureDist((line) => process.stdout.write(line + "\n"));
  process.stdout.write(`production build: ${built ? "built now" : "dist up to date"}\n`);
  process.stdout.write("file              raw          gzip -9      brotli\n");
  for (const file of ["taskpane.js", "commands.js", "taskpane.html"]) {
    const data = readFileSync(join(DIST, file));
    const gz = gzipSync(data, { level: 9 }).length;
    const br = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    process.stdout.write(
      `${file.padEnd(16)}  ${kib(data.length).padEnd(11)}  ${kib(gz).padEnd(11)}  ${kib(br)}\n`
    );
  }
}
