/** The score part: indicator table with status and threshold, sub-indicators, tools, total, level, chart. */
import type { FigureBlock, PartBuilder, TableCell, TableRow } from "../document";
import { HEADER_FILL, LOW_FILL, SCORE_SERIES_COLOR, THRESHOLD_SERIES_COLOR } from "../layout";
import { formatScore } from "../format";
import { noteLines } from "./s4";
import { writeComparisonTables } from "./compare";
import { TABLE_SIZE, THAI_NUMFMT_0, THAI_NUMFMT_2, type ReportContext } from "./context";

/** The table id of the indicator table (the chart reads its numbers). */
export const SCORES_TABLE = "scores";

/**
 * The grid of the score tables: indicator (wide enough for "4 การใช้ทรัพย์สินของราชการ", the longest
 * name, with its number), tool, score, rank, status; the sixth column holds the threshold for the
 * chart's threshold series only (hidden in the sheet, left out of the Word table).
 */
export const SCORE_GRID = { columns: [37, 11.5, 13, 8, 12.5, 0], hidden: [5] };

export function writeScores(s: PartBuilder, ctx: ReportContext): void {
  const { T, d, mode, profile, assessment, mainRanked, threshold, toolScore } = ctx;
  const numFmt2 = mode === "thai" ? THAI_NUMFMT_2 : "0.00";
  const numFmt0 = mode === "thai" ? THAI_NUMFMT_0 : "0";
  const score = (v: number, fill?: string): TableCell => ({
    value: v,
    text: d(formatScore(v), "table"),
    numFmt: numFmt2,
    align: "right",
    ...(fill ? { fill } : {}),
  });
  const int = (v: number, align: TableCell["align"] = "center"): TableCell => ({
    value: v,
    text: d(String(v), "table"),
    numFmt: numFmt0,
    align,
  });
  const missing = (): TableCell => ({ value: T("value.missing", {}, "table"), align: "center" });
  const headerRow = (keys: string[]): TableRow => ({
    cells: keys.map((k) => ({ value: T(k, {}, "table"), align: "center" as const })),
    bold: true,
    fill: HEADER_FILL,
  });

  s.title(T("scores.title"), 2);
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

  // The tool summary: label | one wide value cell (the level never wraps).
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

  const cmp = writeComparisonTables(s, ctx, SCORE_GRID);
  s.note(T("notes.threshold", {}, "text"), { size: 14, spaceBefore: "line" });
  noteLines(ctx).forEach((line, i) =>
    s.note(line, {
      size: 14,
      ...(i === 0 && ctx.derivedFootnote ? { id: "note-derived-scores" } : {}),
    })
  );

  if (mainRanked.length) {
    const n = profile.indicators.length;
    // A derived score's mark follows its value on the chart too (the table and the text carry it).
    const marks = profile.indicators.map((ind) => ctx.mark(ind.id).trim());
    const chart: FigureBlock["chart"] = {
      type: "column",
      title: T("scores.chart.title"),
      categories: profile.indicators.map((ind) => d(ind.id, "table")),
      categorySource: { table: SCORES_TABLE, column: 0 },
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
    s.figure(chart, { spaceBefore: "line" });
  }
  if (cmp?.trend) s.figure(cmp.trend, { spaceBefore: "line" });
}
