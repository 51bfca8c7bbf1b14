/**
 * Many agencies in, one at a time out (`generate ... -o outdir/`, `assess` on many):
 *
 * - many.json: a JSON array of agency objects, each in the format of one agency (docs/input.md); an
 *   object alone is a batch of one. Messages name each value by its key: "[3].indicators.1".
 * - many.xlsx: a sheet with a row per agency (the grid reader's wide layout: a header row naming the
 *   indicators, as in NACC's province tables), read with ExcelJS's streaming reader, rows handed on a
 *   chunk at a time, so memory stays flat whatever the row count (a national sheet has 8,317 rows; the
 *   single-agency reader stops at READ_LIMITS, 2,000 rows). The sheet is the one named with --sheet, else
 *   the first visible sheet with such a table. As in the grid reader, the table ends at its first empty
 *   row; rows with content past it are counted and reported, not read.
 *
 * Items come in source order; `order` (the array index, or the 1-based sheet row) names an agency in
 * messages and breaks ties in the summary.
 */
import type { Readable } from "stream";
import type { AgencyDetails, GridFinding, Message, RawInput } from "../core";
import { cellAddress, findInputInGrid, READ_LIMITS } from "../core/grid";
import { agencyCellOf, agencyTextProblems } from "../core/inputChecks";
import { parseJsonText, rawFromJson, type JsonInput } from "../core/json";
import { PHRASE_SHEET_NAME } from "../report";

export interface BatchItem {
  /** Array index (JSON) or 1-based sheet row (.xlsx). */
  order: number;
  /** How a message names the item: "[3] name" or "แถว 5 name". */
  label: string;
  /** The agency's name ("" when none). */
  name: string;
  raw: RawInput;
  agency?: AgencyDetails;
  threshold?: number;
  /** Problems found while reading the item (the assessment adds its own). */
  problems: Message[];
}

export interface BatchSource {
  /** What was read, for the closing line: "many.json (array)", "sheet "ITA" of many.xlsx". */
  describe(): string;
  items(): AsyncGenerator<BatchItem>;
  /** Problems with the input as a whole (nothing readable); complete once items() is exhausted. */
  problems: Message[];
  /** Warnings about the input as a whole; complete once items() is exhausted. */
  warnings: Message[];
  /** Number of items when known in advance (JSON), for the progress line. */
  total?: number;
}

/** A JSON input (text already read). */
export function jsonSource(text: string, file: string): BatchSource {
  const parsed = parseJsonText(text);
  if (parsed.problems.length) return jsonInputSource(undefined, file, parsed.problems);
  return jsonInputSource(rawFromJson(parsed.value), file, []);
}

/** A JSON input already read by rawFromJson. */
export function jsonInputSource(
  read: JsonInput | undefined,
  file: string,
  earlier: Message[]
): BatchSource {
  const problems: Message[] = [...earlier, ...(read?.problems ?? [])];
  const input = problems.length ? undefined : read;
  const list = input?.items ?? [];
  return {
    describe: () => `${file} (${input?.batch ? "JSON array" : "JSON object"})`,
    problems,
    warnings: [],
    total: list.length,
    async *items() {
      for (let i = 0; i < list.length; i++) {
        const it = list[i];
        const name = it.agency?.name ?? "";
        const item: BatchItem = {
          order: i,
          label: input?.batch ? `[${i}]${name ? " " + name : ""}` : name || file,
          name,
          raw: it.raw,
          problems: it.problems,
        };
        if (it.agency) item.agency = it.agency;
        if (it.threshold !== undefined) item.threshold = it.threshold;
        // Let go of the parsed item: only the one in hand is kept.
        (list as unknown[])[i] = undefined;
        yield item;
      }
    },
  };
}

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

/** A many.xlsx input, streamed. */
export function xlsxSource(
  path: string,
  file: string,
  options: { sheet?: string; signal?: AbortSignal } = {}
): BatchSource {
  const problems: Message[] = [];
  const warnings: Message[] = [];
  let used: string | undefined;
  return {
    describe: () => (used ? `${file}, sheet "${used}"` : file),
    problems,
    warnings,
    async *items() {
      const { checkXlsxFile, orderedPackage } = await import("../xlsx/package");
      // Not an .xlsx (an old .xls, a CSV renamed, cut short), a bomb or a DOCTYPE: refused by name first.
      const bad = await checkXlsxFile(path, file);
      if (bad) {
        problems.push(bad);
        return;
      }
      try {
        yield* readSheets(await orderedPackage(path));
      } catch (e) {
        // ExcelJS failed on a part it could not read ("Invalid Address: A-5" for a negative row number in a
        // dimension): the workbook's fault, named, never a stack trace.
        if (options.signal?.aborted) return;
        const why = String((e as Error)?.message ?? e).slice(0, 200);
        problems.push({
          code: "xlsx-read",
          th: `อ่านสมุดงาน ${file} ไม่ได้: เนื้อหาบางส่วนเสียหาย (${why}) ให้เปิดไฟล์ใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง`,
          en: `cannot read the workbook ${file}: part of its content is damaged (${why}); open it in Excel and save it as .xlsx again`,
        });
      }
    },
  };

  async function* readSheets(stream: Readable): AsyncGenerator<BatchItem> {
    const ExcelJS = (await import("exceljs")).default;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    const seen: string[] = [];
    /** Sheet rows of one agency's years, when the table turned out to be that (not a row per agency). */
    let yearsOfOne: number[] = [];
    // Every sheet is read to its end, also after the table was found: the reader then closes the file.
    let found = false;
    const tooMany = (name: string): void => {
      problems.push({
        code: "sheet-too-many-rows",
        th: `แผ่นงาน "${name}" มีแถวเกิน ${MAX_SHEET_ROWS.toLocaleString("en-US")} แถว จึงหยุดอ่าน (ทั้งประเทศมีราว 8,300 หน่วยงาน) ให้คัดลอกตารางคะแนนไปไว้ในสมุดงานใหม่`,
        en: `sheet "${name}" has more than ${MAX_SHEET_ROWS.toLocaleString("en-US")} rows, so reading stopped (the whole country has about 8,300 agencies); copy the score table to a new workbook`,
      });
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
        let n = 0;
        for await (const _ of ws) {
          void _;
          if (++n > MAX_SHEET_ROWS) return tooMany(ws.name);
          if (n % 1000 === 0 && options.signal?.aborted) return;
        }
        continue;
      }
      let gaveUp = false;
      // Head: rows until the wide table's header and first data row are found.
      const head: unknown[][] = [];
      const headFormats: unknown[][] = [];
      let finding: GridFinding | null = null;
      let prefixEnd = 0; // rows [0, prefixEnd) precede the first data row: re-read with every chunk
      let chunk: unknown[][] = [];
      let chunkFormats: unknown[][] = [];
      let lastRow = 0; // 1-based number of the last row taken into the table
      let emitted = 0; // 1-based sheet row of the last item handed out
      let ended = false;
      let pastEnd = 0;
      let count = 0;
      let rows = 0;
      const flush = (): BatchItem[] => {
        if (!finding || chunk.length === 0) return [];
        const grid = head.slice(0, prefixEnd);
        const formats = headFormats.slice(0, prefixEnd);
        chunk.forEach((row, i) => {
          if (row) {
            grid[i] = row;
            formats[i] = chunkFormats[i];
          }
        });
        chunk = [];
        chunkFormats = [];
        const f = findInputInGrid(grid, ws.name, { row: 0, col: 0 }, formats);
        if (f?.yearRows) yearsOfOne = f.yearRows.map((r) => r + 1);
        const items = f && f.layout === "wide" ? itemsOf(f, ws.name, emitted) : [];
        if (items.length) emitted = items[items.length - 1].order;
        return items;
      };
      for await (const row of ws) {
        if (++rows > MAX_SHEET_ROWS) return tooMany(ws.name);
        if (rows % 1000 === 0 && options.signal?.aborted) return;
        if (gaveUp) continue;
        if (ended) {
          if (!rowValues(row).empty) pastEnd++;
          continue;
        }
        const { values, formats, empty } = rowValues(row);
        if (!finding) {
          head[row.number - 1] = values;
          headFormats[row.number - 1] = formats;
          if (row.number > HEAD_ROWS) {
            gaveUp = true;
            continue;
          }
          const dense = Array.from(head, (r) => r ?? []);
          const f = findInputInGrid(
            dense,
            ws.name,
            { row: 0, col: 0 },
            Array.from(headFormats, (r) => r ?? [])
          );
          if (f && f.layout === "wide" && f.rows && f.rows.length) {
            finding = f;
            used = ws.name;
            prefixEnd = f.rows[0].row;
            lastRow = row.number;
            chunk = [];
            chunkFormats = [];
            for (let r = prefixEnd; r < head.length; r++) {
              chunk[r] = head[r];
              chunkFormats[r] = headFormats[r];
            }
          }
          continue;
        }
        // The table ends at its first empty row (a gap in the row numbers is empty rows).
        if (empty || row.number > lastRow + 1) {
          ended = true;
          if (!empty) pastEnd++;
          continue;
        }
        lastRow = row.number;
        chunk[row.number - 1] = values;
        chunkFormats[row.number - 1] = formats;
        if (++count % CHUNK_ROWS === 0) {
          for (const it of flush()) yield it;
        }
      }
      if (finding) {
        for (const it of flush()) yield it;
        if (pastEnd > 0) {
          warnings.push({
            code: "rows-after-table",
            th: `แผ่นงาน "${ws.name}": ตารางสิ้นสุดที่แถวว่างหลังแถว ${lastRow} จึงไม่ได้อ่านอีก ${pastEnd.toLocaleString("en-US")} แถวที่อยู่ถัดลงไป`,
            en: `sheet "${ws.name}": the table ends at the empty row after row ${lastRow}, so ${pastEnd.toLocaleString("en-US")} more row(s) further down were not read`,
            cell: cellAddress(ws.name, lastRow, 0),
          });
        }
        found = true;
      }
    }
    if (yearsOfOne.length) {
      problems.push({
        code: "one-agency-years",
        th: `แผ่นงาน "${used}" มีแถวละหนึ่งปีของหน่วยงานเดียว (แถว ${yearsOfOne.join(", ")}) ไม่ใช่หนึ่งแถวต่อหน่วยงาน: สำหรับรายงานของหน่วยงานนี้ ให้ใช้ -o ชื่อไฟล์.xlsx แทนโฟลเดอร์`,
        en: `sheet "${used}" holds one agency's years, a row each (rows ${yearsOfOne.join(", ")}), not a row per agency: for this agency's report, give -o <file.xlsx> instead of a folder`,
      });
      return;
    }
    if (found) return;
    if (options.sheet !== undefined && !seen.includes(options.sheet)) {
      problems.push({
        code: "sheet-not-found",
        th: `ไม่มีแผ่นงานชื่อ "${options.sheet}" แผ่นงานที่มี: ${seen.join(", ")}`,
        en: `there is no sheet named "${options.sheet}"; the sheets are: ${seen.join(", ")}`,
      });
      return;
    }
    problems.push({
      code: "no-wide-table",
      th: `ไม่พบตารางที่มีหนึ่งแถวต่อหน่วยงาน (แถวหัวตารางที่ระบุตัวชี้วัดเป็นคอลัมน์ ภายใน ${HEAD_ROWS} แถวแรก)${options.sheet !== undefined ? ` ในแผ่นงาน "${options.sheet}"` : ""} สำหรับหน่วยงานเดียว ให้ใช้ -o ชื่อไฟล์.xlsx`,
      en: `no table with a row per agency found (a header row naming the indicators as columns, within the first ${HEAD_ROWS} rows)${options.sheet !== undefined ? ` in sheet "${options.sheet}"` : ""}; for one agency's sheet, give -o <file.xlsx>`,
    });
  }
}
