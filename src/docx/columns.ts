/**
 * Column widths of a Word table chosen from its content, so that its rows are short: a column of long
 * texts (the measures' steps) gets the room a column of short ones (a period, an office) does not need.
 *
 * The model's relative widths (src/report/document.ts) are the start; width then moves, a step at a
 * time, from one column to another while the table's estimated height (the sum of its rows' line
 * counts, the header counted twice as it repeats) gets smaller. A column never gets narrower than its
 * longest word that cannot break (a number, a Latin word) or a few Thai characters.
 *
 * The estimate: a line of a column holds (width - padding) / (average advance) characters, where the
 * average advance of TH SarabunPSK is about half its size; Thai marks above and below a letter take no
 * room. It is only used to compare widths, not to set any break: Word and LibreOffice wrap the text
 * with their own dictionaries.
 */

/** Average advance of a character, as a share of the font size (TH SarabunPSK, measured on renders). */
const ADVANCE_EM = 0.52;
/** A wrapped line is not filled to its end (Thai breaks only between words). */
const LINE_FILL = 0.9;
/** The narrowest column: this many characters. */
const MIN_CHARS = 4;
/** Width moves in steps of this share of the table's width. */
const STEP = 0.01;

/** Thai marks set above or below a letter (no advance of their own). */
const MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B]/g;

/** The characters of a text that take room on the line. */
export function spacingLength(text: string): number {
  return text.replace(MARKS, "").length;
}

/** One cell as the fitting sees it: its lines of text (items) and the columns it covers. */
export interface FitCell {
  texts: string[];
  col: number;
  span: number;
}

export interface FitRow {
  cells: FitCell[];
  /** How much the row counts (a header row repeats on each page: 2). */
  weight: number;
}

/** Twips one character takes at `pt` points. */
const charTwips = (pt: number): number => pt * 20 * ADVANCE_EM;

/** Lines a text takes in a column of `inner` twips. */
function lines(text: string, inner: number, pt: number): number {
  const perLine = Math.max(1, (inner * LINE_FILL) / charTwips(pt));
  return Math.max(1, Math.ceil(spacingLength(text) / perLine));
}

/** The longest word of a text that cannot break inside (no Thai letter in it), in characters. */
function longestWord(text: string): number {
  return Math.max(
    0,
    ...text
      .split(/\s+/)
      .filter((w) => !/[\u0E00-\u0E7F]/.test(w))
      .map(spacingLength)
  );
}

/** The estimated height of the table (weighted lines) at these column widths. */
export function tableLines(rows: FitRow[], widths: number[], pad: number, pt: number): number {
  let total = 0;
  for (const r of rows) {
    let h = 1;
    for (const c of r.cells) {
      const w = widths.slice(c.col, c.col + c.span).reduce((s, x) => s + x, 0);
      h = Math.max(
        h,
        c.texts.reduce((s, t) => s + lines(t, w - pad, pt), 0)
      );
    }
    total += h * r.weight;
  }
  return total;
}

/**
 * Widths (twips, summing to `total`) for the table's columns: the given ones, moved towards shorter
 * rows. `start` are the relative widths of the model; `pad` is a cell's left and right padding.
 */
export function fitColumns(
  rows: FitRow[],
  start: number[],
  total: number,
  pad: number,
  pt: number
): number[] {
  const n = start.length;
  const sum = start.reduce((s, w) => s + w, 0) || 1;
  const widths = start.map((w) => Math.floor((total * w) / sum));
  if (n < 2) return widths;
  const min = Array.from({ length: n }, () => MIN_CHARS);
  for (const r of rows)
    for (const c of r.cells)
      if (c.span === 1) min[c.col] = Math.max(min[c.col]!, ...c.texts.map(longestWord));
  const floor = min.map((chars) => Math.ceil(chars * charTwips(pt) + pad));
  const step = Math.max(20, Math.round(total * STEP));
  // The fractional lines break ties between widths of the same whole-line height.
  const cost = (ws: number[]): number =>
    tableLines(rows, ws, pad, pt) + smooth(rows, ws, pad, pt) / 1000;
  let best = cost(widths);
  for (let round = 0; round < 400; round++) {
    let move: [number, number, number] | null = null;
    for (let from = 0; from < n; from++) {
      if (widths[from]! - step < floor[from]!) continue;
      for (let to = 0; to < n; to++) {
        if (to === from) continue;
        widths[from]! -= step;
        widths[to]! += step;
        const c = cost(widths);
        widths[from]! += step;
        widths[to]! -= step;
        if (c < best - 1e-9 && (!move || c < move[2])) move = [from, to, c];
      }
    }
    if (!move) break;
    widths[move[0]]! -= step;
    widths[move[1]]! += step;
    best = move[2];
  }
  return widths;
}

/** The table's lines without rounding up (how full the last lines are). */
function smooth(rows: FitRow[], widths: number[], pad: number, pt: number): number {
  let total = 0;
  for (const r of rows)
    for (const c of r.cells) {
      const w = widths.slice(c.col, c.col + c.span).reduce((s, x) => s + x, 0);
      const perLine = Math.max(1, ((w - pad) * LINE_FILL) / charTwips(pt));
      total += c.texts.reduce((s, t) => s + spacingLength(t) / perLine, 0) * r.weight;
    }
  return total;
}
