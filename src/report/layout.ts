/**
 * Layout helpers for sheet plans: a builder that appends paragraphs, headings and tables, and the row
 * height estimate for wrapped text. Excel and LibreOffice do not auto-fit merged cells, so every row with
 * wrapped text gets an explicit height computed here from the text's width in TH SarabunPSK.
 *
 * Glyph advances (em) were measured from Laksaman, the metric-compatible substitute for TH SarabunPSK:
 * Thai consonants 0.59 (bold 0.62), leading vowels 0.42, above/below marks 0, Thai digits 0.68,
 * Arabic digits 0.54, Latin 0.50-0.60, space 0.32. Line height: the font's typographic metrics (it sets
 * USE_TYPO_METRICS): ascender 1.279 + descender 0.376 + line gap 0.06 = 1.715 em.
 */
import type { CellStyle, Merge, PlanCell, PlanRow, PrintSetup, SheetPlan, SheetRole } from "./plan";

export const REPORT_FONT = { name: "TH SarabunPSK", size: 16 };

/** Line height in points for a font size (TH SarabunPSK / Laksaman metrics: 1.715 em, rounded up). */
export function lineHeightPt(size: number): number {
  return size * 1.72;
}

const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/;

/** Advance of one character in em. */
function charEm(ch: string, bold: boolean): number {
  const c = ch.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.test(ch)) return 0;
  const k = bold ? 1.05 : 1;
  if (c >= 0x0e50 && c <= 0x0e59) return 0.68 * k;
  if (c >= 0x0e40 && c <= 0x0e44) return 0.42 * k; // leading vowels
  if (c === 0x0e30 || c === 0x0e32 || c === 0x0e33 || c === 0x0e45) return 0.45 * k;
  if (c >= 0x0e01 && c <= 0x0e2f) return 0.6 * k;
  if (c >= 0x0e00 && c <= 0x0e7f) return 0.55 * k;
  if (ch === " ") return 0.33 * k;
  if (c >= 0x30 && c <= 0x39) return 0.55 * k;
  if (c >= 0x41 && c <= 0x5a) return 0.62 * k;
  if (c >= 0x61 && c <= 0x7a) return 0.52 * k;
  if (c < 0x80) return 0.32 * k;
  return 0.7 * k;
}

/** Width of a single line of text in points. */
export function textWidthPt(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, bold);
  return em * size;
}

/** Usable text width in points of columns whose widths (Excel character units) are given. */
export function columnsWidthPt(widths: number[]): number {
  const px = widths.reduce((s, w) => s + Math.trunc(w * 7 + 5), 0);
  return (px - 8) * 0.75;
}

/** Word boundaries as renderers find them: Thai has no spaces between words, ICU breaks by dictionary. */
const WORDS: Intl.Segmenter | null =
  typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
    ? new Intl.Segmenter("th", { granularity: "word" })
    : null;

/**
 * ICU's dictionary segmentation of Thai slows down sharply on very long runs (a 100,000-character name
 * took minutes), so a line is segmented in windows of at most SEGMENT_WINDOW characters, cut after a space
 * where there is one: the cost stays linear in the text's length.
 */
const SEGMENT_WINDOW = 2000;

function* wordsOf(line: string, words: Intl.Segmenter): Generator<string> {
  for (let i = 0; i < line.length;) {
    let end = Math.min(line.length, i + SEGMENT_WINDOW);
    if (end < line.length) {
      const space = line.lastIndexOf(" ", end - 1);
      if (space > i) end = space + 1;
      else if (/[\uD800-\uDBFF]/.test(line[end - 1])) end++;
    }
    for (const { segment } of words.segment(line.slice(i, end))) yield segment;
    i = end;
  }
}

/** Lines one paragraph (no line breaks) takes when wrapped greedily at word boundaries. */
function wrappedLines(line: string, usable: number, size: number, bold: boolean): number {
  if (!WORDS)
    return Math.max(
      1,
      Math.ceil(textWidthPt(line, size, bold) / Math.max(size, usable - size * 2.5))
    );
  let lines = 1;
  let x = 0;
  for (const segment of wordsOf(line, WORDS)) {
    const w = textWidthPt(segment, size, bold);
    if (x + w <= usable) {
      x += w;
    } else if (segment.trim() === "") {
      // A space that does not fit ends the line and is not carried over.
      lines++;
      x = 0;
    } else {
      // The word moves to a new line; a word wider than the line is broken inside.
      lines++;
      x = w;
      while (x > usable) {
        lines++;
        x -= usable;
      }
    }
  }
  return lines;
}

/**
 * Estimated number of lines a wrapped cell needs. Line breaks in the text are kept; each line is
 * wrapped at word boundaries (Intl.Segmenter, which knows Thai words) on a width reduced by 4 %
 * (LibreOffice's columns come out slightly narrower than Excel's) and 3 % more for the difference
 * between dictionaries and fonts of the renderers.
 */
export function estimateLines(text: string, widthPt: number, size: number, bold = false): number {
  const usable = Math.max(size * 2, widthPt * 0.96 * 0.97);
  let lines = 0;
  for (const line of text.split("\n")) lines += wrappedLines(line, usable, size, bold);
  return lines;
}

/** Row height in points for wrapped text (Excel's limit is 409 points). */
export function rowHeightFor(text: string, widthPt: number, size: number, bold = false): number {
  const h = estimateLines(text, widthPt, size, bold) * lineHeightPt(size) + 4;
  return Math.min(409, Math.ceil(h * 4) / 4);
}

/** Printable height of an A4 portrait page with DEFAULT_PRINT's margins, less 3 % for safety (points). */
export const A4_PRINTABLE_HEIGHT = Math.floor((11.69 - 0.75 - 0.75) * 72 * 0.97);

export const DEFAULT_PRINT: PrintSetup = {
  paper: "A4",
  orientation: "portrait",
  margins: { top: 0.75, bottom: 0.75, left: 0.9, right: 0.6, header: 0.3, footer: 0.3 },
  fitToWidth: true,
  footer: "&P / &N",
};

export const HEADER_FILL = "#D9E2F3";
export const LOW_FILL = "#FCE4D6";

/**
 * Appends rows to a sheet plan, tracking merges and heights. Given a printable page height, it also
 * paginates: a row that does not fit starts a new page; headings (and a table's intro and header row)
 * move to the new page with the row that follows them instead of being left at the bottom; a table's
 * header row is repeated at the top of a page the table continues on. Row heights are explicit, so the
 * renderer breaks pages exactly where planned (the page height keeps a 3 % margin).
 */
export class SheetBuilder {
  readonly rows: PlanRow[] = [];
  readonly merges: Merge[] = [];
  /** Rows that start a printed page. */
  readonly pageBreaks: number[] = [];
  private readonly span: number;
  /** Height used on the current page (points). */
  private used = 0;
  /** First row of a run of rows that must stay with the next row (a heading, a table header). */
  private keepFrom: number | null = null;
  /** Header row of the table being written. */
  private tableHeader: PlanRow | null = null;

  constructor(
    readonly columns: number[],
    private readonly pageHeight?: number
  ) {
    this.span = columns.length;
  }

  get next(): number {
    return this.rows.length;
  }

  private heightOf(row: PlanRow): number {
    return row.height ?? lineHeightPt(REPORT_FONT.size);
  }

  private pageTop(): number {
    return this.pageBreaks.length ? this.pageBreaks[this.pageBreaks.length - 1] : 0;
  }

  private place(row: PlanRow, keepNext: boolean, isHeader = false): number {
    const h = this.heightOf(row);
    if (this.pageHeight && this.used > 0 && this.used + h > this.pageHeight) {
      if (this.keepFrom !== null && this.keepFrom > this.pageTop()) {
        // Take the heading (or table header) along to the new page.
        this.pageBreaks.push(this.keepFrom);
        this.used = this.rows.slice(this.keepFrom).reduce((t, r) => t + this.heightOf(r), 0);
      } else {
        this.pageBreaks.push(this.rows.length);
        this.used = 0;
        if (this.tableHeader && !isHeader) {
          const again: PlanRow = {
            ...this.tableHeader,
            cells: this.tableHeader.cells.map((c) => ({ ...c })),
          };
          this.rows.push(again);
          this.used += this.heightOf(again);
        }
      }
    }
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

  /** An empty spacer row; left out at the top of a new page. */
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
   * A wrapped paragraph merged across columns [fromCol, fromCol + cols); long text is split into
   * several rows so no row exceeds Excel's height limit. `keepNext` keeps it on the page of the next row.
   */
  paragraph(
    text: string,
    style: CellStyle = {},
    fromCol = 0,
    cols = this.span - fromCol,
    keepNext = false
  ): number {
    this.tableHeader = null;
    const size = style.size ?? REPORT_FONT.size;
    const width = columnsWidthPt(this.columns.slice(fromCol, fromCol + cols));
    let first = -1;
    for (const chunk of splitForHeight(text, width, size, !!style.bold)) {
      const cells: PlanCell[] = [];
      for (let c = 0; c < fromCol; c++) cells.push({ value: null });
      cells.push({ value: chunk, style: { wrap: true, vAlign: "top", hAlign: "left", ...style } });
      const row = this.place(
        { cells, height: rowHeightFor(chunk, width, size, !!style.bold) },
        keepNext
      );
      if (first < 0) first = row;
      if (cols > 1) this.merges.push({ row, col: fromCol, rows: 1, cols });
    }
    return first;
  }

  /** A heading across the sheet, kept on the same page as the row after it. */
  heading(text: string, style: CellStyle): number {
    return this.paragraph(text, style, 0, this.span, true);
  }

  /**
   * A table row: one string or number per column; height from the tallest wrapped cell. `header` marks
   * the table's header row: kept with the first body row and repeated after a page break.
   */
  tableRow(
    values: Array<string | number | null>,
    style: CellStyle = {},
    cellStyles: Array<CellStyle | undefined> = [],
    header = false
  ): number {
    const size = style.size ?? REPORT_FONT.size;
    let height = lineHeightPt(size) + 4;
    const cells: PlanCell[] = values.map((v, i) => {
      // Numbers never wrap (a wrapped number splits its digits); text wraps.
      const st: CellStyle = {
        border: true,
        wrap: typeof v !== "number",
        vAlign: "top",
        ...style,
        ...(cellStyles[i] ?? {}),
      };
      if (typeof v === "string") {
        height = Math.max(
          height,
          rowHeightFor(v, columnsWidthPt([this.columns[i] ?? 10]), st.size ?? size, !!st.bold)
        );
      }
      return { value: v, style: st };
    });
    const row: PlanRow = { cells, height: Math.min(409, height) };
    if (header) this.tableHeader = null;
    const index = this.place(row, header, header);
    if (header) this.tableHeader = row;
    return index;
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
      print: { ...DEFAULT_PRINT, margins: { ...DEFAULT_PRINT.margins } },
      ...(this.pageBreaks.length ? { pageBreaks: [...this.pageBreaks] } : {}),
      ...extra,
    };
  }
}

/** Splits text into pieces that each fit in one row (at most ~12 lines), at line breaks or spaces. */
export function splitForHeight(
  text: string,
  widthPt: number,
  size: number,
  bold: boolean
): string[] {
  const maxLines = Math.floor((409 - 4) / lineHeightPt(size)) - 1;
  if (estimateLines(text, widthPt, size, bold) <= maxLines) return [text];
  const out: string[] = [];
  let current = "";
  const parts = text.split(/(?<=[ \n])/);
  for (const part of parts) {
    const candidate = current + part;
    if (current && estimateLines(candidate.trimEnd(), widthPt, size, bold) > maxLines) {
      out.push(current.trimEnd());
      current = part.trimStart();
    } else {
      current = candidate;
    }
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
}
