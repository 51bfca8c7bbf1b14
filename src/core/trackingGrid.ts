/**
 * Reading the two tables of the follow-up from a sheet's values (a 2-D array, as Office.js and ExcelJS
 * give them), pure:
 * - a measures table (the add-in's own measures sheet as the officer left it, or one the officer pasted):
 *   found by its header row, a cell "มาตรการ", and read by its header texts;
 * - the tracking sheet the add-in wrote (`ติดตามมาตรการ ITA <year>`): its fields above the table (read by
 *   their labels) and its table (read by its header texts, so inserted columns or rows do not matter).
 */
import { message } from "./message";
import type { AgencyDetails, Message } from "./types";
import { cellAddress, isoDateFromCell } from "./grid";
import { isEmptyValue, numberFromText, shownText, textProblem, unwrapCellValue } from "./parse";
import { AGENCY_WHAT } from "./inputChecks";
import { fromThaiDigits, isIsoDate } from "./thai";
import {
  parseTrackRows,
  TRACK_COLUMNS,
  type RawTrackRow,
  type TrackColumnKey,
  type TrackingData,
  type TrackResult,
  type TrackRound,
} from "./tracking";

/** The tracking sheet's name for the fiscal year of its measures. */
export function trackingSheetName(measuresYear: number): string {
  return `ติดตามมาตรการ ITA ${measuresYear}`;
}

/** The fields above the tracking table: label (column A) and key; the value is in column B. */
export const TRACK_FIELDS = [
  { key: "name", th: "ชื่อหน่วยงาน" },
  { key: "type", th: "ประเภทหน่วยงาน" },
  { key: "district", th: "อำเภอ" },
  { key: "province", th: "จังหวัด" },
  { key: "unit", th: "หน่วยงานที่จัดทำรายงาน" },
  { key: "measuresYear", th: "ปีงบประมาณของมาตรการ (พ.ศ.)" },
  { key: "round", th: "รอบการรายงาน" },
  { key: "date", th: "วันที่รายงาน" },
  { key: "lastYear", th: "ผลการประเมิน ITA ที่ใช้จัดทำมาตรการ: ปีงบประมาณ" },
  { key: "lastTotal", th: "คะแนนรวม" },
  { key: "lastLevel", th: "ระดับผลการประเมิน" },
  { key: "published", th: "เผยแพร่มาตรการที่" },
] as const;
export type TrackFieldKey = (typeof TRACK_FIELDS)[number]["key"];

/** The two rounds as the sheet's drop-down shows them. */
export const ROUND_TEXT: Record<TrackRound, string> = { 6: "๖ เดือน", 12: "๑๒ เดือน" };

/** "๖ เดือน", "6", "รอบ 6 เดือน" -> 6; "๑๒ เดือน", "12" -> 12; anything else null. */
export function roundOf(typed: unknown): TrackRound | null {
  const t = fromThaiDigits(String(unwrapCellValue(typed) ?? "")).replace(/\s+/g, "");
  const m = /^(?:รอบ)?(6|12)(?:เดือน)?$/.exec(t);
  return m ? (Number(m[1]) as TrackRound) : null;
}

type Grid = unknown[][];

function cellText(v: unknown): string {
  if (isEmptyValue(v)) return "";
  const u = unwrapCellValue(v);
  return String(u).replace(/\s+/g, " ").trim();
}

/** A header cell's text reduced for matching: no spaces, no line breaks. */
function headerKey(v: unknown): string {
  return cellText(v).replace(/\s+/g, "");
}

/** Where a table's header row is: the first row within `scan` rows with a cell equal to `first`. */
function findHeader(
  grid: Grid,
  first: string,
  scan = 60
): { row: number; cols: Map<string, number> } | null {
  const want = first.replace(/\s+/g, "");
  for (let r = 0; r < Math.min(scan, grid.length); r++) {
    const line = grid[r] ?? [];
    if (!line.some((v) => headerKey(v) === want)) continue;
    const cols = new Map<string, number>();
    line.forEach((v, c) => {
      const k = headerKey(v);
      if (k && !cols.has(k)) cols.set(k, c);
    });
    return { row: r, cols };
  }
  return null;
}

/** "1. ประกาศเจตจำนง" / "๑. ..." -> the text without its running number; inner line breaks joined. */
export function measureTitle(text: string): string {
  return (
    joinLines(text)
      .replace(/^\s*[0-9๐-๙]{1,3}\s*[.)]\s*/, "")
      // The analysis's mark of a derived score ("ได้ ๕๕.๘๕ คะแนน *") refers to a note of that report.
      .replace(/\s*\*+(?=\))/g, "")
      .trim()
  );
}

/**
 * A cell's lines joined into one: earlier versions of the add-in wrapped Thai text with hard breaks
 * between two Thai letters (no space lost), which join with nothing; any other break is a space.
 */
export function joinLines(text: string): string {
  return text
    .replace(/([\u0E00-\u0E7F])\r?\n(?=[\u0E00-\u0E7F])/g, "$1")
    .replace(/[ \t]*\r?\n[ \t]*/g, " ")
    .trim();
}

/**
 * A measures table -> tracking rows (title, responsible unit, target), in order. The header row is the
 * first with a cell "มาตรการ"; a repeated header row (a table printed over pages) is skipped, as are rows
 * with no title. `sheet` and `origin` (0-based row/column of grid[0][0]) name the cells.
 */
export function measuresFromGrid(
  grid: Grid,
  sheet: string,
  origin: { row: number; col: number } = { row: 0, col: 0 }
): RawTrackRow[] | null {
  const head = findHeader(grid, "มาตรการ");
  if (!head) return null;
  const col = (names: string[]): number | undefined => {
    for (const n of names) {
      const c = head.cols.get(n.replace(/\s+/g, ""));
      if (c !== undefined) return c;
    }
    return undefined;
  };
  const titleCol = col(["มาตรการ"]) as number;
  const respCol = col(["ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "ผู้รับผิดชอบ/หน่วยงาน"]);
  const targetCol = col(["เป้าหมาย/ตัวชี้วัดความสำเร็จ", "เป้าหมาย", "ตัวชี้วัดความสำเร็จ"]);
  const at = (r: number, c: number): string => cellAddress(sheet, origin.row + r, origin.col + c);
  const out: RawTrackRow[] = [];
  for (let r = head.row + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const empty = line.every((v) => isEmptyValue(v));
    // The table ends at its first empty row once a measure was read (the approval block follows).
    if (empty && out.length) break;
    const title = measureTitle(
      cellText(line[titleCol]).length ? String(unwrapCellValue(line[titleCol])) : ""
    );
    if (!title || headerKey(line[titleCol]) === "มาตรการ") continue;
    // A note under the table ("* ...", "หมายเหตุ ...") is not a measure.
    if (/^(\*|หมายเหตุ)/.test(title)) continue;
    const row: RawTrackRow = { title: { value: title, cell: at(r, titleCol) } };
    if (respCol !== undefined && !isEmptyValue(line[respCol]))
      row.responsible = { value: cellText(line[respCol]), cell: at(r, respCol) };
    if (targetCol !== undefined && !isEmptyValue(line[targetCol]))
      row.target = {
        value: joinLines(String(unwrapCellValue(line[targetCol]))),
        cell: at(r, targetCol),
      };
    out.push(row);
  }
  return out;
}

/** What the tracking sheet holds: its fields (with their cells) and its rows as typed. */
export interface TrackingSheetRead {
  fields: Partial<Record<TrackFieldKey, { value: unknown; cell: string }>>;
  rows: RawTrackRow[];
  /** The table's header row and column of each key (0-based, in the grid). */
  header: { row: number; cols: Partial<Record<TrackColumnKey, number>> } | null;
}

/** The tracking sheet's values -> its fields and rows, every value with its cell. */
export function readTrackingGrid(
  grid: Grid,
  sheet: string,
  origin: { row: number; col: number } = { row: 0, col: 0 }
): TrackingSheetRead {
  const at = (r: number, c: number): string => cellAddress(sheet, origin.row + r, origin.col + c);
  const head = findHeader(grid, TRACK_COLUMNS[0].th);
  const fields: TrackingSheetRead["fields"] = {};
  const labelRows = head ? head.row : grid.length;
  for (let r = 0; r < labelRows; r++) {
    const label = headerKey(grid[r]?.[0]);
    const f = TRACK_FIELDS.find((x) => x.th.replace(/\s+/g, "") === label);
    if (f && !fields[f.key]) fields[f.key] = { value: grid[r]?.[1] ?? null, cell: at(r, 1) };
  }
  if (!head) return { fields, rows: [], header: null };
  const cols: Partial<Record<TrackColumnKey, number>> = {};
  for (const c of TRACK_COLUMNS) {
    const i = head.cols.get(c.th.replace(/\s+/g, ""));
    if (i !== undefined) cols[c.key] = i;
  }
  const rows: RawTrackRow[] = [];
  for (let r = head.row + 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const row: RawTrackRow = {};
    for (const c of TRACK_COLUMNS) {
      const i = cols[c.key];
      if (i === undefined) continue;
      row[c.key] = { value: line[i] ?? null, cell: at(r, i) };
    }
    rows.push(row);
  }
  return { fields, rows, header: { row: head.row, cols } };
}

/** The agency fields of a tracking sheet read. */
export function agencyOfTracking(read: TrackingSheetRead): Partial<AgencyDetails> {
  const out: Partial<AgencyDetails> = {};
  for (const k of ["name", "type", "district", "province", "unit"] as const) {
    const t = cellText(read.fields[k]?.value);
    if (t) out[k] = t;
  }
  return out;
}

/** A normalised title, to match a measure of the measures sheet with a row of the tracking sheet. */
export function titleKey(title: string): string {
  return measureTitle(title).replace(/[\s\u200b-\u200d]+/g, "");
}

/** One row of the tracking table to write: the value of each column as typed (or taken from a measure). */
export type TrackRowValues = Partial<Record<TrackColumnKey, unknown>>;

/**
 * The tracking table after `track` runs again: every row the officer has (typed values kept as they
 * are, none removed, in their order), then the measures of the measures table not yet tracked, in
 * their order. A measure is matched by its title (running number, spaces and line breaks ignored).
 */
export function mergeTrackRows(
  existing: RawTrackRow[] | null,
  fromMeasures: RawTrackRow[]
): { rows: TrackRowValues[]; added: number; kept: number } {
  const rows: TrackRowValues[] = [];
  const seen = new Set<string>();
  for (const r of existing ?? []) {
    const values: TrackRowValues = {};
    let any = false;
    for (const c of TRACK_COLUMNS) {
      const v = r[c.key]?.value;
      if (!isEmptyValue(v)) {
        values[c.key] = unwrapCellValue(v);
        any = true;
      }
    }
    if (!any) continue;
    rows.push(values);
    const t = cellText(values.title);
    if (t) seen.add(titleKey(t));
  }
  const kept = rows.length;
  let added = 0;
  for (const m of fromMeasures) {
    const t = cellText(m.title?.value);
    if (!t || seen.has(titleKey(t))) continue;
    seen.add(titleKey(t));
    const values: TrackRowValues = { title: t };
    if (m.responsible) values.responsible = m.responsible.value;
    if (m.target) values.target = m.target.value;
    rows.push(values);
    added++;
  }
  return { rows, added, kept };
}

/**
 * A tracking sheet read -> the follow-up's data, or problems naming each cell (Thai and English): the
 * measures' year (the field, else the sheet's name), the round, the report date, the agency (a name is
 * required), the last result and every row (parseTrackRows). Nothing is guessed: a field that does not
 * read is a problem.
 */
export function trackingFromSheet(
  read: TrackingSheetRead,
  sheet: string
): { data?: TrackingData; problems: Message[]; warnings: Message[] } {
  const problems: Message[] = [];
  const f = read.fields;
  const field = (k: TrackFieldKey): string => cellText(f[k]?.value);
  if (!read.header)
    problems.push(
      message(
        "tracking-table-missing",
        `ไม่พบตารางติดตามมาตรการ (หัวตาราง "มาตรการ" ... "ข้อเสนอแนะ") ในแผ่นงาน ${sheet}`,
        `No tracking table (a header row "มาตรการ" ... "ข้อเสนอแนะ") in the sheet ${sheet}`
      )
    );
  const yearText = fromThaiDigits(field("measuresYear"));
  const byName = /ITA\s+(\d{4})\s*$/.exec(sheet)?.[1];
  const year = Number(yearText || byName);
  if (!Number.isInteger(year) || year < 2562 || year > 2580)
    problems.push(
      message(
        "year-invalid",
        `ปีงบประมาณของมาตรการ "${shownText(field("measuresYear"))}" ต้องเป็นปี พ.ศ. เช่น 2563`,
        `The fiscal year of the measures "${shownText(field("measuresYear"))}" must be a Buddhist-era year, e.g. 2563`,
        f.measuresYear?.cell
      )
    );
  let round: TrackRound = 12;
  if (field("round")) {
    const r = roundOf(f.round?.value);
    if (r) round = r;
    else
      problems.push(
        message(
          "round-invalid",
          `รอบการรายงาน "${shownText(field("round"))}" ต้องเป็น ๖ เดือน หรือ ๑๒ เดือน`,
          `The round "${shownText(field("round"))}" must be 6 or 12 months`,
          f.round?.cell
        )
      );
  }
  let date: string | undefined;
  if (field("date")) {
    date = isoDateFromCell(f.date?.value);
    if (!date || !isIsoDate(date)) {
      date = undefined;
      problems.push(
        message(
          "date-invalid",
          `วันที่รายงาน "${shownText(field("date"))}" ต้องอยู่ในรูป วว/ดด/ปปปป เช่น 30/9/2563`,
          `The report date "${shownText(field("date"))}" must be d/m/yyyy, e.g. 30/9/2563`,
          f.date?.cell
        )
      );
    }
  }
  const agency = agencyOfTracking(read);
  if (!agency.name)
    problems.push(
      message(
        "agency-name",
        "ไม่มีชื่อหน่วยงาน: กรอกในช่องชื่อหน่วยงานของแผ่นงานติดตาม",
        "The agency's name is missing: type it in the tracking sheet",
        f.name?.cell
      )
    );
  for (const k of ["name", "type", "district", "province", "unit"] as const) {
    const t = agency[k];
    const p = t ? textProblem(t, f[k]?.cell, AGENCY_WHAT[k]) : undefined;
    if (p) problems.push(p);
  }
  let lastResult: TrackResult | undefined;
  const lastYear = Number(fromThaiDigits(field("lastYear")));
  if (field("lastYear") || field("lastTotal") || field("lastLevel")) {
    let total: number | null = null;
    if (field("lastTotal")) {
      const v = unwrapCellValue(f.lastTotal?.value);
      const n = typeof v === "number" ? v : numberFromText(String(v))?.value;
      if (typeof n === "number" && Number.isFinite(n) && n >= 0 && n <= 100) total = n;
      else
        problems.push(
          message(
            "out-of-range",
            `คะแนนรวม "${shownText(field("lastTotal"))}" ต้องเป็นตัวเลข ๐ ถึง ๑๐๐`,
            `The total "${shownText(field("lastTotal"))}" must be a number from 0 to 100`,
            f.lastTotal?.cell
          )
        );
    }
    const y = Number.isInteger(lastYear) && lastYear >= 2561 ? lastYear : year - 1;
    lastResult = { fiscalYear: y, total, level: field("lastLevel") || null };
  }
  const parsed = parseTrackRows(read.rows);
  problems.push(...parsed.problems);
  if (problems.length || !agency.name) return { problems, warnings: parsed.warnings };
  const data: TrackingData = {
    measuresYear: year,
    round,
    agency: { ...agency, name: agency.name },
    measures: parsed.measures,
  };
  if (date) data.date = date;
  if (lastResult) data.lastResult = lastResult;
  if (field("published")) data.published = field("published");
  return { data, problems, warnings: parsed.warnings };
}
