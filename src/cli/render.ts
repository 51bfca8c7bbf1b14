/**
 * One agency of a batch, from scores to its files: assess, compare with the earlier years the input gave
 * ("previous"), compose the Thai report (the same composeReport, with the same comparison, as `generate`
 * for one agency), write it with ExcelJS. Runs in a worker thread (./worker.ts) or, with --jobs 1, on the
 * main thread. Plain data in (structured-clone safe), bytes out.
 *
 * writeAgencyFiles is the one place that writes an agency's files: a new output format (Word) is added
 * there.
 *
 * Writing: ExcelJS and the chart step write the package uncompressed and Node's zlib deflates it once
 * (./zip.ts): the same files as `generate` writes, in about half the time of JSZip's JavaScript deflate.
 */
import ExcelJS from "exceljs";
import { assessRaw, type AgencyDetails, type Assessment, type RawInput } from "../core";
import type { ReportOptions } from "../report/compose";
import { comparisonForInput } from "../core/earlier";
import {
  composeReport,
  phraseSheetPlan,
  type DigitMode,
  type PhraseLibrary,
  type SheetPlan,
} from "../report";
import { workbookToBuffer, writePlanToWorkbook } from "../xlsx/write";
import { Interrupted, writeFileAtomicAsync } from "./output";
import { deflateZip } from "./zip";
import type { BatchFormat } from "./format";

/** What every report of a batch shares (sent once to each worker). */
export interface RenderOptions {
  digits: DigitMode;
  /** The batch's --threshold, over each agency's own. */
  threshold?: number;
  phrases?: PhraseLibrary;
  /** Also add the editable phrase sheet (--phrases). */
  phraseSheet: boolean;
  /** Workbook, Word file or both for each agency (--format; ./docx.ts). The workbook when absent. */
  format?: BatchFormat;
}

/** One agency to write. */
export interface RenderTask {
  /** Source position (array index or sheet row): names the agency in messages. */
  order: number;
  /** Absolute path of the workbook to write. */
  file: string;
  /** Absolute path of its temporary file (chosen by the main thread, which removes it on an interrupt). */
  tmp: string;
  raw: RawInput;
  agency: AgencyDetails;
  /** The agency's own threshold (JSON "threshold"), when given. */
  threshold?: number;
  /** With --format both: the Word file written beside the workbook, and its temporary file. */
  word?: { file: string; tmp: string };
}

/** What became of one task. */
export interface WorkerReply {
  order: number;
  ok: boolean;
  /** Bytes written. */
  bytes?: number;
  /** Not written because the run was interrupted (SIGINT, SIGTERM): no file, no temporary file. */
  interrupted?: boolean;
  /** On failure: the error's code (ENOSPC, EACCES, ...) and message. */
  code?: string;
  message?: string;
}

/**
 * What one agency's report is composed from: its assessment and the composer's options, the earlier
 * years it gave compared (the same as `generate` for one agency). Throws only on an unexpected failure.
 */
function reportInput(
  task: RenderTask,
  options: RenderOptions
): { assessment: Assessment; report: ReportOptions } {
  const threshold = options.threshold ?? task.threshold;
  const result = assessRaw(task.raw, threshold !== undefined ? { threshold } : {});
  // The main thread assessed the same input before sending it: a problem here is a bug, not bad input.
  if (!result.assessment) throw new Error(`agency ${task.order} does not assess`);
  const yoy = comparisonForInput(result.assessment, result.input);
  if (yoy.problems.length)
    throw new Error(`agency ${task.order}: its earlier years do not compare`);
  return {
    assessment: result.assessment,
    report: {
      agency: task.agency,
      digits: options.digits,
      threshold,
      date: task.agency.date,
      comparison: yoy.comparison,
    },
  };
}

/** The report workbook of one agency, as .xlsx bytes. Throws only on an unexpected failure. */
export async function renderReport(task: RenderTask, options: RenderOptions): Promise<Buffer> {
  const { assessment, report } = reportInput(task, options);
  const plan = composeReport(assessment, report, options.phrases);
  const sheets: SheetPlan[] = [...plan.sheets];
  if (options.phraseSheet) sheets.push(phraseSheetPlan(options.phrases));
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, sheets);
  return deflateZip(await workbookToBuffer(wb, { store: true }));
}

/**
 * Writes one agency's files (its report workbook), atomically; `stop` says the run was interrupted
 * (asked before and after the slow steps). Never throws: the reply says what happened.
 */
export async function writeAgencyFiles(
  task: RenderTask,
  options: RenderOptions,
  stop: () => boolean
): Promise<WorkerReply> {
  try {
    if (stop()) throw new Interrupted();
    const format = options.format ?? "xlsx";
    let total = 0;
    if (format !== "docx") {
      const bytes = await renderReport(task, options);
      await writeFileAtomicAsync(task.file, bytes, { tmp: task.tmp, stop });
      total += bytes.length;
    }
    if (format !== "xlsx") {
      // The Word file (./docx.ts, loaded only when asked): the same document the workbook renders.
      const { wordReport } = await import("./docx");
      const { assessment, report } = reportInput(task, options);
      const bytes = await wordReport(assessment, report, options.phrases);
      const target = task.word ?? { file: task.file, tmp: task.tmp };
      await writeFileAtomicAsync(target.file, bytes, { tmp: target.tmp, stop });
      total += bytes.length;
    }
    return { order: task.order, ok: true, bytes: total };
  } catch (e) {
    if (e instanceof Interrupted) return { order: task.order, ok: false, interrupted: true };
    const err = e as { code?: string; message?: string; stack?: string };
    return {
      order: task.order,
      ok: false,
      code: err?.code,
      message: process.env.ITA_DEBUG ? (err?.stack ?? String(e)) : (err?.message ?? String(e)),
    };
  }
}
