/** The score part: indicator table with status and threshold, sub-indicators, tools, total, level, chart. */
import type { FigureBlock, PartBuilder, TableCell, TableRow } from "../document";
import { HEADER_FILL, LOW_FILL, SCORE_SERIES_COLOR, THRESHOLD_SERIES_COLOR } from "../layout";
import { formatScore } from "../format";
import { noteLines } from "./s4";
import { writeComparisonTables, type ComparisonRows } from "./compareTables";
import { TABLE_SIZE, THAI_NUMFMT_0, THAI_NUMFMT_2, type ReportContext } from "./context";

/** The table id of the indicator table (the chart reads its numbers). */
export const SCORES_TABLE = "scores";

/**
 * The grid of the score tables: indicator (wide enough for "4 การใช้ทรัพย์สินของราชการ", the longest
 * name, with its number), tool, score, rank, status; the sixth column holds the threshold for the
 * chart's threshold series and the seventh the indicator's number for the chart's categories (both
 * hidden in the sheet, left out of the Word table): both sheet writers draw the chart from the same
 * cells, short labels under the columns (the names are in the table above the chart).
 */
export const SCORE_GRID = { columns: [37, 11.5, 13, 8, 12.5, 0, 0], hidden: [5, 6] };

/** The cells of the score tables. */
interface ScoreCells {
  numFmt2: string;
  score(v: number, fill?: string): TableCell;
  int(v: number, align?: TableCell["align"]): TableCell;
  missing(): TableCell;
  headerRow(keys: string[]): TableRow;
}

function scoreCells(ctx: ReportContext): ScoreCells {
  const { T, d, mode } = ctx;
  const numFmt2 = mode === "thai" ? THAI_NUMFMT_2 : "0.00";
  const numFmt0 = mode === "thai" ? THAI_NUMFMT_0 : "0";
  return {
    numFmt2,
    score: (v, fill) => ({
      value: v,
      text: d(formatScore(v), "table"),
      numFmt: numFmt2,
      align: "right",
      ...(fill ? { fill } : {}),
    }),
    int: (v, align = "center") => ({
      value: v,
      text: d(String(v), "table"),
      numFmt: numFmt0,
      align,
    }),
    missing: () => ({ value: T("value.missing", {}, "table"), align: "center" }),
    headerRow: (keys) => ({
      cells: keys.map((k) => ({ value: T(k, {}, "table"), align: "center" as const })),
      bold: true,
      fill: HEADER_FILL,
    }),
  };
}

export function writeScores(s: PartBuilder, ctx: ReportContext): void {
  const { T, mainRanked } = ctx;
  const cells = scoreCells(ctx);
  s.title(T("scores.title"), 2);
  writeIndicatorTable(s, ctx, cells);
  writeSubTable(s, ctx, cells);
  writeToolTable(s, ctx, cells);
  const cmp = writeComparisonTables(s, ctx, SCORE_GRID);
  s.note(T("notes.threshold", {}, "text"), { size: 14, spaceBefore: "line" });
  noteLines(ctx).forEach((line, i) =>
    s.note(line, {
      size: 14,
      ...(i === 0 && ctx.derivedFootnote ? { id: "note-derived-scores" } : {}),
    })
  );
  if (mainRanked.length) s.figure(indicatorChart(ctx, cells, cmp), { spaceBefore: "line" });
  if (cmp?.trend) s.figure(cmp.trend, { spaceBefore: "line" });
}

/** The indicator table: name (with its mark), tool, score, rank, status, and the hidden threshold. */
function writeIndicatorTable(s: PartBuilder, ctx: ReportContext, cells: ScoreCells): void {
  const { T, d, profile, mainRanked, threshold } = ctx;
  const { score, int, missing, headerRow } = cells;
  const rows: TableRow[] = profile.indicators.map((ind) => {
    const r = mainRanked.find((x) => x.id === ind.id);
    const low = r ? r.score < threshold : false;
    const fill = low ? LOW_FILL : undefined;
    return {
      cells: [
        { value: d(`${ind.id} ${ind.nameTh}`, "table") + ctx.mark(ind.id) },
        { value: ind.tool, align: "center" },
        r ? score(r.score, fill) : missing(),
        r ? int(r.rank) : { value: null },
        r
          ? {
              value: T(low ? "scores.status.develop" : "scores.status.strength", {}, "table"),
              align: "center",
              ...(fill ? { fill } : {}),
            }
          : { value: null },
        int(threshold),
        { value: d(ind.id, "table") },
      ],
    };
  });
  s.table({
    id: SCORES_TABLE,
    columns: SCORE_GRID.columns,
    hiddenColumns: SCORE_GRID.hidden,
    header: [
      headerRow([
        "scores.col.indicator",
        "scores.col.tool",
        "scores.col.score",
        "scores.col.rank",
        "scores.col.status",
      ]),
    ],
    rows,
    size: TABLE_SIZE,
  });
}

/** The sub-indicators given, shaded below the threshold like the indicators. */
function writeSubTable(s: PartBuilder, ctx: ReportContext, cells: ScoreCells): void {
  const { T, d, profile, assessment, threshold } = ctx;
  const { score } = cells;
  const subsGiven = profile.subIndicators.filter((x) => assessment.scores[x.id] !== undefined);
  if (subsGiven.length) {
    s.heading(T("scores.subs.title"), 2, { spaceBefore: "half" });
    s.table({
      columns: SCORE_GRID.columns,
      hiddenColumns: SCORE_GRID.hidden,
      header: [],
      rows: subsGiven.map((sub) => {
        const v = assessment.scores[sub.id] as number;
        // Below the threshold: shaded like the indicators.
        return {
          cells: [
            { value: d(`${sub.id} ${sub.nameTh}`, "table") },
            { value: sub.tool, align: "center" },
            score(v, v < threshold ? LOW_FILL : undefined),
            { value: null },
            { value: null },
          ],
        };
      }),
      size: TABLE_SIZE,
    });
  }
}

/** The tools, the total and the level: label | one wide value cell (the level never wraps). */
function writeToolTable(s: PartBuilder, ctx: ReportContext, cells: ScoreCells): void {
  const { T, profile, assessment, toolScore } = ctx;
  const { score, missing } = cells;
  s.heading(T("scores.tools.title"), 2, { spaceBefore: "half" });
  const wide = (c: TableCell): TableCell => ({ ...c, span: 4, align: "center" });
  s.table({
    columns: SCORE_GRID.columns,
    hiddenColumns: SCORE_GRID.hidden,
    header: [
      {
        cells: [
          {
            value: T("scores.col.indicator", {}, "table").replace(/^ตัวชี้วัด$/, "รายการ"),
            align: "center",
          },
          wide({ value: T("scores.col.score", {}, "table") }),
        ],
        bold: true,
        fill: HEADER_FILL,
      },
    ],
    rows: [
      ...profile.tools.map((tool): TableRow => ({
        cells: [
          { value: tool.id },
          wide(toolScore[tool.id] === null ? missing() : score(toolScore[tool.id] as number)),
        ],
      })),
      {
        cells: [
          { value: T("scores.total", {}, "table") },
          wide(assessment.total === null ? missing() : score(assessment.total)),
        ],
        bold: true,
      },
      {
        cells: [
          { value: T("scores.level", {}, "table") },
          wide(assessment.level ? { value: assessment.level.labelTh } : missing()),
        ],
        bold: true,
      },
    ],
    size: TABLE_SIZE,
  });
}

/** The indicator chart against the threshold; with a previous year, its columns beside this year's. */
function indicatorChart(
  ctx: ReportContext,
  cells: ScoreCells,
  cmp: ComparisonRows | null
): FigureBlock["chart"] {
  const { T, d, profile, assessment, threshold } = ctx;
  const numFmt2 = cells.numFmt2;
  const n = profile.indicators.length;
  // A derived score's mark follows its value on the chart too (the table and the text carry it).
  const marks = profile.indicators.map((ind) => ctx.mark(ind.id).trim());
  const chart: FigureBlock["chart"] = {
    type: "column",
    title: T("scores.chart.title"),
    categories: profile.indicators.map((ind) => d(ind.id, "table")),
    categorySource: { table: SCORES_TABLE, column: 6 },
    series: [
      {
        name: T("scores.col.score"),
        values: profile.indicators.map((ind) => assessment.scores[ind.id] ?? null),
        source: { table: SCORES_TABLE, column: 2 },
        color: SCORE_SERIES_COLOR,
        draw: "column",
        labels: true,
        ...(marks.some(Boolean) ? { marks } : {}),
      },
      {
        name: T("scores.col.threshold"),
        values: profile.indicators.map(() => threshold),
        source: { table: SCORES_TABLE, column: 5 },
        color: THRESHOLD_SERIES_COLOR,
        draw: "line",
      },
    ],
    axis: { min: 0, max: 100, step: 20, numFmt: numFmt2 },
    legend: true,
  };
  if (cmp?.previous && cmp.previous.values.length === n) {
    // Year over year: the earlier year's columns first, this year's beside them.
    chart.title = cmp.title;
    chart.series[0].name = cmp.currentName;
    chart.series.unshift(cmp.previous);
  }
  return chart;
}
