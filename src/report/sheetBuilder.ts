/**
 * SheetBuilder: appends rows to a sheet plan with its own line breaking, row heights and pagination.
 * Used by the many-agency summary sheet (src/report/summary.ts); the report's sheets are rendered from
 * its document instead (./sheet.ts), and flow.
 *
 * Pagination: rows have explicit heights, so the builder knows where each printed page ends. A
 * paragraph may continue on the next page (it is split into rows at a line boundary, at least two lines
 * on each side); a heading stays with the block it opens; a table row never splits; a table that
 * continues on a new page repeats its own header row there.
 */
import { advanceEm } from "./metrics";
import type { CellStyle, Merge, PlanCell, PlanRow, SheetPlan, SheetRole } from "./plan";
import {
  CELL_PAD_PT,
  columnsWidthPt,
  fitColumns,
  heightForLines,
  INDENT_PT,
  lineHeightPt,
  maxLinesPerRow,
} from "./measure";
import { INDENT_CHAR, titleLines, wrapLines } from "./thaiBreaks";
import { DEFAULT_PRINT, FIRST_LINE_INDENT_PT, REPORT_FONT, TEXT_BLOCK_WIDTH } from "./page";

export interface BuilderOptions {
  /**
   * First-line indent of body paragraphs in points (default FIRST_LINE_INDENT_PT; 0 for none). A body
   * paragraph spans the sheet, is not bold, not centred and has no indent of its own.
   */
  firstLineIndentPt?: number;
  /** Widest the columns may be, in points (default: the A4 text block); wider sets are scaled down. */
  maxWidthPt?: number;
  /** Least lines of a paragraph left at the foot of a page or carried to the next (default 2). */
  minLines?: number;
  /**
   * Font size of table rows whose style gives none (default TABLE_FONT_SIZE, 14 pt: Thai official
   * documents set tables a size below the body text, and tall rows would leave pages half empty).
   */
  tableSize?: number;
}

/** Default font size of table rows (points). */
export const TABLE_FONT_SIZE = 14;

export interface ParagraphOptions {
  /** Indent the first line (default: body paragraphs only, see BuilderOptions.firstLineIndentPt). */
  firstLineIndent?: boolean;
  /** Never split this paragraph across pages (e.g. a signature block). */
  keepTogether?: boolean;
}

/**
 * Appends rows to a sheet plan, tracking merges, heights and (given a printable page height) pages:
 * a paragraph that does not fit continues on the next page (split at a line, at least `minLines` on
 * each side); headings (and a table's intro and header row) move to the new page with the row after
 * them; a table row that does not fit starts a new page, where the table's header row is repeated.
 */
export class SheetBuilder {
  readonly rows: PlanRow[] = [];
  readonly merges: Merge[] = [];
  /** Rows that start a printed page. */
  readonly pageBreaks: number[] = [];
  /** Column widths after fitting the text block. */
  readonly columns: number[];
  private readonly span: number;
  private readonly indentPt: number;
  private readonly minLines: number;
  /** Height used on the current page (points). */
  private used = 0;
  /** First row of a run of rows that must stay with the next row (a heading, a table header). */
  private keepFrom: number | null = null;
  /** Header row of the table being written. */
  private tableHeader: PlanRow | null = null;

  constructor(
    columns: number[],
    private readonly pageHeight?: number,
    options: BuilderOptions = {}
  ) {
    this.columns = fitColumns(columns, options.maxWidthPt ?? TEXT_BLOCK_WIDTH);
    this.span = columns.length;
    this.indentPt = options.firstLineIndentPt ?? FIRST_LINE_INDENT_PT;
    this.minLines = Math.max(1, options.minLines ?? 2);
    this.tableSize = options.tableSize ?? TABLE_FONT_SIZE;
  }

  private readonly tableSize: number;

  get next(): number {
    return this.rows.length;
  }

  /** Pages so far (1 + the page breaks). */
  get pages(): number {
    return 1 + this.pageBreaks.length;
  }

  private heightOf(row: PlanRow): number {
    return row.height ?? lineHeightPt(REPORT_FONT.size);
  }

  private pageTop(): number {
    return this.pageBreaks.length ? this.pageBreaks[this.pageBreaks.length - 1] : 0;
  }

  /** Room left on the current page (Infinity without pagination). */
  private room(): number {
    return this.pageHeight ? this.pageHeight - this.used : Infinity;
  }

  /**
   * Starts a new page before content that does not fit: the kept run (a heading, a table's intro and
   * header) moves along; inside a table the header row is repeated.
   */
  private newPageFor(h: number, isHeader: boolean): void {
    const carried =
      this.keepFrom !== null && this.keepFrom > this.pageTop()
        ? this.rows.slice(this.keepFrom).reduce((t, r) => t + this.heightOf(r), 0)
        : null;
    // A kept run inside a table (a group row kept with its body row) moves to the new page under the
    // table's header row, repeated there.
    const underHeader =
      this.tableHeader !== null &&
      !isHeader &&
      this.keepFrom !== null &&
      this.keepFrom > this.tableHeaderRow;
    const headerH = underHeader ? this.heightOf(this.tableHeader as PlanRow) : 0;
    if (
      carried !== null &&
      this.keepFrom !== null &&
      carried + headerH + h <= (this.pageHeight ?? 0)
    ) {
      const at = this.keepFrom;
      this.pageBreaks.push(at);
      this.used = carried;
      if (underHeader) {
        const again = this.copyOfHeader();
        this.rows.splice(at, 0, again);
        for (const m of this.merges) if (m.row >= at) m.row++;
        for (const m of this.merges.filter((x) => x.row === this.tableHeaderRow))
          this.merges.push({ ...m, row: at });
        this.used += this.heightOf(again);
      }
      return;
    }
    this.pageBreaks.push(this.rows.length);
    this.used = 0;
    if (this.tableHeader && !isHeader) {
      const again = this.copyOfHeader();
      const at = this.rows.length;
      this.rows.push(again);
      this.used += this.heightOf(again);
      for (const m of this.merges.filter((x) => x.row === this.tableHeaderRow))
        this.merges.push({ ...m, row: at });
    }
  }

  private tableHeaderRow = -1;

  private copyOfHeader(): PlanRow {
    const h = this.tableHeader as PlanRow;
    return { ...h, cells: h.cells.map((c) => ({ ...c })) };
  }

  private place(row: PlanRow, keepNext: boolean, isHeader = false): number {
    const h = this.heightOf(row);
    if (this.pageHeight && this.used > 0 && this.used + h > this.pageHeight)
      this.newPageFor(h, isHeader);
    const index = this.rows.length;
    this.rows.push(row);
    this.used += h;
    if (keepNext) this.keepFrom ??= index;
    else this.keepFrom = null;
    return index;
  }

  /** Starts a new printed page at the next row (no-op at the top of a page). */
  breakPage(): void {
    const at = this.rows.length;
    if (at > 0 && this.pageTop() !== at) this.pageBreaks.push(at);
    this.used = 0;
    this.keepFrom = null;
  }

  /** An empty spacer row; left out at the top of a new page and at the foot of a full one. */
  blank(height?: number): void {
    const h = height ?? REPORT_FONT.size;
    this.tableHeader = null;
    if (this.pageHeight && this.used > 0 && this.used + h > this.pageHeight) {
      this.breakPage();
      return;
    }
    if (this.pageHeight && this.used === 0 && this.rows.length > 0 && height === undefined) return;
    this.place({ cells: [], height: h }, false);
  }

  /**
   * Starts a new printed page unless `height` points still fit on this one: keeps a short block (a
   * small table, a signature block) whole on one page.
   */
  keepRoom(height: number): void {
    if (this.pageHeight && this.used > 0 && this.used + height > this.pageHeight) this.breakPage();
  }

  /**
   * Empty rows reserved for a drawing (a chart) `rows` rows of `rowHeight` points, kept on one page.
   * Returns the first row.
   */
  space(rows: number, rowHeight: number): number {
    this.tableHeader = null;
    const h = rows * rowHeight;
    if (this.pageHeight && this.used > 0 && this.used + h > this.pageHeight) this.breakPage();
    const first = this.rows.length;
    for (let i = 0; i < rows; i++) this.place({ cells: [], height: rowHeight }, false);
    return first;
  }

  /** Usable text width of columns [fromCol, fromCol + cols) with an Excel indent level. */
  private widthOf(fromCol: number, cols: number, indent = 0): number {
    return columnsWidthPt(this.columns.slice(fromCol, fromCol + cols)) - indent * INDENT_PT;
  }

  /**
   * A wrapped paragraph merged across columns [fromCol, fromCol + cols), broken into lines by
   * wrapLines. On a paginated sheet it continues on the next page when it does not fit; a row never
   * exceeds Excel's height limit. `keepNext` keeps it on the page of the next row. Returns its first row.
   */
  paragraph(
    text: string,
    style: CellStyle = {},
    fromCol = 0,
    cols = this.span - fromCol,
    keepNext = false,
    options: ParagraphOptions = {}
  ): number {
    this.tableHeader = null;
    const size = style.size ?? REPORT_FONT.size;
    const bold = !!style.bold;
    const body =
      fromCol === 0 &&
      cols === this.span &&
      !bold &&
      !style.indent &&
      (!style.hAlign || style.hAlign === "left" || style.hAlign === "justify");
    const indent = options.firstLineIndent ?? body;
    const prefix =
      indent && this.indentPt > 0 && text.trim()
        ? INDENT_CHAR.repeat(Math.round(this.indentPt / (advanceEm(0xa0, bold) * size)))
        : "";
    const width = this.widthOf(fromCol, cols, style.indent);
    const lines =
      style.hAlign === "center"
        ? titleLines(text, width, size, bold)
        : wrapLines(prefix ? prefix + text.trimStart() : text, width, size, bold);
    const pitch = lineHeightPt(size);
    const perRow = maxLinesPerRow(size);
    const together = options.keepTogether || keepNext || lines.length <= this.minLines;
    let first = -1;
    let i = 0;
    while (i < lines.length) {
      const remaining = lines.length - i;
      let take = Math.min(remaining, perRow);
      if (this.pageHeight) {
        const fit = Math.floor((this.room() - CELL_PAD_PT) / pitch + 1e-9);
        if (fit < take && this.used > 0) {
          // Split here when enough lines fit and enough are left for the next page.
          let n = Math.min(fit, take);
          if (remaining - n < this.minLines) n = remaining - this.minLines;
          if (together || n < this.minLines) {
            this.newPageFor(heightForLines(Math.min(take, this.minLines), size), false);
            continue;
          }
          take = n;
        }
      }
      const chunk = lines.slice(i, i + take).join("\n");
      const cells: PlanCell[] = [];
      for (let c = 0; c < fromCol; c++) cells.push({ value: null });
      const source = lines
        .slice(i, i + take)
        .join("")
        .replace(/^\u00A0+/, "");
      cells.push({
        value: chunk,
        style: { wrap: true, vAlign: "top", hAlign: "left", ...style },
        ...(source !== chunk ? { source } : {}),
      });
      const row = this.place(
        { cells, height: heightForLines(take, size), ...(i > 0 ? { continued: true } : {}) },
        keepNext
      );
      if (first < 0) first = row;
      if (cols > 1) this.merges.push({ row, col: fromCol, rows: 1, cols });
      i += take;
    }
    return first;
  }

  /** A heading across the sheet, kept on the same page as the row after it. */
  heading(text: string, style: CellStyle): number {
    return this.paragraph(text, style, 0, this.span, true);
  }

  /**
   * A table row: one string or number per column; text is broken into lines (wrapLines) and the height
   * is that of the tallest cell. `header` marks the table's header row: kept with the first body row and
   * repeated after a page break. `merge` joins cells: [fromCol, cols] pairs (the first cell holds the value).
   * `keepNext` keeps a body row on the page of the next row (a group row over the rows it names).
   */
  tableRow(
    values: Array<string | number | null>,
    style: CellStyle = {},
    cellStyles: Array<CellStyle | undefined> = [],
    header = false,
    merge: Array<[number, number]> = [],
    keepNext = false
  ): number {
    const spanOf = new Map(merge.map(([c, n]) => [c, n]));
    // A row taller than Excel's limit would be clipped: its text is set a point smaller until it fits
    // (down to 12 pt).
    let shrink = 0;
    let lines = 1;
    let lineSize = style.size ?? this.tableSize;
    let cells: PlanCell[] = [];
    const base = style.size ?? this.tableSize;
    for (; ; shrink++) {
      const size = base - shrink;
      lines = 1;
      lineSize = size;
      cells = values.map((v, i) => {
        // Numbers never wrap (a wrapped number splits its digits); text is broken into lines.
        const st: CellStyle = {
          border: true,
          wrap: typeof v !== "number",
          vAlign: "top",
          size: base,
          ...style,
          ...(cellStyles[i] ?? {}),
        };
        if (shrink) st.size = (st.size ?? base) - shrink;
        if (typeof v === "string") {
          const s = st.size ?? size;
          const wrapped =
            st.wrap === false
              ? [v]
              : wrapLines(v, this.widthOf(i, spanOf.get(i) ?? 1, st.indent), s, !!st.bold);
          if (heightForLines(wrapped.length, s) > heightForLines(lines, lineSize)) {
            lines = wrapped.length;
            lineSize = s;
          }
          const value = wrapped.join("\n");
          return { value, style: st, ...(value !== v ? { source: v } : {}) };
        }
        return { value: v, style: st };
      });
      if (lines <= maxLinesPerRow(lineSize) || lineSize <= 12) break;
    }
    const row: PlanRow = {
      cells,
      height: heightForLines(Math.min(lines, maxLinesPerRow(lineSize)), lineSize),
    };
    if (header) this.tableHeader = null;
    const index = this.place(row, header || keepNext, header);
    for (const [c, n] of merge)
      if (n > 1) this.merges.push({ row: index, col: c, rows: 1, cols: n });
    if (header) {
      this.tableHeader = row;
      this.tableHeaderRow = index;
    }
    return index;
  }

  /**
   * A table row whose text cells are lists (one item a line, "\n" between items). When it does not fit
   * in the room left on the page, it is split between items into two rows: each list's first items on
   * this page (at least one, and at least `minLines` lines in the row), the rest in a row on the next
   * page, under the table's header row repeated there. No item and no line is ever cut. When no such
   * split exists the row moves whole, as tableRow does. Returns the first row.
   */
  tableRowOfLists(
    values: Array<string | null>,
    style: CellStyle = {},
    merge: Array<[number, number]> = []
  ): number {
    const size = style.size ?? this.tableSize;
    const pitch = lineHeightPt(size);
    const spanOf = new Map(merge.map(([c, n]) => [c, n]));
    const items = values.map((v) => (v === null ? null : v.split("\n")));
    const linesOf = items.map((list, i) =>
      list === null
        ? []
        : list.map(
            (it) =>
              wrapLines(it, this.widthOf(i, spanOf.get(i) ?? 1, style.indent), size, !!style.bold)
                .length
          )
    );
    const total = Math.max(1, ...linesOf.map((l) => l.reduce((a, b) => a + b, 0)));
    const fit = Math.floor((this.room() - CELL_PAD_PT) / pitch + 1e-9);
    if (!this.pageHeight || this.used === 0 || total <= fit || fit < this.minLines)
      return this.tableRow(values, style, [], false, merge);
    // Items of each list that fit in `fit` lines.
    const take = linesOf.map((l) => {
      let n = 0;
      let used = 0;
      while (n < l.length && used + l[n] <= fit) used += l[n++];
      return n;
    });
    const ok =
      items.every((list, i) => list === null || take[i] >= 1) &&
      items.some((list, i) => list !== null && take[i] < list.length);
    if (!ok) return this.tableRow(values, style, [], false, merge);
    const head = items.map((list, i) => (list === null ? null : list.slice(0, take[i]).join("\n")));
    const rest = items.map((list, i) =>
      list === null ? null : list.slice(take[i]).join("\n") || ""
    );
    const first = this.tableRow(head, style, [], false, merge);
    this.tableRow(rest, style, [], false, merge);
    return first;
  }

  build(role: SheetRole, name: string, extra: Partial<SheetPlan> = {}): SheetPlan {
    return {
      role,
      name,
      font: { ...REPORT_FONT },
      columns: [...this.columns],
      rows: this.rows,
      merges: this.merges,
      charts: [],
      print: {
        ...DEFAULT_PRINT,
        margins: { ...DEFAULT_PRINT.margins },
        // The analysis sheet opens with its cover, which carries no page number.
        ...(role === "analysis" ? { differentFirstPage: true } : {}),
      },
      ...(this.pageBreaks.length ? { pageBreaks: [...this.pageBreaks] } : {}),
      ...extra,
    };
  }
}
