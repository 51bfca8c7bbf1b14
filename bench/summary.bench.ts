/**
 * "สรุปภาพรวมหลายหน่วยงาน" in Excel: for 100, 1,000 and 8,317 agencies, the summary plan's compose time,
 * its rows, the write request's estimated size and the batches it takes (src/excel/summary.ts splits the
 * values into further requests only past 90 % of Excel on the web's 5 MB), and the real request Microsoft's
 * Office.js client serializes for the whole write in one sync (tests/browser/real-office.ts; needs
 * Chromium). In Excel the sheet is read within 2,000 rows (READ_LIMITS): 8,317 rows are summarised from
 * the command line; the figure shows what the write would take. Prints numbers; never fails on time.
 */
import { existsSync } from "fs";
import { assess } from "../src/core/assess";
import { SummaryAccumulator } from "../src/core/summary";
import { composeSummary } from "../src/report/summary";
import { estimateWrite, REQUEST_BUDGET, REQUEST_LIMIT } from "../src/excel/requestSize";
import { CHROMIUM, captureWriteRequest } from "../tests/browser/real-office";

function plan(n: number): ReturnType<typeof composeSummary> {
  const acc = new SummaryAccumulator();
  for (let i = 0; i < n; i++) {
    const ind: Record<string, number> = {};
    for (let k = 1; k <= 10; k++) ind[String(k)] = 50 + ((i * 7 + k * 13) % 50) + 0.25;
    acc.add(
      `องค์การบริหารส่วนตำบลทดสอบ${i}`,
      assess({ fiscalYear: 2567, indicators: ind, cells: {}, typed: {} }),
      i,
      { province: ["นครศรีธรรมราช", "สงขลา", "พัทลุง"][i % 3] }
    );
  }
  return composeSummary(acc.finalize(), { digits: "thai" });
}

export async function run(): Promise<void> {
  const kib = (b: number): string => `${(b / 1024).toFixed(1)} KiB`;
  process.stdout.write(
    `request limit ${kib(REQUEST_LIMIT)}, split past ${kib(REQUEST_BUDGET)} (estimate)\n`
  );
  for (const n of [100, 1000, 8317]) {
    const t0 = performance.now();
    const p = plan(n);
    const ms = performance.now() - t0;
    const est = estimateWrite(p.sheets);
    let real = "real request: skipped (no Chromium)";
    if (existsSync(CHROMIUM)) {
      const w = await captureWriteRequest(p.sheets);
      real = w.error
        ? `real request: did not serialize (${w.error.split("\n")[0]})`
        : `real request in one sync ${kib(w.bytes)}, ${w.actions} actions`;
    }
    process.stdout.write(
      `summary of ${n} agencies: compose ${ms.toFixed(0)} ms, ${p.sheets[0].rows.length} rows, ` +
        `${1 + (p.sheets[0].pageBreaks?.length ?? 0)} pages; write estimate ${kib(est.bytes)} -> ` +
        `${est.batches} batch${est.batches > 1 ? "es" : ""} (syncs: 1 read + ${est.batches} write); ${real}\n`
    );
  }
}
