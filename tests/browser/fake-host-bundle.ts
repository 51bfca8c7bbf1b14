/**
 * Bundles a browser-side test entry with webpack's Node API: the fake Office host of tests/mocks + the seed
 * workbook (tests/browser/fake-host-entry.ts), which the browser test serves in place of Office.js's CDN
 * URL, and the report writer for the real Office.js client test (tests/browser/real-office.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import webpack from "webpack";

/** Bundles `entry` (a path) into one script for the browser and returns its text. */
export async function bundleForBrowser(entry: string, what: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "ita-bundle-"));
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    context: resolve(__dirname, "..", ".."),
    entry,
    output: { path: out, filename: "bundle.js" },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
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
  };
  try {
    const stats = await new Promise<webpack.Stats>((ok, fail) => {
      webpack(config, (err, result) => {
        if (err || !result) fail(err ?? new Error("webpack gave no result"));
        else ok(result);
      });
    });
    if (stats.hasErrors()) {
      throw new Error(`bundling ${what} failed:\n` + stats.toString({ all: false, errors: true }));
    }
    return readFileSync(join(out, "bundle.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function bundleFakeHost(): Promise<string> {
  return bundleForBrowser(resolve(__dirname, "fake-host-entry.ts"), "the fake Office host");
}
