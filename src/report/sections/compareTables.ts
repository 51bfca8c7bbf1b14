/**
 * Year over year on the score sheet (the analysis's paragraphs are in compare.ts): a table of both years
 * and the change per indicator, sub-indicator, tool, total and level ("—" where not comparable), the
 * previous year as a second series of the indicator chart, and with three or more years a table and a
 * column chart of the totals by year.
 */
import type { Comparison, Direction, YearOverYear } from "../../core/compare";
import { formatChange } from "../../core/compare";
import type { LevelRule } from "../../core/types";
import type { ChartSeries, FigureBlock, PartBuilder, TableCell, TableRow } from "../document";
import { HEADER_FILL, PREVIOUS_SERIES_COLOR, SCORE_SERIES_COLOR } from "../layout";
import { formatScore } from "../format";
import { TABLE_SIZE, THAI_NUMFMT_2, type ReportContext } from "./context";
import { acrossFrameworks, computedPreviousTools, figuresOf, given, mixedScales } from "./compare";

/** What the score sheet's comparison tables give its charts. */
export interface ComparisonRows {
  /**
   * The previous year's indicator scores (one per main indicator in the profile's order, null where
   * not compared), read from the comparison table's first body rows; null when last year has none.
   */
  previous: ChartSeries | null;
  /** The series name of this year's scores when a previous year is drawn beside them. */
  currentName: string;
  /** The chart title when a previous year is drawn. */
  title: string;
  /** The totals by year (three or more years): a chart of its own. */
  trend: FigureBlock["chart"] | null;
}

/** The table ids of the comparison's tables (a figure reads them). */
export const CMP_TABLE = "scores-cmp";
export const TREND_TABLE = "scores-trend";

type Value = number | string | null | undefined;

/** The cells of the comparison tables; `dashes` records whether any "—" was written. */
interface Cells {
  none: string;
  numFmt2: string;
  dashes: boolean;
  num(v: number): TableCell;
  cell(v: Value): TableCell;
  change(ch: number | null | undefined): string;
  row(label: string, prev: Value, cur: Value, change: string, bold?: boolean): TableRow;
  yearName(year: number): string;
}

function cellsOf(ctx: ReportContext): Cells {
  const { T, d, mode } = ctx;
  const c: Cells = {
    none: T("scores.cmp.none", {}, "table"),
    numFmt2: mode === "thai" ? THAI_NUMFMT_2 : "0.00",
    dashes: false,
    num: (v) => ({ value: v, text: d(formatScore(v), "table"), numFmt: c.numFmt2, align: "right" }),
    cell: (v) => {
      if (typeof v === "number") return c.num(v);
      if (v === null || v === undefined) {
        c.dashes = true;
        return { value: c.none, align: "center" };
      }
      return { value: v, align: "center" };
    },
    change: (ch) => {
      if (ch === null || ch === undefined) {
        c.dashes = true;
        return c.none;
      }
      return d(formatChange(ch), "table");
    },
    row: (label, prev, cur, change, bold = false) => ({
      cells: [
        { value: label },
        c.cell(prev),
        c.cell(cur),
        { value: change, align: "center", span: 2 },
      ],
      ...(bold ? { bold: true } : {}),
    }),
    yearName: (year) => T("scores.cmp.series", { year }, "table"),
  };
  return c;
}

/**
 * The score sheet's comparison tables (both years and the change; the totals by year), written where
 * called. Null without an earlier year. Columns: label | previous | this year | change (the last spans
 * two columns), on the score tables' grid; the indicator rows follow the profile's order, as the main
 * table does, so that the chart's previous-year series lines up with its categories.
 */
export function writeComparisonTables(
  s: PartBuilder,
  ctx: ReportContext,
  grid: { columns: number[]; hidden: number[] }
): ComparisonRows | null {
  const g = given(ctx);
  if (!g) return null;
  const { c, y } = g;
  const { T } = ctx;
  const cells = cellsOf(ctx);
  const yearCol = (year: number): string => T("scores.cmp.col.year", { year }, "table");
  const header: TableRow = {
    cells: [
      { value: T("scores.cmp.col.item", {}, "table"), align: "center" },
      { value: yearCol(y.previousYear), align: "center" },
      { value: yearCol(y.currentYear), align: "center" },
      { value: T("scores.cmp.col.change", {}, "table"), align: "center", span: 2 },
    ],
    bold: true,
    fill: HEADER_FILL,
  };
  const { rows, previous } = scoreRows(ctx, cells, y);
  rows.push(totalRow(ctx, cells, c, y), ...levelRows(ctx, cells, y));
  s.heading(T("scores.cmp.title", { prevYear: y.previousYear }), 2, { spaceBefore: "half" });
  s.table({
    id: CMP_TABLE,
    columns: grid.columns,
    hiddenColumns: grid.hidden,
    header: [header],
    rows,
    size: TABLE_SIZE,
  });
  if (cells.dashes) s.note(T("scores.cmp.legend"), { size: 14 });
  return {
    previous,
    currentName: cells.yearName(y.currentYear),
    title: T("scores.chart.title.compare", { prevYear: y.previousYear }),
    trend: c.trend ? writeTrendTable(s, ctx, cells, c.trend, grid) : null,
  };
}

/** The rows of the indicators, sub-indicators and tools, and the previous year's indicator series. */
function scoreRows(
  ctx: ReportContext,
  cells: Cells,
  y: YearOverYear
): { rows: TableRow[]; previous: ComparisonRows["previous"] } {
  const { T, d, profile, assessment } = ctx;
  const rows: TableRow[] = [];
  let previous: ComparisonRows["previous"] = null;
  if (y.indicators.length) {
    const values: Array<number | null> = [];
    for (const ind of profile.indicators) {
      const ch = y.indicators.find((x) => x.id === ind.id);
      values.push(ch?.previous ?? null);
      rows.push(
        cells.row(
          // Short labels: the names are in the indicator table above.
          d(`ตัวชี้วัดที่ ${ind.id}`, "table"),
          ch?.previous,
          ch?.current ?? assessment.scores[ind.id],
          cells.change(ch?.change)
        )
      );
    }
    previous = {
      name: cells.yearName(y.previousYear),
      values,
      source: { table: CMP_TABLE, column: 1, fromRow: 0, toRow: values.length - 1 },
      color: PREVIOUS_SERIES_COLOR,
      draw: "column",
    };
  }
  for (const sub of y.subIndicators) {
    rows.push(
      cells.row(
        d(`ตัวชี้วัดย่อยที่ ${sub.id}`, "table"),
        sub.comparable ? sub.previous : null,
        sub.current,
        cells.change(sub.change)
      )
    );
  }
  if (y.tools.length) {
    const computedTools = computedPreviousTools(ctx, y);
    for (const tool of profile.tools) {
      const ch = y.tools.find((x) => x.id === tool.id);
      const label = computedTools.includes(tool.id)
        ? T("scores.cmp.computed", { label: tool.id, prevYear: y.previousYear }, "table")
        : tool.id;
      rows.push(
        cells.row(
          label,
          ch?.previous,
          ch?.current ?? ctx.toolScore[tool.id],
          cells.change(ch?.change)
        )
      );
    }
  }
  return { rows, previous };
}

/** The total's row: no subtraction across frameworks (an earlier instrument's total has no change). */
function totalRow(ctx: ReportContext, cells: Cells, c: Comparison, y: YearOverYear): TableRow {
  const prevFig = figuresOf(c, y.previousYear);
  const olderFramework = y.notes.some((n) => n.code === "older-framework");
  return cells.row(
    ctx.T("scores.total", {}, "table"),
    y.total?.previous ?? prevFig?.total,
    y.total?.current ?? ctx.assessment.total,
    cells.change(olderFramework ? null : y.total?.change),
    true
  );
}

/** The level's row, and the previous year's level on this year's scale when the scale changed. */
function levelRows(ctx: ReportContext, cells: Cells, y: YearOverYear): TableRow[] {
  const { T } = ctx;
  const none = cells.none;
  const L = y.level;
  const levelChange = (dir: Direction | null): string => {
    if (!dir) {
      cells.dashes = true;
      return none;
    }
    return T(`scores.cmp.${dir}`, {}, "table");
  };
  const label = (r: LevelRule | null, text: string | null = null): string =>
    r?.labelTh ?? text ?? none;
  const rows = [
    cells.row(
      T("scores.level", {}, "table"),
      label(L.previous, L.previousText),
      label(L.current),
      levelChange(L.comparable ? L.direction : null),
      true
    ),
  ];
  if (L.previousOnCurrentScale) {
    rows.push(
      cells.row(
        T("scores.cmp.onScale", { year: y.currentYear }, "table"),
        label(L.previousOnCurrentScale),
        label(L.current),
        levelChange(L.directionOnCurrentScale)
      )
    );
  }
  if (label(L.previous, L.previousText) === none || label(L.current) === none) cells.dashes = true;
  return rows;
}

/** The totals by year (three or more years): its table, the scale note, and its chart. */
function writeTrendTable(
  s: PartBuilder,
  ctx: ReportContext,
  cells: Cells,
  t: NonNullable<Comparison["trend"]>,
  grid: { columns: number[]; hidden: number[] }
): NonNullable<ComparisonRows["trend"]> {
  const { T, d } = ctx;
  const none = cells.none;
  s.heading(T("scores.trend.title"), 2, { spaceBefore: "half" });
  const trendRows: TableRow[] = t.points.map((p, i) => ({
    cells: [
      { value: cells.yearName(p.fiscalYear), align: "center" },
      p.total === null ? { value: none, align: "center" } : cells.num(p.total),
      {
        // No change across frameworks (an earlier instrument's year).
        value:
          acrossFrameworks(t, i) || p.change === null ? none : d(formatChange(p.change), "table"),
        align: "center",
      },
      { value: p.level?.labelTh ?? p.levelText ?? none, align: "center", span: 2 },
    ],
  }));
  s.table({
    id: TREND_TABLE,
    columns: grid.columns,
    hiddenColumns: grid.hidden,
    header: [
      {
        cells: [
          { value: T("scores.trend.col.year", {}, "table"), align: "center" },
          { value: T("scores.total", {}, "table"), align: "center" },
          { value: T("scores.cmp.col.change", {}, "table"), align: "center" },
          { value: T("scores.level", {}, "table"), align: "center", span: 2 },
        ],
        bold: true,
        fill: HEADER_FILL,
      },
    ],
    rows: trendRows,
    size: TABLE_SIZE,
  });
  if (mixedScales(t)) s.note(T("cmp.trend.scaleNote"), { size: 14 });
  const first = t.points[0].fiscalYear;
  const last = t.points[t.points.length - 1].fiscalYear;
  return {
    type: "column",
    title: T("scores.trend.chart.title", { from: first, to: last }),
    categories: t.points.map((p) => cells.yearName(p.fiscalYear)),
    categorySource: { table: TREND_TABLE, column: 0 },
    series: [
      {
        name: T("scores.total"),
        values: t.points.map((p) => p.total),
        source: { table: TREND_TABLE, column: 1 },
        color: SCORE_SERIES_COLOR,
        draw: "column",
        labels: true,
      },
    ],
    axis: { min: 0, max: 100, step: 20, numFmt: cells.numFmt2 },
    legend: false,
  };
}
