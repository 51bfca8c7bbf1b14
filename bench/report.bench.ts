/**
 * Report figures: the time to compose one report (the seed, all three sheets) and to write it to an
 * .xlsx file with ExcelJS (in memory and on disk), median of several runs after a warm-up. Prints
 * numbers; never fails on time.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { assessRaw } from "../src/core/assess";
import { rawFromJson } from "../src/core/json";
import { composeReport } from "../src/report";
import { writePlanToWorkbook } from "../src/xlsx/write";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function run(): Promise<void> {
  const item = rawFromJson(
    JSON.parse(readFileSync(join(__dirname, "../tests/fixtures/seed.json"), "utf8"))
  ).items[0];
  const assessment = assessRaw(item.raw).assessment;
  if (!assessment) throw new Error("the seed does not assess");
  const options = {
    agency: item.agency ?? { name: "" },
    digits: "thai" as const,
    date: "2020-02-15",
  };

  const composeRuns = 200;
  for (let i = 0; i < 20; i++) composeReport(assessment, options);
  const compose: number[] = [];
  for (let i = 0; i < composeRuns; i++) {
    const t0 = process.hrtime.bigint();
    composeReport(assessment, options);
    compose.push(ms(t0));
  }
  const plan = composeReport(assessment, options);
  const rows = plan.sheets.reduce((n, s) => n + s.rows.length, 0);

  const dir = mkdtempSync(join(tmpdir(), "ita-bench-"));
  const writeRuns = 15;
  const buffer: number[] = [];
  const file: number[] = [];
  let size = 0;
  for (let i = 0; i < writeRuns + 2; i++) {
    let t0 = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, plan);
    await wb.xlsx.writeBuffer();
    const b = ms(t0);
    t0 = process.hrtime.bigint();
    const wb2 = new ExcelJS.Workbook();
    writePlanToWorkbook(wb2, plan);
    const path = join(dir, `report-${i}.xlsx`);
    await wb2.xlsx.writeFile(path);
    const f = ms(t0);
    size = statSync(path).size;
    if (i >= 2) {
      buffer.push(b);
      file.push(f);
    }
  }
  rmSync(dir, { recursive: true, force: true });

  const out = (label: string, value: string): void =>
    void process.stdout.write(`${label.padEnd(52)} ${value}\n`);
  out(
    `compose one report (seed, ${plan.sheets.length} sheets, ${rows} rows)`,
    `median ${median(compose).toFixed(3)} ms over ${composeRuns} runs (min ${Math.min(...compose).toFixed(3)} ms)`
  );
  out(
    "write one report .xlsx (ExcelJS, to a buffer)",
    `median ${median(buffer).toFixed(1)} ms over ${writeRuns} runs`
  );
  out(
    "write one report .xlsx (ExcelJS, to a file)",
    `median ${median(file).toFixed(1)} ms over ${writeRuns} runs, ${(size / 1024).toFixed(1)} KiB`
  );
}

if (require.main === module) void run();
