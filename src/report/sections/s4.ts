/**
 * Section ๔: for each tool, its score and what the score says, then its weakest indicators below the
 * threshold (at most WEAKEST_PER_TOOL) in a table with concrete actions; the tool's other indicators
 * below the threshold are named in one sentence that points to the measures (section ๕).
 */
import type { PartBuilder, TableCell } from "../document";
import { GROUP_FILL, HEADER_FILL } from "../layout";
import { thaiList } from "../format";
import { derivedNoteId, formatThreshold, toolBand, type ReportContext } from "./context";
import { levelText } from "../verdict";
import { TOOL_BAND_KEYS } from "../phrasesTools";
import { improveFor, lowSubIndicators } from "../measureChoice";
import { sectionHeading, subHeading } from "./heading";

/** At most this many indicators per tool in the table: the weakest, and the next when it is far below. */
export const WEAKEST_PER_TOOL = 2;
/** "Far below": this many points or more under the threshold. */
export const FAR_BELOW = 10;

export function writeSection4(a: PartBuilder, ctx: ReportContext): void {
  const { T, sc, profile, toolScore, develop, mainRanked, nameOf, mark } = ctx;
  sectionHeading(a, ctx, "4", "s4.title");
  profile.tools.forEach((tool, i) => {
    const name = ctx.toolName(tool.id);
    subHeading(a, ctx, `4.${i + 1}`, T(`tool.${tool.id}.title`));
    const score = toolScore[tool.id];
    const below = develop
      .filter((r) => tool.indicators.includes(r.id))
      .sort((x, y) => x.score - y.score);
    // The next level may need this tool higher although its score reads well: said after the band's
    // words, unless the paragraph on its indicators (s4.table.none.target) says it.
    const gap = ctx.advice?.toolGaps.find((g) => g.tool === tool.id);
    const raised = ctx.advice?.raises.filter((r) => r.tool === tool.id) ?? [];
    const raiseSaid = !below.length && !!gap && raised.length > 0;
    if (score === null) a.paragraph(T("s4.missing", { tool: name }));
    else {
      let text = `${T("s4.score", { tool: name, score: sc(score) })} ${T(`tool.${tool.id}.${TOOL_BAND_KEYS[toolBand(score)]}`)}`;
      if (gap && ctx.advice && !raiseSaid)
        text += ` ${T("tool.gap", {
          tool: name,
          target: levelText(ctx, ctx.advice.target),
          each: formatThreshold(ctx.advice.target.minEachTool ?? 0),
          need: sc(gap.need),
        })}`;
      if (tool.id === "OIT" && score < 10) text += ` ${T("tool.OIT.none")}`;
      // OIT by its sub-indicators: what the low ones check, by name.
      if (tool.id === "OIT") {
        const subs = lowSubs(ctx);
        if (subs) text += ` ${subs}`;
      }
      a.paragraph(text);
    }
    if (!below.length) {
      // No indicator below the threshold, but the next level may still need this tool higher: then it
      // names the indicators to raise rather than advise keeping things as they are.
      if (raiseSaid && gap && ctx.advice)
        a.paragraph(
          T("s4.table.none.target", {
            tool: name,
            target: levelText(ctx, ctx.advice.target),
            each: formatThreshold(ctx.advice.target.minEachTool ?? 0),
            list: thaiList(raised.map((r) => `ตัวชี้วัดที่ ${r.id} (${sc(r.from)} คะแนน)`)),
          })
        );
      else if (!gap && mainRanked.some((r) => tool.indicators.includes(r.id)))
        a.paragraph(T("s4.table.none", { tool: name }));
      return;
    }
    const rows = below
      .slice(0, WEAKEST_PER_TOOL)
      .filter((r, k) => k === 0 || ctx.threshold - r.score >= FAR_BELOW);
    a.paragraph(T("s4.table.intro", { tool: name }), { keepWithNext: true });
    // Two columns, ประเด็นการประเมิน and ประเด็นที่ควรพัฒนา, each indicator named in a row across both,
    // kept with the row of its points (a list in each cell, one point an item). A sheet of one text
    // column renders it as a list; the Word file keeps the table.
    const items = (key: string): TableCell => ({ value: T(key, {}, "table").split("\n") });
    a.table({
      columns: [46, 41],
      header: [
        {
          cells: [
            { value: T("s4.col.issues", {}, "table"), align: "center" },
            { value: T("s4.col.improve", {}, "table"), align: "center" },
          ],
          bold: true,
          fill: HEADER_FILL,
        },
      ],
      rows: rows.flatMap((r) => [
        {
          cells: [
            {
              value: T(
                "s4.row.indicator",
                { id: r.id, name: nameOf(r.id), score: sc(r.score), mark: mark(r.id) },
                "table"
              ),
              span: 2,
            },
          ],
          group: true,
          keepWithNext: true,
          bold: true,
          fill: GROUP_FILL,
        },
        {
          cells: [items(`indicator.${r.id}.issues`), { value: improveFor(ctx, r.id).split("\n") }],
        },
      ]),
      sheetAs: "list",
    });
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
export function writeAnalysisNotes(a: PartBuilder, ctx: ReportContext): void {
  const lines = noteLines(ctx);
  if (!lines.length) return;
  a.heading(ctx.T("notes.title"), 2, { spaceBefore: "line" });
  lines.forEach((line, i) =>
    a.note(line, {
      size: 14,
      indent: 1,
      ...(i < ctx.derivedNotes.length ? { id: derivedNoteId(i) } : {}),
    })
  );
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
    // "คะแนนรวมในรายงานนี้", but "คะแนน OIT ในรายงานนี้": a space only after a Latin name.
    const list = thaiList(parts);
    out.push(ctx.T("notes.published", { list: /[A-Za-z]$/.test(list) ? `${list} ` : list }));
  }
  ctx.docNotes.forEach((n, i) => out.push(ctx.d(`(${i + 1}) ${n.th}`)));
  return out;
}
