/**
 * Many agencies through the command line (issue 10): agencies per second for each step of one report,
 * then the national run through the real batch path.
 *
 *   - assess: assessRaw per agency (the main thread's share of a batch);
 *   - compose: composeReport per agency (warm layout caches, as in a batch's worker);
 *   - write: the report workbook to .xlsx bytes, as the batch writes it (ExcelJS and the charts stored,
 *     deflated by Node's zlib: src/cli/render.ts) and, for comparison, as `generate` writes one report
 *     (ExcelJS and JSZip deflating in JavaScript);
 *   - national run: a synthetic many.json of 8,317 agencies (bench/synthetic.ts) written to a temporary
 *     folder, then `node build/cli/main.js generate many.json -o out/` (the compiled CLI, worker threads,
 *     one per core): wall time, workbooks written, peak memory (the process's maximum resident set, worker
 *     threads included, as the CLI reports it) and the machine's load average before and after, since the
 *     machine may be shared.
 *
 *   npx tsx bench/batch.bench.ts                       (also part of `npm run bench`)
 *   ITA_BENCH_NATIONAL=500 npx tsx bench/batch.bench.ts   (a smaller national run; 0 skips it)
 *
 * Prints numbers; never fails on time.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import { join } from "path";
import { ensureCli, OUT } from "../scripts/build-cli";
import { deflateZip } from "../src/cli/zip";
import { assessRaw } from "../src/core/assess";
import { rawFromJson } from "../src/core/json";
import type { Assessment } from "../src/core/types";
import { composeReport, type ReportPlan } from "../src/report";
import { workbookToBuffer, writePlanToWorkbook } from "../src/xlsx/write";
import { syntheticAgencies } from "./synthetic";

const NATIONAL = 8317;

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(56)} ${value}\n`);
}

function rate(count: number, ms: number): string {
  return `${((count * 1000) / ms).toFixed(1)} agencies/s (${(ms / count).toFixed(2)} ms each, ${count} agencies)`;
}

async function writeStored(plan: ReportPlan): Promise<number> {
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, plan);
  return deflateZip(await workbookToBuffer(wb, { store: true })).length;
}

async function writeDefault(plan: ReportPlan): Promise<number> {
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, plan);
  return (await workbookToBuffer(wb)).length;
}

export async function run(): Promise<void> {
  const steps = 300;
  const items = rawFromJson(syntheticAgencies(steps + 50, 2562, 99)).items;

  // assess
  for (const it of items.slice(0, 50)) assessRaw(it.raw);
  let t0 = performance.now();
  const assessed: Array<{ a: Assessment; name: string }> = [];
  for (const it of items.slice(50)) {
    const a = assessRaw(it.raw).assessment;
    if (!a) throw new Error("a synthetic agency does not assess");
    assessed.push({ a, name: it.agency?.name ?? "" });
  }
  line("assess (assessRaw)", rate(steps, performance.now() - t0));

  // compose (after a warm-up, as in a long batch)
  for (const it of items.slice(0, 50)) {
    const a = assessRaw(it.raw).assessment as Assessment;
    composeReport(a, { agency: { name: it.agency?.name ?? "" }, digits: "mixed" });
  }
  t0 = performance.now();
  const plans = assessed.map(({ a, name }) =>
    composeReport(a, { agency: { name }, digits: "mixed" })
  );
  line("compose (composeReport, warm caches)", rate(steps, performance.now() - t0));

  // write
  const some = plans.slice(0, 100);
  for (const p of some.slice(0, 10)) await writeStored(p);
  t0 = performance.now();
  let bytes = 0;
  for (const p of some) bytes += await writeStored(p);
  line(
    "write (stored + zlib deflate, the batch's way)",
    `${rate(some.length, performance.now() - t0)}, ${(bytes / some.length / 1024).toFixed(1)} KiB`
  );
  for (const p of some.slice(0, 10)) await writeDefault(p);
  t0 = performance.now();
  bytes = 0;
  for (const p of some) bytes += await writeDefault(p);
  line(
    "write (JSZip deflate, as generate writes one)",
    `${rate(some.length, performance.now() - t0)}, ${(bytes / some.length / 1024).toFixed(1)} KiB`
  );

  // national run
  const count = Number(process.env.ITA_BENCH_NATIONAL ?? NATIONAL);
  if (!(count > 0)) {
    line("national run", "skipped (ITA_BENCH_NATIONAL=0)");
    return;
  }
  ensureCli({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), "ita-national-"));
  try {
    const input = join(dir, "many.json");
    writeFileSync(input, JSON.stringify(syntheticAgencies(count, 2562, 2562)));
    const out = join(dir, "out") + "/";
    const before = loadavg();
    t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [join(OUT, "main.js"), "generate", input, "-o", out, "--quiet"],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    );
    const ms = performance.now() - t0;
    const after = loadavg();
    const files = readdirSync(out).filter((f) => f.endsWith(".xlsx"));
    const peak =
      /peak memory (\d+) MB \((\d+) MB before the summary\), CPU ([\d.]+) s, (.*)$/m.exec(r.stdout);
    line(
      `national run: ${count.toLocaleString("en-US")} agencies (exit ${r.status})`,
      `${(ms / 1000).toFixed(1)} s wall, ${((count * 1000) / ms).toFixed(1)} agencies/s`
    );
    line(
      "  workbooks written (agency reports + summary.xlsx)",
      `${files.length.toLocaleString("en-US")} (${files.includes("summary.xlsx") ? "summary.xlsx included" : "no summary.xlsx"})`
    );
    line(
      "  peak memory (max resident set, workers included)",
      peak ? `${peak[1]} MB (${peak[2]} MB before summary.xlsx), ${peak[4]}` : "-"
    );
    if (peak) {
      const cpuS = Number(peak[3]);
      line(
        "  CPU time (all threads)",
        `${cpuS.toFixed(1)} s: at best ${(cpuS / cpus().length).toFixed(1)} s wall on ${cpus().length} idle cores`
      );
    }
    line(
      "  machine",
      `${cpus().length} cores, load average ${before[0].toFixed(2)} before, ${after[0].toFixed(2)} after`
    );
    if (r.status !== 0) process.stdout.write(r.stderr.slice(0, 2000) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
