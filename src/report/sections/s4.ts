/** Section ๔: each tool's score and band, and a table of its indicators below the threshold. */
import type { SheetBuilder } from "../layout";
import { HEADER_FILL } from "../layout";
import { SUB_STYLE, toolBand, type ReportContext } from "./context";
import { sectionHeading, subHeading } from "./heading";

export function writeSection4(a: SheetBuilder, ctx: ReportContext): void {
  const { T, sc, profile, toolScore, develop, mainRanked, nameOf } = ctx;
  sectionHeading(a, ctx, "4", "s4.title");
  profile.tools.forEach((tool, i) => {
    subHeading(a, ctx, `4.${i + 1}`, T(`tool.${tool.id}.title`));
    const score = toolScore[tool.id];
    if (score === null) a.paragraph(T("s4.missing", { tool: tool.id }));
    else
      a.paragraph(
        `${T("s4.score", { tool: tool.id, score: sc(score) })} ${T(`tool.${tool.id}.${toolBand(score)}`)}`
      );
    const rows = develop.filter((r) => tool.indicators.includes(r.id));
    if (!rows.length) {
      if (mainRanked.some((r) => tool.indicators.includes(r.id)))
        a.paragraph(T("s4.table.none", { tool: tool.id }));
      return;
    }
    a.paragraph(T("s4.table.intro", { tool: tool.id }), {}, 0, 3, true);
    a.tableRow(
      [
        T("s4.col.indicator", {}, "table"),
        T("s4.col.issues", {}, "table"),
        T("s4.col.improve", {}, "table"),
      ],
      { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" },
      [],
      true
    );
    for (const r of rows) {
      a.tableRow([
        T("s4.row.indicator", { id: r.id, name: nameOf(r.id), score: sc(r.score) }, "table"),
        T(`indicator.${r.id}.issues`, {}, "table"),
        T(`indicator.${r.id}.improve`, {}, "table"),
      ]);
    }
  });
}

/** The engine's notes (derived figures, typed totals that disagree) at the end of the analysis. */
export function writeAnalysisNotes(a: SheetBuilder, ctx: ReportContext): void {
  if (!ctx.notes.length) return;
  a.blank();
  a.heading(ctx.T("notes.title"), SUB_STYLE);
  ctx.notes.forEach((n, i) => a.paragraph(ctx.d(`(${i + 1}) ${n.th}`), { indent: 1, size: 14 }));
}
