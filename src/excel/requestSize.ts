/**
 * The size of a write request, estimated before it is queued: Excel on the web limits a request to 5 MB.
 * The estimate sums the values and number formats the writer sends (JSON, UTF-8) and a measured cost per
 * other operation (bench/summary.bench.ts prints estimate and real size, measured against Microsoft's
 * Office.js client); only past REQUEST_BUDGET are the cell values of the remaining rows written in further
 * batches (one sync each).
 */
import type { SheetPlan } from "../report/plan";
import { expectedGrid, needsTextFormat } from "./fingerprint";

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

function utf8(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** The values and number formats the writer sends for rows [from, to) of a sheet (as writeSheet does). */
export function cellBlock(
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
export function withoutValuesFrom(sheet: SheetPlan, first: number): SheetPlan {
  if (first >= sheet.rows.length) return sheet;
  return {
    ...sheet,
    rows: sheet.rows.map((row, r) =>
      r < first ? row : { ...row, cells: row.cells.map((c) => ({ ...c, value: null })) }
    ),
  };
}
