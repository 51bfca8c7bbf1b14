/**
 * What the batch (./batch.ts) tells at its end: after an interrupt, after a failed write or a source with
 * problems, the warnings, and the closing lines on standard output (what was read, what was written, the
 * time, memory and CPU), with the exit status.
 */
import { basename } from "path";
import { messageLines, EXIT_SKIPPED, PROBLEMS } from "./common";
import { interruptedBy } from "./interrupt";
import { EXIT_WRITE_FAILED, writeErrorMessage } from "./output";
import type { BatchSource } from "./batchItem";
import { SUMMARY_FILE } from "./batchFiles";
import type { Tally } from "./batchTally";

const n = (x: number): string => x.toLocaleString("en-US");

/** The written reports, for the message after an interrupt or a failed write. */
function writtenList(files: string[]): string {
  const shown = files.slice(0, 50).map((f) => `  - ${basename(f)}`);
  if (files.length > 50)
    shown.push(`  ... (${n(files.length - 50)} more / อีก ${n(files.length - 50)} ไฟล์)`);
  return shown.join("\n");
}

/** After an interrupt: what was written (complete reports only), what was not, and the exit status. */
export function stoppedReport(
  code: number,
  written: string[],
  outDir: string,
  summaryName: string,
  summaryWritten: boolean
): number {
  const sig = interruptedBy() ?? "SIGINT";
  const summaryTh = summaryWritten ? `เขียน ${summaryName} แล้ว` : `ไม่ได้เขียน ${summaryName}`;
  const summaryEn = summaryWritten ? `${summaryName} written` : `${summaryName} not written`;
  process.stderr.write(
    `หยุดแล้ว (${sig}): รายงานที่เขียนครบถ้วนแล้ว ${n(written.length)} ฉบับใน ${outDir} ${summaryTh} ไม่มีไฟล์ชั่วคราวค้าง หน่วยงานที่เหลือยังไม่ได้เขียน\n` +
      `interrupted (${sig}): ${n(written.length)} complete report(s) written in ${outDir}, ${summaryEn}; no temporary file left; the other agencies were not written\n` +
      (written.length ? `${writtenList(written)}\n` : "")
  );
  return code;
}

/**
 * Once every report is in: the exit status when the batch ends here (a failed write, a source that
 * turned out to have problems), else null, after the source's warnings and any reports that landed on
 * one file.
 */
export function afterReports(
  tally: Tally,
  source: BatchSource,
  summaryName: string
): number | null {
  const { written, overwritten } = tally;
  const failure = tally.writeFailure;
  if (failure) {
    const m = writeErrorMessage(failure.file, { code: failure.reply.code });
    process.stderr.write(
      `generate: ${m.th}\n          ${m.en}\n` +
        `หยุดแล้ว: เขียนรายงานครบถ้วนแล้ว ${n(written.length)} ฉบับ ไม่ได้เขียน ${summaryName} / stopped: ${n(written.length)} complete reports written, ${summaryName} not written\n`
    );
    return EXIT_WRITE_FAILED;
  }
  if (source.problems.length) {
    process.stderr.write(`${PROBLEMS}\n${messageLines(source.problems)}\n`);
    return 1;
  }
  if (source.warnings.length)
    process.stderr.write(`คำเตือน / warnings:\n${messageLines(source.warnings)}\n`);
  if (overwritten.length) {
    process.stderr.write(
      `คำเตือน: รายงานสองฉบับได้ชื่อไฟล์เดียวกันในระบบไฟล์นี้ ฉบับก่อนจึงถูกแทนที่ (ไม่นับ) / warning: two reports got one file on this file system, so the earlier was replaced (not counted):\n${writtenList(overwritten)}\n`
    );
  }
  return null;
}

export interface BatchEnd {
  source: BatchSource;
  tally: Tally;
  /** The reports that exist at the end (only those are counted). */
  present: string[];
  outDir: string;
  summaryName: string;
  /** ", summary.xlsx" when the summary was written, else "". */
  summaryNote: string;
  t0: number;
  /** Peak memory (MB) while the reports were written, before the summary. */
  peakReports: number;
  threads: number;
}

/** The closing lines on standard output, and the exit status: 0, 4 (some skipped) or 1 (nothing). */
export function finalReport(end: BatchEnd): number {
  const { source, tally, present, outDir, summaryName, summaryNote, t0, peakReports } = end;
  const { skipped, withWarnings, overwritten } = tally;
  const secs = (Date.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  const cpu = process.cpuUsage(); // every thread of the process, workers included
  process.stdout.write(
    [
      `อ่านจาก / read from: ${source.describe()}`,
      `เขียนรายงานแล้ว / reports written: ${n(present.length)} ใน / in ${outDir}${summaryNote}`,
      summaryName !== SUMMARY_FILE
        ? `สรุปภาพรวมเขียนเป็น ${summaryName} เพราะ ${SUMMARY_FILE} คือไฟล์ข้อมูลนำเข้า / the summary is ${summaryName}, since ${SUMMARY_FILE} is the input`
        : "",
      skipped
        ? `ข้าม / skipped: ${n(skipped)} หน่วยงาน (รายการพร้อมปัญหาอยู่ด้านบน / listed above with their problems)`
        : "",
      withWarnings
        ? `มีคำเตือน / with warnings: ${n(withWarnings)} หน่วยงาน (เช่น คะแนนที่คำนวณแทนค่าที่ไม่ได้กรอก / e.g. scores computed in place of missing ones)`
        : "",
      `เวลา / time: ${secs.toFixed(1)} s (${(present.length / Math.max(secs, 0.001)).toFixed(1)} agencies/s), ` +
        `peak memory ${peak.toFixed(0)} MB (${peakReports.toFixed(0)} MB before the summary), ` +
        `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ` +
        `${end.threads ? `${end.threads} worker threads` : "main thread"}`,
    ]
      .filter(Boolean)
      .join("\n") + "\n"
  );
  if (present.length === 0) return 1;
  return skipped > 0 || overwritten.length > 0 ? EXIT_SKIPPED : 0;
}
