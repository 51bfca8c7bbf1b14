/**
 * The compiled command line (build/cli/main.js, bundled by scripts/build-cli.js), as `npm run cli` runs
 * it: the tests spawn it with node, no TypeScript loader. Built first when a source file is newer.
 */
import { spawnSync, type SpawnSyncOptions } from "child_process";
import { join } from "path";
import { ensureCli, OUT } from "../../scripts/build-cli";

export const ROOT = join(__dirname, "..", "..");
export const CLI = join(OUT, "main.js");

/** Runs `node build/cli/main.js ...args` and returns its exit status and output. */
export function runCli(
  args: string[],
  options: SpawnSyncOptions = {}
): { code: number | null; stdout: string; stderr: string } {
  ensureCli({ quiet: true });
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}
