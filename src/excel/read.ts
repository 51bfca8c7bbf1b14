/**
 * The read round trip of a generation: every load queued, ONE sync — the sheet list, the add-in's defined
 * names, the input candidates (template sheet / active sheet / last input sheet, or the selection, or a
 * picked sheet: values and number formats within the read window), the phrase sheet, the add-in's earlier
 * sheets (to detect edits) and its earlier highlights. Then, off the normal path only, the recovery: a
 * remembered sheet or the picked one is gone (one probe sync, forget it, read again), or a report written
 * while the settings could not be saved is found (adopt it, read again).
 */
import type { GenerateRequest } from "./api";
import { READ_WINDOW, beyondWindow, queueWindow } from "./readWindow";
import {
  markedSheets,
  recordsToAdopt,
  sheetOfReference,
  type MarkedSheet,
  type OwnState,
} from "./marks";
import { queueOwnSheet, ownStateOf } from "./ownSheets";
import { oldHighlightsOf, queueHighlights, type OldHighlights } from "./highlights";
import { noSheet } from "./messages";
import {
  HIGHLIGHTS_KEY,
  INPUT_NAME,
  LAST_INPUT_KEY,
  SHEETS_KEY,
  highlights as readHighlights,
  lastInput as readLastInput,
  ownSheets,
  writeJson,
  type HighlightRecord,
  type LastInput,
  type OwnSheetRecord,
} from "./store";
import type { Message } from "../core/types";
import type { Count } from "./transaction";

/** The roles of the report's sheets (replaced on regenerating); the others are the template and phrases. */
export const REPORT_ROLES: string[] = ["analysis", "measures", "scores"];

export type GridKind = "template" | "active" | "last" | "selection" | "row";

/** One input candidate, as read. */
export interface ReadGrid {
  kind: GridKind;
  sheet: string;
  sheetId: string;
  values: unknown[][];
  formats?: unknown[][];
  origin: { row: number; col: number };
  /** The sheet's (or selection's) used part is larger than the window read. */
  truncated: boolean;
  protectedSheet: boolean;
}

/** Everything a generation decides from, in plain data. */
export interface ReadData {
  sheetIds: Set<string>;
  sheetNames: string[];
  idByName: Map<string, string>;
  grids: ReadGrid[];
  phrases: unknown[][] | null;
  own: OwnState[];
  /** Ids of the add-in's other own sheets (template, phrases). */
  ownOtherIds: string[];
  /** The add-in's earlier highlights found now. */
  oldHighlights: OldHighlights;
  /** Every defined name of the add-in in the workbook. */
  marked: MarkedSheet[];
  inputNameExists: boolean;
  /** The records the read was made with (after recovery). */
  records: OwnSheetRecord[];
}

interface GridLoad {
  kind: GridKind;
  ws: Excel.Worksheet;
  range: Excel.Range;
  full: Excel.Range;
}

/** The input candidates of the request's source. */
function queueGrids(
  ctx: Excel.RequestContext,
  request: GenerateRequest,
  records: OwnSheetRecord[],
  lastInput: LastInput | null
): GridLoad[] {
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  const sheetOfName = (key: string): Excel.Worksheet => wb.names.getItem(key).getRange().worksheet;
  const loads: GridLoad[] = [];
  const addUsed = (kind: GridKind, ws: Excel.Worksheet): void => {
    ws.load("name,id");
    ws.protection.load("protected");
    // Within the window only (Excel on the web: 5 MB per response); the full size says if it was cut.
    loads.push({ kind, ws, ...queueWindow(ws) });
  };
  const src = request.source;
  if (src.kind === "auto") {
    const tpl = [...records].reverse().find((r) => r.role === "template");
    if (tpl) addUsed("template", sheetOfName(tpl.key));
    addUsed("active", sheets.getActiveWorksheet());
    if (lastInput) addUsed("last", sheetOfName(lastInput.key));
  } else if (src.kind === "selection") {
    // The selection is always on the active sheet. Only its part inside the window is read, so that
    // selecting whole columns does not load a million empty rows.
    const ws = sheets.getActiveWorksheet();
    ws.load("name,id");
    ws.protection.load("protected");
    const selected = wb.getSelectedRange();
    const sel = selected.getIntersectionOrNullObject(ws.getRange(READ_WINDOW));
    sel.load("values,numberFormat,rowIndex,columnIndex");
    const full = selected.getUsedRangeOrNullObject(true);
    full.load("rowIndex,columnIndex,rowCount,columnCount");
    loads.push({ kind: "selection", ws, range: sel, full });
  } else {
    addUsed("row", sheets.getItem(src.sheet));
  }
  return loads;
}

/** After the sync: the candidates as plain data (an empty one is left out unless it was cut). */
function gridsOf(loads: GridLoad[]): ReadGrid[] {
  const grids: ReadGrid[] = [];
  for (const g of loads) {
    const truncated = beyondWindow(g.full);
    const base = {
      kind: g.kind,
      sheet: g.ws.name,
      sheetId: g.ws.id,
      truncated,
      protectedSheet: g.ws.protection.protected,
    };
    if (g.range.isNullObject) {
      if (truncated) grids.push({ ...base, values: [], origin: { row: 0, col: 0 } });
      continue;
    }
    grids.push({
      ...base,
      values: g.range.values as unknown[][],
      formats: g.range.numberFormat as unknown[][],
      origin: { row: g.range.rowIndex, col: g.range.columnIndex },
    });
  }
  return grids;
}

/** Queues every read a generation needs; returns a function that turns the loads into plain data. */
function queueReads(
  ctx: Excel.RequestContext,
  request: GenerateRequest,
  records: OwnSheetRecord[],
  hl: HighlightRecord[],
  lastInput: LastInput | null
): () => ReadData {
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/id,items/name");
  const names = wb.names;
  names.load("items/name,items/value,items/comment");
  const sheetOfName = (key: string): Excel.Worksheet => names.getItem(key).getRange().worksheet;
  const gridLoads = queueGrids(ctx, request, records, lastInput);
  const phraseRec = [...records].reverse().find((r) => r.role === "phrases");
  const phraseLoads = phraseRec ? [sheetOfName(phraseRec.key).getUsedRangeOrNullObject(true)] : [];
  for (const r of phraseLoads) r.load("values");
  const otherLoads = records
    .filter((r) => !REPORT_ROLES.includes(r.role))
    .map((rec) => {
      const ws = sheetOfName(rec.key);
      ws.load("id");
      return ws;
    });
  const ownLoads = records
    .filter((r) => REPORT_ROLES.includes(r.role))
    .map((rec) => queueOwnSheet(wb, rec));
  const cfLoads = hl.map((h) => {
    const ws = sheetOfName(h.key);
    ws.load("id");
    return queueHighlights(ws, h);
  });

  return () => ({
    sheetIds: new Set(sheets.items.map((s) => s.id)),
    sheetNames: sheets.items.map((s) => s.name),
    idByName: new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.id])),
    grids: gridsOf(gridLoads),
    phrases:
      phraseLoads.filter((r) => !r.isNullObject).map((r) => r.values as unknown[][])[0] ?? null,
    own: ownLoads.map(ownStateOf),
    ownOtherIds: otherLoads.map((ws) => ws.id),
    oldHighlights: oldHighlightsOf(cfLoads),
    marked: markedSheets(names.items),
    inputNameExists: names.items.some((n) => n.name === INPUT_NAME),
    records,
  });
}

/**
 * Probe after a failed read: the sheet names, and the defined names that still point at a sheet.
 * One sync.
 */
export async function probeNames(
  ctx: Excel.RequestContext,
  count: Count
): Promise<{ sheets: Set<string>; live: Set<string> }> {
  const all = ctx.workbook.worksheets;
  all.load("items/name");
  const names = ctx.workbook.names;
  names.load("items/name,items/value");
  count();
  await ctx.sync();
  return {
    sheets: new Set(all.items.map((s) => s.name.toLowerCase())),
    live: new Set(names.items.filter((n) => sheetOfReference(n.value) !== null).map((n) => n.name)),
  };
}

/** The read of a generation, recovered when something remembered is gone; or the problem that ends it. */
export async function readForGenerate(
  ctx: Excel.RequestContext,
  request: GenerateRequest,
  count: Count
): Promise<{ data: ReadData } | { problem: Message }> {
  let records = ownSheets();
  let hl = readHighlights();
  let last = readLastInput();
  let extract = queueReads(ctx, request, records, hl, last);
  try {
    count();
    await ctx.sync();
  } catch (e) {
    if (records.length === 0 && hl.length === 0 && !last && request.source.kind !== "row") throw e;
    // Something remembered (a sheet's name, the input sheet) or the picked sheet is gone: find what,
    // forget it, read again.
    const { sheets, live } = await probeNames(ctx, count);
    if (request.source.kind === "row" && !sheets.has(request.source.sheet.toLowerCase()))
      return { problem: noSheet(request.source.sheet) };
    records = records.filter((r) => live.has(r.key));
    hl = hl.filter((h) => live.has(h.key));
    writeJson(SHEETS_KEY, records);
    writeJson(HIGHLIGHTS_KEY, hl);
    if (last && !live.has(last.key)) {
      last = null;
      writeJson(LAST_INPUT_KEY, null);
    }
    extract = queueReads(ctx, request, records, hl, last);
    count();
    await ctx.sync();
  }
  const data = extract();
  // Reports the add-in finished writing but could not list in the settings (saving them failed): adopt
  // them from their names and read again, so that they are judged like the others.
  const adopt = recordsToAdopt(data.marked, records);
  if (adopt.length === 0) return { data };
  extract = queueReads(ctx, request, [...records, ...adopt], hl, last);
  count();
  await ctx.sync();
  return { data: extract() };
}
