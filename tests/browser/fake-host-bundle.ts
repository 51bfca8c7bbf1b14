/**
 * Bundles tests/browser/fake-host-entry.ts (the fake Office host of tests/mocks + the seed workbook) for the
 * browser with webpack's Node API. The browser test answers the page's request for Office.js (its CDN URL) with it.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import webpack from "webpack";

export async function bundleFakeHost(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "ita-fake-host-"));
  const config: webpack.Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    context: resolve(__dirname, "..", ".."),
    entry: resolve(__dirname, "fake-host-entry.ts"),
    output: { path: out, filename: "fake-office.js" },
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
      throw new Error(
        "bundling the fake Office host failed:\n" + stats.toString({ all: false, errors: true })
      );
    }
    return readFileSync(join(out, "fake-office.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
