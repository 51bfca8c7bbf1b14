/**
 * ExcelJS writer of a ReportPlan (Node side: command line, tests). Renders the plan as it is: content,
 * widths, heights, merges, styles and print setup all come from the plan.
 *
 * - Strings are always written as plain string values (stored as shared strings): text starting with
 *   "=", "+", "-" or "@" stays text. No cell is ever given a formula.
 * - ExcelJS cannot write charts: workbookToBuffer adds each ChartSpec as a native chart part (./chart.ts).
 * - Presentation (gridlines, border colour, validation texts, chart colours and type) is the plan's;
 *   the Office.js writer (src/excel/writePlan.ts) carries out the same plan the same way.
 * - A row without a height in the plan gets none here: Excel and LibreOffice size it to its text.
 * - Existing sheets are never touched: a plan sheet whose name is taken is written under a new name
 *   ("name (2)"), and the names used are returned.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, PlanCell, ReportPlan, SheetPlan } from "../report/plan";
import { BORDER_COLOR, showsGridlines } from "../report/plan";

type PlanCellValue = PlanCell["value"];
import { assertPlanLimits } from "../report/limits";
import { addCharts, type PendingChart } from "./chart";
import { unmarkCustomHeights } from "./rows";

/** Charts of the plan sheets written into a workbook, added to the package by workbookToBuffer. */
const pendingCharts = new WeakMap<ExcelJS.Workbook, PendingChart[]>();
/** Rows of the plan sheets with an estimated (not fixed) height, by sheet: see ./rows.ts. */
const pendingAutoRows = new WeakMap<ExcelJS.Workbook, Map<string, Set<number>>>();

function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

const INVALID_NAME = /[:\\/?*[\]]/g;

/** A sheet name not yet used in the workbook (case-insensitive, at most 31 characters). */
export function freeSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(INVALID_NAME, " ").slice(0, 31);
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function applyStyle(
  cell: ExcelJS.Cell,
  font: { name: string; size: number },
  st: CellStyle | undefined
): void {
  const s = st ?? {};
  cell.font = {
    name: font.name,
    size: s.size ?? font.size,
    bold: s.bold || undefined,
    italic: s.italic || undefined,
    color: s.color ? { argb: argb(s.color) } : undefined,
  };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.hAlign) alignment.horizontal = s.hAlign;
  if (s.vAlign) alignment.vertical = s.vAlign;
  if (s.wrap) alignment.wrapText = true;
  if (s.indent) alignment.indent = s.indent;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = {
      style: "thin",
      color: { argb: argb(s.borderColor ?? BORDER_COLOR) },
    };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numFmt) cell.numFmt = s.numFmt;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetPlan, auto: Set<number>): void {
  sheet.columns.forEach((w, i) => {
    // The sheet's font on its columns, as the Office.js writer sets it on the whole sheet: a cell the
    // officer types into later is in TH SarabunPSK 16 too.
    ws.getColumn(i + 1).font = { name: sheet.font.name, size: sheet.font.size };
    // Width 0: a hidden column (data for a chart, not printed).
    if (w > 0) ws.getColumn(i + 1).width = w;
    else ws.getColumn(i + 1).hidden = true;
  });
  sheet.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    row.cells.forEach((pc, c) => {
      const cell = xrow.getCell(c + 1);
      if (pc.value !== null && pc.value !== undefined) {
        // A plain string or number, never { formula }: ExcelJS stores strings as shared strings.
        cell.value = typeof pc.value === "number" ? pc.value : String(pc.value);
      }
      applyStyle(cell, sheet.font, pc.style);
    });
    if (row.height) xrow.height = row.height;
    else if (row.estimatedHeight) {
      xrow.height = row.estimatedHeight;
      auto.add(r + 1);
    }
  });
  for (const m of sheet.merges) {
    if (m.rows > 1 || m.cols > 1)
      ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
  for (const v of sheet.validations ?? []) {
    for (let r = v.row; r < v.row + v.rows; r++) {
      ws.getCell(r + 1, v.col + 1).dataValidation = {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [v.min, v.max],
        showInputMessage: true,
        promptTitle: v.prompt.title,
        prompt: v.prompt.text,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: v.error.title,
        error: v.error.text,
      };
    }
  }
  for (const l of sheet.lists ?? []) {
    for (let r = l.row; r < l.row + l.rows; r++) {
      ws.getCell(r + 1, l.col + 1).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${l.values.join(",")}"`],
        showInputMessage: true,
        promptTitle: l.prompt.title,
        prompt: l.prompt.text,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: l.error.title,
        error: l.error.text,
      };
    }
  }
  for (const b of sheet.pageBreaks ?? []) {
    // A manual break after row b (1-based), across all columns: max is the last column index, 16383
    // (ExcelJS's Row.addPageBreak writes 16838, past it).
    if (b > 0)
      (ws as unknown as { rowBreaks: object[] }).rowBreaks.push({ id: b, max: 16383, man: 1 });
  }
  const p = sheet.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: p.orientation,
    fitToPage: p.fitToWidth,
    ...(p.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : { scale: 100 }),
    margins: { ...p.margins },
    horizontalCentered: false,
    printTitlesRow: p.repeatRows ? `${p.repeatRows.from + 1}:${p.repeatRows.to + 1}` : undefined,
    ...(p.firstPageNumber ? { firstPageNumber: p.firstPageNumber } : {}),
  };
  // Header and footer in the sheet's font; "&P" prints Arabic digits (no header code gives Thai ones).
  const font = `&"${sheet.font.name},Regular"&${sheet.font.size}`;
  const hf: Partial<ExcelJS.HeaderFooter> = {};
  if (p.header) hf.oddHeader = `&C${font}${p.header}`;
  if (p.footer) hf.oddFooter = `&C${font}${p.footer}`;
  if (p.differentFirstPage && (p.header || p.footer)) {
    hf.differentFirst = true;
    // An empty first-page header: ExcelJS leaves out empty strings, so a single space.
    hf.firstHeader = "&C ";
  }
  if (p.header || p.footer) ws.headerFooter = hf as ExcelJS.HeaderFooter;
  const showGridLines = showsGridlines(sheet);
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ws.views = [
      { state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows, showGridLines },
    ];
  } else ws.views = [{ showGridLines }];
}

/**
 * Adds the plan's sheets to the workbook (existing sheets untouched). Returns the worksheets created,
 * in plan order; a taken name gets a " (2)" suffix.
 */
export function writePlanToWorkbook(
  wb: ExcelJS.Workbook,
  plan: ReportPlan | SheetPlan[]
): ExcelJS.Worksheet[] {
  const sheets = Array.isArray(plan) ? plan : plan.sheets;
  assertPlanLimits(sheets); // Excel's 32,767 characters per cell: refused before anything is added
  const created: ExcelJS.Worksheet[] = [];
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(freeSheetName(wb, sheet.name), {
      pageSetup: { paperSize: 9, orientation: sheet.print.orientation },
    });
    const auto = new Set<number>();
    writeSheet(ws, sheet, auto);
    const byName = pendingAutoRows.get(wb) ?? new Map<string, Set<number>>();
    byName.set(ws.name, auto);
    pendingAutoRows.set(wb, byName);
    created.push(ws);
    for (const chart of sheet.charts) {
      const cell = (r: number, c: number): PlanCellValue => sheet.rows[r]?.cells[c]?.value ?? null;
      const rows = Array.from(
        { length: chart.values.toRow - chart.values.fromRow + 1 },
        (_, k) => chart.values.fromRow + k
      );
      const num = (v: PlanCellValue): number | null => (typeof v === "number" ? v : null);
      const list = pendingCharts.get(wb) ?? [];
      list.push({
        sheetName: ws.name,
        chart,
        categories: rows.map((r) => String(cell(r, chart.categories.col) ?? "")),
        values: rows.map((r) => num(cell(r, chart.values.col))),
        threshold: rows.map((r) => (chart.threshold ? num(cell(r, chart.threshold.col)) : null)),
        previous: chart.previous
          ? rows.map((_, k) =>
              num(cell((chart.previous?.fromRow ?? 0) + k, chart.previous?.col ?? 0))
            )
          : undefined,
        numFmt: sheet.rows[chart.values.fromRow]?.cells[chart.values.col]?.style?.numFmt ?? "0.00",
      });
      pendingCharts.set(wb, list);
    }
  }
  return created;
}

/**
 * The workbook as .xlsx bytes, with the native charts of the plan sheets written into it (ExcelJS
 * writes none; see ./chart.ts). Use this instead of wb.xlsx.writeBuffer / writeFile.
 */
export async function workbookToBuffer(
  wb: ExcelJS.Workbook,
  options: { store?: boolean } = {}
): Promise<Uint8Array> {
  // store: the package uncompressed, for a caller that deflates it natively (src/cli/zip.ts, the batch).
  const zip = options.store ? { zip: { compression: "STORE" } } : {};
  const compression = options.store ? "STORE" : "DEFLATE";
  const bytes = await unmarkCustomHeights(
    new Uint8Array(await wb.xlsx.writeBuffer(zip as ExcelJS.XlsxWriteOptions)),
    pendingAutoRows.get(wb) ?? new Map(),
    compression
  );
  return addCharts(bytes, pendingCharts.get(wb) ?? [], compression);
}
