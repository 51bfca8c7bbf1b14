/**
 * The Office.js writer of a ReportPlan: ONE code path for the report sheets, the input template and the
 * phrase sheet. It only QUEUES operations on the request context; the caller syncs once. Content and layout
 * come from the plan; this file decides only how to express them in Office.js.
 *
 * - Values go in one 2-D array per sheet, after a 2-D number-format array. Excel reads a string written to
 *   `values` as if it were typed: "1E5", "1 1/2", "Jan 1", "12 PM", "TRUE", "#N/A", "=...", "+...", a
 *   leading apostrophe (taken as the quote prefix and dropped) all become something else. Every string of at
 *   most 255 characters therefore gets the text format "@" first, so it stays exactly the text the plan
 *   holds; a longer one keeps General (Excel shows "####" for text-formatted cells longer than 255
 *   characters) unless it starts like a formula, an error or a quote prefix (see needsTextFormat).
 * - Styles are applied per run of equal styles in a row (few operations even for a long report).
 * - Column widths: the plan gives Excel character units; Office.js wants points.
 */
import type { CellStyle, ChartSpec, SheetPlan } from "../report/plan";
import { BORDER_COLOR, chartStyleOf, showsGridlines } from "../report/plan";
import { a1, colName } from "./address";

export {
  HIGHLIGHT_FILL,
  HIGHLIGHT_FONT,
  TEXT_FORMAT_MAX,
  needsTextFormat,
  charsToPoints,
  expectedGrid,
  hashGrid,
  FORMAT_PROPS,
  hashFormats,
} from "./fingerprint";
import { charsToPoints, expectedGrid, hashGrid, needsTextFormat } from "./fingerprint";

export interface WrittenSheet {
  plan: SheetPlan;
  /** The name actually used (the plan's, or a free variant of it). */
  name: string;
  worksheet: Excel.Worksheet;
  hash: string;
  rows: number;
  cols: number;
}

/**
 * The style a cell needs beyond the sheet's defaults, without its border (borders are drawn per table
 * rectangle) and number format (written with the values): what is already the default is not queued again.
 */
function ownStyle(s: CellStyle | undefined, sheet: SheetPlan): CellStyle | undefined {
  if (!s) return undefined;
  const out: CellStyle = {};
  if (s.bold) out.bold = true;
  if (s.italic) out.italic = true;
  if (s.size !== undefined && s.size !== sheet.font.size) out.size = s.size;
  if (s.color && s.color.toUpperCase() !== "#000000") out.color = s.color;
  if (s.fill) out.fill = s.fill;
  if (s.hAlign) out.hAlign = s.hAlign;
  if (s.vAlign && s.vAlign !== "bottom") out.vAlign = s.vAlign;
  if (s.wrap) out.wrap = true;
  if (s.indent) out.indent = s.indent;
  return Object.keys(out).length ? out : undefined;
}

function styleKey(s: CellStyle | undefined): string {
  if (!s) return "";
  const keys = (Object.keys(s) as Array<keyof CellStyle>).sort();
  return keys.length ? JSON.stringify(keys.map((k) => [k, s[k]])) : "";
}

/** Addresses joined into comma-separated lists of at most `max` characters (one getRanges call each). */
export function addressLists(addresses: string[], max = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > max) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

type Rect4 = { row: number; col: number; rows: number; cols: number };

/**
 * Rectangles covering the cells for which `key(r, c)` is non-empty, equal keys together: runs within a
 * row, joined with the same run in the rows below. A table body is one rectangle, not one per row.
 */
function rectangles(
  rows: number,
  cols: (r: number) => number,
  key: (r: number, c: number) => string
): Array<Rect4 & { key: string }> {
  const rects: Array<Rect4 & { key: string }> = [];
  const open = new Map<string, Rect4 & { key: string }>();
  for (let r = 0; r < rows; r++) {
    let c = 0;
    const n = cols(r);
    while (c < n) {
      const k = key(r, c);
      let end = c + 1;
      while (end < n && key(r, end) === k) end++;
      if (k) {
        const id = `${c}:${end}:${k}`;
        const prev = open.get(id);
        if (prev && prev.row + prev.rows === r) prev.rows++;
        else {
          const rect = { row: r, col: c, rows: 1, cols: end - c, key: k };
          rects.push(rect);
          open.set(id, rect);
        }
      }
      c = end;
    }
  }
  return rects;
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

function applyStyle(range: { format: Excel.RangeFormat }, s: CellStyle): void {
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
}

/**
 * Thin lines of the plan's colour around and inside one table rectangle: one setting per edge
 * ("Continuous" is Excel's thin line).
 */
function drawBorders(range: Excel.Range, rows: number, cols: number, color: string): void {
  const borders = range.format.borders;
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (cols > 1) edges.push("InsideVertical");
  if (rows > 1) edges.push("InsideHorizontal");
  for (const edge of edges) {
    const b = borders.getItem(edge as Excel.BorderIndex);
    b.style = "Continuous";
    b.color = color;
  }
}

/** Colours, labels, legend and axis come from the plan (chartStyleOf), as in the .xlsx writer. */
function writeChart(ws: Excel.Worksheet, chart: ChartSpec): void {
  const style = chartStyleOf(chart);
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
  if (style.legend === "bottom") c.legend.position = "Bottom";
  else c.legend.visible = false;
  const axis = c.axes.valueAxis;
  axis.minimum = style.axis.min;
  axis.maximum = style.axis.max;
  axis.majorUnit = style.axis.step;
  const s0 = c.series.getItemAt(0);
  s0.name = chart.values.name;
  s0.setXAxisValues(cats);
  s0.format.fill.setSolidColor(style.colors.values);
  s0.hasDataLabels = style.labels;
  // A derived value's label prints its mark after it: the plan gives the label's number format.
  for (const m of style.labels ? (style.markedLabels ?? []) : [])
    s0.points.getItemAt(m.point).dataLabel.numberFormat = m.numFmt;
  if (chart.previous) {
    // Year over year: the earlier year's columns before this year's, grey as in the .xlsx chart.
    const p = c.series.add(chart.previous.name);
    p.setValues(ws.getRange(a1(chart.previous.fromRow, chart.previous.col, rows, 1)));
    p.setXAxisValues(cats);
    p.plotOrder = 0;
    p.format.fill.setSolidColor(style.colors.previous);
  }
  if (chart.threshold) {
    const t = c.series.add(chart.threshold.name);
    t.setValues(ws.getRange(a1(chart.values.fromRow, chart.threshold.col, rows, 1)));
    t.chartType = "Line";
    t.format.line.color = style.colors.threshold;
    t.format.line.lineStyle = "Dash" as Excel.ChartLineStyle;
  }
  const { row, col, rows: h, cols: w } = chart.anchor;
  c.setPosition(a1(row, col), a1(row + Math.max(1, h) - 1, col + Math.max(1, w) - 1));
}

/** The values in one 2-D array, after a 2-D number-format array (text format "@" where needsTextFormat). */
function writeValues(ws: Excel.Worksheet, sheet: SheetPlan, rows: number, cols: number): void {
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
}

/**
 * Styles: runs of equal style within a row, joined with the same run in the rows below (a table body
 * is a few operations, not a few per cell); then borders, once per table rectangle.
 */
function writeStyles(ws: Excel.Worksheet, sheet: SheetPlan, rows: number): void {
  const width = (r: number): number => sheet.rows[r]?.cells.length ?? 0;
  const styles = sheet.rows.map((row) => row.cells.map((cell) => ownStyle(cell?.style, sheet)));
  // Rectangles of one style are styled together (worksheet.getRanges, ExcelApi 1.9).
  const byStyle = new Map<string, { style: CellStyle; addresses: string[] }>();
  for (const rc of rectangles(rows, width, (r, c) => styleKey(styles[r][c]))) {
    const style = styles[rc.row][rc.col];
    if (!style) continue;
    const entry = byStyle.get(rc.key) ?? { style, addresses: [] };
    entry.addresses.push(a1(rc.row, rc.col, rc.rows, rc.cols));
    byStyle.set(rc.key, entry);
  }
  for (const { style, addresses } of byStyle.values())
    for (const list of addressLists(addresses)) applyStyle(ws.getRanges(list), style);
  const bordered = (r: number, c: number): string => {
    const st = sheet.rows[r]?.cells[c]?.style;
    return st?.border ? (st.borderColor ?? BORDER_COLOR) : "";
  };
  for (const rc of rectangles(rows, width, bordered))
    drawBorders(ws.getRange(a1(rc.row, rc.col, rc.rows, rc.cols)), rc.rows, rc.cols, rc.key);
}

/** Row heights (or autofit where the plan gives none) and column widths. */
function writeSizes(ws: Excel.Worksheet, sheet: SheetPlan): void {
  // Row heights per run of equal rows ("5:9"), the runs of one height set together; column widths per
  // run of equal columns ("B:D").
  const byHeight = new Map<number, string[]>();
  for (let r = 0; r < sheet.rows.length;) {
    const h = sheet.rows[r].height;
    let end = r + 1;
    while (end < sheet.rows.length && sheet.rows[end].height === h) end++;
    if (h) byHeight.set(h, [...(byHeight.get(h) ?? []), `${r + 1}:${end}`]);
    r = end;
  }
  for (const [h, runs] of byHeight)
    for (const list of addressLists(runs)) ws.getRanges(list).format.rowHeight = h;
  // Rows without a height in the plan are sized to their text by Excel, in this batch (no extra round
  // trip): after the values, styles and column widths are queued, before any merge.
  const auto: string[] = [];
  for (let r = 0; r < sheet.rows.length;) {
    let end = r;
    while (end < sheet.rows.length && !sheet.rows[end].height) end++;
    if (end > r) auto.push(`${r + 1}:${end}`);
    r = Math.max(end, r + 1);
    while (r < sheet.rows.length && sheet.rows[r].height) r++;
  }
  for (let c = 0; c < sheet.columns.length;) {
    const w = sheet.columns[c];
    let end = c + 1;
    while (end < sheet.columns.length && sheet.columns[end] === w) end++;
    // Width 0: a hidden column (data for a chart, not printed).
    const cols = ws.getRange(`${colName(c)}:${colName(end - 1)}`);
    if (w > 0) cols.format.columnWidth = charsToPoints(w);
    else cols.columnHidden = true;
    c = end;
  }

  for (const list of addressLists(auto)) ws.getRanges(list).format.autofitRows();
}

/** Data validations: decimal ranges, then drop-down lists. */
function writeValidations(ws: Excel.Worksheet, sheet: SheetPlan): void {
  for (const v of sheet.validations ?? []) {
    const dv = ws.getRange(a1(v.row, v.col, v.rows, 1)).dataValidation;
    dv.rule = {
      decimal: {
        formula1: v.min,
        formula2: v.max,
        operator: "Between" as Excel.DataValidationOperator,
      },
    };
    dv.prompt = {
      showPrompt: true,
      title: v.prompt.title,
      message: v.prompt.text.slice(0, 255),
    };
    dv.errorAlert = {
      showAlert: true,
      style: "Stop" as Excel.DataValidationAlertStyle,
      title: v.error.title,
      message: v.error.text,
    };
  }

  for (const l of sheet.lists ?? []) {
    const dv = ws.getRange(a1(l.row, l.col, l.rows, 1)).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: l.values.join(",") } };
    dv.prompt = { showPrompt: true, title: l.prompt.title, message: l.prompt.text.slice(0, 255) };
    dv.errorAlert = {
      showAlert: true,
      style: "Stop" as Excel.DataValidationAlertStyle,
      title: l.error.title,
      message: l.error.text.slice(0, 255),
    };
  }
}

function writeFreeze(ws: Excel.Worksheet, sheet: SheetPlan): void {
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    if (sheet.freeze.cols === 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
    else if (sheet.freeze.rows === 0) ws.freezePanes.freezeColumns(sheet.freeze.cols);
    else ws.freezePanes.freezeAt(ws.getRange(a1(0, 0, sheet.freeze.rows, sheet.freeze.cols)));
  }
}

/** Page setup, header and footer, and the plan's page breaks. */
function writePageLayout(ws: Excel.Worksheet, sheet: SheetPlan): void {
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
  // Page breaks only where the plan starts a new page (a part of the document); Excel paginates the rest.
  for (const row of sheet.pageBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
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

  writeValues(ws, sheet, rows, cols);
  writeStyles(ws, sheet, rows);
  writeSizes(ws, sheet);
  for (const m of sheet.merges) ws.getRange(a1(m.row, m.col, m.rows, m.cols)).merge(false);
  ws.showGridlines = showsGridlines(sheet);

  writeValidations(ws, sheet);
  writeFreeze(ws, sheet);
  for (const chart of sheet.charts) writeChart(ws, chart);
  writePageLayout(ws, sheet);

  return { hash: hashGrid(grid.values), rows, cols };
}

/**
 * Queues new sheets for every SheetPlan (names given by the caller, already checked free) and their content.
 * The caller syncs once; each WrittenSheet's worksheet has "id" and "name" queued for loading.
 */
export function writePlan(
  context: Excel.RequestContext,
  sheets: SheetPlan[],
  names?: string[],
  onAdded?: (
    worksheet: Excel.Worksheet,
    index: number,
    size: { rows: number; cols: number }
  ) => void
): WrittenSheet[] {
  // Every sheet is added (and, through onAdded, marked as the add-in's) before any content is written:
  // if the batch fails part-way, each sheet it left behind is recognisable.
  const added = sheets.map((plan, i) => {
    const name = names?.[i] ?? plan.name;
    const worksheet = context.workbook.worksheets.add(name);
    const { rows, cols } = expectedGrid(plan);
    onAdded?.(worksheet, i, { rows, cols });
    return { plan, name, worksheet };
  });
  return added.map(({ plan, name, worksheet }) => {
    const { hash, rows, cols } = writeSheet(worksheet, plan);
    worksheet.load("id,name");
    return { plan, name, worksheet, hash, rows, cols };
  });
}
