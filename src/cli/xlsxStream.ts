/**
 * A many.xlsx input's rows, streamed (./sources.ts `xlsxSource`): ExcelJS's streaming reader, every sheet
 * read to its end (the reader then closes the file), the wanted one's wide table found in its head rows
 * and handed on a chunk at a time as BatchItems, the others drained; the problems and warnings of the
 * input as a whole said in words.
 */
import type { Readable } from "stream";
import type { GridFinding, Message } from "../core";
import { cellAddress, findInputInGrid, READ_LIMITS } from "../core/grid";
import { agencyCellOf, agencyTextProblems } from "../core/inputChecks";
import { PHRASE_SHEET_NAME } from "../report";
import type { BatchItem } from "./batchItem";

/** Rows looked at to find the header of a sheet's table. */
const HEAD_ROWS = 60;
/** Rows read from any one sheet at most (a bound on a decompression bomb of rows; see docs/input.md). */
export const MAX_SHEET_ROWS = 100000;
/** Rows handed to the grid reader at a time. */
const CHUNK_ROWS = 500;

interface StreamCell {
  value: unknown;
  numFmt?: unknown;
}
interface StreamRow {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, cb: (cell: StreamCell, col: number) => void): void;
}
interface StreamSheet extends AsyncIterable<StreamRow> {
  name: string;
  state?: string;
}

function rowValues(row: StreamRow): { values: unknown[]; formats: unknown[]; empty: boolean } {
  const values: unknown[] = [];
  const formats: unknown[] = [];
  let empty = true;
  row.eachCell({ includeEmpty: false }, (cell, c) => {
    if (c > READ_LIMITS.cols) return;
    values[c - 1] = cell.value;
    formats[c - 1] = cell.numFmt;
    const v = cell.value;
    if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) empty = false;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
  return { values, formats, empty };
}

/** The items of one wide-table finding, checked like the single-agency reader checks its row. */
function itemsOf(finding: GridFinding, sheet: string, after: number): BatchItem[] {
  const out: BatchItem[] = [];
  for (const r of finding.rows ?? []) {
    if (r.row + 1 <= after) continue;
    const agency = r.agency && Object.keys(r.agency).length ? r.agency : undefined;
    const name = agency?.name ?? "";
    const problems = agencyTextProblems(
      agency,
      agencyCellOf(sheet, "wide", r.raw.fiscalYear?.cell)
    );
    const item: BatchItem = {
      order: r.row + 1,
      label: `แถว ${r.row + 1}${name ? " " + name : ""}`,
      name,
      raw: r.raw,
      problems,
    };
    if (agency) item.agency = { ...agency, name };
    out.push(item);
  }
  return out;
}

/** One wanted sheet's wide table, taken row by row: its head until the table is found, then chunks. */
class WideTable {
  // Head: rows until the wide table's header and first data row are found.
  private head: unknown[][] = [];
  private headFormats: unknown[][] = [];
  finding: GridFinding | null = null;
  private gaveUp = false;
  private prefixEnd = 0; // rows [0, prefixEnd) precede the first data row: re-read with every chunk
  private chunk: unknown[][] = [];
  private chunkFormats: unknown[][] = [];
  lastRow = 0; // 1-based number of the last row taken into the table
  private emitted = 0; // 1-based sheet row of the last item handed out
  private ended = false;
  pastEnd = 0;
  private count = 0;

  constructor(
    private readonly sheet: string,
    /** The table turned out to be one agency's years (their 1-based sheet rows). */
    private readonly onYears: (rows: number[]) => void,
    /** The table's header was found in this sheet. */
    private readonly onFound: (sheet: string) => void
  ) {}

  /** Takes one row; the items ready to hand on (when a chunk is full). */
  take(row: StreamRow): BatchItem[] {
    if (this.gaveUp) return [];
    if (this.ended) {
      if (!rowValues(row).empty) this.pastEnd++;
      return [];
    }
    const { values, formats, empty } = rowValues(row);
    if (!this.finding) {
      this.lookForHeader(row.number, values, formats);
      return [];
    }
    // The table ends at its first empty row (a gap in the row numbers is empty rows).
    if (empty || row.number > this.lastRow + 1) {
      this.ended = true;
      if (!empty) this.pastEnd++;
      return [];
    }
    this.lastRow = row.number;
    this.chunk[row.number - 1] = values;
    this.chunkFormats[row.number - 1] = formats;
    if (++this.count % CHUNK_ROWS === 0) return this.flush();
    return [];
  }

  private lookForHeader(rowNumber: number, values: unknown[], formats: unknown[]): void {
    const { head, headFormats } = this;
    head[rowNumber - 1] = values;
    headFormats[rowNumber - 1] = formats;
    if (rowNumber > HEAD_ROWS) {
      this.gaveUp = true;
      return;
    }
    const dense = Array.from(head, (r) => r ?? []);
    const f = findInputInGrid(
      dense,
      this.sheet,
      { row: 0, col: 0 },
      Array.from(headFormats, (r) => r ?? [])
    );
    if (f && f.layout === "wide" && f.rows && f.rows.length) {
      this.finding = f;
      this.onFound(this.sheet);
      this.prefixEnd = f.rows[0].row;
      this.lastRow = rowNumber;
      this.chunk = [];
      this.chunkFormats = [];
      for (let r = this.prefixEnd; r < head.length; r++) {
        this.chunk[r] = head[r];
        this.chunkFormats[r] = headFormats[r];
      }
    }
  }

  /** The items of the rows taken since the last flush (read with the table's head). */
  flush(): BatchItem[] {
    if (!this.finding || this.chunk.length === 0) return [];
    const grid = this.head.slice(0, this.prefixEnd);
    const formats = this.headFormats.slice(0, this.prefixEnd);
    this.chunk.forEach((row, i) => {
      if (row) {
        grid[i] = row;
        formats[i] = this.chunkFormats[i];
      }
    });
    this.chunk = [];
    this.chunkFormats = [];
    const f = findInputInGrid(grid, this.sheet, { row: 0, col: 0 }, formats);
    if (f?.yearRows) this.onYears(f.yearRows.map((r) => r + 1));
    const items = f && f.layout === "wide" ? itemsOf(f, this.sheet, this.emitted) : [];
    if (items.length) this.emitted = items[items.length - 1].order;
    return items;
  }

  /** The warning for rows with content past the table's end, if any. */
  rowsAfterTable(): Message | null {
    const { sheet, lastRow, pastEnd } = this;
    if (pastEnd === 0) return null;
    return {
      code: "rows-after-table",
      th: `แผ่นงาน "${sheet}": ตารางสิ้นสุดที่แถวว่างหลังแถว ${lastRow} จึงไม่ได้อ่านอีก ${pastEnd.toLocaleString("en-US")} แถวที่อยู่ถัดลงไป`,
      en: `sheet "${sheet}": the table ends at the empty row after row ${lastRow}, so ${pastEnd.toLocaleString("en-US")} more row(s) further down were not read`,
      cell: cellAddress(sheet, lastRow, 0),
    };
  }
}

/** Drains a sheet that is not read (the reader moves on, within the row bound); why it stopped, if it did. */
async function drain(
  ws: StreamSheet,
  signal?: AbortSignal
): Promise<"too-many" | "aborted" | null> {
  let n = 0;
  for await (const _ of ws) {
    void _;
    if (++n > MAX_SHEET_ROWS) return "too-many";
    if (n % 1000 === 0 && signal?.aborted) return "aborted";
  }
  return null;
}

export interface SheetsRead {
  sheet?: string;
  signal?: AbortSignal;
  /** The input's problems and warnings as a whole, added to as they are found. */
  problems: Message[];
  warnings: Message[];
  /** The sheet whose table is read. */
  onFound: (sheet: string) => void;
}

function tooManyRows(name: string): Message {
  return {
    code: "sheet-too-many-rows",
    th: `แผ่นงาน "${name}" มีแถวเกิน ${MAX_SHEET_ROWS.toLocaleString("en-US")} แถว จึงหยุดอ่าน (ทั้งประเทศมีราว 8,300 หน่วยงาน) ให้คัดลอกตารางคะแนนไปไว้ในสมุดงานใหม่`,
    en: `sheet "${name}" has more than ${MAX_SHEET_ROWS.toLocaleString("en-US")} rows, so reading stopped (the whole country has about 8,300 agencies); copy the score table to a new workbook`,
  };
}

/** The agencies of the workbook's wanted sheet, in sheet order. */
export async function* readSheets(
  stream: Readable,
  options: SheetsRead
): AsyncGenerator<BatchItem> {
  const { problems, warnings } = options;
  const ExcelJS = (await import("exceljs")).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const seen: string[] = [];
  let used: string | undefined;
  /** Sheet rows of one agency's years, when the table turned out to be that (not a row per agency). */
  let yearsOfOne: number[] = [];
  // Every sheet is read to its end, also after the table was found: the reader then closes the file.
  let found = false;
  const tooMany = (name: string): void => {
    problems.push(tooManyRows(name));
  };
  for await (const ws of reader as unknown as AsyncIterable<StreamSheet>) {
    if (options.signal?.aborted) return;
    seen.push(ws.name);
    const hidden = ws.state === "hidden" || ws.state === "veryHidden";
    const wanted =
      !found &&
      (options.sheet !== undefined
        ? ws.name === options.sheet
        : !hidden && ws.name !== PHRASE_SHEET_NAME);
    if (!wanted) {
      // Drained: the reader moves on (within the row bound).
      const stop = await drain(ws, options.signal);
      if (stop === "too-many") return tooMany(ws.name);
      if (stop) return;
      continue;
    }
    const table = new WideTable(
      ws.name,
      (rows) => (yearsOfOne = rows),
      (name) => {
        used = name;
        options.onFound(name);
      }
    );
    let rows = 0;
    for await (const row of ws) {
      if (++rows > MAX_SHEET_ROWS) return tooMany(ws.name);
      if (rows % 1000 === 0 && options.signal?.aborted) return;
      for (const it of table.take(row)) yield it;
    }
    if (table.finding) {
      for (const it of table.flush()) yield it;
      const after = table.rowsAfterTable();
      if (after) warnings.push(after);
      found = true;
    }
  }
  const problem =
    found && !yearsOfOne.length ? null : noTable(options.sheet, seen, used, yearsOfOne);
  if (problem) problems.push(problem);
}

/** Why no agency was read: one agency's years, no such sheet, or no table with a row per agency. */
function noTable(
  sheet: string | undefined,
  seen: string[],
  used: string | undefined,
  yearsOfOne: number[]
): Message {
  if (yearsOfOne.length) {
    return {
      code: "one-agency-years",
      th: `แผ่นงาน "${used}" มีแถวละหนึ่งปีของหน่วยงานเดียว (แถว ${yearsOfOne.join(", ")}) ไม่ใช่หนึ่งแถวต่อหน่วยงาน: สำหรับรายงานของหน่วยงานนี้ ให้ใช้ -o ชื่อไฟล์.xlsx แทนโฟลเดอร์`,
      en: `sheet "${used}" holds one agency's years, a row each (rows ${yearsOfOne.join(", ")}), not a row per agency: for this agency's report, give -o <file.xlsx> instead of a folder`,
    };
  }
  if (sheet !== undefined && !seen.includes(sheet)) {
    return {
      code: "sheet-not-found",
      th: `ไม่มีแผ่นงานชื่อ "${sheet}" แผ่นงานที่มี: ${seen.join(", ")}`,
      en: `there is no sheet named "${sheet}"; the sheets are: ${seen.join(", ")}`,
    };
  }
  return {
    code: "no-wide-table",
    th: `ไม่พบตารางที่มีหนึ่งแถวต่อหน่วยงาน (แถวหัวตารางที่ระบุตัวชี้วัดเป็นคอลัมน์ ภายใน ${HEAD_ROWS} แถวแรก)${sheet !== undefined ? ` ในแผ่นงาน "${sheet}"` : ""} สำหรับหน่วยงานเดียว ให้ใช้ -o ชื่อไฟล์.xlsx`,
    en: `no table with a row per agency found (a header row naming the indicators as columns, within the first ${HEAD_ROWS} rows)${sheet !== undefined ? ` in sheet "${sheet}"` : ""}; for one agency's sheet, give -o <file.xlsx>`,
  };
}
