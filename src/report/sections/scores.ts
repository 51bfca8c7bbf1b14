/** The score sheet: indicator table with status and threshold, sub-indicators, tools, total, level, chart. */
import type { CellStyle, ChartSpec, SheetPlan } from "../plan";
import {
  A4_PRINTABLE_HEIGHT,
  HEADER_FILL,
  heightForLines,
  LOW_FILL,
  SheetBuilder,
  TABLE_FONT_SIZE,
} from "../layout";
import { noteLines } from "./s4";
import { addComparisonCharts, writeComparisonTables } from "./compare";
import { SUB_STYLE, THAI_NUMFMT_0, THAI_NUMFMT_2, type ReportContext } from "./context";

export function buildScoresSheet(ctx: ReportContext, sheetName: string): SheetPlan {
  const { T, d, mode, profile, assessment, mainRanked, threshold, toolScore } = ctx;
  const numFmt2 = mode === "thai" ? THAI_NUMFMT_2 : "0.00";
  const numFmt0 = mode === "thai" ? THAI_NUMFMT_0 : "0";
  // Layout: five printed columns within the A4 text block, each wide enough for its header word and
  // its values on one line, and the indicator column for "4 การใช้ทรัพย์สินของราชการ", the longest
  // indicator, with its number only (the header says ตัวชี้วัด): one line a row keeps the tables and
  // the chart on two pages. The sixth column holds the threshold for the chart's threshold series only
  // (width 0: hidden, not printed; the chart plots hidden cells). The threshold is stated once, in the
  // legend under the tables.
  const s = new SheetBuilder([37, 11.5, 13, 8, 12.5, 0], A4_PRINTABLE_HEIGHT);
  const NUM: CellStyle = { numFmt: numFmt2, hAlign: "right", indent: 1, vAlign: "top" };
  s.paragraph(T("scores.title"), { bold: true, size: 18, hAlign: "center" });
  s.blank(8);
  const TABLE: CellStyle = { size: 14 };
  const header = s.tableRow(
    [
      "scores.col.indicator",
      "scores.col.tool",
      "scores.col.score",
      "scores.col.rank",
      "scores.col.status",
    ].map((k) => T(k, {}, "table")),
    { ...TABLE, bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" },
    [],
    true
  );
  const hidden: CellStyle = { border: false, color: "#FFFFFF" };
  const firstMain = s.next;
  for (const ind of profile.indicators) {
    const r = mainRanked.find((x) => x.id === ind.id);
    const low = r ? r.score < threshold : false;
    const lowStyle: CellStyle | undefined = low ? { fill: LOW_FILL } : undefined;
    s.tableRow(
      [
        d(`${ind.id} ${ind.nameTh}`, "table") + ctx.mark(ind.id),
        ind.tool,
        r ? r.score : T("value.missing", {}, "table"),
        r ? r.rank : null,
        r ? T(low ? "scores.status.develop" : "scores.status.strength", {}, "table") : null,
        threshold,
      ],
      TABLE,
      (
        [
          undefined,
          { hAlign: "center" },
          // A missing score says so, centred without the number's indent (on one line).
          r ? { ...NUM, ...lowStyle } : { hAlign: "center", vAlign: "top" },
          { numFmt: numFmt0, hAlign: "center" },
          { hAlign: "center", ...lowStyle },
          { numFmt: numFmt0, ...hidden },
        ] as Array<CellStyle | undefined>
      ).map((x): CellStyle => ({ ...TABLE, ...x }))
    );
  }
  const lastMain = s.next - 1;
  const subsGiven = profile.subIndicators.filter((x) => assessment.scores[x.id] !== undefined);
  if (subsGiven.length) {
    s.blank(8);
    s.heading(T("scores.subs.title"), SUB_STYLE);
    for (const sub of subsGiven) {
      const v = assessment.scores[sub.id] as number;
      // Below the threshold: shaded like the indicators.
      const lowStyle: CellStyle | undefined = v < threshold ? { fill: LOW_FILL } : undefined;
      s.tableRow([d(`${sub.id} ${sub.nameTh}`, "table"), sub.tool, v, null, null], TABLE, [
        undefined,
        { hAlign: "center" },
        { ...NUM, ...lowStyle },
      ]);
    }
  }
  s.blank(8);
  // The tool summary is short: kept whole with its heading (heading, header, tools, total, level).
  s.keepRoom(
    heightForLines(1, 16) + heightForLines(1, TABLE_FONT_SIZE) * (profile.tools.length + 3)
  );
  s.heading(T("scores.tools.title"), SUB_STYLE);
  // The tool summary: its own header row; label | one wide merged value cell (the level never wraps).
  const WIDE: Array<[number, number]> = [[1, 4]];
  s.tableRow(
    [
      T("scores.col.indicator", {}, "table").replace(/^ตัวชี้วัด$/, "รายการ"),
      T("scores.col.score", {}, "table"),
      null,
      null,
      null,
    ],
    { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" },
    [],
    true,
    WIDE
  );
  const CENTER_NUM: CellStyle = { numFmt: numFmt2, hAlign: "center" };
  for (const tool of profile.tools) {
    const v = toolScore[tool.id];
    s.tableRow(
      [tool.id, v === null ? T("value.missing", {}, "table") : v, null, null, null],
      {},
      [undefined, CENTER_NUM],
      false,
      WIDE
    );
  }
  s.tableRow(
    [
      T("scores.total", {}, "table"),
      assessment.total === null ? T("value.missing", {}, "table") : assessment.total,
      null,
      null,
      null,
    ],
    { bold: true },
    [undefined, CENTER_NUM],
    false,
    WIDE
  );
  s.tableRow(
    [
      T("scores.level", {}, "table"),
      assessment.level ? assessment.level.labelTh : T("value.missing", {}, "table"),
      null,
      null,
      null,
    ],
    { bold: true },
    [undefined, { hAlign: "center", wrap: false }],
    false,
    WIDE
  );
  const cmp = writeComparisonTables(s, ctx);
  s.blank();
  s.paragraph(T("notes.threshold", {}, "text"), { size: 14 });
  for (const line of noteLines(ctx)) s.paragraph(line, { size: 14 });
  s.blank();
  const charts: ChartSpec[] = [];
  if (mainRanked.length) {
    // Rows reserved for the chart, so that pagination knows its height (kept on one page).
    const anchorRow = s.space(14, 20.25);
    charts.push({
      type: "bar",
      title: T("scores.chart.title"),
      categories: { col: 0, fromRow: firstMain, toRow: lastMain },
      values: { col: 2, fromRow: firstMain, toRow: lastMain, name: T("scores.col.score") },
      threshold: { col: 5, name: T("scores.col.threshold") },
      anchor: { row: anchorRow, col: 0, cols: 5, rows: 14 },
    });
  }
  addComparisonCharts(s, cmp, charts);
  return s.build("scores", sheetName, {
    charts,
    freeze: { rows: header + 1, cols: 0 },
  });
}
