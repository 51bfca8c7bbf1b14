/**
 * The sheet rendering of a ReportDocument: document -> ReportPlan (one SheetPlan per sheet its parts
 * name), written by the Office.js and ExcelJS writers.
 *
 * Sheets that flow: every paragraph is one cell holding its whole text (no line break inside a
 * sentence; a break only between the items of a list in a table cell); prose cells are never merged and
 * no row holding wrapped text has a height, so Excel and LibreOffice wrap Thai with their own
 * dictionaries and size the rows, on opening and after every edit. A paragraph that would pass Excel's
 * row height limit (409 pt) is split into rows at a sentence boundary (a space), never inside one.
 * Pagination is the spreadsheet's: a page break only where a part starts a new page (or a block asks
 * for one); a table's header repeats through print titles, not copied rows.
 *
 * Columns: the analysis sheet has one text-width column; a sheet whose parts hold tables takes the
 * first table's columns (scaled to the text block), its prose in the first column (unwrapped when it
 * fits the table's width, so it reads across the empty cells beside it). A table on a sheet of one
 * column is rendered as a list (its group rows as bold lines, each cell as items under its column's
 * header).
 */
import type {
  Block,
  BlockRef,
  DocPart,
  FigureBlock,
  Inline,
  ReportDocument,
  TableBlock,
} from "./document";
import { inlineText } from "./document";
import type { CellStyle, ChartSpec, Merge, PlanCell, PlanRow, ReportPlan, SheetPlan } from "./plan";
import { BORDER_COLOR } from "./plan";
import { cellText, isSentenceBoundary, linesAtSpaces, markedFormat } from "./sheetText";
import { renderPart } from "./sheetNotes";

import {
  A4,
  columnsOuterWidthPt,
  columnsWidthPt,
  DEFAULT_PRINT,
  fitColumns,
  lineHeightPt,
  textWidthPt,
} from "./layout";

/** Width in points of the A4 text block with the report's margins (portrait, landscape). */
const TEXT_WIDTH = {
  portrait: A4.width - (DEFAULT_PRINT.margins.left + DEFAULT_PRINT.margins.right) * 72,
  landscape: A4.height - (DEFAULT_PRINT.margins.left + DEFAULT_PRINT.margins.right) * 72,
};

/** Excel's row height limit (points). */
export const MAX_ROW_HEIGHT = 409;
/**
 * Most lines a paragraph row is planned to hold: Excel's limit is about 14 lines of 16 pt; the estimate
 * of the lines is ours, the wrapping the spreadsheet's, so a margin is kept.
 */
const ROW_LINES_BUDGET = 0.75;

/** Rows a chart covers, and their height (points). */
const CHART_ROWS = { many: 14, few: 11, height: 20.25 };
/** Space above the cover's title (points): a third of the way down the page. */
const COVER_TOP = 200;
const SPACE = { half: 8, line: 16 };

/** Character units of columns that fill `widthPt` (the text block), from relative widths. */
export function columnsFor(relative: number[], widthPt: number): number[] {
  const visible = relative.filter((w) => w > 0);
  const sum = visible.reduce((s, w) => s + w, 0) || 1;
  // Excel's column px = 7 x units + 5: the units for the block width, less the padding of each column.
  const units = (widthPt / 0.75 - 5 * visible.length) / 7;
  const scaled = relative.map((w) => (w > 0 ? Math.floor((w / sum) * units * 100) / 100 : 0));
  return fitColumns(scaled, widthPt);
}

interface SheetLayout {
  columns: number[];
  orientation: "portrait" | "landscape";
  /** Columns of the grid a sheet-wide cell is measured over (all visible ones). */
  widthPt: number;
}

function layoutOf(parts: DocPart[]): SheetLayout {
  const orientation = parts.some((p) => p.orientation === "landscape") ? "landscape" : "portrait";
  const block = TEXT_WIDTH[orientation];
  const table = parts
    .flatMap((p) => p.blocks)
    .find((b): b is TableBlock => b.kind === "table" && b.sheetAs !== "list");
  const columns = table ? columnsFor(table.columns, block) : columnsFor([1], block);
  return { columns, orientation, widthPt: columnsOuterWidthPt(columns) };
}

/** The style of a body text cell. */
const TEXT: CellStyle = { wrap: true, vAlign: "top", hAlign: "left" };

class SheetRenderer {
  readonly rows: PlanRow[] = [];
  readonly merges: Merge[] = [];
  readonly pageBreaks: number[] = [];
  readonly charts: ChartSpec[] = [];
  /** Sheet rows of each table's body rows, by table id. */
  private readonly tableRows = new Map<string, number[]>();
  /** Header rows of the tables written (first and last sheet row). */
  readonly headers: Array<{ from: number; to: number }> = [];
  private readonly single: boolean;
  private readonly textPt: number;
  /** The heading of the part being rendered (repeated over its paragraphs moved to the sheet of text). */
  partHeading?: { text: string; id: string };
  private movedUnder?: string;

  /** A sheet of one text column (the analysis): where a table sheet's long paragraphs go. */
  get isText(): boolean {
    return this.single;
  }

  /** A paragraph of a table sheet's part, set here under that part's heading (once). */
  moved(text: string, style: CellStyle, ref: BlockRef, head?: { text: string; id: string }): void {
    if (head && this.movedUnder !== head.id) {
      this.movedUnder = head.id;
      this.spacer(SPACE.line);
      this.text(head.text, { bold: true, size: 18 }, { block: head.id });
    }
    this.text(text, style, ref);
  }

  constructor(
    readonly layout: SheetLayout,
    private readonly fontSize: number
  ) {
    this.single = layout.columns.filter((w) => w > 0).length === 1;
    this.textPt = columnsWidthPt(layout.columns.filter((w) => w > 0));
  }

  private get width(): number {
    return this.layout.columns.length;
  }

  private push(row: PlanRow): number {
    if (row.height === undefined) {
      const h = this.estimate(row);
      if (h) row.estimatedHeight = h;
    }
    this.rows.push(row);
    return this.rows.length - 1;
  }

  /**
   * The height a row's wrapped text needs at our estimate (the font's advances over 95 % of the cell's
   * width, 8 % more for wrapping at word boundaries, whole lines, the line pitch of TH SarabunPSK),
   * rounded up to whole pixels; generous, so that a renderer wrapping a little differently still shows
   * every line. Only the file's starting height: the spreadsheet resizes the row after an edit.
   */
  private estimate(row: PlanRow): number {
    let best = 0;
    const spans = new Map(
      this.merges.filter((m) => m.row === this.rows.length).map((m) => [m.col, m.cols])
    );
    row.cells.forEach((c, col) => {
      if (typeof c.value !== "string" || !c.value) return;
      const st = c.style ?? {};
      const size = st.size ?? this.fontSize;
      const cols = this.layout.columns.slice(col, col + (spans.get(col) ?? 1));
      const width = Math.max(size * 2, columnsWidthPt(cols) - (st.indent ?? 0) * 9) * 0.95;
      let lines = 0;
      for (const line of c.value.split("\n")) {
        // A text a little over the width still takes one line (a short cell); a longer one loses
        // about 8 % of each line to wrapping at word boundaries.
        const ratio = textWidthPt(line, size, !!st.bold) / width;
        lines += !st.wrap || ratio <= 1.05 ? 1 : Math.ceil(ratio * 1.08);
      }
      best = Math.max(best, lines * lineHeightPt(size) + 4);
    });
    return best ? Math.min(MAX_ROW_HEIGHT, Math.ceil(best / 0.75) * 0.75) : 0;
  }

  spacer(height: number): void {
    this.push({ cells: [], height });
  }

  pageBreak(): void {
    const at = this.rows.length;
    if (at > 0 && this.pageBreaks[this.pageBreaks.length - 1] !== at) this.pageBreaks.push(at);
  }

  /**
   * Where a prose block that a table sheet cannot hold goes: the sheet of text before it (set by
   * renderSheets); absent on a sheet of one column, or when there is no sheet of text.
   */
  moveOut?: (text: string, style: CellStyle, ref: BlockRef) => void;

  /**
   * One text in the first column. On a sheet of one column it wraps (split at a sentence boundary when
   * it would pass Excel's row height limit). On a table sheet, whose first column is a table's, a text
   * that fits the table's width on one line is left unwrapped (it reads across the empty cells beside
   * it); a longer title or heading is set on several unwrapped rows, cut at spaces; a longer note
   * wraps in the first column; a longer paragraph goes to the sheet of text (moveOut), or wraps in the
   * first column when there is none.
   */
  private text(
    text: string,
    style: CellStyle,
    ref: BlockRef,
    kind: "line" | "note" | "prose" = "prose"
  ): void {
    const size = style.size ?? this.fontSize;
    const bold = !!style.bold;
    const room = this.textPt * 0.9 - (style.indent ?? 0) * 9;
    // A text set on several rows: each row's ref numbers its piece (0, 1, ...).
    const rows = (parts: string[], st: CellStyle): void =>
      parts.forEach((value, piece) =>
        this.push({
          cells: [{ value, style: st, ref: parts.length > 1 ? { ...ref, piece } : ref }],
        })
      );
    if (this.single) {
      const st: CellStyle = { ...TEXT, ...style };
      return rows(this.pieces(text, st, this.textPt), st);
    }
    const flat: CellStyle = { ...TEXT, ...style, wrap: false };
    if (flat.hAlign === "center") flat.hAlign = "left";
    if (textWidthPt(text, size, bold) <= room) return rows([text], flat);
    if (kind === "line") return rows(linesAtSpaces(text, room, size, bold), flat);
    if (kind === "prose" && this.moveOut) return this.moveOut(text, style, ref);
    const st: CellStyle = {
      ...TEXT,
      ...style,
      ...(style.hAlign === "center" ? { hAlign: "left" } : {}),
    };
    rows(this.pieces(text, st, columnsWidthPt(this.layout.columns.slice(0, 1))), st);
  }

  /**
   * A text split at sentence boundaries (spaces) into pieces that each stay under Excel's row height
   * limit at our estimate of its lines; one piece when it fits, and never a cut inside a word.
   */
  private pieces(text: string, st: CellStyle, cellPt: number): string[] {
    if (!st.wrap) return [text];
    const size = st.size ?? this.fontSize;
    const width = Math.max(size * 4, cellPt - (st.indent ?? 0) * 9) * 0.92;
    const maxLines = Math.floor(((MAX_ROW_HEIGHT - 3) / lineHeightPt(size)) * ROW_LINES_BUDGET);
    const budget = width * maxLines;
    const out: string[] = [];
    let rest = text;
    while (textWidthPt(rest, size, !!st.bold) > budget) {
      let cut = -1;
      let used = 0;
      for (let i = 0; i < rest.length; i++) {
        used += textWidthPt(rest[i], size, !!st.bold);
        if (used > budget) break;
        if (rest[i] === " " && isSentenceBoundary(rest, i)) cut = i;
      }
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
    return out;
  }

  block(b: Block, fontSize: number): void {
    const ref: BlockRef = { block: b.id ?? "" };
    if (b.pageBreakBefore) this.pageBreak();
    if (b.spaceBefore && this.rows.length) this.spacer(SPACE[b.spaceBefore]);
    switch (b.kind) {
      case "title":
        this.text(
          inlineText(b.text),
          { bold: true, size: b.level === 1 ? 20 : 18, hAlign: "center" },
          ref,
          "line"
        );
        return;
      case "heading":
        this.text(
          inlineText(b.text),
          { bold: true, ...(b.level === 1 ? { size: 18 } : {}) },
          ref,
          "line"
        );
        return;
      case "paragraph":
      case "note": {
        const style: CellStyle = {
          ...(b.size && b.size !== fontSize ? { size: b.size } : {}),
          ...(b.kind === "paragraph" && b.bold ? { bold: true } : {}),
          ...(b.indent ? { indent: b.indent } : {}),
          ...(b.kind === "paragraph" && b.align && b.align !== "left" ? { hAlign: b.align } : {}),
        };
        this.text(inlineText(b.text), style, ref, b.kind === "note" ? "note" : "prose");
        return;
      }
      case "list":
        b.items.forEach((it, item) =>
          this.text(
            inlineText(it.text),
            {
              ...(b.size && b.size !== fontSize ? { size: b.size } : {}),
              ...((b.indent ?? 0) + 2 * (it.level ?? 0)
                ? { indent: (b.indent ?? 0) + 2 * (it.level ?? 0) }
                : {}),
            },
            { ...ref, item }
          )
        );
        return;
      case "signature":
        b.lines.forEach((line, i) => this.signatureLine(line, { ...ref, line: i }));
        return;
      case "table":
        if (this.single || b.sheetAs === "list") this.tableAsList(b, ref);
        else this.table(b, ref);
        return;
      case "figure":
        this.figure(b);
        return;
    }
  }

  /**
   * A signature line: unwrapped, right-aligned on a sheet of one column; centred in a column of the
   * right half of a table sheet (an unwrapped centred text spreads over the empty cells on both sides).
   */
  private signatureLine(line: Inline, ref: BlockRef): void {
    const text = inlineText(line);
    if (this.single) {
      this.push({ cells: [{ value: text, style: { hAlign: "right", vAlign: "top" }, ref }] });
      return;
    }
    const cols = this.layout.columns;
    const half = columnsOuterWidthPt(cols) * 0.62;
    let col = 0;
    while (col < cols.length - 1 && columnsOuterWidthPt(cols.slice(0, col + 1)) < half) col++;
    const cells: PlanCell[] = Array.from({ length: col }, () => ({ value: null }));
    cells.push({ value: text, style: { hAlign: "center", vAlign: "top" }, ref });
    this.push({ cells });
  }

  /**
   * A table on a sheet of one column, as a compact list: a group row as a bold line; every other row
   * as one line, its first cell, a colon, then the others ("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล: จาก 55.85 **
   * เป็น 85.00 คะแนน ...", each after its column's header when there are more than two columns); a
   * row whose cells hold lists as one line per cell, its header, a colon, then its items in a run
   * ("ประเด็นการประเมิน: (1) ... (2) ..."). One cell per line, no line break inside it. A line joins
   * several of the table's texts, so its ref names the row only (a rendering that reads the sheets
   * back keeps the table's own texts for it).
   */
  private tableAsList(t: TableBlock, ref: BlockRef): void {
    const size = t.size && t.size !== this.fontSize ? { size: t.size } : {};
    const heads = t.header[0]?.cells.map((c) => cellText(c).join(" ")) ?? [];
    const line = { indent: 1, ...size };
    t.rows.forEach((row, r) => {
      const at = t.header.length + r;
      if (row.group) {
        row.cells.forEach((c, col) =>
          this.text(
            cellText(c).join(" "),
            { bold: true, ...(row.fill ? { fill: row.fill } : {}), ...size },
            { ...ref, row: at, col }
          )
        );
        return;
      }
      if (row.cells.some((c) => Array.isArray(c.value))) {
        row.cells.forEach((c, col) => {
          const items = cellText(c).join(" ");
          if (items)
            this.text(heads[col] ? `${heads[col]}: ${items}` : items, line, { ...ref, row: at });
        });
        return;
      }
      const [first = "", ...rest] = row.cells.map((c) => cellText(c).join(" "));
      const tail = rest
        .map((v, i) => (v && rest.length > 1 && heads[i + 1] ? `${heads[i + 1]} ${v}` : v))
        .filter(Boolean)
        .join(" ");
      const text = first && tail ? `${first}: ${tail}` : first || tail;
      if (text) this.text(text, line, { ...ref, row: at });
    });
  }

  /** A real table on the sheet's grid: header rows (print titles), body rows growing with their text. */
  private table(t: TableBlock, ref: BlockRef): void {
    const hidden = new Set(t.hiddenColumns ?? []);
    const size = t.size ?? this.fontSize;
    const all = [...t.header, ...t.rows];
    const first = this.rows.length;
    all.forEach((row, r) => {
      const header = r < t.header.length;
      const cells: PlanCell[] = [];
      let col = 0;
      row.cells.forEach((c, i) => {
        const span = Math.max(1, c.span ?? 1);
        const style: CellStyle = {
          border: true,
          borderColor: BORDER_COLOR,
          vAlign: header ? "middle" : "top",
          size,
          ...(row.bold || header ? { bold: true } : {}),
          ...(c.bold ? { bold: true } : {}),
          ...(row.fill ? { fill: row.fill } : {}),
          ...(c.fill ? { fill: c.fill } : {}),
          ...(c.align ? { hAlign: c.align } : {}),
        };
        let value: PlanCell["value"];
        if (typeof c.value === "number") {
          value = c.value;
          if (c.numFmt) style.numFmt = c.numFmt;
          if (c.align === "right") style.indent = 1;
        } else {
          value = c.value === null ? null : cellText(c).join("\n");
          // A merged cell holds a short text that never wraps (a merged cell is never sized to it).
          if (value !== null) style.wrap = span === 1;
        }
        if (hidden.has(col)) {
          // A hidden data cell (the chart's threshold or categories): a text keeps its place in the document.
          cells.push({
            value,
            style: { color: "#FFFFFF", ...(style.numFmt ? { numFmt: style.numFmt } : {}) },
            ...(typeof value === "string" ? { ref: { ...ref, row: r, col: i } } : {}),
          });
        } else {
          cells.push({
            value,
            style,
            ...(typeof value === "string" ? { ref: { ...ref, row: r, col: i } } : {}),
          });
          for (let k = 1; k < span; k++) cells.push({ value: null, style: { ...style } });
        }
        if (span > 1) this.merges.push({ row: this.rows.length, col, rows: 1, cols: span });
        col += span;
      });
      // Cells of the grid the row leaves out: bordered like the table, except hidden columns.
      for (; col < this.width; col++)
        if (!hidden.has(col) && col < (t.columns.length || this.width))
          cells.push({ value: null, style: { border: true, borderColor: BORDER_COLOR } });
      this.push({ cells });
    });
    if (t.header.length) this.headers.push({ from: first, to: first + t.header.length - 1 });
    if (t.id)
      this.tableRows.set(
        t.id,
        t.rows.map((_, i) => first + t.header.length + i)
      );
  }

  /** Rows reserved for a chart (fixed heights, no text), the chart anchored over them. */
  private figure(f: FigureBlock): void {
    const c = f.chart;
    const n = c.categories.length > 5 ? CHART_ROWS.many : CHART_ROWS.few;
    const anchor = this.rows.length;
    for (let i = 0; i < n; i++) this.spacer(CHART_ROWS.height);
    const range = (
      src: { table: string; column: number; fromRow?: number; toRow?: number } | undefined
    ): { col: number; fromRow: number; toRow: number } | null => {
      if (!src) return null;
      const rows = this.tableRows.get(src.table);
      if (!rows?.length) return null;
      const from = rows[src.fromRow ?? 0];
      const to = rows[src.toRow ?? rows.length - 1];
      if (
        from === undefined ||
        to === undefined ||
        to - from !== (src.toRow ?? rows.length - 1) - (src.fromRow ?? 0)
      )
        return null;
      return { col: src.column, fromRow: from, toRow: to };
    };
    const values =
      c.series.find((s) => s.draw === "column" && s.labels) ?? c.series[c.series.length - 1];
    const threshold = c.series.find((s) => s.draw === "line");
    const previous = c.series.find((s) => s !== values && s.draw === "column");
    const cats = range(c.categorySource);
    const vals = range(values?.source);
    if (!cats || !vals || !values) return;
    const prev = previous ? range(previous.source) : null;
    const thr = threshold ? range(threshold.source) : null;
    const visible = this.layout.columns.filter((w) => w > 0).length;
    // The marks of this year's values, printed after them in their data labels (both writers).
    const marked = (values.marks ?? []).flatMap((mark, point) =>
      mark ? [{ point, mark, numFmt: markedFormat(c.axis.numFmt, mark) }] : []
    );
    this.charts.push({
      type: "column",
      title: c.title,
      categories: cats,
      values: { ...vals, name: values.name },
      ...(thr && threshold ? { threshold: { col: thr.col, name: threshold.name } } : {}),
      ...(prev && previous ? { previous: { ...prev, name: previous.name } } : {}),
      anchor: { row: anchor, col: 0, cols: visible, rows: n },
      style: {
        colors: {
          values: values.color,
          previous: previous?.color ?? "#A5A5A5",
          threshold: threshold?.color ?? "#C00000",
        },
        labels: !!values.labels,
        legend: c.legend ? "bottom" : "none",
        axis: { min: c.axis.min, max: c.axis.max, step: c.axis.step },
        ...(values.labels && marked.length ? { markedLabels: marked } : {}),
      },
    });
  }
}

/** Renders a document as sheets: one SheetPlan per sheet its parts name, in the parts' order. */
export function renderSheets(doc: ReportDocument): ReportPlan {
  const groups: DocPart[][] = [];
  for (const p of doc.parts) {
    const g = groups.find((x) => x[0].sheet.name === p.sheet.name);
    if (g) g.push(p);
    else groups.push([p]);
  }
  const renderers = groups.map((parts) => new SheetRenderer(layoutOf(parts), doc.font.size));
  let text: SheetRenderer | undefined;
  groups.forEach((parts, g) => {
    const r = renderers[g];
    if (r.isText) text = r;
    else if (text) {
      const to = text;
      r.moveOut = (t, style, ref) => to.moved(t, style, ref, r.partHeading);
    }
    parts.forEach((part, i) => {
      if (i > 0) r.pageBreak();
      if (part.verticalAlign === "center") r.spacer(COVER_TOP);
      const head = part.blocks.find((b) => b.kind === "heading" || b.kind === "title");
      r.partHeading = head && {
        text: inlineText((head as { text: Inline }).text),
        id: head.id ?? "",
      };
      renderPart(r, part, doc.font.size);
    });
  });
  const sheets: SheetPlan[] = groups.map((parts, g) => {
    const r = renderers[g];
    const layout = r.layout;
    const role = parts[0].sheet.role;
    // Print titles: the header of the sheet's one table with a header (a sheet of several tables
    // repeats none: one table's header over another table's rows would mislead).
    const repeat = r.headers.length === 1 ? r.headers[0] : undefined;
    return {
      role,
      name: parts[0].sheet.name,
      font: { ...doc.font },
      columns: layout.columns,
      rows: r.rows,
      merges: r.merges,
      charts: r.charts,
      print: {
        ...DEFAULT_PRINT,
        margins: { ...DEFAULT_PRINT.margins },
        orientation: layout.orientation,
        ...(repeat ? { repeatRows: repeat } : {}),
        // The cover carries no page number; numbers run on through the workbook (first page "auto").
        ...(parts[0].pageNumber ? {} : { differentFirstPage: true }),
      },
      ...(r.pageBreaks.length ? { pageBreaks: [...r.pageBreaks] } : {}),
      gridlines: false,
    };
  });
  return { fiscalYear: doc.fiscalYear, sheets, notes: doc.notes };
}
