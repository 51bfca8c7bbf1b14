/**
 * Text measure for sheet layout: glyph advances of TH SarabunPSK (./metrics), line pitch, Excel column
 * widths in points, the row height of a number of lines. Used by the sheet rendering to estimate row
 * heights and by the SheetBuilder (summary sheet) to lay out its rows.
 */
import { advanceEm, LINE_EM } from "./metrics";

/** Line pitch in points for a font size (ascender + descender + line gap of TH SarabunPSK). */
export function lineHeightPt(size: number): number {
  return size * LINE_EM;
}

/** Space above and below the lines of a cell (points). */
export const CELL_PAD_PT = 3;
/** Excel's row height limit (points). */
export const MAX_ROW_HEIGHT = 409;

/** Height of a row holding `lines` lines of text: whole pixels (0.75 pt), as Excel stores them. */
export function heightForLines(lines: number, size: number): number {
  const h = Math.max(1, lines) * lineHeightPt(size) + CELL_PAD_PT;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(h / 0.75) * 0.75);
}

/** Most lines a row may hold within Excel's row height limit. */
export function maxLinesPerRow(size: number): number {
  return Math.max(1, Math.floor((MAX_ROW_HEIGHT - CELL_PAD_PT) / lineHeightPt(size)));
}

/** Width of a single line of text in points. */
export function textWidthPt(text: string, size: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    em += advanceEm(cp, bold);
  }
  return em * size;
}

/**
 * Pixels of a column `w` Excel character units wide, as Excel draws it (Calibri 11, the workbook default:
 * 7 px a unit and 5 px of padding; Excel rounds to the nearest pixel). One rule for the row estimates
 * here and the widths the add-in sets (excel/fingerprint.ts charsToPoints).
 */
export function columnPx(w: number): number {
  return Math.round(w * 7 + 5);
}

/** Width in points of columns whose widths (Excel character units) are given. */
export function columnsOuterWidthPt(widths: number[]): number {
  return widths.reduce((s, w) => s + columnPx(w), 0) * 0.75;
}

/**
 * Usable text width in points of columns whose widths (Excel character units) are given: the narrower
 * of Excel's ((7 px a unit + 5 px) per column, less 8 px of cell padding) and LibreOffice's (measured:
 * 5.0 pt a unit less 2 pt, as it maps the unit through Liberation Sans Narrow), about 5 % less.
 */
export function columnsWidthPt(widths: number[]): number {
  const px = widths.reduce((s, w) => s + columnPx(w), 0);
  const units = widths.reduce((s, w) => s + w, 0);
  return Math.min((px - 8) * 0.75, units * 5.0 - 2);
}

/**
 * Share of the usable width (columnsWidthPt, already the narrower renderer's) a line may take: the
 * rest covers small differences in glyph advances between TH SarabunPSK builds and kerning.
 */
export const LINE_FILL = 0.97;

/** Width of one Excel indent level in points (Excel: 3 digit widths; LibreOffice a little less). */
export const INDENT_PT = 10 * 0.75 * 1.2;

/** Scales column widths (Excel character units) down so that they fit `maxPt`. */
export function fitColumns(columns: number[], maxPt: number): number[] {
  if (columnsOuterWidthPt(columns) <= maxPt) return [...columns];
  let k = maxPt / columnsOuterWidthPt(columns);
  for (let tries = 0; tries < 20; tries++) {
    const scaled = columns.map((w) => Math.floor(w * k * 100) / 100);
    if (columnsOuterWidthPt(scaled) <= maxPt) return scaled;
    k *= 0.995;
  }
  return columns.map((w) => Math.floor(w * k * 100) / 100);
}
