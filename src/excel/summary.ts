/**
 * "สรุปภาพรวมหลายหน่วยงาน" in Excel: on a sheet with a row per agency (the grid reader's wide layout),
 * every row is assessed and the summary sheet (src/report/summary.ts) written — one read round trip and
 * one write round trip whatever the row count. Loaded with the composer chunk (src/excel/engine.ts).
 *
 * - Read (one sync): the sheet's values and number formats within the read window (./readWindow.ts; a
 *   larger sheet is summarised within it and the user is told, `sheet-too-large`), the sheet list and the
 *   add-in's earlier summary sheets (values, formats, charts: to tell an untouched one from an edited one).
 * - In memory: every row assessed (`assessRaw`); a row with problems is skipped and listed with them (on
 *   the sheet and in the pane), never fatal; the summary composed.
 * - Write: the own-sheet transaction (./transaction.ts), as the report's: earlier unedited summary sheets
 *   of the same fiscal year replaced (after the pane asks), edited ones kept under "… (แก้ไข)", a user's
 *   sheet of the same name never touched, a failure rolled back. One sync, or more only when the request's
 *   estimated size passes the budget (./requestSize.ts).
 */
import type { Message } from "../core/types";
import { SummaryAccumulator, type Summary } from "../core/summary";
import { assessRaw } from "../core/assess";
import { findInputInGrid } from "../core/grid";
import { composeSummary } from "../report/summary";
import { planLimitProblems } from "../report/limits";
import type { SheetPlan } from "../report/plan";
import type { AddinSettings, SummaryRequest, SummaryResult } from "./api";
import { a1 } from "./address";
import { expectedGrid, hashGrid } from "./fingerprint";
import { planReplacement, type OwnState } from "./marks";
import {
  msg,
  noSheet,
  settingsNotSaved,
  summarySheetTooLarge,
  summaryWriteFailed,
  workbookFailedText,
} from "./messages";
import { ownStateOf, queueOwnSheet, type OwnSheetLoads } from "./ownSheets";
import { probeNames } from "./read";
import { beyondWindow, queueWindow } from "./readWindow";
import { cellBlock, estimateWrite, withoutValuesFrom } from "./requestSize";
import { SHEETS_KEY, ownSheets, writeJson, type OwnSheetRecord } from "./store";
import { writeOwnSheets, type Count } from "./transaction";
import { writeSheet } from "./writePlan";

/** A result with nothing read or written yet. */
function emptySummaryResult(status: SummaryResult["status"], syncs: number): SummaryResult {
  return {
    status,
    problems: [],
    warnings: [],
    skipped: [],
    agencies: 0,
    years: [],
    sheetsCreated: [],
    syncs,
    batches: 0,
    requestBytes: 0,
  };
}

interface SummaryRead {
  sheetNames: string[];
  sheetName: string;
  values: unknown[][] | null;
  formats: unknown[][];
  origin: { row: number; col: number };
  truncated: boolean;
  own: OwnState[];
}

/** Queues the read: the sheet list, the input sheet within the window, the earlier summary sheets. */
function queueSummaryRead(
  ctx: Excel.RequestContext,
  sheet: string,
  records: OwnSheetRecord[]
): () => SummaryRead {
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/id,items/name");
  const ws = sheets.getItem(sheet);
  ws.load("name,id");
  const { range, full } = queueWindow(ws);
  const ownLoads = records.map((rec) => queueOwnSheet(wb, rec));
  return () => summaryReadOf(sheets, ws, range, full, ownLoads);
}

/** After the sync: the read as plain data. */
function summaryReadOf(
  sheets: Excel.WorksheetCollection,
  ws: Excel.Worksheet,
  range: Excel.Range,
  full: Excel.Range,
  ownLoads: OwnSheetLoads[]
): SummaryRead {
  const empty = range.isNullObject;
  return {
    sheetNames: sheets.items.map((s) => s.name),
    sheetName: ws.name,
    values: empty ? null : (range.values as unknown[][]),
    formats: empty ? [] : (range.numberFormat as unknown[][]),
    origin: empty ? { row: 0, col: 0 } : { row: range.rowIndex, col: range.columnIndex },
    truncated: beyondWindow(full),
    own: ownLoads.map(ownStateOf),
  };
}

/**
 * The read (one sync). Off the normal path, the sheet or a remembered summary sheet is gone: find which,
 * forget the dead records, read again.
 */
async function readForSummary(
  ctx: Excel.RequestContext,
  sheet: string,
  count: Count
): Promise<SummaryRead | { problem: Message }> {
  let records = ownSheets().filter((r) => r.role === "summary");
  let extract = queueSummaryRead(ctx, sheet, records);
  try {
    count();
    await ctx.sync();
  } catch (e) {
    const { sheets, live } = await probeNames(ctx, count);
    if (!sheets.has(sheet.toLowerCase())) return { problem: noSheet(sheet) };
    if (records.every((r) => live.has(r.key))) throw e;
    records = records.filter((r) => live.has(r.key));
    writeJson(
      SHEETS_KEY,
      ownSheets().filter((r) => r.role !== "summary" || live.has(r.key))
    );
    extract = queueSummaryRead(ctx, sheet, records);
    count();
    await ctx.sync();
  }
  return extract();
}

/** Every row assessed: the summarised ones and the skipped ones (with their problems). */
function summarizeRows(
  rows: NonNullable<ReturnType<typeof findInputInGrid>>["rows"],
  settings: AddinSettings
): { summary: Summary; skipped: SummaryResult["skipped"] } {
  const acc = new SummaryAccumulator({ threshold: settings.threshold });
  const skipped: SummaryResult["skipped"] = [];
  for (const row of rows ?? []) {
    const raw = settings.fiscalYear
      ? { ...row.raw, fiscalYear: { value: settings.fiscalYear } }
      : row.raw;
    const name = row.agency.name || row.label;
    const res = assessRaw(raw, { threshold: settings.threshold });
    if (!res.assessment || res.problems.length > 0) {
      acc.skip(name, res.problems, row.row);
      skipped.push({ name, row: row.row, problems: res.problems });
    } else {
      const { province, type } = row.agency;
      acc.add(name, res.assessment, row.row, {
        ...(province ? { province } : {}),
        ...(type ? { type } : {}),
      });
    }
  }
  return { summary: acc.finalize(), skipped };
}

function noRows(sheetName: string): Message {
  return msg(
    "summary-no-rows",
    `แผ่นงาน “${sheetName}” ไม่มีตารางที่มีหนึ่งแถวต่อหนึ่งหน่วยงาน (แถวหัวตารางที่มีตัวชี้วัดอย่างน้อย ๕ ตัว แล้วหนึ่งแถวต่อหน่วยงาน) จึงสรุปภาพรวมไม่ได้`,
    `Sheet "${sheetName}" holds no table with a row per agency (a header row naming at least five indicators, then a row per agency), so there is nothing to summarise.`,
    `${sheetName}!A1`
  );
}

/** The summary sheets through the own-sheet transaction; the values split in batches past the budget. */
async function writeSummary(
  ctx: Excel.RequestContext,
  count: Count,
  read: SummaryRead,
  sheets: SheetPlan[],
  years: number[],
  plan: ReturnType<typeof planReplacement>
): Promise<{
  outcome: Awaited<ReturnType<typeof writeOwnSheets>>;
  estimate: ReturnType<typeof estimateWrite>;
}> {
  const estimate = estimateWrite(sheets);
  const full = sheets.map((s) => expectedGrid(s));
  const moreBatches: Array<(written: Array<{ worksheet: Excel.Worksheet }>) => void> = [];
  sheets.forEach((sheet, i) => {
    for (const [from, to] of estimate.split[i].more) {
      moreBatches.push((written) => {
        const block = cellBlock(sheet, full[i], from, to);
        const target = written[i].worksheet.getRange(a1(from, 0, to - from, full[i].cols));
        target.numberFormat = block.formats;
        target.values = block.values;
      });
    }
  });
  const outcome = await writeOwnSheets(ctx, count, {
    sheets: sheets.map((p, i) => ({
      plan: p,
      name: plan.names[i],
      role: "summary",
      fiscalYear: years[i] || undefined,
    })),
    // The first batch carries the values of the rows that fit; the marks hash the whole sheet.
    write: (ws, s, i) => {
      const { rows, cols } = writeSheet(ws, withoutValuesFrom(s.plan, estimate.split[i].first));
      return { hash: hashGrid(full[i].values), rows, cols };
    },
    replace: plan.replace,
    keep: plan.keep,
    namesBefore: read.sheetNames,
    moreBatches,
    fingerprint: true,
    records: ownSheets,
  });
  return { outcome, estimate };
}

export async function summarizeIn(
  ctx: Excel.RequestContext,
  request: SummaryRequest,
  count: Count
): Promise<SummaryResult> {
  const base = emptySummaryResult("problems", 0);
  const { settings } = request;
  const read = await readForSummary(ctx, request.sheet, count);
  if ("problem" in read) return { ...base, problems: [read.problem] };

  // ---- in memory: find the table, assess every row, compose
  const { sheetName } = read;
  const finding = read.values
    ? findInputInGrid(read.values, sheetName, read.origin, read.formats)
    : null;
  if (!finding || finding.layout !== "wide" || !finding.rows?.length)
    return { ...base, problems: [noRows(sheetName)] };
  const warnings: Message[] = read.truncated ? [summarySheetTooLarge(sheetName)] : [];
  const { summary, skipped } = summarizeRows(finding.rows, settings);
  warnings.push(...summary.notes);
  const composed = composeSummary(summary, { digits: settings.digits });
  const limits = planLimitProblems(composed.sheets);
  const years = summary.years.map((y) => y.fiscalYear);
  const info = { skipped, agencies: summary.agencyCount, years };
  if (limits.length > 0) return { ...base, ...info, problems: limits, warnings };

  // ---- which earlier summary sheets go: the add-in's own of the same fiscal years (0: no year)
  const newYears = new Set(composed.sheets.map((_, i) => years[i] ?? 0));
  const earlier = read.own.filter((o) => newYears.has(o.rec.fiscalYear ?? 0));
  const plan = planReplacement(
    composed.sheets.map((s) => s.name),
    earlier,
    read.sheetNames
  );
  const { sheetsReplaced, sheetsKept } = plan;
  if (earlier.length > 0 && !request.confirmReplace)
    return { ...base, ...info, status: "confirm-replace", warnings, sheetsReplaced, sheetsKept };

  const { outcome, estimate } = await writeSummary(ctx, count, read, composed.sheets, years, plan);
  const size = { batches: estimate.batches, requestBytes: estimate.bytes };
  if (!outcome.ok)
    return {
      ...base,
      ...info,
      ...size,
      status: "failed",
      warnings,
      error: summaryWriteFailed(outcome.rolledBack, outcome.failure),
    };
  if (outcome.saveError) warnings.push(settingsNotSaved(outcome.saveError));
  return {
    ...base,
    ...info,
    ...size,
    status: "done",
    warnings,
    sheetsCreated: outcome.written.map((w) => w.worksheet.name),
    sheetsReplaced,
    sheetsKept,
  };
}

/** gateway.summarize: the run in Excel, its round trips counted; an error ends as "failed". */
export async function summarize(request: SummaryRequest): Promise<SummaryResult> {
  let syncs = 0;
  try {
    const result = await Excel.run((ctx) => summarizeIn(ctx, request, () => syncs++));
    return { ...result, syncs };
  } catch (e) {
    return { ...emptySummaryResult("failed", syncs), error: workbookFailedText(e) };
  }
}
