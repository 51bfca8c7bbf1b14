/**
 * Section ๔: for each tool, its score and what the score says, then its weakest indicators below the
 * threshold (at most WEAKEST_PER_TOOL) in a table with concrete actions; the tool's other indicators
 * below the threshold are named in one sentence that points to the measures (section ๕).
 */
import type { SheetBuilder } from "../layout";
import { HEADER_FILL } from "../layout";

/** Light fill of the row naming an indicator in the section ๔ tables. */
const GROUP_FILL = "#F2F2F2";
import { thaiList } from "../format";
import { formatThreshold, SUB_STYLE, toolBand, type ReportContext } from "./context";
import { levelText } from "../verdict";
import { improveFor, lowSubIndicators } from "../measureChoice";
import { sectionHeading, subHeading } from "./heading";

/** At most this many indicators per tool in the table: the weakest, and the next when it is far below. */
export const WEAKEST_PER_TOOL = 2;
/** "Far below": this many points or more under the threshold. */
export const FAR_BELOW = 10;

export function writeSection4(a: SheetBuilder, ctx: ReportContext): void {
  const { T, sc, profile, toolScore, develop, mainRanked, nameOf, mark } = ctx;
  sectionHeading(a, ctx, "4", "s4.title");
  profile.tools.forEach((tool, i) => {
    const name = ctx.toolName(tool.id);
    subHeading(a, ctx, `4.${i + 1}`, T(`tool.${tool.id}.title`));
    const score = toolScore[tool.id];
    if (score === null) a.paragraph(T("s4.missing", { tool: name }));
    else {
      let text = `${T("s4.score", { tool: name, score: sc(score) })} ${T(`tool.${tool.id}.${toolBand(score)}`)}`;
      if (tool.id === "OIT" && score < 10) text += ` ${T("tool.OIT.none")}`;
      // OIT by its sub-indicators: what the low ones check, by name.
      if (tool.id === "OIT") {
        const subs = lowSubs(ctx);
        if (subs) text += ` ${subs}`;
      }
      a.paragraph(text);
    }
    const below = develop
      .filter((r) => tool.indicators.includes(r.id))
      .sort((x, y) => x.score - y.score);
    if (!below.length) {
      // No indicator below the threshold, but the next level may still need this tool higher: then it
      // names the indicators to raise rather than advise keeping things as they are.
      const gap = ctx.advice?.toolGaps.find((g) => g.tool === tool.id);
      const raised = ctx.advice?.raises.filter((r) => r.tool === tool.id) ?? [];
      if (gap && ctx.advice && raised.length)
        a.paragraph(
          T("s4.table.none.target", {
            tool: name,
            target: levelText(ctx, ctx.advice.target),
            each: formatThreshold(ctx.advice.target.minEachTool ?? 0),
            list: thaiList(raised.map((r) => `ตัวชี้วัดที่ ${r.id} (${sc(r.from)} คะแนน)`)),
          })
        );
      else if (mainRanked.some((r) => tool.indicators.includes(r.id)))
        a.paragraph(T("s4.table.none", { tool: name }));
      return;
    }
    const rows = below
      .slice(0, WEAKEST_PER_TOOL)
      .filter((r, k) => k === 0 || ctx.threshold - r.score >= FAR_BELOW);
    a.paragraph(T("s4.table.intro", { tool: name }), {}, 0, 3, true);
    // Two columns as wide as the text block allows (ประเด็นการประเมิน over the sheet's first two
    // columns, ประเด็นที่ควรพัฒนา over the third), each indicator named in a row across both, kept with
    // its row: the points sit one a line, and the rows are about half as tall as with a third,
    // narrow column for the indicator's name.
    const SPLIT: Array<[number, number]> = [[0, 2]];
    a.tableRow(
      [T("s4.col.issues", {}, "table"), null, T("s4.col.improve", {}, "table")],
      { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" },
      [],
      true,
      SPLIT
    );
    for (const r of rows) {
      a.tableRow(
        [
          T(
            "s4.row.indicator",
            { id: r.id, name: nameOf(r.id), score: sc(r.score), mark: mark(r.id) },
            "table"
          ),
          null,
          null,
        ],
        { bold: true, fill: GROUP_FILL },
        [],
        false,
        [[0, 3]],
        true
      );
      // Split between points when the page has room for some of them (never inside a point).
      a.tableRowOfLists(
        [T(`indicator.${r.id}.issues`, {}, "table"), null, improveFor(ctx, r.id)],
        {},
        SPLIT
      );
    }
    const rest = below.slice(rows.length);
    if (rest.length)
      a.paragraph(
        T("s4.others", {
          tool: name,
          list: thaiList(rest.map((r) => `ตัวชี้วัดที่ ${r.id} (${sc(r.score)} คะแนน)`)),
        })
      );
  });
}

/** The OIT's sub-indicators below the threshold, lowest first, each with what it checks; "" when none. */
function lowSubs(ctx: ReportContext): string {
  // The three lowest: the rest are in the table's "what to improve" below.
  const subs = lowSubIndicators(ctx).slice(0, 3);
  if (!subs.length) return "";
  const items = subs.map((x) =>
    ctx.T("s4.subs.item", {
      id: x.id,
      name: ctx.nameOf(x.id),
      score: ctx.sc(x.score),
      asks: ctx.T(`sub.${x.id}.asks`),
    })
  );
  return `${ctx.T("s4.subs", { list: thaiList(items) })} ${ctx.T("s4.subs.close")}`;
}

/**
 * The notes at the end of the analysis: that the tool scores and total are NACC's published figures
 * (once), the engine's notes, and the footnote of the "*" mark on derived scores.
 */
export function writeAnalysisNotes(a: SheetBuilder, ctx: ReportContext): void {
  const lines = noteLines(ctx);
  if (!lines.length) return;
  a.blank();
  a.heading(ctx.T("notes.title"), SUB_STYLE);
  for (const line of lines) a.paragraph(line, { indent: 1, size: 14 });
}

/** The note lines shared by the analysis and the score sheet. */
export function noteLines(ctx: ReportContext): string[] {
  const out: string[] = [];
  out.push(...ctx.derivedNotes);
  const published = ctx.assessment.published;
  if (published.length) {
    const tools = published.filter((k) => k !== "total").map((k) => k.toUpperCase());
    const parts = tools.length ? [`คะแนน ${thaiList(tools)}`] : [];
    if (published.includes("total")) parts.push("คะแนนรวม");
    out.push(ctx.T("notes.published", { list: thaiList(parts) }));
  }
  ctx.docNotes.forEach((n, i) => out.push(ctx.d(`(${i + 1}) ${n.th}`)));
  return out;
}
