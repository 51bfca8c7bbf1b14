/**
 * scripts/keep-previous.js: before a deployment replaces the server's files, the previous release's scripts
 * are copied into dist/, so that a pane opened before the update can still load its later parts. From a
 * folder and from a URL (a local HTTP server here); nothing of the new release is overwritten; a release.json
 * naming a path outside dist/ is refused; no previous release is not an error.
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { createServer } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { keepPrevious } = require("../scripts/keep-previous.js") as {
  keepPrevious: (
    source: string,
    dist: string
  ) => Promise<{ previous: string | null; kept: string[]; present: string[] }>;
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ita-keep-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function release(folder: string, version: string, files: Record<string, string>): void {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  writeFileSync(
    join(folder, "release.json"),
    JSON.stringify({ version, files: Object.keys(files) })
  );
}

test("copies the previous release's scripts that the new one does not have, from a folder", async () => {
  const live = join(dir, "live");
  const dist = join(dir, "dist");
  release(live, "0.1.0", {
    "taskpane.aaaa1111.js": "old entry",
    "pick-row.bbbb2222.js": "old picker",
    "vendor.cccc3333.js": "same vendor",
  });
  release(dist, "0.2.0", {
    "taskpane.dddd4444.js": "new entry",
    "vendor.cccc3333.js": "same vendor",
  });
  const r = await keepPrevious(live, dist);
  expect(r).toEqual({
    previous: "0.1.0",
    kept: ["taskpane.aaaa1111.js", "pick-row.bbbb2222.js"],
    present: ["vendor.cccc3333.js"],
  });
  expect(readFileSync(join(dist, "pick-row.bbbb2222.js"), "utf8")).toBe("old picker");
  // The new release's list is its own: the release after it drops the old scripts.
  expect(JSON.parse(readFileSync(join(dist, "release.json"), "utf8")).files).toEqual([
    "taskpane.dddd4444.js",
    "vendor.cccc3333.js",
  ]);
  expect(readdirSync(dist).sort()).toEqual([
    "pick-row.bbbb2222.js",
    "release.json",
    "taskpane.aaaa1111.js",
    "taskpane.dddd4444.js",
    "vendor.cccc3333.js",
  ]);
});

test("from a URL, and nothing to keep when the live site has no release.json", async () => {
  const live = join(dir, "live");
  const dist = join(dir, "dist");
  release(live, "0.1.0", { "composer.eeee5555.js": "old composer" });
  release(dist, "0.2.0", { "composer.ffff6666.js": "new composer" });
  const server = createServer((req, res) => {
    try {
      res.end(readFileSync(join(live, (req.url ?? "/").replace(/^\/addin\//, ""))));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/addin/`;
  try {
    const r = await keepPrevious(base, dist);
    expect(r.kept).toEqual(["composer.eeee5555.js"]);
    expect(readFileSync(join(dist, "composer.eeee5555.js"), "utf8")).toBe("old composer");
    rmSync(join(live, "release.json"));
    await expect(keepPrevious(base, dist)).resolves.toEqual({
      previous: null,
      kept: [],
      present: [],
    });
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
  }
});

test("refuses a release.json that names a path, and a listed script the server lacks", async () => {
  const live = join(dir, "live");
  const dist = join(dir, "dist");
  release(dist, "0.2.0", { "a.11111111.js": "x" });
  mkdirSync(live);
  writeFileSync(
    join(live, "release.json"),
    JSON.stringify({ version: "0.1.0", files: ["../evil.js"] })
  );
  await expect(keepPrevious(live, dist)).rejects.toThrow(/unexpected file/);
  writeFileSync(
    join(live, "release.json"),
    JSON.stringify({ version: "0.1.0", files: ["gone.js"] })
  );
  await expect(keepPrevious(live, dist)).rejects.toThrow(/does not have it/);
});
