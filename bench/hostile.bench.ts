/**
 * Hostile inputs through the compiled command line (issue 20): peak memory (the process's maximum resident
 * set, worker threads included, printed at exit by tests/hostile/peak.js) and wall time of the worst inputs
 * within and beyond the bounds of docs/input.md ("Limits"). The packages are generated (tests/hostile/
 * packages.ts) in a temporary folder and removed afterwards.
 *
 *   npx tsx bench/hostile.bench.ts        (also part of `npm run bench`)
 *
 * Prints numbers; never fails on time or memory (tests/hostile/batch-faults.test.ts asserts under 1 GB).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "fs";
import { loadavg, tmpdir } from "os";
import { join } from "path";
import { ensureCli, OUT } from "../scripts/build-cli";
import {
  generated,
  repack,
  rowsBomb,
  wideWorkbook,
  whitespaceBomb,
} from "../tests/hostile/packages";

const MB = 1024 * 1024;
const SCORES = [94.15, 85.43, 87.52, 82.58, 87.64, 67.05, 70.46, 61.37, 90, 80];

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(64)} ${value}\n`);
}

export async function run(): Promise<void> {
  ensureCli({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), "ita-hostile-bench-"));
  try {
    const base = await wideWorkbook([{ name: "อบต.ก", scores: SCORES }]);
    const sheet = "xl/worksheets/sheet1.xml";
    const cols = Array.from({ length: 50 }, (_, i) =>
      i < 26 ? String.fromCharCode(65 + i) : "A" + String.fromCharCode(65 + i - 26)
    );
    const inputs: Array<[string, string, () => Promise<void>]> = [
      [
        "1 GB of whitespace in one sheet (1 MB file)",
        "ws-1g.xlsx",
        async () =>
          repack(base, join(dir, "ws-1g.xlsx"), {
            replace: { [sheet]: whitespaceBomb(1024 * MB) },
          }),
      ],
      [
        "30 MB of whitespace in one cell (within the bound)",
        "ws-30.xlsx",
        async () =>
          repack(base, join(dir, "ws-30.xlsx"), { replace: { [sheet]: whitespaceBomb(30 * MB) } }),
      ],
      [
        "31 MB of rows, ~680,000 rows, no shared strings",
        "rows-31.xlsx",
        async () =>
          repack(base, join(dir, "rows-31.xlsx"), {
            replace: { [sheet]: rowsBomb(31 * MB) },
            drop: ["xl/sharedStrings.xml"],
          }),
      ],
      [
        "11.9 MB of dense cells, 50 a row (one agency's bound)",
        "dense-12.xlsx",
        async () =>
          repack(base, join(dir, "dense-12.xlsx"), {
            replace: {
              [sheet]: generated(
                11.9 * MB,
                (i) =>
                  `<row r="${i + 2}">${cols.map((c) => `<c r="${c}${i + 2}"><v>7</v></c>`).join("")}</row>`
              ),
            },
          }),
      ],
      [
        "a 1.2 GB JSON file (sparse)",
        "huge.json",
        async () => {
          writeFileSync(join(dir, "huge.json"), "[");
          truncateSync(join(dir, "huge.json"), 1229 * MB);
        },
      ],
    ];
    line("machine load average", loadavg()[0].toFixed(2));
    for (const [label, file, make] of inputs) {
      await make();
      const p = join(dir, file);
      const runs: Array<[string, string[]]> = [
        ["generate -o one.xlsx", ["generate", p, "-o", join(dir, "one.xlsx")]],
        ["generate -o dir/", ["generate", p, "-o", join(dir, "out") + "/", "--quiet"]],
        ["assess", ["assess", p]],
      ];
      for (const [how, args] of runs) {
        const t0 = performance.now();
        const r = spawnSync(
          process.execPath,
          ["--require", join(__dirname, "../tests/hostile/peak.js"), join(OUT, "main.js"), ...args],
          { encoding: "utf8", maxBuffer: 64 * MB }
        );
        const ms = performance.now() - t0;
        const peak = /peak-rss-mb (\d+)/.exec(r.stderr)?.[1] ?? "-";
        line(`${label}: ${how}`, `exit ${r.status}, ${peak} MB peak, ${(ms / 1000).toFixed(1)} s`);
      }
      rmSync(p, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
