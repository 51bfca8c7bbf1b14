/** The score sheet: indicator table with status and threshold, sub-indicators, tools, total, level, chart. */
import type { CellStyle, ChartSpec, SheetPlan } from "../plan";
import { HEADER_FILL, LOW_FILL, SheetBuilder } from "../layout";
import { SUB_STYLE, THAI_NUMFMT_0, THAI_NUMFMT_2, type ReportContext } from "./context";

export function buildScoresSheet(ctx: ReportContext, sheetName: string): SheetPlan {
  const { T, d, mode, profile, assessment, mainRanked, threshold, toolScore, notes } = ctx;
  const numFmt2 = mode === "thai" ? THAI_NUMFMT_2 : "0.00";
  const numFmt0 = mode === "thai" ? THAI_NUMFMT_0 : "0";
  const s = new SheetBuilder([40, 11, 12, 10, 16, 10]);
  s.paragraph(T("scores.title"), { bold: true, size: 18, hAlign: "center" });
  s.blank();
  const header = s.tableRow(
    [
      "scores.col.indicator",
      "scores.col.tool",
      "scores.col.score",
      "scores.col.rank",
      "scores.col.status",
      "scores.col.threshold",
    ].map((k) => T(k, {}, "table")),
    { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" }
  );
  const firstMain = s.next;
  for (const ind of profile.indicators) {
    const r = mainRanked.find((x) => x.id === ind.id);
    const low = r ? r.score < threshold : false;
    const lowStyle: CellStyle | undefined = low ? { fill: LOW_FILL } : undefined;
    s.tableRow(
      [
        d(`ตัวชี้วัดที่ ${ind.id} ${ind.nameTh}`, "table") + (r?.derived ? " *" : ""),
        ind.tool,
        r ? r.score : T("value.missing", {}, "table"),
        r ? r.rank : null,
        r ? T(low ? "scores.status.develop" : "scores.status.strength", {}, "table") : null,
        threshold,
      ],
      {},
      [
        undefined,
        { hAlign: "center" },
        { numFmt: numFmt2, hAlign: "right", ...lowStyle },
        { numFmt: numFmt0, hAlign: "center" },
        { hAlign: "center", ...lowStyle },
        { numFmt: numFmt0, hAlign: "center", color: "#808080" },
      ]
    );
  }
  const lastMain = s.next - 1;
  const subsGiven = profile.subIndicators.filter((x) => assessment.scores[x.id] !== undefined);
  if (subsGiven.length) {
    s.blank();
    s.paragraph(T("scores.subs.title"), SUB_STYLE);
    for (const sub of subsGiven) {
      const v = assessment.scores[sub.id] as number;
      s.tableRow(
        [d(`ตัวชี้วัดย่อยที่ ${sub.id} ${sub.nameTh}`, "table"), sub.tool, v, null, null, null],
        {},
        [undefined, { hAlign: "center" }, { numFmt: numFmt2, hAlign: "right" }]
      );
    }
  }
  s.blank();
  s.paragraph(T("scores.tools.title"), SUB_STYLE);
  for (const tool of profile.tools) {
    const v = toolScore[tool.id];
    s.tableRow([tool.id, null, v === null ? T("value.missing", {}, "table") : v], {}, [
      undefined,
      undefined,
      { numFmt: numFmt2, hAlign: "right" },
    ]);
  }
  s.tableRow(
    [
      T("scores.total", {}, "table"),
      null,
      assessment.total === null ? T("value.missing", {}, "table") : assessment.total,
    ],
    { bold: true },
    [undefined, undefined, { numFmt: numFmt2, hAlign: "right" }]
  );
  s.tableRow(
    [
      T("scores.level", {}, "table"),
      null,
      assessment.level ? assessment.level.labelTh : T("value.missing", {}, "table"),
    ],
    { bold: true },
    [undefined, undefined, { hAlign: "right" }]
  );
  s.blank();
  s.paragraph(T("notes.threshold", {}, "text"), { size: 14 });
  if (mainRanked.some((r) => r.derived)) s.paragraph(T("scores.derivedNote"), { size: 14 });
  notes.forEach((n, i) => s.paragraph(d(`(${i + 1}) ${n.th}`), { size: 14 }));
  s.blank();
  const charts: ChartSpec[] = [];
  if (mainRanked.length) {
    const anchorRow = s.next;
    charts.push({
      type: "bar",
      title: T("scores.chart.title"),
      categories: { col: 0, fromRow: firstMain, toRow: lastMain },
      values: { col: 2, fromRow: firstMain, toRow: lastMain, name: T("scores.col.score") },
      threshold: { col: 5, name: T("scores.col.threshold") },
      anchor: { row: anchorRow, col: 0, cols: 6, rows: 18 },
    });
  }
  return s.build("scores", sheetName, {
    charts,
    print: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 0.75, bottom: 0.75, left: 0.9, right: 0.6, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      repeatRows: { from: header, to: header },
      footer: "&P / &N",
    },
    freeze: { rows: header + 1, cols: 0 },
  });
}
