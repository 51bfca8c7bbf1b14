/**
 * .xlsx input (ExcelJS, Node side): finds the ITA scores in a workbook with the engine's grid reader
 * (the add-in's template sheet first, else the first sheet with an indicator table), and the edited phrase
 * library when the workbook has the phrase sheet.
 */
import ExcelJS from "exceljs";
import type { AgencyDetails, GridFinding, Message, RawInput } from "../core/types";
import { applyPercentFormats, findInputInGrid } from "../core/grid";
import { parseThreshold } from "../core/parse";
import { TEMPLATE } from "../core/template";
import { PHRASE_SHEET_NAME, phrasesFromRows, type PhraseLibrary } from "../report";

export interface XlsxInput {
  /** Present when scores were found. */
  raw?: RawInput;
  agency?: AgencyDetails;
  /** The sheet the scores came from, and how it was laid out. */
  sheet?: string;
  layout?: GridFinding["layout"];
  finding?: GridFinding;
  /** The template's strength threshold, when filled in. */
  threshold?: number;
  /** The workbook's own phrase library (complete, defaults filled in), when it has the phrase sheet. */
  phrases?: PhraseLibrary;
  problems: Message[];
  warnings: Message[];
}

/** A worksheet's values as a 0-based grid from A1 (ExcelJS values as they are: the engine unwraps them). */
export function sheetGrid(ws: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      line[c - 1] = cell.value;
    });
    for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = null;
    grid[r - 1] = line;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return grid;
}

/** The number formats (ExcelJS numFmt) aligned with sheetGrid, so percent cells read as shown. */
export function sheetFormats(ws: ExcelJS.Worksheet): unknown[][] {
  const grid: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      line[c - 1] = cell.numFmt;
    });
    grid[r - 1] = line;
  });
  return grid;
}

function isTemplateGrid(grid: unknown[][]): boolean {
  const v = grid[TEMPLATE.title.row]?.[TEMPLATE.title.col];
  return typeof v === "string" && v.trim() === TEMPLATE.title.textTh;
}

function agencyOf(found: Partial<AgencyDetails>): AgencyDetails | undefined {
  if (!found || Object.keys(found).length === 0) return undefined;
  return { ...found, name: found.name ?? "" };
}

/**
 * Reads the input from an open workbook. `row` picks one row (1-based sheet row) of a wide sheet;
 * without it the first row is used and the others are listed in a warning.
 */
export function readInputFromWorkbook(
  wb: ExcelJS.Workbook,
  options: { row?: number } = {}
): XlsxInput {
  const out: XlsxInput = { problems: [], warnings: [] };
  const phraseSheet = wb.worksheets.find((w) => w.name === PHRASE_SHEET_NAME);
  if (phraseSheet) {
    const p = phrasesFromRows(sheetGrid(phraseSheet), phraseSheet.name);
    out.phrases = p.phrases;
    out.warnings.push(...p.warnings);
  }
  const candidates = wb.worksheets
    .filter((w) => w !== phraseSheet)
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
          : found.rows[0];
      if (!wanted) {
        out.problems.push({
          code: "row-not-found",
          th: `แผ่นงาน ${ws.name} ไม่มีข้อมูลในแถว ${options.row} แถวที่มี: ${found.rows.map((r) => r.row + 1).join(", ")}`,
          en: `sheet ${ws.name} has no data row ${options.row}; rows found: ${found.rows.map((r) => r.row + 1).join(", ")}`,
        });
        return out;
      }
      raw = wanted.raw;
      agency = wanted.agency;
      if (options.row === undefined) {
        out.warnings.push({
          code: "wide-first-row",
          th: `แผ่นงาน ${ws.name} มีข้อมูลหลายแถว (${found.rows.map((r) => `แถว ${r.row + 1} ${r.label}`).join(", ")}) จึงใช้แถวแรก เลือกแถวอื่นได้ด้วย --row`,
          en: `sheet ${ws.name} holds several rows (${found.rows.map((r) => `row ${r.row + 1} ${r.label}`).join(", ")}); the first is used, pick another with --row`,
        });
      }
    }
    if (found.threshold) {
      const t = parseThreshold(found.threshold.value, found.threshold.cell);
      if (t.problem) {
        out.problems.push(t.problem);
        return out;
      }
      if (t.value !== null) out.threshold = t.value;
    }
    out.raw = raw;
    out.agency = agencyOf(agency);
    out.sheet = ws.name;
    out.layout = found.layout;
    out.finding = found;
    return out;
  }
  out.problems.push({
    code: "no-input",
    th: "ไม่พบตารางคะแนน ITA ในไฟล์ ต้องมีแผ่นงานแม่แบบข้อมูล ITA หรือตารางที่มีแถวของตัวชี้วัดพร้อมคะแนน",
    en: "no ITA score table found: the file needs the ITA input template sheet or a sheet with indicator rows and scores",
  });
  return out;
}

/** Opens an .xlsx file and reads its input (see readInputFromWorkbook). */
export async function readInputFromXlsx(
  path: string,
  options: { row?: number } = {}
): Promise<XlsxInput & { workbook: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { ...readInputFromWorkbook(workbook, options), workbook };
}
