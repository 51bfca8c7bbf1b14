/**
 * Column widths of a Word table chosen from its content, so that its rows are short: a column of long
 * texts (the measures' steps) gets the room a column of short ones (a period, an office) does not need.
 *
 * The model's relative widths (src/report/document.ts) are the start; width then moves, a step at a
 * time, from one column to another while the table's estimated height (the sum of its rows' line
 * counts, the header counted twice as it repeats) gets smaller. When no other widths save a whole
 * line, the model's widths are kept. A column never gets narrower than its
 * longest word that cannot break (a number, a Latin word) or a few Thai characters.
 *
 * The estimate: a line of a column holds (width - padding) / (average advance) characters, where the
 * average advance of TH SarabunPSK is about half its size; Thai marks above and below a letter take no
 * room. It is only used to compare widths, not to set any break: Word and LibreOffice wrap the text
 * with their own dictionaries.
 */

/** Average advance of a character, as a share of the font size (TH SarabunPSK, measured on renders). */
const ADVANCE_EM = 0.47;
/**
 * A wrapped line is not filled to its end: Thai breaks only between words, so about half a word (of
 * some five characters) is left over at each line's end; a narrow column loses more of its room.
 */
const LINE_WASTE = 2.5;
/** The narrowest column: this many characters (a short Thai word, "สำนักปลัด"). */
const MIN_CHARS = 7;
/** A header's words should not break: its column holds its longest word, up to this many characters. */
const HEADER_WORD_MAX = 12;
/** Width moves in steps of these shares of the table's width, the larger first. */
const STEPS = [0.04, 0.02, 0.01, 0.005];

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
  /** A header row: its words should not break. */
  header?: boolean;
}

/** Twips one character takes at `pt` points. */
const charTwips = (pt: number): number => pt * 20 * ADVANCE_EM;

/** Characters a line of a column of `inner` twips holds. */
const perLine = (inner: number, pt: number): number =>
  Math.max(1, inner / charTwips(pt) - LINE_WASTE);

/** Lines a text takes in a column of `inner` twips. */
function lines(text: string, inner: number, pt: number): number {
  return Math.max(1, Math.ceil(spacingLength(text) / perLine(inner, pt)));
}

/**
 * The longest word of a text that cannot break inside (no Thai letter in it), in characters; in a
 * header, also its longest Thai word (between spaces or "/"), up to HEADER_WORD_MAX.
 */
function longestWord(text: string, header: boolean): number {
  const words = text.split(header ? /[\s/]+/ : /\s+/);
  return Math.max(
    0,
    ...words
      .filter((w) => header || !/[\u0E00-\u0E7F]/.test(w))
      .map((w) => (header ? Math.min(HEADER_WORD_MAX, spacingLength(w)) : spacingLength(w)))
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
 * rows. `start` are the relative widths of the model; `pad` is a cell's left and right padding. The
 * search starts from the model's widths and from widths after the columns' amount of text, moves width
 * in shrinking steps while the height drops, and keeps the best.
 */
export function fitColumns(
  rows: FitRow[],
  start: number[],
  total: number,
  pad: number,
  pt: number
): number[] {
  const n = start.length;
  const scale = (rel: number[]): number[] => {
    const sum = rel.reduce((s, w) => s + w, 0) || 1;
    return rel.map((w) => Math.floor((total * w) / sum));
  };
  const model = scale(start);
  if (n < 2) return model;
  const min = Array.from({ length: n }, () => MIN_CHARS);
  const amount = Array.from({ length: n }, () => 0);
  for (const r of rows)
    for (const c of r.cells)
      if (c.span === 1) {
        min[c.col] = Math.max(min[c.col]!, ...c.texts.map((t) => longestWord(t, !!r.header)));
        amount[c.col]! += c.texts.reduce((s, t) => s + spacingLength(t), 0) * r.weight;
      }
  const floor = min.map((chars) => Math.ceil(chars * charTwips(pt) + pad));
  // The fractional lines break ties between widths of the same whole-line height.
  const cost = (ws: number[]): number =>
    tableLines(rows, ws, pad, pt) + smooth(rows, ws, pad, pt) / 1000;
  const starts = [
    model,
    scale(amount.map((a) => a + 1)),
    scale(amount.map((a) => Math.sqrt(a + 1))),
  ]
    .map((ws) => ws.map((w, i) => Math.max(w, floor[i]!)))
    .filter((ws) => ws.reduce((s, w) => s + w, 0) <= total);
  let best = model;
  let bestCost = cost(model);
  for (const s of starts) {
    const ws = descend(s, floor, total, cost);
    const c = cost(ws);
    if (c < bestCost - 1e-9) [best, bestCost] = [ws, c];
  }
  // The model's widths stay unless the rows get shorter by whole lines.
  return tableLines(rows, best, pad, pt) < tableLines(rows, model, pad, pt) ? best : model;
}

/** Moves width between two columns, in steps of 4 % down to 0.5 % of the table, while the cost drops. */
function descend(
  start: number[],
  floor: number[],
  total: number,
  cost: (ws: number[]) => number
): number[] {
  const widths = [...start];
  // What rounding left over goes to the widest column.
  const rest = total - widths.reduce((s, w) => s + w, 0);
  widths[widths.indexOf(Math.max(...widths))]! += rest;
  let best = cost(widths);
  for (const share of STEPS) {
    const step = Math.max(20, Math.round(total * share));
    for (let round = 0; round < 200; round++) {
      let move: [number, number, number] | null = null;
      for (let from = 0; from < widths.length; from++) {
        if (widths[from]! - step < floor[from]!) continue;
        for (let to = 0; to < widths.length; to++) {
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
  }
  return widths;
}

/** The table's lines without rounding up (how full the last lines are). */
function smooth(rows: FitRow[], widths: number[], pad: number, pt: number): number {
  let total = 0;
  for (const r of rows)
    for (const c of r.cells) {
      const w = widths.slice(c.col, c.col + c.span).reduce((s, x) => s + x, 0);
      const chars = perLine(w - pad, pt);
      total += c.texts.reduce((s, t) => s + spacingLength(t) / chars, 0) * r.weight;
    }
  return total;
}
