/**
 * The follow-up of the measures in Excel (docs/followup.md): "ติดตามผลมาตรการ" (track) and
 * "สร้างรายงานผลการดำเนินการ" (followup). Loaded with the composer chunk (./engine.ts). Each is one read
 * round trip and one write round trip, and writes through the own-sheet transaction (./transaction.ts)
 * like the report and the summary: new sheets marked pending then done, a failure rolled back (only this
 * run's sheets), the records kept across reopening.
 *
 * - track: reads the add-in's latest measures sheet (as the officer left it) or, without one, a measures
 *   table in the active sheet; and the earlier tracking sheet of the same year, if any. Writes the tracking
 *   sheet with every typed value carried over and the new measures appended. The earlier tracking sheet
 *   is replaced even when edited (its edits are in the new one), never kept twice.
 * - followup: reads the tracking sheet; every problem is named by its cell and nothing is written. Writes
 *   the follow-up report's sheets (its ReportDocument rendered as sheets); earlier follow-up sheets of the
 *   same year are replaced after the pane asks, edited ones kept under a new name.
 */
import type { Message } from "../core/types";
import {
  measuresFromGrid,
  mergeTrackRows,
  readTrackingGrid,
  trackingFromSheet,
  trackingSheetName,
  type TrackFieldKey,
} from "../core/trackingGrid";
import { composeFollowup } from "../report/followup";
import { trackingSheetPlan } from "../report/trackingSheet";
import { renderSheets } from "../report/sheet";
import { planLimitProblems } from "../report/limits";
import type { SheetPlan } from "../report/plan";
import type { FollowupRequest, FollowupResult, TrackRequest, TrackResult } from "./api";
import { planReplacement, type OwnState } from "./marks";
import { msg, settingsNotSaved, workbookFailedText } from "./messages";
import { ownStateOf, queueOwnSheet, type OwnSheetLoads } from "./ownSheets";
import { queueWindow, type WindowLoads } from "./readWindow";
import { ownSheets, rememberedResults as results, type OwnSheetRecord } from "./store";
import { writeOwnSheets, type Count } from "./transaction";
import { writeSheet } from "./writePlan";
import { writtenReport } from "./writtenReport";

/** A sheet's values within the read window, with its origin, after the sync. */
interface Grid {
  name: string;
  values: unknown[][];
  origin: { row: number; col: number };
}

function gridOf(ws: Excel.Worksheet, w: WindowLoads): Grid {
  return w.range.isNullObject
    ? { name: ws.name, values: [], origin: { row: 0, col: 0 } }
    : {
        name: ws.name,
        values: w.range.values as unknown[][],
        origin: { row: w.range.rowIndex, col: w.range.columnIndex },
      };
}

/** The latest record of a role (highest fiscal year), if any. */
function latest(records: OwnSheetRecord[], role: string): OwnSheetRecord | undefined {
  return records
    .filter((r) => r.role === role)
    .sort((a, b) => (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0))
    .pop();
}

// ---------------------------------------------------------------------------------------------------
// track

interface TrackRead {
  sheetNames: string[];
  measures: Grid | null;
  active: Grid;
  tracking: Array<{ own: OwnState; grid: Grid }>;
}

function queueTrackRead(
  ctx: Excel.RequestContext,
  measuresRec: OwnSheetRecord | undefined,
  trackingRecs: OwnSheetRecord[]
): () => TrackRead {
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/id,items/name");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  const activeW = queueWindow(active);
  let measures: { ws: Excel.Worksheet; w: WindowLoads } | null = null;
  if (measuresRec) {
    const ws = wb.names.getItem(measuresRec.key).getRange().worksheet;
    ws.load("name");
    measures = { ws, w: queueWindow(ws) };
  }
  const tracking = trackingRecs.map((rec) => {
    const loads: OwnSheetLoads = queueOwnSheet(wb, rec);
    return { loads, w: queueWindow(loads.ws) };
  });
  return () => ({
    sheetNames: sheets.items.map((s) => s.name),
    measures: measures ? gridOf(measures.ws, measures.w) : null,
    active: gridOf(active, activeW),
    tracking: tracking.map((t) => ({ own: ownStateOf(t.loads), grid: gridOf(t.loads.ws, t.w) })),
  });
}

function emptyTrack(status: TrackResult["status"]): TrackResult {
  return {
    status,
    problems: [],
    warnings: [],
    sheetsCreated: [],
    measures: 0,
    added: 0,
    kept: 0,
    syncs: 0,
  };
}

export async function trackIn(
  ctx: Excel.RequestContext,
  request: TrackRequest,
  count: Count
): Promise<TrackResult> {
  const records = ownSheets();
  const measuresRec = latest(records, "measures");
  // The measures are for the year after the analysis: the measures sheet's record holds that year.
  const readAll = queueTrackRead(
    ctx,
    measuresRec,
    records.filter((r) => r.role === "tracking")
  );
  count();
  await ctx.sync();
  const read = readAll();

  // ---- in memory: the measures, the year, the earlier tracking sheet of that year
  let source = read.measures;
  let measures = source ? measuresFromGrid(source.values, source.name, source.origin) : null;
  if (!measures) {
    source = read.active;
    measures = measuresFromGrid(source.values, source.name, source.origin);
  }
  const year =
    (measuresRec?.fiscalYear ? measuresRec.fiscalYear + 1 : undefined) ??
    (request.settings.fiscalYear ? request.settings.fiscalYear + 1 : undefined);
  if (!year)
    return {
      ...emptyTrack("problems"),
      problems: [
        msg(
          "tracking-year",
          "ไม่พบแผ่นงานมาตรการของ add-in และไม่ได้ระบุปีงบประมาณในแผงงาน: สร้างรายงานก่อน หรือระบุปีงบประมาณ",
          "No measures sheet of the add-in and no fiscal year in the pane: generate the report first, or give the fiscal year"
        ),
      ],
    };
  const name = trackingSheetName(year);
  const earlier = read.tracking.filter((t) => (t.own.rec.fiscalYear ?? 0) === year);
  const before = earlier[0] ? readTrackingGrid(earlier[0].grid.values, earlier[0].grid.name) : null;
  const merged = mergeTrackRows(before?.rows ?? null, measures ?? []);
  const typed: Partial<Record<TrackFieldKey, unknown>> = {};
  for (const [k, v] of Object.entries(before?.fields ?? {})) typed[k as TrackFieldKey] = v?.value;
  const last = results()[String(year - 1)];
  const plan = trackingSheetPlan(
    {
      measuresYear: year,
      round: 12,
      agency: request.settings.agency,
      ...(last
        ? { lastResult: { fiscalYear: year - 1, total: last.total, level: last.level } }
        : {}),
      typed,
    },
    merged.rows
  );
  const limits = planLimitProblems([plan]);
  if (limits.length) return { ...emptyTrack("problems"), problems: limits };

  // ---- write: the earlier tracking sheet of the year is replaced (its typed values carried over)
  const replace = earlier.map((t) => ({ ...t.own, edited: false }));
  const { names } = planReplacement([name], replace, read.sheetNames);
  const outcome = await writeOwnSheets(ctx, count, {
    sheets: [{ plan, name: names[0], role: "tracking", fiscalYear: year }],
    write: (ws, s) => writeSheet(ws, s.plan),
    replace,
    namesBefore: read.sheetNames,
    fingerprint: false,
    records: ownSheets,
  });
  if (!outcome.ok)
    return {
      ...emptyTrack("failed"),
      error: `${outcome.rolledBack ? "" : "(rollback failed) "}${workbookFailedText(outcome.failure)}`,
    };
  const warnings: Message[] = [];
  if (outcome.saveError) warnings.push(settingsNotSaved(outcome.saveError));
  if (!measures)
    warnings.push(
      msg(
        "tracking-no-measures",
        'ไม่พบตารางมาตรการ (หัวตาราง "มาตรการ"): สร้างตารางติดตามว่างไว้ให้กรอก',
        'No measures table (a header "มาตรการ") was found: the tracking table is empty, to fill in'
      )
    );
  return {
    status: "done",
    problems: [],
    warnings,
    sheetsCreated: outcome.written.map((w) => w.worksheet.name),
    measures: merged.rows.length,
    added: merged.added,
    kept: merged.kept,
    syncs: 0,
  };
}

// ---------------------------------------------------------------------------------------------------
// followup

interface FollowupRead {
  sheetNames: string[];
  tracking: Grid | null;
  own: OwnState[];
}

export async function followupIn(
  ctx: Excel.RequestContext,
  request: FollowupRequest,
  count: Count
): Promise<FollowupResult> {
  const base: FollowupResult = {
    status: "problems",
    problems: [],
    warnings: [],
    sheetsCreated: [],
    syncs: 0,
  };
  const records = ownSheets();
  const trackingRec = latest(records, "tracking");
  if (!trackingRec)
    return {
      ...base,
      problems: [
        msg(
          "tracking-missing",
          'ยังไม่มีแผ่นงานติดตามมาตรการ: กด "ติดตามผลมาตรการ" แล้วกรอกผลการดำเนินการก่อน',
          'There is no tracking sheet yet: click "Track the measures" and fill it in first'
        ),
      ],
    };
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/id,items/name");
  const ws = wb.names.getItem(trackingRec.key).getRange().worksheet;
  ws.load("name");
  const w = queueWindow(ws);
  const ownLoads = records
    .filter(
      (r) =>
        (r.role === "followup" || r.role === "followupResults") &&
        r.fiscalYear === trackingRec.fiscalYear
    )
    .map((rec) => queueOwnSheet(wb, rec));
  count();
  await ctx.sync();
  const read: FollowupRead = {
    sheetNames: sheets.items.map((s) => s.name),
    tracking: gridOf(ws, w),
    own: ownLoads.map(ownStateOf),
  };
  const grid = read.tracking!;
  const parsed = trackingFromSheet(
    readTrackingGrid(grid.values, grid.name, grid.origin),
    grid.name
  );
  if (!parsed.data || parsed.problems.length)
    return { ...base, problems: parsed.problems, warnings: parsed.warnings };
  const data = parsed.data;
  // The results the add-in computed in this workbook: last year's indicators, and this year's if known.
  const known = results();
  const lastKnown = known[String(data.measuresYear - 1)];
  if (lastKnown?.indicators) {
    data.lastResult = {
      fiscalYear: data.measuresYear - 1,
      total: data.lastResult?.total ?? lastKnown.total,
      level: data.lastResult?.level ?? lastKnown.level,
      indicators: lastKnown.indicators,
    };
  }
  const newer = known[String(data.measuresYear)];
  if (newer) data.newResult = { ...newer, fiscalYear: data.measuresYear };
  const doc = composeFollowup(data, { digits: request.settings.digits });
  const composed: SheetPlan[] = renderSheets(doc).sheets;
  const limits = planLimitProblems(composed);
  if (limits.length) return { ...base, problems: limits, warnings: parsed.warnings };

  const plan = planReplacement(
    composed.map((s) => s.name),
    read.own,
    read.sheetNames
  );
  const { sheetsReplaced, sheetsKept } = plan;
  if (read.own.length && !request.confirmReplace)
    return {
      ...base,
      status: "confirm-replace",
      warnings: parsed.warnings,
      sheetsReplaced,
      sheetsKept,
    };
  const outcome = await writeOwnSheets(ctx, count, {
    sheets: composed.map((p, i) => ({
      plan: p,
      name: plan.names[i],
      role: p.role,
      fiscalYear: data.measuresYear,
    })),
    write: (target, s) => writeSheet(target, s.plan),
    replace: plan.replace,
    keep: plan.keep,
    namesBefore: read.sheetNames,
    fingerprint: true,
    records: ownSheets,
  });
  if (!outcome.ok)
    return {
      ...base,
      status: "failed",
      warnings: parsed.warnings,
      error: `${outcome.rolledBack ? "" : "(rollback failed) "}${workbookFailedText(outcome.failure)}`,
    };
  const warnings = [...parsed.warnings];
  if (outcome.saveError) warnings.push(settingsNotSaved(outcome.saveError));
  return {
    ...base,
    status: "done",
    warnings,
    sheetsCreated: outcome.written.map((x) => x.worksheet.name),
    sheetsReplaced,
    sheetsKept,
    measures: data.measures.length,
    report: writtenReport(doc, composed, plan.names),
  };
}

/** gateway.track: the run in Excel, its round trips counted; an error ends as "failed". */
export async function track(request: TrackRequest): Promise<TrackResult> {
  let syncs = 0;
  try {
    const r = await Excel.run((ctx) => trackIn(ctx, request, () => syncs++));
    return { ...r, syncs };
  } catch (e) {
    return { ...emptyTrack("failed"), syncs, error: workbookFailedText(e) };
  }
}

/** gateway.followup: the run in Excel, its round trips counted; an error ends as "failed". */
export async function followup(request: FollowupRequest): Promise<FollowupResult> {
  let syncs = 0;
  try {
    const r = await Excel.run((ctx) => followupIn(ctx, request, () => syncs++));
    return { ...r, syncs };
  } catch (e) {
    return {
      status: "failed",
      problems: [],
      warnings: [],
      sheetsCreated: [],
      syncs,
      error: workbookFailedText(e),
    };
  }
}
