/**
 * One agency of a batch, from scores to .xlsx bytes: assess, compose the Thai report (the same
 * composeReport as `generate` for one agency), write it with ExcelJS. Runs in a worker thread (./worker.ts)
 * or, with --jobs 1, on the main thread. Plain data in (structured-clone safe), bytes out.
 *
 * Writing: ExcelJS and the chart step write the package uncompressed and Node's zlib deflates it once
 * (./zip.ts): the same files as `generate` writes, in about half the time of JSZip's JavaScript deflate.
 */
import ExcelJS from "exceljs";
import { assessRaw, type AgencyDetails, type RawInput } from "../core";
import {
  composeReport,
  phraseSheetPlan,
  type DigitMode,
  type PhraseLibrary,
  type SheetPlan,
} from "../report";
import { workbookToBuffer, writePlanToWorkbook } from "../xlsx/write";
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
  raw: RawInput;
  agency: AgencyDetails;
  /** The agency's own threshold (JSON "threshold"), when given. */
  threshold?: number;
}

/** The report workbook of one agency, as .xlsx bytes. Throws only on an unexpected failure. */
export async function renderReport(task: RenderTask, options: RenderOptions): Promise<Buffer> {
  const threshold = options.threshold ?? task.threshold;
  const result = assessRaw(task.raw, threshold !== undefined ? { threshold } : {});
  // The main thread assessed the same input before sending it: a problem here is a bug, not bad input.
  if (!result.assessment) throw new Error(`agency ${task.order} does not assess`);
  const plan = composeReport(
    result.assessment,
    { agency: task.agency, digits: options.digits, threshold, date: task.agency.date },
    options.phrases
  );
  const sheets: SheetPlan[] = [...plan.sheets];
  if (options.phraseSheet) sheets.push(phraseSheetPlan(options.phrases));
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, sheets);
  return deflateZip(await workbookToBuffer(wb, { store: true }));
}
