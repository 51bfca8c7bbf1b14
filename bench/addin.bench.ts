/**
 * What Excel downloads when the task pane opens: the first-load JavaScript (the scripts taskpane.html names,
 * Office.js excluded: it comes from Microsoft's CDN and is cached across add-ins), gzipped, against the
 * 135 KiB budget; then each file of the production build raw, gzipped and brotli-compressed, with the
 * parts loaded later (the report composer and phrases, the confirm dialog). Builds dist first when it is
 * missing or stale.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { brotliCompressSync, constants, gzipSync } from "zlib";
import { OFFICE_JS_CDN } from "../scripts/build-config";
import { DIST, ensureDist } from "../tests/browser/dist";

const FIRST_LOAD_BUDGET_KIB = 135;

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

const gz = (data: Buffer): number => gzipSync(data, { level: 9 }).length;

/** The scripts an HTML page of dist/ loads at once, Office.js excluded. */
export function firstLoadScripts(html: string): string[] {
  // The build minifies the HTML: attribute values may be unquoted.
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => src !== OFFICE_JS_CDN && !src.startsWith("office-js/"));
}

export async function run(): Promise<void> {
  const built = ensureDist((line) => process.stdout.write(line + "\n"));
  process.stdout.write(`production build: ${built ? "built now" : "dist up to date"}\n`);

  for (const page of ["taskpane.html", "commands.html"]) {
    const scripts = firstLoadScripts(readFileSync(join(DIST, page), "utf8"));
    const size = scripts.reduce((n, f) => n + gz(readFileSync(join(DIST, f))), 0);
    const budget = page === "taskpane.html" ? ` (budget ${FIRST_LOAD_BUDGET_KIB} KiB)` : "";
    process.stdout.write(
      `first-load JS of ${page} (gzipped, Office.js excluded): ${kib(size)}${budget} [${scripts.join(", ")}]\n`
    );
  }

  process.stdout.write("file                          raw          gzip -9      brotli\n");
  const files = readdirSync(DIST)
    .filter((f) => f.endsWith(".js") || f.endsWith(".html"))
    .sort();
  for (const file of files) {
    const data = readFileSync(join(DIST, file));
    const br = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    process.stdout.write(
      `${file.padEnd(28)}  ${kib(data.length).padEnd(11)}  ${kib(gz(data)).padEnd(11)}  ${kib(br)}\n`
    );
  }
}
