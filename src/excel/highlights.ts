/**
 * The below-threshold highlights on the user's score cells: `CellValue` conditional formats ("less than
 * the threshold", light red), live when scores change, never the user's own formats. Recognised by what
 * survives a reopen — the remembered range and the rule — not by ConditionalFormat.id (session-bound).
 */
import type { Assessment } from "../core/types";
import { a1, parseLocal, splitAddress, type Rect } from "./address";
import { HIGHLIGHT_FILL, HIGHLIGHT_FONT } from "./fingerprint";
import { sheetOfReference } from "./marks";
import {
  HIGHLIGHTS_KEY,
  highlights as readHighlights,
  refreshSettingsAsync,
  saveSettingsAsync,
  writeJson,
  type HighlightRecord,
} from "./store";

const CF_LOAD = "items/id,items/type,items/cellValueOrNullObject/rule";

/** Is this loaded conditional format the add-in's highlight (a CellValue "less than threshold")? */
function isOurHighlight(cf: Excel.ConditionalFormat, threshold: number): boolean {
  if (cf.type !== "CellValue") return false;
  const cv = cf.cellValueOrNullObject;
  if (cv.isNullObject) return false;
  const rule = cv.rule as { formula1?: unknown; operator?: unknown } | null;
  return (
    !!rule &&
    rule.operator === "LessThan" &&
    String(rule.formula1).replace(/^=/, "") === String(threshold)
  );
}

/** Groups single-cell addresses of one sheet into vertical (else horizontal) runs, as local addresses. */
export function groupCells(cells: Rect[]): string[] {
  const left = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  const singles: Rect[] = [];
  let i = 0;
  while (i < left.length) {
    let j = i + 1;
    while (j < left.length && left[j].col === left[i].col && left[j].row === left[j - 1].row + 1)
      j++;
    if (j - i > 1) out.push(a1(left[i].row, left[i].col, j - i, 1));
    else singles.push(left[i]);
    i = j;
  }
  singles.sort((a, b) => a.row - b.row || a.col - b.col);
  i = 0;
  while (i < singles.length) {
    let j = i + 1;
    while (
      j < singles.length &&
      singles[j].row === singles[i].row &&
      singles[j].col === singles[j - 1].col + 1
    )
      j++;
    out.push(a1(singles[i].row, singles[i].col, 1, j - i));
    i = j;
  }
  return out;
}

/** Score cells of the input sheet (indicators, main and sub) as 0-based cells. */
export function scoreCells(assessment: Assessment, sheet: string): Rect[] {
  const out: Rect[] = [];
  for (const [id, address] of Object.entries(assessment.cells ?? {})) {
    if (!/^\d+(\.\d+)?$/.test(id) || typeof address !== "string") continue;
    const sp = splitAddress(address);
    if (sp.sheet !== undefined && sp.sheet !== sheet) continue;
    const r = parseLocal(sp.local);
    if (r) out.push({ ...r, rows: 1, cols: 1 });
  }
  return out;
}

/** The loads of the earlier highlights of one remembered sheet. */
export interface HighlightLoads {
  h: HighlightRecord;
  ws: Excel.Worksheet;
  ranges: Array<{ address: string; cfs: Excel.ConditionalFormatCollection }>;
}

/** Queues the conditional formats on the remembered highlight ranges of `ws` (and its protection). */
export function queueHighlights(ws: Excel.Worksheet, h: HighlightRecord): HighlightLoads {
  ws.protection.load("protected");
  return {
    h,
    ws,
    ranges: h.ranges.map((address) => {
      const cfs = ws.getRange(address).conditionalFormats;
      cfs.load(CF_LOAD);
      return { address, cfs };
    }),
  };
}

/** The earlier highlights found (this session's ids, to delete them). */
export interface OldHighlights {
  found: Array<{ sheetId: string; address: string; id: string }>;
  /** Sheets holding them that are protected (formats cannot be removed there). */
  protectedSheets: Set<string>;
}

/** After the sync: which of the loaded conditional formats are the add-in's. */
export function oldHighlightsOf(loads: HighlightLoads[]): OldHighlights {
  const found: OldHighlights["found"] = [];
  const protectedSheets = new Set<string>();
  for (const c of loads) {
    if (c.ws.protection.protected) protectedSheets.add(c.ws.id);
    for (const r of c.ranges)
      for (const item of r.cfs.items)
        if (isOurHighlight(item, c.h.threshold))
          found.push({ sheetId: c.ws.id, address: r.address, id: item.id });
  }
  return { found, protectedSheets };
}

/**
 * Queues: the earlier highlights removed (except on a sheet protected since), new ones on `cells` of the
 * input sheet. Returns the ranges highlighted.
 */
export function queueHighlightWrites(
  ctx: Excel.RequestContext,
  old: OldHighlights,
  input: Excel.Worksheet,
  cells: string[],
  threshold: number
): string[] {
  const sheets = ctx.workbook.worksheets;
  for (const o of old.found) {
    if (old.protectedSheets.has(o.sheetId)) continue;
    sheets.getItem(o.sheetId).getRange(o.address).conditionalFormats.getItem(o.id).delete();
  }
  for (const address of cells) {
    const cf = input
      .getRange(address)
      .conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = HIGHLIGHT_FILL;
    cf.cellValue.format.font.color = HIGHLIGHT_FONT;
    cf.cellValue.rule = { formula1: String(threshold), operator: "LessThan" };
  }
  return cells;
}

/** gateway.clearHighlights: removes the add-in's highlights wherever they are still found. */
export async function clearHighlights(): Promise<void> {
  await refreshSettingsAsync();
  const hl = readHighlights();
  if (hl.length === 0) return;
  let kept: HighlightRecord[] = [];
  await Excel.run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load("items/name,items/value");
    await ctx.sync();
    // The highlighted sheet is found by its name (it follows the sheet across sessions); the
    // highlights by their range and rule (conditional format ids change between sessions).
    const live = new Set(
      names.items.filter((n) => sheetOfReference(n.value) !== null).map((n) => n.name)
    );
    const loads = hl
      .filter((h) => live.has(h.key))
      .map((h) => queueHighlights(names.getItem(h.key).getRange().worksheet, h));
    if (loads.length === 0) return;
    await ctx.sync();
    for (const l of loads) {
      if (l.ws.protection.protected) {
        kept.push(l.h);
        continue;
      }
      for (const r of l.ranges)
        for (const item of r.cfs.items) if (isOurHighlight(item, l.h.threshold)) item.delete();
    }
    await ctx.sync();
  }).catch((e: unknown) => {
    kept = [];
    throw e;
  });
  writeJson(HIGHLIGHTS_KEY, kept);
  await saveSettingsAsync();
}
