/**
 * "สรุปภาพรวมหลายหน่วยงาน" in Excel: on a sheet with a row per agency (the grid reader's wide layout),
 * every row is assessed and the summary sheet (src/report/summary.ts) written — one read round trip and
 * one write round trip whatever the row count. Loaded with the composer chunk (src/excel/engine.ts).
 *
 * - Read (one sync): the sheet's values and number formats within the read window (READ_LIMITS in
 *   src/core/grid.ts: 2,000 rows x 50 columns, the same bound as generate; a larger sheet is summarised
 *   within it and the user is told, `sheet-too-large`), the sheet list, the add-in's defined names and its
 *   earlier summary sheets (values, formats, charts: to tell an untouched one from an edited one).
 * - In memory: every row assessed (`assessRaw`); a row with problems is skipped and listed with them (on
 *   the sheet and in the pane), never fatal; the summary composed.
 * - Write (one sync): the summary sheets, marked as the add-in's (hidden `_ITA.s.<run>.<n>` names, as the
 *   report's), earlier unedited summary sheets of the same fiscal year replaced (after the pane asks),
 *   edited ones kept under "… (แก้ไข)", a user's sheet of the same name never touched. Excel on the web
 *   limits a request to 5 MB: the request's size is estimated from the values and number formats it
 *   carries (measured against Microsoft's Office.js client in bench/summary.bench.ts) and, only when it
 *   would pass REQUEST_BUDGET, the cell values are written in further batches of rows (one sync each).
 * - A failed write is rolled back like the report's: only this run's sheets are removed, renamed sheets
 *   get their names back.
 */
import type { Message } from "../core/types";
import { READ_LIMITS } from "../core/grid";
import { SummaryAccumulator } from "../core/summary";
import { assessRaw, findInputInGrid } from "../core";
import { composeSummary, planLimitProblems } from "../report";
import type { SheetPlan } from "../report/plan";
import type { SummaryRequest, SummaryResult } from "./api";
import { a1 } from "./address";
import {
  markSheet,
  nameNewAndKept,
  ownStateOf,
  queueOwnSheet,
  workbookFailedText,
  type OwnState,
  queueReadBack,
  rollback,
  runToken,
  sheetOfReference,
} from "./gateway";
import { expectedGrid, hashFormats, hashGrid, needsTextFormat } from "./fingerprint";
import { writePlan } from "./writePlan";
import {
  SHEETS_KEY,
  SHEET_NAME_PREFIX,
  nameComment,
  ownSheets,
  saveSettingsAsync,
  writeJson,
  type OwnSheetRecord,
} from "./store";

/**
 * Most bytes one write request may carry before the values are split into batches: 90 % of Excel on the
 * web's 5 MB, leaving room for the estimate's error (bench/summary.bench.ts prints estimate and real size).
 */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
export const REQUEST_BUDGET = Math.floor(REQUEST_LIMIT * 0.9);
/** The budget the write uses (tests lower it to exercise the split on a small sheet). */
export const writeBudget = { bytes: REQUEST_BUDGET };
/** What each queued operation other than the value blocks adds to a request (measured: 300-600 bytes). */
const BYTES_PER_OP = 600;

const READ_WINDOW = a1(0, 0, READ_LIMITS.rows, READ_LIMITS.cols);

function msg(code: string, th: string, en: string, cell?: string): Message {
  return cell === undefined ? { code, th, en } : { code, th, en, cell };
}

function utf8(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** The values and number formats the writer sends for rows [from, to) of a sheet (as writeSheet does). */
function cellBlock(
  sheet: SheetPlan,
  grid: ReturnType<typeof expectedGrid>,
  from: number,
  to: number
): { values: (string | number)[][]; formats: string[][] } {
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  for (let r = from; r < to; r++) {
    const cells = sheet.rows[r]?.cells ?? [];
    const nf: string[] = [];
    for (let c = 0; c < grid.cols; c++) {
      const v = cells[c]?.value;
      nf.push(
        typeof v === "string"
          ? needsTextFormat(v)
            ? "@"
            : "General"
          : typeof v === "number"
            ? (cells[c]?.style?.numFmt ?? "General")
            : "General"
      );
    }
    formats.push(nf);
    values.push(grid.values[r]);
  }
  return { values, formats };
}

/** Bytes of each row's values and number formats in a request (JSON, UTF-8). */
function rowBytes(sheet: SheetPlan): number[] {
  const grid = expectedGrid(sheet);
  const { values, formats } = cellBlock(sheet, grid, 0, grid.rows);
  return values.map((v, r) => utf8(JSON.stringify(v)) + utf8(JSON.stringify(formats[r])));
}

export interface WritePlanEstimate {
  /** Estimated bytes of the whole write in one request. */
  bytes: number;
  /** Write requests (syncs) it takes: 1 unless the estimate passes REQUEST_BUDGET. */
  batches: number;
  /** Per sheet: the rows whose values go in the first batch, then each further batch's [from, to). */
  split: Array<{ first: number; more: Array<[number, number]> }>;
}

/**
 * The write request's estimated size and, when it passes `budget`, how the cell values are split: the
 * first batch carries everything else (new sheets, formats, merges, chart, page setup) and the values of
 * as many leading rows as fit; further batches carry the values of the remaining rows.
 */
export function estimateWrite(sheets: SheetPlan[], budget = writeBudget.bytes): WritePlanEstimate {
  const perRow = sheets.map(rowBytes);
  const ops = sheets.reduce(
    (t, s) => t + 60 + s.merges.length + (s.pageBreaks?.length ?? 0) + s.charts.length * 10,
    0
  );
  const fixed = ops * BYTES_PER_OP;
  const bytes = fixed + perRow.flat().reduce((t, b) => t + b, 0);
  if (bytes <= budget) {
    return { bytes, batches: 1, split: perRow.map((rows) => ({ first: rows.length, more: [] })) };
  }
  let room = budget - fixed;
  let batches = 1;
  const split = perRow.map((rows) => {
    let first = 0;
    while (first < rows.length && rows[first] <= room) room -= rows[first++];
    const more: Array<[number, number]> = [];
    let at = first;
    while (at < rows.length) {
      let size = BYTES_PER_OP * 2;
      let end = at;
      while (end < rows.length && (end === at || size + rows[end] <= budget)) size += rows[end++];
      more.push([at, end]);
      at = end;
      batches++;
    }
    return { first, more };
  });
  return { bytes, batches, split };
}

/** A copy of a sheet plan whose cells from row `first` on carry no value (their styles kept). */
function withoutValuesFrom(sheet: SheetPlan, first: number): SheetPlan {
  if (first >= sheet.rows.length) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.map((row, r) =>
      r < first ? row : { ...row, cells: row.cells.map((c) => ({ ...c, value: null })) }
    ),
  };
}

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

export async function summarizeIn(
  ctx: Excel.RequestContext,
  request: SummaryRequest,
  count: () => void
): Promise<SummaryResult> {
  const base = emptySummaryResult("problems", 0);
  const { settings } = request;
  let records = ownSheets().filter((r) => r.role === "summary");
  const wb = ctx.workbook;
  const sheets = wb.worksheets;

  // ---- the read batch: the input sheet within the window, the sheet list, and the add-in's earlier
  // summary sheets through their defined names (remembered in the document settings, so no sync is
  // needed to find them).
  const queue = (): (() => {
    own: OwnState[];
    ws: Excel.Worksheet;
    range: Excel.Range;
    full: Excel.Range;
  }) => {
    sheets.load("items/id,items/name");
    const ws = sheets.getItem(request.sheet);
    ws.load("name,id");
    const range = ws.getRange(READ_WINDOW).getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    const full = ws.getUsedRangeOrNullObject(true);
    full.load("rowIndex,columnIndex,rowCount,columnCount");
    const ownLoads = records.map((rec) => queueOwnSheet(wb, rec));
    return () => ({
      ws,
      range,
      full,
      own: ownLoads.map(ownStateOf),
    });
  };
  let syncs = 0;
  let extract = queue();
  try {
    count();
    syncs++;
    await ctx.sync();
  } catch (e) {
    // Off the normal path: the sheet or a remembered summary sheet is gone. Find which, forget the
    // dead records, read again.
    const names = wb.names;
    names.load("items/name,items/value");
    sheets.load("items/id,items/name");
    count();
    syncs++;
    await ctx.sync();
    if (!sheets.items.some((x) => x.name.toLowerCase() === request.sheet.toLowerCase())) {
      return {
        ...base,
        syncs,
        problems: [
          msg(
            "no-sheet",
            `ไม่พบแผ่นงาน “${request.sheet}”`,
            `Sheet "${request.sheet}" was not found.`
          ),
        ],
      };
    }
    const live = new Set(
      names.items.filter((n) => sheetOfReference(n.value) !== null).map((n) => n.name)
    );
    if (records.every((r) => live.has(r.key))) throw e;
    records = records.filter((r) => live.has(r.key));
    const dead = new Set(
      ownSheets()
        .filter((r) => r.role === "summary" && !live.has(r.key))
        .map((r) => r.key)
    );
    writeJson(
      SHEETS_KEY,
      ownSheets().filter((r) => !dead.has(r.key))
    );
    extract = queue();
    count();
    syncs++;
    await ctx.sync();
  }
  const { ws, range, full, own } = extract();

  // ---- in memory: find the table, assess every row, compose
  const sheetName = ws.name;
  const truncated =
    !full.isNullObject &&
    (full.rowIndex + full.rowCount > READ_LIMITS.rows ||
      full.columnIndex + full.columnCount > READ_LIMITS.cols);
  const finding = range.isNullObject
    ? null
    : findInputInGrid(
        range.values as unknown[][],
        sheetName,
        { row: range.rowIndex, col: range.columnIndex },
        range.numberFormat as unknown[][]
      );
  if (!finding || finding.layout !== "wide" || !finding.rows?.length) {
    return {
      ...base,
      syncs,
      problems: [
        msg(
          "summary-no-rows",
          `แผ่นงาน “${sheetName}” ไม่มีตารางที่มีหนึ่งแถวต่อหนึ่งหน่วยงาน (แถวหัวตารางที่มีตัวชี้วัดอย่างน้อย ๕ ตัว แล้วหนึ่งแถวต่อหน่วยงาน) จึงสรุปภาพรวมไม่ได้`,
          `Sheet "${sheetName}" holds no table with a row per agency (a header row naming at least five indicators, then a row per agency), so there is nothing to summarise.`,
          `${sheetName}!A1`
        ),
      ],
    };
  }
  const warnings: Message[] = [];
  if (truncated) {
    warnings.push(
      msg(
        "sheet-too-large",
        `แผ่นงาน “${sheetName}” ใหญ่เกินกว่าที่อ่านได้ในครั้งเดียว (Excel บนเว็บรับส่งข้อมูลได้ไม่เกิน 5 MB ต่อครั้ง) จึงสรุปเฉพาะ ${READ_LIMITS.rows.toLocaleString("en-US")} แถวแรกและ ${READ_LIMITS.cols} คอลัมน์แรก (${READ_WINDOW}): สำหรับข้อมูลที่ใหญ่กว่านี้ใช้บรรทัดคำสั่ง (npm run cli -- generate)`,
        `Sheet "${sheetName}" is too large to read at once (Excel on the web answers at most 5 MB per request), so only its first ${READ_LIMITS.rows.toLocaleString("en-US")} rows and ${READ_LIMITS.cols} columns (${READ_WINDOW}) were summarised: for more, use the command line (npm run cli -- generate).`,
        `${sheetName}!A1`
      )
    );
  }
  const acc = new SummaryAccumulator({ threshold: settings.threshold });
  const skipped: SummaryResult["skipped"] = [];
  for (const row of finding.rows) {
    const raw = settings.fiscalYear
      ? { ...row.raw, fiscalYear: { value: settings.fiscalYear } }
      : row.raw;
    const name = row.agency.name || row.label;
    const res = assessRaw(raw, { threshold: settings.threshold });
    if (!res.assessment || res.problems.length > 0) {
      acc.skip(name, res.problems, row.row);
      skipped.push({ name, row: row.row, problems: res.problems });
    } else {
      acc.add(
        name,
        res.assessment,
        row.row,
        row.agency.province ? { province: row.agency.province } : {}
      );
    }
  }
  const summary = acc.finalize();
  warnings.push(...summary.notes);
  const plan = composeSummary(summary, { digits: settings.digits });
  const limits = planLimitProblems(plan.sheets);
  const years = summary.years.map((y) => y.fiscalYear);
  const info = { skipped, agencies: summary.agencyCount, years };
  if (limits.length > 0) return { ...base, ...info, syncs, problems: limits, warnings };

  // ---- which earlier summary sheets go: the add-in's own of the same fiscal years (0: no year)
  const yearOf = (i: number): number => years[i] ?? 0;
  const newYears = new Set(plan.sheets.map((_, i) => yearOf(i)));
  const earlier = own.filter((o) => newYears.has(o.rec.fiscalYear ?? 0));
  const toReplace = earlier.filter((o) => !o.edited);
  const toKeep = earlier.filter((o) => o.edited);
  const leaving = new Set(
    earlier.filter((o) => !o.edited || o.name === o.rec.name).map((o) => o.name.toLowerCase())
  );
  const taken = new Set(
    sheets.items.map((s) => s.name.toLowerCase()).filter((n) => !leaving.has(n))
  );
  const {
    names: sheetNames,
    kept,
    sheetsKept,
  } = nameNewAndKept(
    plan.sheets.map((s) => s.name),
    taken,
    toKeep
  );
  if (earlier.length > 0 && !request.confirmReplace) {
    return {
      ...base,
      ...info,
      status: "confirm-replace",
      warnings,
      syncs,
      sheetsReplaced: toReplace.map((o) => o.name),
      sheetsKept,
    };
  }

  // ---- the write: one batch, or more only past the request budget
  const estimate = estimateWrite(plan.sheets);
  const token = runToken();
  toReplace.forEach((o, i) => {
    sheets.getItem(o.id).name = `~ita-old-${i}-${token}`;
  });
  for (const k of kept) if (k.to !== k.own.name) sheets.getItem(k.own.id).name = k.to;
  const full2 = plan.sheets.map((s) => expectedGrid(s));
  const skeletons = plan.sheets.map((s, i) => withoutValuesFrom(s, estimate.split[i].first));
  const marks: Array<{ key: string; item: Excel.NamedItem }> = [];
  const written = writePlan(ctx, skeletons, sheetNames, (w, i, size) => {
    const key = `${SHEET_NAME_PREFIX}${token}.${i}`;
    marks.push({
      key,
      item: markSheet(ctx, key, w, size.rows, size.cols, {
        role: "summary",
        fiscalYear: yearOf(i) || undefined,
        hash: "",
        rows: size.rows,
        cols: size.cols,
        state: "pending",
      }),
    });
  });
  const finish = (): ReturnType<typeof queueReadBack>[] => {
    for (const o of toReplace) {
      wb.names.getItem(o.rec.key).delete();
      sheets.getItem(o.id).delete();
    }
    for (const k of kept) wb.names.getItem(k.own.rec.key).delete();
    if (written.length > 0) {
      written[0].worksheet.activate();
      written[0].worksheet.getRange("A1").select();
    }
    const readBack = written.map(queueReadBack);
    written.forEach((w, i) => {
      marks[i].item.comment = nameComment({
        role: "summary",
        fiscalYear: yearOf(i) || undefined,
        hash: hashGrid(full2[i].values),
        rows: w.rows,
        cols: w.cols,
        state: "done",
      });
    });
    return readBack;
  };
  const batches: Array<() => void> = [];
  plan.sheets.forEach((sheet, i) => {
    for (const [from, to] of estimate.split[i].more) {
      batches.push(() => {
        const block = cellBlock(sheet, full2[i], from, to);
        const target = written[i].worksheet.getRange(a1(from, 0, to - from, full2[i].cols));
        target.numberFormat = block.formats;
        target.values = block.values;
      });
    }
  });
  let readBack: ReturnType<typeof queueReadBack>[] = [];
  if (batches.length === 0) readBack = finish();
  let failure: unknown = null;
  try {
    count();
    syncs++;
    await ctx.sync();
    for (let b = 0; b < batches.length; b++) {
      batches[b]();
      if (b === batches.length - 1) readBack = finish();
      count();
      syncs++;
      await ctx.sync();
    }
  } catch (e) {
    failure = e ?? new Error("sync failed");
  }
  if (failure) {
    const rolledBack = await rollback(
      ctx,
      () => {
        count();
        syncs++;
      },
      token,
      new Set(sheets.items.map((s) => s.name.toLowerCase())),
      sheetNames,
      [
        ...toReplace.map((o) => ({ id: o.id, name: o.name })),
        ...kept.map((k) => ({ id: k.own.id, name: k.own.name })),
      ]
    );
    return {
      ...base,
      ...info,
      status: "failed",
      warnings,
      syncs,
      batches: estimate.batches,
      requestBytes: estimate.bytes,
      error:
        `การเขียนแผ่นงานสรุปล้มเหลว จึงลบแผ่นงานที่สร้างในครั้งนี้${rolledBack ? "แล้ว" : "ไม่สำเร็จ (แผ่นงานที่ค้างอยู่จะถูกลบในครั้งถัดไป)"} / ` +
        `Writing the summary failed; ${rolledBack ? "the sheets this run created were removed" : "removing the sheets this run created failed too"}: ${failure instanceof Error ? failure.message : String(failure)}`,
    };
  }

  // ---- remember the add-in's own sheets
  const gone = new Set(earlier.map((o) => o.rec.key));
  const left = ownSheets().filter((r) => !gone.has(r.key));
  const added: OwnSheetRecord[] = written.map((w, i) => ({
    key: marks[i].key,
    name: w.worksheet.name,
    role: "summary",
    ...(yearOf(i) ? { fiscalYear: yearOf(i) } : {}),
    hash: hashGrid(full2[i].values),
    rows: w.rows,
    cols: w.cols,
    fmt: hashFormats(readBack[i].props.value),
    charts: readBack[i].charts.items.length,
  }));
  writeJson(SHEETS_KEY, [...left, ...added]);
  try {
    await saveSettingsAsync();
  } catch (e) {
    warnings.push(
      msg(
        "settings-not-saved",
        `บันทึกข้อมูลของ Add-in ลงในเอกสารไม่สำเร็จ: ${e instanceof Error ? e.message : String(e)}`,
        `Could not save the add-in's data in the document: ${e instanceof Error ? e.message : String(e)}`
      )
    );
  }
  return {
    ...base,
    ...info,
    status: "done",
    warnings,
    syncs,
    batches: estimate.batches,
    requestBytes: estimate.bytes,
    sheetsCreated: written.map((w) => w.worksheet.name),
    sheetsReplaced: toReplace.map((o) => o.name),
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
