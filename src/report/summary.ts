/**
 * composeSummary: a many-agency Summary (src/core/summary.ts) -> the ReportPlan of the summary sheet
 * "สรุปภาพรวมหลายหน่วยงาน", one sheet per fiscal year. Pure and deterministic, like composeReport; the
 * Office.js writer (src/excel) and the ExcelJS writer (src/xlsx) render it as they render the report.
 *
 * Each sheet, A4 landscape with the report's margins and page number, TH SarabunPSK, paginated by the
 * report's SheetBuilder (a heading stays with its table, a table's header row is repeated on each page it
 * continues on):
 *   title and an overview paragraph (agencies, mean / median / lowest / highest total, how many reach the
 *   pass mark, how many have no total, how many were skipped);
 *   ๑ the level distribution (every level of the year's scale, zero counts kept);
 *   ๒ the tool scores and the total (count, mean, median, lowest, highest);
 *   ๓ per-indicator averages, with the number and share of agencies below the threshold, and a chart of
 *     the averages against the threshold;
 *   ๔ the agencies below the threshold on each indicator, lowest first (at most `belowListMax` a
 *     indicator; the full set is the "below" column of the ranking);
 *   ๕ the agencies skipped, with their problems (first sheet only: a skipped agency has no year);
 *   ๖ on a new page, every agency ranked by total: rank, name, province (when any row has one), total,
 *     level, IIT, EIT, OIT and the indicators below the threshold.
 *
 * Agency names, provinces and the skipped agencies' problems (which name cells, "Sheet1!C7") are written
 * as given: the digit option changes the summary's own text and numbers only.
 *
 * Lean for a national year (8,317 agencies): the plan's cells share their style objects (one object per
 * distinct style, not one per cell), so a plan of tens of thousands of cells holds a few dozen styles.
 */
import type { IndicatorId, Message } from "../core/types";
import type { RankedAgency, Summary, YearSummary } from "../core/summary";
import { format2 as formatScore } from "../core/decimal";
import type { CellStyle, ChartSpec, DigitMode, ReportPlan, SheetPlan } from "./plan";
import { applyDigits } from "./format";
import {
  A4_LANDSCAPE_PRINTABLE_HEIGHT,
  DEFAULT_PRINT,
  HEADER_FILL,
  heightForLines,
  LANDSCAPE_TEXT_BLOCK_WIDTH,
  LOW_FILL,
  SheetBuilder,
  textWidthPt,
} from "./layout";
import { THAI_NUMFMT_0, THAI_NUMFMT_2 } from "./sections/context";

/** The summary sheet's name; with several fiscal years, " <year>" is added (at most 31 characters). */
export const SUMMARY_SHEET_NAME = "สรุปภาพรวมหลายหน่วยงาน";
/** Agencies listed under each indicator in section ๔ by default (the ranking's column lists them all). */
export const BELOW_LIST_MAX = 10;
/** Problems listed per skipped agency (the rest are counted). */
const PROBLEMS_MAX = 5;

export interface SummaryPlanOptions {
  digits: DigitMode;
  /** Who the summary covers, added to the title: "จังหวัดนครศรีธรรมราช", "สำนักงานเขตพื้นที่...". */
  scope?: string;
  /** Agencies listed under each indicator in section ๔ (default BELOW_LIST_MAX; Infinity for all). */
  belowListMax?: number;
}

/** The sheet name for each fiscal year of a summary (the plain name when there is one year or none). */
export function summarySheetNames(years: readonly number[]): string[] {
  if (years.length <= 1) return [SUMMARY_SHEET_NAME];
  return years.map((y) => `${SUMMARY_SHEET_NAME} ${y}`);
}

const TABLE_SIZE = 14;

/** The column layout of a year's sheet: the ranking's columns; the smaller tables merge over them. */
interface Columns {
  widths: number[];
  rank: number;
  name: number;
  province: number | null;
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
 * "ต้องปรับปรุงโดยด่วน", takes two lines), the province column as its longest name while the name column
 * keeps 28 units, the indicator list 15 units; the name column takes what is left of the landscape text
 * block.
 */
function layoutColumns(y: YearSummary | null, withProvince: boolean, mode: DigitMode): Columns {
  const w = (t: string, bold = false): number =>
    textWidthPt(applyDigits(t, mode, "table"), TABLE_SIZE, bold);
  const NUM = 11;
  // At least a number's width: the small tables put numbers under it.
  const level = Math.min(
    17,
    Math.max(
      NUM,
      unitsFor(Math.max(w("ระดับ", true), ...(y?.levels ?? []).map((l) => w(l.labelTh))))
    )
  );
  // 7 px a unit + 5 px a column, 0.75 pt a px (layout.ts).
  const px = (u: number): number => 7 * u + 5;
  const budget = Math.floor(LANDSCAPE_TEXT_BLOCK_WIDTH / 0.75) - 1;
  const basePx = [8, NUM, level, NUM, NUM, NUM, 15].reduce((t, u) => t + px(u), 0) + 5; // + hidden
  // The province as wide as its longest name, as long as the name column keeps 28 units.
  const province = withProvince
    ? Math.max(
        8,
        Math.min(
          unitsFor(
            Math.max(w("จังหวัด", true), ...(y?.agencies ?? []).map((a) => w(a.province ?? "")))
          ),
          Math.floor((budget - basePx - px(28) - 5) / 7)
        )
      )
    : 0;
  const name = Math.max(
    26,
    Math.floor((budget - basePx - (withProvince ? px(province) : 0) - 5) / 7)
  );
  const widths = withProvince
    ? [8, name, province, NUM, level, NUM, NUM, NUM, 15, 0]
    : [8, name, NUM, level, NUM, NUM, NUM, 15, 0];
  const p = withProvince ? 1 : 0;
  return {
    widths,
    rank: 0,
    name: 1,
    province: withProvince ? 2 : null,
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
function internStyles(sheet: SheetPlan): number {
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

interface Ctx {
  mode: DigitMode;
  /** Digits for running text / table text. */
  t: (text: string) => string;
  tt: (text: string) => string;
  /** A score with two decimals as text (running text). */
  sc: (v: number | null) => string;
  num2: string;
  num0: string;
}

function makeCtx(mode: DigitMode): Ctx {
  return {
    mode,
    t: (x) => applyDigits(x, mode, "text"),
    tt: (x) => applyDigits(x, mode, "table"),
    sc: (v) => (v === null ? "-" : applyDigits(formatScore(v), mode, "text")),
    num2: mode === "thai" ? THAI_NUMFMT_2 : "0.00",
    num0: mode === "thai" ? THAI_NUMFMT_0 : "0",
  };
}

/** "1,234" with the digit option (running text). */
function count(ctx: Ctx, n: number, place: "text" | "table" = "text"): string {
  const s = n.toLocaleString("en-US");
  return place === "text" ? ctx.t(s) : ctx.tt(s);
}

/** A Thai section number: "๑." in Thai and mixed mode text, "1." in Arabic mode. */
function sectionNo(ctx: Ctx, n: number): string {
  return ctx.t(`${n}.`);
}

function buildYearSheet(
  y: YearSummary | null,
  summary: Summary,
  name: string,
  options: SummaryPlanOptions,
  withSkipped: boolean
): SheetPlan {
  const ctx = makeCtx(options.digits);
  const withProvince = !!y && y.agencies.some((a) => !!a.province);
  const C = layoutColumns(y, withProvince, options.digits);
  const s = new SheetBuilder(C.widths, A4_LANDSCAPE_PRINTABLE_HEIGHT, {
    maxWidthPt: LANDSCAPE_TEXT_BLOCK_WIDTH,
    tableSize: TABLE_SIZE,
  });
  const span = C.printed;
  const labelSpan = C.total; // rank + name (+ province): the label of the small tables
  const HEAD: CellStyle = {
    bold: true,
    fill: HEADER_FILL,
    hAlign: "center",
    vAlign: "middle",
    size: TABLE_SIZE,
  };
  const NUM2: CellStyle = { numFmt: ctx.num2, hAlign: "center" };
  const NUM0: CellStyle = { numFmt: ctx.num0, hAlign: "center" };
  const CENTER: CellStyle = { hAlign: "center" };
  const LOW: CellStyle = { fill: LOW_FILL };
  const hiddenThr: CellStyle = { numFmt: ctx.num0, border: false, color: "#FFFFFF" };
  /** A table row of `span` cells given by column; the label merged over [0, labelSpan). */
  const row = (
    cells: Array<[number, string | number | null, CellStyle?]>,
    style: CellStyle = {},
    header = false,
    merges: Array<[number, number]> = [[0, labelSpan]]
  ): number => {
    // Cells up to the last one given (or merged over): no empty bordered cells beyond the table.
    let width = 0;
    for (const [c] of cells) width = Math.max(width, c + 1);
    for (const [c, n] of merges) if (cells.some(([x]) => x === c)) width = Math.max(width, c + n);
    const values = new Array<string | number | null>(width).fill(null);
    const styles = new Array<CellStyle | undefined>(width).fill(undefined);
    for (const [c, v, st] of cells) {
      values[c] = v;
      styles[c] = st;
    }
    return s.tableRow(values, style, styles, header, merges);
  };

  // ---- title and overview
  const title =
    "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)" +
    (y ? ` ประจำปีงบประมาณ พ.ศ. ${y.fiscalYear}` : "");
  s.paragraph(ctx.t(title), { bold: true, size: 18, hAlign: "center" }, 0, span);
  const scope = (options.scope ?? "").trim();
  s.paragraph(
    ctx.t(
      `ภาพรวม ${y ? count(ctx, y.agencies.length) : ctx.t("0")} หน่วยงาน${scope ? ` ${scope}` : ""}`
    ),
    { bold: true, hAlign: "center" },
    0,
    span
  );
  s.blank(8);

  /** A short table (its heading, a header of up to two lines, `rows` one-line rows) kept on one page. */
  const keepTable = (rows: number): void =>
    s.keepRoom(
      heightForLines(1, 16) + heightForLines(2, TABLE_SIZE) + rows * heightForLines(1, TABLE_SIZE)
    );
  let section = 0;
  const heading = (text: string): void => {
    section++;
    s.heading(`${sectionNo(ctx, section)} ${text}`, { bold: true });
  };

  if (y) {
    const n = y.agencies.length;
    const noTotal = n - y.total.count;
    const passPct = n ? formatScore(Math.round((y.passing / n) * 10000) / 100) : "0.00";
    const parts = [
      `หน่วยงานที่นำมาสรุป ${count(ctx, n)} หน่วยงาน`,
      y.total.count
        ? `คะแนนรวมเฉลี่ย ${ctx.sc(y.total.mean)} คะแนน (มัธยฐาน ${ctx.sc(y.total.median)} ต่ำสุด ${ctx.sc(y.total.min)} สูงสุด ${ctx.sc(y.total.max)})`
        : "ไม่มีหน่วยงานใดมีคะแนนรวม",
      `ได้คะแนนรวมตั้งแต่ ${ctx.t(String(y.passMark))} คะแนนขึ้นไป ${count(ctx, y.passing)} หน่วยงาน คิดเป็นร้อยละ ${ctx.t(passPct)}`,
    ];
    if (noTotal > 0) parts.push(`ไม่มีคะแนนรวม ${count(ctx, noTotal)} หน่วยงาน`);
    let text = parts.join(" ");
    if (withSkipped && summary.skipped.length > 0)
      text += ` นอกจากนี้มีหน่วยงานที่ข้อมูลมีปัญหาจึงไม่ได้นำมาสรุป ${count(ctx, summary.skipped.length)} หน่วยงาน (รายชื่อและปัญหาอยู่ในหัวข้อที่ ${ctx.t("5")})`;
    s.paragraph(text);
    for (const note of summary.notes) s.paragraph(ctx.t(`หมายเหตุ: ${note.th}`), { size: 14 });

    // ---- ๑ level distribution
    s.blank(8);
    keepTable(y.levels.length + (y.noLevel > 0 ? 1 : 0) + 1);
    heading("การกระจายของระดับผลการประเมิน");
    row(
      [
        [0, "ระดับผลการประเมิน"],
        [C.total, "จำนวน"],
        [C.level, "ร้อยละ"],
      ],
      HEAD,
      true,
      [
        [0, labelSpan],
        [C.total, 1],
      ]
    );
    for (const l of y.levels)
      row([
        [0, ctx.tt(l.labelTh), CENTER],
        [C.total, l.count, NUM0],
        [C.level, l.percent, NUM2],
      ]);
    if (y.noLevel > 0)
      row([
        [0, "กำหนดระดับไม่ได้ (ข้อมูลไม่ครบ)", CENTER],
        [C.total, y.noLevel, NUM0],
        [C.level, n ? Math.round((y.noLevel / n) * 10000) / 100 : 0, NUM2],
      ]);
    row(
      [
        [0, "รวม", CENTER],
        [C.total, n, NUM0],
        [C.level, n ? 100 : 0, NUM2],
      ],
      { bold: true }
    );

    // ---- ๒ tools and total
    s.blank(8);
    keepTable(y.tools.length + 1);
    heading("คะแนนตามเครื่องมือการประเมินและคะแนนรวม");
    row(
      [
        [0, "รายการ"],
        [C.total, "จำนวน"],
        [C.level, "คะแนนเฉลี่ย"],
        [C.iit, "มัธยฐาน"],
        [C.eit, "ต่ำสุด"],
        [C.oit, "สูงสุด"],
      ],
      HEAD,
      true
    );
    const statsRow = (label: string, st: YearSummary["total"], bold = false): void => {
      const v = (x: number | null): number | string => (x === null ? "-" : x);
      const numOr = (x: number | null): CellStyle => (x === null ? CENTER : NUM2);
      row(
        [
          [0, label, CENTER],
          [C.total, st.count, NUM0],
          [C.level, v(st.mean), numOr(st.mean)],
          [C.iit, v(st.median), numOr(st.median)],
          [C.eit, v(st.min), numOr(st.min)],
          [C.oit, v(st.max), numOr(st.max)],
        ],
        bold ? { bold: true } : {}
      );
    };
    for (const t of y.tools) statsRow(t.id, t);
    statsRow("คะแนนรวม", y.total, true);

    // ---- ๓ per indicator: on a new page, so that the table is never split by a repeated header row
    // (the chart's data is its rows, contiguous).
    s.breakPage();
    heading(`คะแนนเฉลี่ยรายตัวชี้วัด และจำนวนหน่วยงานที่ได้ต่ำกว่าเกณฑ์ ${ctx.t(String(y.threshold))} คะแนน`);
    row(
      [
        [0, "ตัวชี้วัด"],
        [C.total, "เครื่องมือ"],
        [C.level, "คะแนนเฉลี่ย"],
        [C.iit, "ต่ำสุด"],
        [C.eit, "สูงสุด"],
        [C.oit, "ต่ำกว่าเกณฑ์"],
        [C.below, "ร้อยละที่ต่ำกว่าเกณฑ์"],
      ],
      HEAD,
      true
    );
    const firstInd = s.next;
    for (const ind of y.indicators) {
      const low = ind.mean !== null && ind.mean < y.threshold;
      row([
        [0, ctx.tt(`ตัวชี้วัดที่ ${ind.id} ${ind.nameTh}`)],
        [C.total, ind.tool, CENTER],
        [C.level, ind.mean ?? "-", ind.mean === null ? CENTER : low ? { ...NUM2, ...LOW } : NUM2],
        [C.iit, ind.min ?? "-", ind.min === null ? CENTER : NUM2],
        [C.eit, ind.max ?? "-", ind.max === null ? CENTER : NUM2],
        [C.oit, ind.below.length, NUM0],
        [C.below, ind.count ? Math.round((ind.below.length / ind.count) * 10000) / 100 : 0, NUM2],
        [C.thr, y.threshold, hiddenThr],
      ]);
    }
    const lastInd = s.next - 1;
    s.paragraph(
      ctx.t(
        `คะแนนเฉลี่ยที่ต่ำกว่าเกณฑ์ ${y.threshold} คะแนนแสดงด้วยพื้นสีส้มอ่อน "ต่ำกว่าเกณฑ์" คือจำนวนหน่วยงานที่ได้คะแนนตัวชี้วัดนั้นต่ำกว่าเกณฑ์ ร้อยละคิดจากหน่วยงานที่มีคะแนนตัวชี้วัดนั้น`
      ),
      { size: 14 },
      0,
      span
    );
    const charts: ChartSpec[] = [];
    if (y.indicators.some((i) => i.mean !== null)) {
      s.blank(8);
      const anchorRow = s.space(14, 20.25);
      charts.push({
        type: "bar",
        title: `คะแนนเฉลี่ยรายตัวชี้วัด ปีงบประมาณ พ.ศ. ${ctx.t(String(y.fiscalYear))}`,
        categories: { col: 0, fromRow: firstInd, toRow: lastInd },
        values: { col: C.level, fromRow: firstInd, toRow: lastInd, name: "คะแนนเฉลี่ย" },
        threshold: { col: C.thr, name: "เกณฑ์" },
        anchor: { row: anchorRow, col: 0, cols: span, rows: 14 },
      });
    }

    // ---- ๔ below the threshold, per indicator
    const max = Math.max(0, options.belowListMax ?? BELOW_LIST_MAX);
    s.blank(8);
    heading(`หน่วยงานที่ได้คะแนนต่ำกว่าเกณฑ์ ${ctx.t(String(y.threshold))} คะแนน รายตัวชี้วัด`);
    s.paragraph(
      ctx.t(
        Number.isFinite(max)
          ? `เรียงจากคะแนนต่ำสุด แสดงไม่เกิน ${max} หน่วยงานต่อตัวชี้วัด รายการครบทุกหน่วยงานอยู่ในคอลัมน์ "ตัวชี้วัดที่ต่ำกว่าเกณฑ์" ของตารางผลรายหน่วยงาน (หัวข้อสุดท้าย)`
          : `เรียงจากคะแนนต่ำสุด`
      ),
      { size: 14 },
      0,
      span
    );
    const nameTo = C.level; // the name spans name (+ province) and total columns; the score is under "level"
    row(
      [
        [0, "ที่"],
        [C.name, "หน่วยงาน"],
        [nameTo, "คะแนน"],
      ],
      HEAD,
      true,
      [[C.name, nameTo - C.name]]
    );
    for (const ind of y.indicators) {
      const shown = ind.below.slice(0, max);
      const head =
        `ตัวชี้วัดที่ ${ind.id} ${ind.nameTh}: ` +
        (ind.below.length
          ? `ต่ำกว่าเกณฑ์ ${count(ctx, ind.below.length, "table")} หน่วยงาน`
          : "ไม่มีหน่วยงานที่ต่ำกว่าเกณฑ์") +
        (shown.length < ind.below.length
          ? ` (แสดง ${count(ctx, shown.length, "table")} หน่วยงานแรก)`
          : "");
      row([[0, ctx.tt(head)]], { bold: true }, false, [[0, nameTo + 1]]);
      shown.forEach((b, i) =>
        row(
          [
            [0, i + 1, NUM0],
            [C.name, b.name],
            [nameTo, b.score, { ...NUM2, ...LOW }],
          ],
          {},
          false,
          [[C.name, nameTo - C.name]]
        )
      );
    }

    // ---- ๕ skipped
    if (withSkipped && summary.skipped.length > 0) skippedSection();

    // ---- ๖ ranking, on a new page
    s.breakPage();
    heading("ผลการประเมินรายหน่วยงาน เรียงตามคะแนนรวม");
    s.paragraph(
      ctx.t(
        `ลำดับแบบมีลำดับร่วม (คะแนนรวมเท่ากันได้ลำดับเดียวกัน) คะแนนรวมต่ำกว่า ${y.passMark} คะแนนแสดงด้วยพื้นสีส้มอ่อน "ตัวชี้วัดที่ต่ำกว่าเกณฑ์" คือตัวชี้วัดที่ได้ต่ำกว่า ${y.threshold} คะแนน`
      ),
      { size: 14 },
      0,
      span
    );
    const head: Array<[number, string]> = [
      [C.rank, "ลำดับ"],
      [C.name, "หน่วยงาน"],
      [C.total, "คะแนนรวม"],
      [C.level, "ระดับ"],
      [C.iit, "IIT"],
      [C.eit, "EIT"],
      [C.oit, "OIT"],
      [C.below, "ตัวชี้วัดที่ต่ำกว่าเกณฑ์"],
    ];
    if (C.province !== null) head.push([C.province, "จังหวัด"]);
    row(head, HEAD, true, []);
    // Styles shared by every ranking row (the builder copies them into each cell; internStyles below
    // makes the cells share them again).
    const RANK: CellStyle = NUM0;
    const TOTAL_LOW: CellStyle = { ...NUM2, ...LOW };
    for (const a of y.agencies) rankingRow(a, y.passMark, RANK, TOTAL_LOW);

    const sheet = s.build("summary", name, {
      charts,
      print: { ...DEFAULT_PRINT, margins: { ...DEFAULT_PRINT.margins }, orientation: "landscape" },
    });
    internStyles(sheet);
    return sheet;
  }

  // No year: every agency was skipped (or none given).
  s.paragraph(
    summary.skipped.length
      ? `ไม่มีหน่วยงานที่ประเมินได้ หน่วยงานทั้ง ${count(ctx, summary.skipped.length)} หน่วยงานมีปัญหาข้อมูล`
      : "ไม่มีหน่วยงานให้สรุป"
  );
  if (withSkipped && summary.skipped.length > 0) skippedSection();
  const sheet = s.build("summary", name, {
    print: { ...DEFAULT_PRINT, margins: { ...DEFAULT_PRINT.margins }, orientation: "landscape" },
  });
  internStyles(sheet);
  return sheet;

  function skippedSection(): void {
    s.blank(8);
    heading("หน่วยงานที่ไม่ได้นำมาสรุป (ข้อมูลมีปัญหา)");
    row(
      [
        [0, "ที่"],
        [C.name, "หน่วยงาน"],
        [C.total, "ปัญหา"],
      ],
      HEAD,
      true,
      [
        [C.name, C.total - C.name],
        [C.total, span - C.total],
      ]
    );
    summary.skipped.forEach((k, i) => {
      const list = k.problems.slice(0, PROBLEMS_MAX).map((p: Message) => `• ${p.th}`);
      if (k.problems.length > PROBLEMS_MAX)
        list.push(`และอีก ${k.problems.length - PROBLEMS_MAX} รายการ`);
      row(
        [
          [0, i + 1, NUM0],
          [C.name, k.name || "(ไม่มีชื่อ)"],
          [C.total, list.join("\n") || "-"],
        ],
        {},
        false,
        [
          [C.name, C.total - C.name],
          [C.total, span - C.total],
        ]
      );
    });
  }

  function rankingRow(
    a: RankedAgency,
    passMark: number,
    RANK: CellStyle,
    TOTAL_LOW: CellStyle
  ): void {
    const tool = (v: number | null): [string | number, CellStyle] =>
      v === null ? ["-", CENTER] : [v, NUM2];
    const cells: Array<[number, string | number | null, CellStyle?]> = [
      [C.rank, a.rank ?? "-", a.rank === null ? CENTER : RANK],
      [C.name, a.name],
      [C.total, a.total ?? "-", a.total === null ? CENTER : a.total < passMark ? TOTAL_LOW : NUM2],
      [C.level, a.levelTh ? ctx.tt(a.levelTh) : "-", CENTER],
      [C.iit, ...tool(a.iit)],
      [C.eit, ...tool(a.eit)],
      [C.oit, ...tool(a.oit)],
      [C.below, belowText(a.below, ctx.mode), CENTER],
    ];
    if (C.province !== null) cells.push([C.province, a.province ?? ""]);
    row(cells, {}, false, []);
  }
}

/**
 * The summary sheets of a Summary: one per fiscal year (oldest first), or one sheet listing the skipped
 * agencies when no agency could be assessed. Skipped agencies are listed on the first sheet.
 */
export function composeSummary(summary: Summary, options: SummaryPlanOptions): ReportPlan {
  const years = summary.years.map((y) => y.fiscalYear);
  const names = summarySheetNames(years);
  const sheets: SheetPlan[] = summary.years.length
    ? summary.years.map((y, i) => buildYearSheet(y, summary, names[i], options, i === 0))
    : [buildYearSheet(null, summary, names[0], options, true)];
  return {
    fiscalYear: years.length ? years[years.length - 1] : 0,
    sheets,
    notes: summary.notes.map((m) => ({ th: m.th, en: m.en })),
  };
}

/** Main indicator ids below the threshold of an agency, as the ranking's column shows them. */
export function belowText(ids: readonly IndicatorId[], mode: DigitMode): string {
  return ids.length ? applyDigits(ids.join(" "), mode, "table") : "-";
}
