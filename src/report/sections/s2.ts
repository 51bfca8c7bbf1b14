/**
 * Section ๒: the results. The total and level, then the verdict explained (the rule of the year, the
 * condition that decided the level, the distance to the next level, where the points are cheapest),
 * the tool scores, every indicator in descending order with its sub-indicators under it, and the
 * highest and lowest.
 */
import type { IndicatorId, RankedIndicator } from "../../core/types";
import type { SheetBuilder } from "../layout";
import { HEADER_FILL } from "../layout";
import { fillTemplate, thaiList } from "../format";
import type { ReportContext } from "./context";
import {
  levelText,
  provisionalSentence,
  totalSentence,
  verdictParagraph,
  whatIf,
} from "../verdict";
import { sectionHeading } from "./heading";

export function writeSection2(a: SheetBuilder, ctx: ReportContext): void {
  sectionHeading(a, ctx, "2", "s2.title");
  a.paragraph(totalSentence(ctx));
  const provisional = provisionalSentence(ctx);
  if (provisional) a.paragraph(provisional);
  const verdict = verdictParagraph(ctx);
  if (verdict) a.paragraph(verdict);
  const cheap = whatIf(ctx);
  if (cheap.text) a.paragraph(cheap.text, {}, 0, 3, cheap.rows.length > 0);
  if (cheap.rows.length) {
    const SPLIT: Array<[number, number]> = [[0, 2]];
    a.tableRow([cheap.header[0], null, cheap.header[1]], TABLE_HEAD, [], true, SPLIT);
    for (const row of cheap.rows) a.tableRow([row[0], null, row[1]], {}, [], false, SPLIT);
  }
  // Each mark's note as near as possible to the first text that carries it: under the what-if when it
  // names a derived score, else under the ranking (the notes are repeated at the end).
  const marked = ctx.derivedNotes.length > 0 && /\*/.test(cheap.text + cheap.rows.join(" "));
  if (marked) for (const note of ctx.derivedNotes) a.paragraph(note, { indent: 1, size: 14 });
  a.paragraph(toolsSentence(ctx));
  writeRanking(a, ctx, !marked);
}

const TABLE_HEAD = { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" } as const;

export { levelText, verdictParagraph };

function toolsSentence(ctx: ReportContext): string {
  const { T, sc, lib, profile, toolScore } = ctx;
  const given = profile.tools.filter((t) => toolScore[t.id] !== null);
  const lacking = profile.tools.filter((t) => toolScore[t.id] === null).map((t) => t.id);
  const parts = given.map((t) =>
    fillTemplate(lib["s2.tools.item"], { tool: ctx.toolName(t.id), score: sc(toolScore[t.id]) })
  );
  let text = given.length ? T("s2.tools", { list: thaiList(parts) }) : "";
  if (lacking.length)
    text += (text ? " " : "") + T("s2.tools.missing", { tools: thaiList(lacking) });
  return text;
}

const indicatorList = (ctx: ReportContext, ids: IndicatorId[]): string =>
  ctx.d(thaiList(ids.map((id) => `ตัวชี้วัดที่ ${id} ${ctx.nameOf(id)}`)));

/**
 * Every main indicator numbered in sequence ((1)...(10)); a shared rank is said in words; each
 * indicator's sub-indicators follow it, indented.
 */
function writeRanking(a: SheetBuilder, ctx: ReportContext, notes = true): void {
  const { T, sc, assessment, nameOf, mainRanked, mark } = ctx;
  if (!assessment.ranking.length) return;
  a.paragraph(T("s2.ranking.intro"));
  mainRanked.forEach((r, i) => {
    const peers = mainRanked.filter((x) => x.rank === r.rank && x.id !== r.id);
    const tie = peers.length
      ? " " +
        T("s2.ranking.tie", {
          rank: r.rank,
          others: thaiList(peers.map((x) => `ตัวชี้วัดที่ ${x.id}`)),
        })
      : "";
    a.paragraph(
      T("s2.ranking.item", {
        n: i + 1,
        id: r.id,
        name: nameOf(r.id),
        score: sc(r.score),
        mark: mark(r.id),
        tie,
      }),
      { indent: 1 }
    );
    for (const s of subsOf(ctx, r)) {
      a.paragraph(T("s2.ranking.sub", { id: s.id, name: nameOf(s.id), score: sc(s.score) }), {
        indent: 3,
      });
    }
  });
  const hi = assessment.highest;
  const lo = assessment.lowest;
  if (!hi.length || !lo.length) return;
  const hiScore = assessment.scores[hi[0]] as number;
  const loScore = assessment.scores[lo[0]] as number;
  if (hiScore === loScore) {
    a.paragraph(T("s2.allEqual", { score: sc(hiScore) }));
    return;
  }
  let text =
    T("s2.highest", { list: indicatorList(ctx, hi), score: sc(hiScore) }) +
    " " +
    T("s2.lowest", { list: indicatorList(ctx, lo), score: sc(loScore), mark: mark(lo[0]) });
  // A derived lowest score is named beside the lowest published one.
  if (lo.some((id) => mark(id))) {
    const published = mainRanked.filter((r) => !r.derived);
    if (published.length) {
      const min = Math.min(...published.map((r) => r.score));
      const ids = published.filter((r) => r.score === min).map((r) => r.id);
      const derived = ctx.d(thaiList(lo.filter((id) => mark(id)).map((id) => `ตัวชี้วัดที่ ${id}`)));
      text +=
        " " + T("s2.lowest.published", { derived, list: indicatorList(ctx, ids), score: sc(min) });
    }
  }
  a.paragraph(text);
  // Each mark's note beside the ranking that first carries it (the notes are repeated at the end).
  if (notes) for (const note of ctx.derivedNotes) a.paragraph(note, { indent: 1, size: 14 });
}

/** The sub-indicators of a main indicator that have a score, in id order. */
export function subsOf(ctx: ReportContext, r: RankedIndicator): RankedIndicator[] {
  return ctx.assessment.ranking
    .filter((x) => x.sub && ctx.profile.subIndicators.find((d) => d.id === x.id)?.parent === r.id)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}
