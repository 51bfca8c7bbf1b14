/**
 * Section ๒: the results. The total and level, then the verdict explained (the rule of the year, the
 * condition that decided the level, the distance to the next level, where the points are cheapest),
 * the tool scores, every indicator in descending order with its sub-indicators under it, and the
 * highest and lowest.
 */
import type { IndicatorId, RankedIndicator } from "../../core/types";
import type { ListItem, PartBuilder, TableRow } from "../document";
import { HEADER_FILL } from "../layout";
import { fillTemplate, thaiList } from "../format";
import { noteIdsFor, type ReportContext } from "./context";
import {
  levelText,
  provisionalSentence,
  totalSentence,
  verdictParagraph,
  whatIf,
} from "../verdict";
import { sectionHeading } from "./heading";

export function writeSection2(a: PartBuilder, ctx: ReportContext): void {
  sectionHeading(a, ctx, "2", "s2.title");
  a.paragraph(totalSentence(ctx));
  const provisional = provisionalSentence(ctx);
  if (provisional) a.paragraph(provisional);
  const verdict = verdictParagraph(ctx);
  if (verdict) a.paragraph(verdict);
  const cheap = whatIf(ctx);
  // A what-if that names a derived score refers to that score's note (a footnote in the Word file).
  const marked = /\*/.test(cheap.text + cheap.rows.join(" "));
  const notes = marked ? noteIdsFor(ctx, whatIfIds(ctx)) : [];
  if (cheap.text)
    a.paragraph(cheap.text, {
      ...(cheap.rows.length ? { keepWithNext: true } : {}),
      ...(notes.length ? { notes } : {}),
    });
  if (cheap.rows.length) {
    // Many indicators raised: a table (a list on the sheet of text), not a sentence.
    const header: TableRow = {
      cells: cheap.header.map((h) => ({ value: h, align: "center" as const })),
      bold: true,
      fill: HEADER_FILL,
    };
    a.table({
      columns: [2, 1],
      header: [header],
      rows: cheap.rows.map((r) => ({
        cells: [{ value: r[0] }, { value: r[1], align: "center" as const }],
      })),
      size: 14,
      sheetAs: "list",
    });
  }
  a.paragraph(toolsSentence(ctx));
  writeRanking(a, ctx);
}

/** The indicators a what-if may name (every main indicator: the marks say which are derived). */
function whatIfIds(ctx: ReportContext): IndicatorId[] {
  return ctx.mainRanked.map((r) => r.id);
}

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
function writeRanking(a: PartBuilder, ctx: ReportContext): void {
  const { T, sc, assessment, nameOf, mainRanked, mark } = ctx;
  if (!assessment.ranking.length) return;
  a.paragraph(T("s2.ranking.intro"), { keepWithNext: true });
  const items: ListItem[] = [];
  mainRanked.forEach((r, i) => {
    const peers = mainRanked.filter((x) => x.rank === r.rank && x.id !== r.id);
    const tie = peers.length
      ? " " +
        T("s2.ranking.tie", {
          rank: r.rank,
          others: thaiList(peers.map((x) => `ตัวชี้วัดที่ ${x.id}`)),
        })
      : "";
    const notes = noteIdsFor(ctx, [r.id]);
    items.push({
      text: T("s2.ranking.item", {
        n: i + 1,
        id: r.id,
        name: nameOf(r.id),
        score: sc(r.score),
        mark: mark(r.id),
        tie,
      }),
      ...(notes.length ? { notes } : {}),
    });
    for (const s of subsOf(ctx, r)) {
      items.push({
        text: T("s2.ranking.sub", { id: s.id, name: nameOf(s.id), score: sc(s.score) }),
        level: 1,
      });
    }
  });
  a.list(items, { indent: 1 });
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
  const notes = noteIdsFor(ctx, lo);
  a.paragraph(text, notes.length ? { notes } : {});
}

/** The sub-indicators of a main indicator that have a score, in id order. */
export function subsOf(ctx: ReportContext, r: RankedIndicator): RankedIndicator[] {
  return ctx.assessment.ranking
    .filter((x) => x.sub && ctx.profile.subIndicators.find((d) => d.id === x.id)?.parent === r.id)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}
