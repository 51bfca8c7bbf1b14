/**
 * .xlsx input (ExcelJS, Node side): finds the ITA scores in a workbook with the engine's grid reader
 * (the add-in's template sheet first, else the first sheet with an indicator table), and the edited phrase
 * library when the workbook has the phrase sheet.
 */
import ExcelJS from "exceljs";
import type { AgencyDetails, GridFinding, Message, RawInput } from "../core/types";
import { applyPercentFormats, findInputInGrid } from "../core/grid";
import { hasScores } from "../core/gridWide";
import { parseThreshold, shownText } from "../core/parse";
import { agencyCellOf, agencyTextProblems, templateDateProblem } from "../core/inputChecks";
import { columnLetters, parseCellAddress, READ_LIMITS } from "../core/grid";
import { TEMPLATE } from "../core/template";
import { PHRASE_SHEET_NAME, phrasesFromRows, type PhraseLibrary } from "../report";

export interface XlsxInput {
  /** Present when scores were found. */
  raw?: RawInput;
  agency?: AgencyDetails;
  /** The sheet the scores came from, and how it was laid out. */
  sheet?: string;
  /** The range the scores were read from, A1-style without the sheet ("A1:C34"). */
  range?: string;
  layout?: GridFinding["layout"];
  finding?: GridFinding;
  /** The template's strength threshold, when filled in. */
  threshold?: number;
  /** The workbook's own phrase library (complete, defaults filled in), when it has the phrase sheet. */
  phrases?: PhraseLibrary;
  problems: Message[];
  warnings: Message[];
}

/**
 * A worksheet's values as a 0-based grid from A1 (ExcelJS values as they are: the engine unwraps them),
 * within READ_LIMITS (2,000 rows x 50 columns, as the add-in reads): rows past the window are not visited.
 */
export function sheetGrid(ws: ExcelJS.Worksheet): unknown[][] {
  return windowOf(ws, (cell) => cell.value, true);
}

/** The number formats (ExcelJS numFmt) aligned with sheetGrid, so percent cells read as shown. */
export function sheetFormats(ws: ExcelJS.Worksheet): unknown[][] {
  return windowOf(ws, (cell) => cell.numFmt, false);
}

/** True when the sheet has rows or columns past READ_LIMITS. */
export function sheetTruncated(ws: ExcelJS.Worksheet): boolean {
  return ws.rowCount > READ_LIMITS.rows || ws.columnCount > READ_LIMITS.cols;
}

function windowOf(
  ws: ExcelJS.Worksheet,
  pick: (cell: ExcelJS.Cell) => unknown,
  fill: boolean
): unknown[][] {
  const grid: unknown[][] = [];
  const last = Math.min(ws.rowCount, READ_LIMITS.rows);
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c <= READ_LIMITS.cols) line[c - 1] = pick(cell);
    });
    if (fill) for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = null;
    grid[r - 1] = line;
  }
  if (fill) for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return grid;
}

/** The warning (or, when no table was found, the problem) for a sheet read only within READ_LIMITS. */
function tooLarge(ws: ExcelJS.Worksheet): Message {
  const window = `A1:${columnLetters(READ_LIMITS.cols - 1)}${READ_LIMITS.rows}`;
  return {
    code: "sheet-too-large",
    th: `แผ่นงาน "${ws.name}" มี ${ws.rowCount.toLocaleString("en-US")} แถว ${ws.columnCount} คอลัมน์ จึงอ่านเฉพาะ ${READ_LIMITS.rows.toLocaleString("en-US")} แถวแรกและ ${READ_LIMITS.cols} คอลัมน์แรก (${window}) เช่นเดียวกับใน Excel: ถ้าคะแนนอยู่นอกช่วงนี้ ให้คัดลอกตารางคะแนนไปไว้ในแผ่นงานใหม่`,
    en: `sheet "${ws.name}" has ${ws.rowCount.toLocaleString("en-US")} rows and ${ws.columnCount} columns, so only its first ${READ_LIMITS.rows.toLocaleString("en-US")} rows and ${READ_LIMITS.cols} columns (${window}) were read, as in Excel: if the scores lie outside, copy the score table to a new sheet`,
    cell: `${ws.name}!A1`,
  };
}

function isTemplateGrid(grid: unknown[][]): boolean {
  const v = grid[TEMPLATE.title.row]?.[TEMPLATE.title.col];
  return typeof v === "string" && v.trim() === TEMPLATE.title.textTh;
}

function agencyOf(found: Partial<AgencyDetails>): AgencyDetails | undefined {
  if (!found || Object.keys(found).length === 0) return undefined;
  return { ...found, name: found.name ?? "" };
}

/** A list for a message: the first 10 items, then how many in all (a sheet may hold 20,000 rows). */
function listed(items: string[]): string {
  return items.length <= 10
    ? items.join(", ")
    : `${items.slice(0, 10).join(", ")}, ... (${items.length.toLocaleString("en-US")})`;
}

/** The smallest range holding every cell the raw input names (A1-style, without the sheet). */
function rangeOf(raw: RawInput): string | undefined {
  const years = [raw, ...(raw.previous ?? [])];
  const cells = years
    .flatMap((y) => [y.fiscalYear, y.iit, y.eit, y.oit, y.total, y.level, ...y.indicators])
    .map((v) => (v?.cell ? parseCellAddress(v.cell) : null))
    .filter((c): c is NonNullable<typeof c> => c !== null);
  if (!cells.length) return undefined;
  const r0 = Math.min(...cells.map((c) => c.row));
  const r1 = Math.max(...cells.map((c) => c.row));
  const c0 = Math.min(...cells.map((c) => c.col));
  const c1 = Math.max(...cells.map((c) => c.col));
  return `${columnLetters(c0)}${r0 + 1}:${columnLetters(c1)}${r1 + 1}`;
}

export function readInputFromWorkbook(
  wb: ExcelJS.Workbook,
  options: { row?: number; sheet?: string } = {}
): XlsxInput {
  const out: XlsxInput = { problems: [], warnings: [] };
  const phraseSheet = wb.worksheets.find((w) => w.name === PHRASE_SHEET_NAME);
  if (phraseSheet) {
    const p = phrasesFromRows(sheetGrid(phraseSheet), phraseSheet.name);
    out.phrases = p.phrases;
    out.warnings.push(...p.warnings);
  }
  if (options.sheet !== undefined && !wb.worksheets.some((w) => w.name === options.sheet)) {
    out.problems.push({
      code: "sheet-not-found",
      th: `ไม่มีแผ่นงานชื่อ "${options.sheet}" แผ่นงานที่มี: ${wb.worksheets.map((w) => w.name).join(", ")}`,
      en: `there is no sheet named "${options.sheet}"; the sheets are: ${wb.worksheets.map((w) => w.name).join(", ")}`,
    });
    return out;
  }
  const hidden = (w: ExcelJS.Worksheet): boolean =>
    w.state === "hidden" || w.state === "veryHidden";
  const candidates = wb.worksheets
    .filter((w) => w !== phraseSheet || options.sheet === w.name)
    .filter((w) => (options.sheet !== undefined ? w.name === options.sheet : !hidden(w)))
    .map((ws) => ({ ws, grid: applyPercentFormats(sheetGrid(ws), sheetFormats(ws)) }));
  // The template sheet first, then the sheets in workbook order.
  candidates.sort((a, b) => Number(isTemplateGrid(b.grid)) - Number(isTemplateGrid(a.grid)));
  for (const { ws, grid } of candidates) {
    const found = findInputInGrid(grid, ws.name);
    if (!found) continue;
    let raw = found.raw;
    let agency = found.agency;
    if (found.layout === "wide" && found.rows && found.rows.length > 1) {
      const wanted =
        options.row !== undefined
          ? found.rows.find((r) => r.row + 1 === options.row)
          : (found.rows.find((r) => hasScores(r.raw)) ?? found.rows[0]);
      if (!wanted) {
        out.problems.push({
          code: "row-not-found",
          th: `แผ่นงาน ${ws.name} ไม่มีข้อมูลในแถว ${options.row} แถวที่มี: ${listed(found.rows.map((r) => String(r.row + 1)))}`,
          en: `sheet ${ws.name} has no data row ${options.row}; rows found: ${listed(found.rows.map((r) => String(r.row + 1)))}`,
        });
        return out;
      }
      raw = wanted.raw;
      agency = wanted.agency;
      if (options.row === undefined) {
        out.warnings.push({
          code: "wide-first-row",
          th: `แผ่นงาน ${ws.name} มีข้อมูลหลายแถว (${listed(found.rows.map((r) => `แถว ${r.row + 1} ${shownText(r.label)}`))}) จึงใช้แถวแรกที่มีคะแนน เลือกแถวอื่นได้ด้วย --row`,
          en: `sheet ${ws.name} holds several rows (${listed(found.rows.map((r) => `row ${r.row + 1} ${shownText(r.label)}`))}); the first with scores is used, pick another with --row`,
        });
      }
    }
    if (found.yearRows && options.row !== undefined) {
      out.warnings.push({
        code: "row-ignored-years",
        th: `แผ่นงาน ${ws.name} มีแถวละหนึ่งปีของหน่วยงานเดียว จึงใช้ปีล่าสุด (แถว ${found.yearRows[found.yearRows.length - 1] + 1}) เป็นปีของรายงาน และปีอื่นเป็นปีก่อนหน้า ไม่ใช้ --row ${options.row}`,
        en: `sheet ${ws.name} holds one agency's years, a row each: the latest (row ${found.yearRows[found.yearRows.length - 1] + 1}) is the report's year and the others its earlier years; --row ${options.row} is not used`,
      });
    }
    if (found.threshold) {
      const t = parseThreshold(found.threshold.value, found.threshold.cell);
      if (t.problem) {
        out.problems.push(t.problem);
        return out;
      }
      if (t.value !== null) out.threshold = t.value;
    }
    const bad = agencyTextProblems(
      agency,
      agencyCellOf(ws.name, found.layout, raw.fiscalYear?.cell)
    );
    if (found.layout === "template") {
      const d = templateDateProblem(grid, ws.name, raw.fiscalYear?.cell);
      if (d) bad.push(d);
    }
    if (bad.length) {
      out.problems.push(...bad);
      return out;
    }
    if (sheetTruncated(ws)) out.warnings.push(tooLarge(ws));
    out.raw = raw;
    out.agency = agencyOf(agency);
    out.sheet = ws.name;
    out.range = rangeOf(raw);
    out.layout = found.layout;
    out.finding = found;
    return out;
  }
  if (options.sheet === undefined) {
    const inHidden = wb.worksheets
      .filter((w) => w !== phraseSheet && hidden(w))
      .filter((w) => findInputInGrid(sheetGrid(w), w.name) !== null)
      .map((w) => w.name);
    if (inHidden.length) {
      out.problems.push({
        code: "input-in-hidden-sheet",
        th: `พบตารางคะแนนเฉพาะในแผ่นงานที่ซ่อนอยู่ (${inHidden.join(", ")}) จึงไม่เลือกให้เอง ระบุแผ่นงานด้วย --sheet "${inHidden[0]}"`,
        en: `scores were found only in hidden sheets (${inHidden.join(", ")}), which are never chosen implicitly; name one with --sheet "${inHidden[0]}"`,
      });
      return out;
    }
  }
  const cut = candidates.find((c) => sheetTruncated(c.ws));
  if (cut) out.problems.push(tooLarge(cut.ws));
  out.problems.push({
    code: "no-input",
    th: "ไม่พบตารางคะแนน ITA ในไฟล์ ต้องมีแผ่นงานแม่แบบข้อมูล ITA หรือตารางที่มีแถวของตัวชี้วัดพร้อมคะแนน",
    en: "no ITA score table found: the file needs the ITA input template sheet or a sheet with indicator rows and scores",
  });
  return out;
}
