/**
 * The Office.js writer of a ReportPlan: ONE code path for the report sheets, the input template and the
 * phrase sheet. It only QUEUES operations on the request context; the caller syncs once. Content and layout
 * come from the plan; this file decides only how to express them in Office.js.
 *
 * - Values go in one 2-D array per sheet, after a 2-D number-format array: a string that Excel would turn into
 *   something else when typed (a formula "=...", "+...", "-...", "@...", a number, a percentage, a date, TRUE/FALSE)
 *   gets the text format "@" first, so it stays the text the plan holds. Other strings keep the General format:
 *   long paragraphs in text-formatted cells show as "####" in some Excel versions.
 * - Styles are applied per run of equal styles in a row (few operations even for a long report).
 * - Column widths: the plan gives Excel character units; Office.js wants points.
 */
import type { CellStyle, ChartSpec, SheetPlan } from "../report/plan";
import { a1 } from "./address";

/** Fill colour of the add-in's below-threshold highlight (conditional format). */
export const HIGHLIGHT_FILL = "#FFC7CE";
export const HIGHLIGHT_FONT = "#9C0006";

/** Would Excel turn this string into a formula, number, date or boolean when it is written to `values`? */
export function needsTextFormat(s: string): boolean {
  const t = s.trim();
  if (t === "") return s.length > 0;
  if (/^[=+\-@]/.test(s)) return true;
  if (/^[(]?[+-]?[\d.,\s]+[)]?%?$/.test(t) && /\d/.test(t)) return true;
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^[$€£¥฿][\d.,\s]+$/.test(t)) return true;
  return false;
}

/** Excel character units (width of "0" in the default font) to points, as Excel converts them. */
export function charsToPoints(chars: number): number {
  const px = Math.round(chars * 7 + 5);
  return Math.round(px * 0.75 * 100) / 100;
}

/** The cell values exactly as Excel will hold them after writePlan (merged cells keep their top-left value). */
export function expectedGrid(sheet: SheetPlan): {
  values: (string | number)[][];
  rows: number;
  cols: number;
} {
  const rows = Math.max(1, sheet.rows.length);
  const cols = Math.max(1, ...sheet.rows.map((r) => r.cells.length));
  const values: (string | number)[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells = sheet.rows[r]?.cells ?? [];
    const row: (string | number)[] = [];
    for (let c = 0; c < cols; c++) {
      const v = cells[c]?.value;
      row.push(v === null || v === undefined ? "" : v);
    }
    values.push(row);
  }
  for (const m of sheet.merges) {
    for (let r = m.row; r < m.row + m.rows && r < rows; r++) {
      for (let c = m.col; c < m.col + m.cols && c < cols; c++) {
        if (r !== m.row || c !== m.col) values[r][c] = "";
      }
    }
  }
  return { values, rows, cols };
}

/** FNV-1a (32-bit) hash of a value grid, to detect later edits of a report sheet. */
export function hashGrid(values: unknown[][]): string {
  const text = JSON.stringify(
    values.map((row) =>
      row.map((v) =>
        v === null || v === undefined ? "" : typeof v === "number" ? Number(v.toPrecision(12)) : v
      )
    )
  );
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export interface WrittenSheet {
  plan: SheetPlan;
  /** The name actually used (the plan's, or a free variant of it). */
  name: string;
  worksheet: Excel.Worksheet;
  hash: string;
  rows: number;
  cols: number;
}

function styleKey(s: CellStyle | undefined): string {
  if (!s) return "";
  const keys = (Object.keys(s) as Array<keyof CellStyle>).filter((k) => k !== "numFmt").sort();
  return keys.length ? JSON.stringify(keys.map((k) => [k, s[k]])) : "";
}

const H_ALIGN: Record<NonNullable<CellStyle["hAlign"]>, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
  distributed: "Distributed",
};
const V_ALIGN: Record<NonNullable<CellStyle["vAlign"]>, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

function applyStyle(range: Excel.Range, s: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = s.color;
  if (s.fill) f.fill.color = s.fill;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign] as Excel.HorizontalAlignment;
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign] as Excel.VerticalAlignment;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.indent) f.indentLevel = s.indent;
  if (s.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (cols > 1) edges.push("InsideVertical");
    if (rows > 1) edges.push("InsideHorizontal");
    for (const edge of edges) {
      const b = f.borders.getItem(edge as Excel.BorderIndex);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}

function writeChart(ws: Excel.Worksheet, chart: ChartSpec): void {
  const rows = chart.values.toRow - chart.values.fromRow + 1;
  const values = ws.getRange(a1(chart.values.fromRow, chart.values.col, rows, 1));
  const cats = ws.getRange(a1(chart.categories.fromRow, chart.categories.col, rows, 1));
  // Column chart (vertical bars) so that the threshold can be drawn as a line series on the same axes:
  // Excel cannot combine horizontal bars with a line.
  const c = ws.charts.add(
    "ColumnClustered" as Excel.ChartType,
    values,
    "Columns" as Excel.ChartSeriesBy
  );
  c.title.text = chart.title;
  // The threshold series may sit in a hidden column (not printed): plot hidden cells too.
  c.plotVisibleOnly = false;
  c.legend.position = "Bottom";
  const s0 = c.series.getItemAt(0);
  s0.name = chart.values.name;
  s0.setXAxisValues(cats);
  if (chart.threshold) {
    const t = c.series.add(chart.threshold.name);
    t.setValues(ws.getRange(a1(chart.values.fromRow, chart.threshold.col, rows, 1)));
    t.chartType = "Line";
  }
  const { row, col, rows: h, cols: w } = chart.anchor;
  c.setPosition(a1(row, col), a1(row + Math.max(1, h) - 1, col + Math.max(1, w) - 1));
}

/**
 * Queues one sheet of the plan into `ws` (a new, empty sheet). Returns the expected values hash.
 */
export function writeSheet(
  ws: Excel.Worksheet,
  sheet: SheetPlan
): { hash: string; rows: number; cols: number } {
  const grid = expectedGrid(sheet);
  const { rows, cols } = grid;

  // Default font of the sheet, then formats (number formats before values), then values.
  const all = ws.getRange();
  all.format.font.name = sheet.font.name;
  all.format.font.size = sheet.font.size;

  const numberFormat: string[][] = [];
  const values: (string | number)[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells = sheet.rows[r]?.cells ?? [];
    const nf: string[] = [];
    const vals: (string | number)[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = cells[c];
      const v = cell?.value;
      if (typeof v === "string") {
        nf.push(needsTextFormat(v) ? "@" : "General");
        vals.push(v);
      } else if (typeof v === "number") {
        nf.push(cell?.style?.numFmt ?? "General");
        vals.push(v);
      } else {
        nf.push("General");
        vals.push("");
      }
    }
    numberFormat.push(nf);
    values.push(vals);
  }
  const block = ws.getRange(a1(0, 0, rows, cols));
  block.numberFormat = numberFormat;
  block.values = values;

  // Styles: runs of equal style within a row, then runs with the same columns and style in consecutive
  // rows joined into one rectangle (a table body is a few operations, not a few per cell).
  const rects: Array<{ row: number; col: number; rows: number; cols: number; style: CellStyle }> =
    [];
  const open = new Map<string, (typeof rects)[number]>();
  sheet.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.cells.length) {
      const k = styleKey(row.cells[c]?.style);
      let end = c + 1;
      while (end < row.cells.length && styleKey(row.cells[end]?.style) === k) end++;
      const style = row.cells[c]?.style;
      if (k && style) {
        const id = `${c}:${end}:${k}`;
        const prev = open.get(id);
        if (prev && prev.row + prev.rows === r) prev.rows++;
        else {
          const rect = { row: r, col: c, rows: 1, cols: end - c, style };
          rects.push(rect);
          open.set(id, rect);
        }
      }
      c = end;
    }
    if (row.height) ws.getRange(a1(r, 0)).format.rowHeight = row.height;
  });
  for (const rc of rects) {
    applyStyle(ws.getRange(a1(rc.row, rc.col, rc.rows, rc.cols)), rc.style, rc.rows, rc.cols);
  }

  for (const m of sheet.merges) ws.getRange(a1(m.row, m.col, m.rows, m.cols)).merge(false);
  sheet.columns.forEach((w, c) => {
    // Width 0: a hidden column (data for a chart, not printed).
    if (w > 0) ws.getRange(a1(0, c)).format.columnWidth = charsToPoints(w);
    else ws.getRange(a1(0, c)).columnHidden = true;
  });

  for (const v of sheet.validations ?? []) {
    const dv = ws.getRange(a1(v.row, v.col, v.rows, 1)).dataValidation;
    dv.rule = {
      decimal: {
        formula1: v.min,
        formula2: v.max,
        operator: "Between" as Excel.DataValidationOperator,
      },
    };
    dv.prompt = { showPrompt: true, title: "คะแนน / Score", message: v.promptTh.slice(0, 255) };
    dv.errorAlert = {
      showAlert: true,
      style: "Stop" as Excel.DataValidationAlertStyle,
      title: "คะแนนไม่ถูกต้อง / Invalid score",
      message: `กรอกตัวเลข ${v.min}-${v.max} / Enter a number from ${v.min} to ${v.max}`,
    };
  }

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    if (sheet.freeze.cols === 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
    else if (sheet.freeze.rows === 0) ws.freezePanes.freezeColumns(sheet.freeze.cols);
    else ws.freezePanes.freezeAt(ws.getRange(a1(0, 0, sheet.freeze.rows, sheet.freeze.cols)));
  }

  for (const chart of sheet.charts) writeChart(ws, chart);

  const p = sheet.print;
  const pl = ws.pageLayout;
  pl.paperSize = "A4" as Excel.PaperType;
  pl.orientation = (
    p.orientation === "landscape" ? "Landscape" : "Portrait"
  ) as Excel.PageOrientation;
  pl.topMargin = p.margins.top * 72;
  pl.bottomMargin = p.margins.bottom * 72;
  pl.leftMargin = p.margins.left * 72;
  pl.rightMargin = p.margins.right * 72;
  pl.headerMargin = p.margins.header * 72;
  pl.footerMargin = p.margins.footer * 72;
  pl.zoom = p.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
  if (p.repeatRows) pl.setPrintTitleRows(`$${p.repeatRows.from + 1}:$${p.repeatRows.to + 1}`);
  if (p.firstPageNumber) pl.firstPageNumber = p.firstPageNumber;
  // Header and footer in the sheet's font; "&P" prints Arabic digits (no header code gives Thai ones).
  const font = `&"${sheet.font.name},Regular"&${sheet.font.size}`;
  const hf = pl.headersFooters;
  if (p.differentFirstPage && (p.header || p.footer))
    hf.state = "FirstAndDefault" as Excel.HeaderFooterState;
  if (p.header) hf.defaultForAllPages.centerHeader = `${font}${p.header}`;
  if (p.footer) hf.defaultForAllPages.centerFooter = `${font}${p.footer}`;
  // The composer paginates (no heading alone at a page's foot, table headers repeated): keep its breaks.
  for (const row of sheet.pageBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);

  return { hash: hashGrid(grid.values), rows, cols };
}

/**
 * Queues new sheets for every SheetPlan (names given by the caller, already checked free) and their content.
 * The caller syncs once; each WrittenSheet's worksheet has "id" and "name" queued for loading.
 */
export function writePlan(
  context: Excel.RequestContext,
  sheets: SheetPlan[],
  names?: string[]
): WrittenSheet[] {
  return sheets.map((plan, i) => {
    const name = names?.[i] ?? plan.name;
    const worksheet = context.workbook.worksheets.add(name);
    const { hash, rows, cols } = writeSheet(worksheet, plan);
    worksheet.load("id,name");
    return { plan, name, worksheet, hash, rows, cols };
  });
}
