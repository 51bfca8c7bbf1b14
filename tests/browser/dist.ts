/**
 * The production build of the add-in (dist/), built on demand: used by the browser test and by
 * bench/addin.bench.ts. Builds with `webpack --mode production` (the same as `npm run build`) when
 * dist/taskpane.html, dist/commands.html, dist/release.json or a script they name (every script's name
 * carries its content hash) is missing, or older than any file under src/, package.json or the webpack config.
 * A dist/ built with ITA_OFFICE_JS=local (Office.js copied, not from the CDN) is rebuilt too: the browser test
 * answers the CDN URL only. ITA_DIST_PREBUILT=1 uses an existing dist/ as it is (for a build made just before, e.g. by CI's build step,
 * while sources are being edited).
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";
import { OFFICE_JS_CDN } from "../../scripts/build-config";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The scripts an HTML page of dist/ names (src attributes; the build minifies: values may be unquoted). */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]
  );
}

/** Why dist must be (re)built, or null when it is up to date. */
export function distStaleReason(): string | null {
  const pages = ["taskpane.html", "commands.html"].map((f) => join(DIST, f));
  const missingPage = [...pages, join(DIST, "release.json")].find((f) => !existsSync(f));
  if (missingPage) return `${missingPage} is missing`;
  const scripts = pages.flatMap((p) =>
    pageScripts(readFileSync(p, "utf8"))
      .filter((src) => !/^https?:/.test(src))
      .map((src) => join(DIST, src))
  );
  const outputs = [...pages, ...scripts];
  const missing = outputs.find((f) => !existsSync(f));
  if (missing) return `${missing} is missing`;
  if (process.env.ITA_DIST_PREBUILT === "1") return null;
  if (!readFileSync(join(DIST, "taskpane.html"), "utf8").includes(OFFICE_JS_CDN))
    return "dist/taskpane.html does not load Office.js from the CDN (built with ITA_OFFICE_JS=local?)";
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(
    newestMtime(join(ROOT, "src")),
    newestMtime(join(ROOT, "webpack.config.js")),
    newestMtime(join(ROOT, "package.json")),
    newestMtime(join(ROOT, "scripts", "build-config.js"))
  );
  return sources > built ? "dist is older than src/" : null;
}

/** Builds dist/ in production mode if needed. Returns whether it built. Throws with webpack's output on failure. */
export function ensureDist(log: (line: string) => void = () => undefined): boolean {
  const reason = distStaleReason();
  if (!reason) return false;
  log(`building dist (${reason}): webpack --mode production`);
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const run = spawnSync(process.execPath, [cli, "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_OUT: "true", ITA_OFFICE_JS: "cdn" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(
      `webpack production build failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`
    );
  }
  return true;
}
