/**
 * `npm run cli -- generate many.json|many.xlsx -o outdir/`: one report workbook per agency and
 * outdir/summary.xlsx (the summary sheet of all of them).
 *
 * The main thread reads the agencies in source order (./sources.ts), assesses each (fast: thousands a
 * second), adds it to the one SummaryAccumulator or skips it with its problems, names its file with the
 * one FileNamer (summary.xlsx taken), and hands it to the renderer: worker threads that compose and write
 * the workbooks (./pool.ts, ./worker.ts), through a bounded queue, so memory stays flat. An agency with
 * problems is listed on standard error with its problems and skipped; the others are written.
 *
 * Exit status: 0 every agency written, 4 some were skipped (listed; the rest and the summary written),
 * 1 nothing written (the input has problems, or every agency has), 3 a file could not be written (disk
 * full, no permission: the batch stops; the workbooks already written are complete, the summary is not
 * written), 2 usage error.
 */
import { mkdirSync, readFileSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { FileNamer, SummaryAccumulator, type Summary } from "../core";
import { assessItem, EXIT_SKIPPED, messageLines } from "./common";
import type { DigitMode } from "../report";
import { EXIT_WRITE_FAILED, writeErrorMessage, writeFileAtomic } from "./output";
import { makeRenderer } from "./pool";
import { Progress, progressMode } from "./progress";
import type { RenderOptions } from "./render";
import { jsonSource, xlsxSource, type BatchSource } from "./sources";
import type { WorkerReply } from "./worker";

export { EXIT_SKIPPED };

/** The summary workbook's file name in the output folder (never given to an agency). */
export const SUMMARY_FILE = "summary.xlsx";

export interface BatchArgs {
  input: string;
  outDir: string;
  digits: DigitMode;
  threshold?: number;
  sheet?: string;
  phrases: boolean;
  jobs: number;
  quiet: boolean;
}

/** Opens the input as a source of agencies; null (with the message printed) when it cannot be read. */
export function openSource(input: string, sheet: string | undefined): BatchSource | null {
  const ext = extname(input).toLowerCase();
  if (ext === ".json") {
    let text: string;
    try {
      text = readFileSync(input, "utf8");
    } catch (e) {
      process.stderr.write(
        `อ่านไฟล์ ${input} ไม่ได้ / cannot read ${input} (${(e as { code?: string }).code ?? "error"})\n`
      );
      return null;
    }
    return jsonSource(text, input);
  }
  if (ext === ".xlsx") return xlsxSource(input, input, { sheet });
  process.stderr.write(`the input must be a .json or .xlsx file\n`);
  return null;
}

/** Writes outdir/summary.xlsx (the summary sheet). */
async function writeSummary(summary: Summary, file: string, digits: DigitMode): Promise<void> {
  const [{ composeSummary }, ExcelJS, { writePlanToWorkbook, workbookToBuffer }] =
    await Promise.all([import("../report/summary"), import("exceljs"), import("../xlsx/write")]);
  const plan = composeSummary(summary, { digits });
  const wb = new ExcelJS.default.Workbook();
  writePlanToWorkbook(wb, plan);
  writeFileAtomic(file, await workbookToBuffer(wb));
}

export async function runBatch(args: BatchArgs): Promise<number> {
  const t0 = Date.now();
  const source = openSource(args.input, args.sheet);
  if (!source) return 2;
  if (source.problems.length) {
    process.stderr.write(
      `ข้อมูลนำเข้ามีปัญหา / the input has problems:\n${messageLines(source.problems)}\n`
    );
    return 1;
  }
  const outDir = resolve(args.outDir);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    const m = writeErrorMessage(outDir, e);
    process.stderr.write(`generate: ${m.th}\n          ${m.en}\n`);
    return EXIT_WRITE_FAILED;
  }
  // The input itself, when it lies in the output folder, is never written over.
  const taken = [SUMMARY_FILE];
  if (resolve(dirname(args.input)) === outDir) taken.push(basename(args.input));
  const namer = new FileNamer({ taken });
  const acc = new SummaryAccumulator(
    args.threshold !== undefined ? { threshold: args.threshold } : {}
  );
  const progress = new Progress(
    process.stderr,
    progressMode(process.stderr, process.env, args.quiet),
    source.total
  );

  let written = 0;
  let skipped = 0;
  let withWarnings = 0;
  let writeFailure: { file: string; reply: WorkerReply } | null = null;
  const failedRender: string[] = [];
  const files = new Map<number, string>();
  const options: RenderOptions = {
    digits: args.digits,
    phraseSheet: args.phrases,
    ...(args.threshold !== undefined ? { threshold: args.threshold } : {}),
  };
  const done = (reply: WorkerReply): void => {
    const file = files.get(reply.order) ?? "";
    files.delete(reply.order);
    if (reply.ok) written++;
    else if (reply.code && /^E[A-Z]+$/.test(reply.code)) writeFailure ??= { file, reply };
    else {
      // Not the input's fault nor the disk's: listed, counted with the skipped, the batch goes on.
      skipped++;
      failedRender.push(file);
      progress.message(
        `เขียนรายงานไม่สำเร็จ / could not write the report: ${file}\n  - ${reply.message ?? "unexpected error"}`
      );
    }
    progress.update(written, skipped);
  };
  const renderer = makeRenderer(args.jobs, options, done);
  try {
    for await (const item of source.items()) {
      if (writeFailure) break;
      const result = assessItem(item.raw, args.threshold ?? item.threshold);
      const problems = [...item.problems, ...result.problems];
      if (problems.length || !result.assessment) {
        acc.skip(item.name || item.label, problems, item.order);
        skipped++;
        progress.message(`ข้ามหน่วยงาน / skipped: ${item.label}\n${messageLines(problems)}`);
        progress.update(written, skipped);
        continue;
      }
      if (result.warnings.length) withWarnings++;
      const { province, type } = item.agency ?? {};
      acc.add(item.name, result.assessment, item.order, {
        ...(province ? { province } : {}),
        ...(type ? { type } : {}),
      });
      const file = join(outDir, namer.next(item.name));
      files.set(item.order, file);
      const task = {
        order: item.order,
        file,
        raw: item.raw,
        agency: item.agency ?? { name: "" },
        ...(item.threshold !== undefined ? { threshold: item.threshold } : {}),
      };
      await renderer.submit(task);
    }
  } finally {
    await renderer.close();
    progress.clear();
  }
  const failure = writeFailure as { file: string; reply: WorkerReply } | null;
  if (failure) {
    const m = writeErrorMessage(failure.file, { code: failure.reply.code });
    process.stderr.write(
      `generate: ${m.th}\n          ${m.en}\n` +
        `หยุดแล้ว: เขียนรายงานครบถ้วนแล้ว ${written.toLocaleString("en-US")} ฉบับ ไม่ได้เขียน ${SUMMARY_FILE} / stopped: ${written.toLocaleString("en-US")} complete reports written, ${SUMMARY_FILE} not written\n`
    );
    return EXIT_WRITE_FAILED;
  }
  if (source.problems.length) {
    process.stderr.write(
      `ข้อมูลนำเข้ามีปัญหา / the input has problems:\n${messageLines(source.problems)}\n`
    );
    return 1;
  }
  if (source.warnings.length)
    process.stderr.write(`คำเตือน / warnings:\n${messageLines(source.warnings)}\n`);

  const summaryFile = join(outDir, SUMMARY_FILE);
  let summaryNote = "";
  // Peak memory while the reports were written (the summary workbook, written last, holds every agency).
  const peakReports = process.resourceUsage().maxRSS / 1024;
  if (written > 0) {
    try {
      await writeSummary(acc.finalize(), summaryFile, args.digits);
      summaryNote = `, ${SUMMARY_FILE}`;
    } catch (e) {
      const m = writeErrorMessage(summaryFile, e);
      process.stderr.write(`generate: ${m.th}\n          ${m.en}\n`);
      return EXIT_WRITE_FAILED;
    }
  }
  const secs = (Date.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  const cpu = process.cpuUsage(); // every thread of the process, workers included
  const n = (x: number): string => x.toLocaleString("en-US");
  process.stdout.write(
    [
      `อ่านจาก / read from: ${source.describe()}`,
      `เขียนรายงานแล้ว / reports written: ${n(written)} ใน / in ${outDir}${summaryNote}`,
      skipped
        ? `ข้าม / skipped: ${n(skipped)} หน่วยงาน (รายการพร้อมปัญหาอยู่ด้านบน / listed above with their problems)`
        : "",
      withWarnings
        ? `มีคำเตือน / with warnings: ${n(withWarnings)} หน่วยงาน (เช่น คะแนนที่คำนวณแทนค่าที่ไม่ได้กรอก / e.g. scores computed in place of missing ones)`
        : "",
      `เวลา / time: ${secs.toFixed(1)} s (${(written / Math.max(secs, 0.001)).toFixed(1)} agencies/s), ` +
        `peak memory ${peak.toFixed(0)} MB (${peakReports.toFixed(0)} MB before the summary), ` +
        `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ` +
        `${renderer.threads ? `${renderer.threads} worker threads` : "main thread"}`,
    ]
      .filter(Boolean)
      .join("\n") + "\n"
  );
  if (written === 0) return 1;
  return skipped > 0 ? EXIT_SKIPPED : 0;
}
