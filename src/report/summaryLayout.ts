/**
 * The summary sheet's columns, measured on the year's texts, and the sharing of its cells' styles.
 */
import type { YearSummary } from "../core/summary";
import type { CellStyle, DigitMode, SheetPlan } from "./plan";
import { applyDigits } from "./format";
import { LANDSCAPE_TEXT_BLOCK_WIDTH, textWidthPt } from "./layout";
import { SUMMARY_PHRASES } from "./summaryPhrases";

export const TABLE_SIZE = 14;

/** The column layout of a year's sheet: the ranking's columns; the smaller tables merge over them. */
export interface Columns {
  widths: number[];
  rank: number;
  name: number;
  province: number | null;
  /** The agency type column, when the ranking has one. */
  type: number | null;
  total: number;
  level: number;
  iit: number;
  eit: number;
  oit: number;
  below: number;
  /** Hidden (width 0): the threshold, for the chart's threshold series only. */
  thr: number;
  /** Printed columns (all but thr). */
  printed: number;
}

/** Excel character units a column needs for text `widthPt` wide at 14 pt (as layout.ts measures). */
function unitsFor(widthPt: number): number {
  return Math.ceil((widthPt / 0.97 + 2) / 5) + 1;
}

/**
 * Columns measured on the year's texts (14 pt): numbers 11 units (Thai "๑๐๐.๐๐" is 51 pt), the level
 * column as wide as the scale's longest label, 11 to 17 units (the five-level scale's longest,
 * "ต้องปรับปรุงโดยด่วน", takes two lines), the province and the agency type columns (each only when asked
 * for) as their longest text while the name column keeps 28 units (23 beside a type column; a longer
 * text takes two lines), the
 * indicator list 15 units; the name column takes what is left of the landscape text block.
 */
export function layoutColumns(
  y: YearSummary | null,
  withProvince: boolean,
  mode: DigitMode,
  withType = false
): Columns {
  const w = (t: string, bold = false): number =>
    textWidthPt(applyDigits(t, mode, "table"), TABLE_SIZE, bold);
  const NUM = 11;
  // At least a number's width: the small tables put numbers under it.
  const level = Math.min(
    17,
    Math.max(
      NUM,
      unitsFor(
        Math.max(
          w(SUMMARY_PHRASES["summary.ranking.col.level"], true),
          ...(y?.levels ?? []).map((l) => w(l.labelTh))
        )
      )
    )
  );
  // 7 px a unit + 5 px a column, 0.75 pt a px (layout.ts).
  const px = (u: number): number => 7 * u + 5;
  const budget = Math.floor(LANDSCAPE_TEXT_BLOCK_WIDTH / 0.75) - 1;
  const basePx = [8, NUM, level, NUM, NUM, NUM, 15].reduce((t, u) => t + px(u), 0) + 5; // + hidden
  // An optional text column as wide as its longest text, within `room` px (the name keeps 28 units).
  const textColumn = (head: string, texts: string[], room: number): number =>
    Math.max(
      8,
      Math.min(
        unitsFor(Math.max(w(head, true), ...texts.map((t) => w(t)))),
        Math.floor((room - 5) / 7)
      )
    );
  const agencies = y?.agencies ?? [];
  const share = withProvince && withType ? 2 : 1;
  // Beside a type column the name keeps 23 units (two lines for most names), so that the type column
  // has 19: "เทศบาลตำบล" on one line, "องค์การบริหารส่วนตำบล" on two.
  const keep = withType ? 23 : 28;
  const room = Math.floor((budget - basePx - px(keep)) / share);
  const province = withProvince
    ? textColumn(
        SUMMARY_PHRASES["summary.ranking.col.province"],
        agencies.map((a) => a.province ?? ""),
        room
      )
    : 0;
  const type = withType
    ? textColumn(
        SUMMARY_PHRASES["summary.ranking.col.type"],
        agencies.map((a) => a.type?.trim() || SUMMARY_PHRASES["summary.types.none"]),
        room
      )
    : 0;
  const extraPx = (withProvince ? px(province) : 0) + (withType ? px(type) : 0);
  const name = Math.max(withType ? 23 : 26, Math.floor((budget - basePx - extraPx - 5) / 7));
  const widths = [8, name];
  if (withProvince) widths.push(province);
  if (withType) widths.push(type);
  widths.push(NUM, level, NUM, NUM, NUM, 15, 0);
  const p = (withProvince ? 1 : 0) + (withType ? 1 : 0);
  return {
    widths,
    rank: 0,
    name: 1,
    province: withProvince ? 2 : null,
    type: withType ? 2 + (withProvince ? 1 : 0) : null,
    total: 2 + p,
    level: 3 + p,
    iit: 4 + p,
    eit: 5 + p,
    oit: 6 + p,
    below: 7 + p,
    thr: 8 + p,
    printed: 8 + p,
  };
}

/**
 * One shared object per distinct style: `intern(st)` returns the first object equal to `st`. The
 * builder makes a fresh style object per cell; after the sheet is built every cell points at one of a
 * few dozen.
 */
export function internStyles(sheet: SheetPlan): number {
  const seen = new Map<string, CellStyle>();
  for (const row of sheet.rows)
    for (const cell of row.cells) {
      if (!cell.style) continue;
      const s = cell.style;
      const key = (Object.keys(s) as Array<keyof CellStyle>)
        .sort()
        .map((k) => `${k}=${String(s[k])}`)
        .join(";");
      const hit = seen.get(key);
      if (hit) cell.style = hit;
      else seen.set(key, s);
    }
  return seen.size;
}
