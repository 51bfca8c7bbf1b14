/**
 * The window an input sheet is read within (from A1; READ_LIMITS in src/core/grid.ts, shared with the
 * command line): Excel on the web answers at most 5 MB per request ("RichAPI.Error" beyond). 2,000 rows x
 * 50 columns = 100,000 cells, values and number formats: a few hundred kB for scores and names, far below
 * the limit even with long Thai text in every cell. A sheet larger than this is read in this window and the
 * user is told (sheet-too-large).
 */
import { READ_LIMITS } from "../core/grid";
import { a1 } from "./address";

export const READ_WINDOW = a1(0, 0, READ_LIMITS.rows, READ_LIMITS.cols);

/** The loads of one sheet's used part within the window, and of its whole used size. */
export interface WindowLoads {
  range: Excel.Range;
  full: Excel.Range;
}

/** Queues the sheet's used part within the window (values and number formats) and its full used size. */
export function queueWindow(ws: Excel.Worksheet): WindowLoads {
  const range = ws.getRange(READ_WINDOW).getUsedRangeOrNullObject(true);
  range.load("values,numberFormat,rowIndex,columnIndex");
  const full = ws.getUsedRangeOrNullObject(true);
  full.load("rowIndex,columnIndex,rowCount,columnCount");
  return { range, full };
}

/** After the sync: does the used part reach beyond the window? */
export function beyondWindow(full: Excel.Range): boolean {
  return (
    !full.isNullObject &&
    (full.rowIndex + full.rowCount > READ_LIMITS.rows ||
      full.columnIndex + full.columnCount > READ_LIMITS.cols)
  );
}
