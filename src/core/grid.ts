/**
 * The grid reader: finds ITA scores in a sheet's values, whatever the layout. Pure: the Office.js edge
 * passes `range.values` (one round trip), the .xlsx reader passes ExcelJS values; both get the same answer.
 *
 * Layouts, tried in this order:
 * - template: the add-in's own input sheet (src/core/template.ts), found by its title text;
 * - wide: a header row naming at least five of the ten indicators as columns (by number or Thai name),
 *   then a row per agency or year; every row is returned in `rows` for the user to pick, except when the
 *   rows are one agency's years (a year column, no year twice, the same name or none): then the latest
 *   year is read as this year and the others as its earlier years (`raw.previous`, `yearRows`);
 * - long: a row per indicator, identified by its number ("1", "ตัวชี้วัดที่ 1", "10.1") and/or its Thai
 *   name (spelling variants included), the score in the first numeric-looking cell to the right; rows for
 *   IIT / EIT / OIT / คะแนนรวม / ระดับ are picked up too.
 *
 * Empty scores: a row whose score is empty is left out when it may legitimately be empty (indicator 9,
 * 10 and the sub-indicators, which the engine can derive or do without; a whole tool's indicators when
 * none of them is given). An empty score among given ones of the same tool is passed on, so the parser
 * reports it with its cell.
 *
 * Each layout is a module of its own (./gridTemplate.ts, ./gridWide.ts, ./gridLong.ts) over what they
 * share (./gridShared.ts); this module puts them together in that order.
 *
 * Cells are named A1-style with the sheet ("Sheet1!B5"; quoted when needed: 'ข้อมูล ITA'!C16), offset by
 * `origin` when the grid does not start at A1 (a selection or used range).
 */
import type { GridFinding } from "./types";
import type { Ctx } from "./gridShared";
import { findTemplate } from "./gridTemplate";
import { findWide } from "./gridWide";
import { findLong } from "./gridLong";

export {
  READ_LIMITS,
  columnLetters,
  cellAddress,
  parseCellAddress,
  isoDateFromCell,
} from "./gridShared";

/**
 * Is this Excel number format a percentage (0.9415 shown as "94.15%")? A "%" counts only outside quoted
 * text, backslash escapes and [bracketed] parts.
 */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .includes("%");
}

/**
 * The values as the user sees them: a number in a percent-formatted cell is scaled by 100 (0.9415 shown
 * as 94.15 % reads 94.15), a formula's cached result too. `formats` is the number-format grid (Office.js
 * range.numberFormat, ExcelJS cell.numFmt), aligned with `grid`; other cells are returned as they are.
 */
export function applyPercentFormats(
  grid: unknown[][],
  formats: unknown[][] | undefined
): unknown[][] {
  if (!formats) return grid;
  const scale = (n: number): number => Number((n * 100).toPrecision(15));
  return grid.map((row, r) =>
    row.map((v, c) => {
      if (!isPercentFormat(formats[r]?.[c])) return v;
      if (typeof v === "number") return scale(v);
      if (v && typeof v === "object" && typeof (v as { result?: unknown }).result === "number")
        return { ...(v as object), result: scale((v as { result: number }).result) };
      return v;
    })
  );
}

/**
 * Finds ITA input in one sheet's values. `origin` is the 0-based position of grid[0][0] in the sheet
 * (a used range or selection that does not start at A1). `formats`, when given, is the number-format grid:
 * percent-formatted numbers are read as shown (applyPercentFormats). Returns null when nothing is recognised.
 */
export function findInputInGrid(
  values: unknown[][],
  sheetName: string,
  origin: { row: number; col: number } = { row: 0, col: 0 },
  formats?: unknown[][]
): GridFinding | null {
  const grid = applyPercentFormats(values, formats);
  const ctx: Ctx = { grid, sheet: sheetName, origin };
  return findTemplate(ctx) ?? findWide(ctx) ?? findLong(ctx);
}
