/**
 * Section ๒: the results. The total and level, then the verdict explained (the rule of the year, the
 * condition that decided the level, the distance to the next level, where the points are cheapest),
 * the tool scores, every indicator in descending order with its sub-indicators under it, and the
 * highest and lowest.
 */
import type { IndicatorId, LevelRule, RankedIndicator, ToolId } from "../../core/types";
import type { ListItem, PartBuilder } from "../document";
import { fillTemplate, formatScore, thaiList } from "../format";
import { DERIVED_NOTE, formatThreshold, type ReportContext } from "./context";
import { sectionHeading } from "./heading";

export function writeSection2(a: PartBuilder, ctx: ReportContext): void {
  sectionHeading(a, ctx, "2", "s2.title");
  a.paragraph(totalSentence(ctx));
  const verdict = verdictParagraph(ctx);
  if (verdict) a.paragraph(verdict);
  const cheap = cheapestParagraph(ctx);
  if (cheap) a.paragraph(cheap);
  a.paragraph(toolsSentence(ctx));
  writeRanking(a, ctx);
}

/** "ระดับ A" on the letter scale, "ระดับผ่านดี" on the pass scale (no space before a Thai word). */
export function levelText(ctx: ReportContext, level: LevelRule): string {
  return ctx.profile.scale === "letter" ? ` ${level.labelTh}` : level.labelTh;
}

function totalSentence(ctx: ReportContext): string {
  const { T, sc, assessment, profile } = ctx;
  if (assessment.total === null) return T("s2.total.missing");
  const total = sc(assessment.total);
  if (!assessment.level) return T("s2.total.noLevel", { total });
  if (profile.scale === "pass5")
    return T("s2.total.pass5", { total, level: assessment.level.labelTh });
  return (
    T("s2.total.letter", { total, level: assessment.level.labelTh }) +
    " " +
    T(assessment.total >= profile.passMark ? "s2.target.met" : "s2.target.notMet")
  );
}

/**
 * The rule of the year in one sentence, the condition that decided the level, and the distance to the
 * next level (points of total; per tool where the pass scale needs it).
 */
export function verdictParagraph(ctx: ReportContext): string {
  const { T, assessment, profile, advice } = ctx;
  const level = assessment.level;
  if (!level || assessment.total === null) return "";
  const parts: string[] = [];
  const levels = profile.levels;
  const at = levels.findIndex((l) => l.id === level.id);
  if (profile.scale === "letter") {
    const upper = at > 0 ? levels[at - 1].minTotal : null;
    parts.push(
      upper === null
        ? T("s2.rule.letter.top", { bandFrom: formatScore(level.minTotal) })
        : T("s2.rule.letter", {
            level: level.labelTh,
            bandFrom: formatScore(level.minTotal),
            bandTo: formatScore(upper - 0.01),
          })
    );
  } else {
    const pass = levels.find((l) => l.id === "pass");
    const good = levels.find((l) => l.id === "good");
    const excellent = levels.find((l) => l.id === "excellent");
    parts.push(
      T("s2.rule.pass5", {
        passMin: formatThreshold(pass?.minTotal ?? profile.passMark),
        goodEach: formatThreshold(good?.minEachTool ?? 85),
        excellentEach: formatThreshold(excellent?.minEachTool ?? 95),
      })
    );
    const why = whyNotBetter(ctx, level, at > 0 ? levels[at - 1] : null);
    if (why) parts.push(why);
  }
  if (advice) {
    const target = levelText(ctx, advice.target);
    const toolList = thaiList(
      advice.toolGaps.map((g) =>
        fillTemplate(ctx.lib["s2.gap.tools.item"], {
          tool: ctx.toolName(g.tool),
          need: formatScore(g.need),
        })
      )
    );
    if (advice.totalGap > 0) {
      let text = T("s2.gap", { target, gap: formatScore(advice.totalGap) });
      if (toolList) text += " " + T("s2.gap.tools.and", { list: toolList });
      parts.push(text);
    } else if (toolList) {
      parts.push(T("s2.gap.tools", { target, list: toolList }));
    }
  }
  return parts.join(" ");
}

/** On the pass scale: why this level and not the one above it. */
function whyNotBetter(ctx: ReportContext, level: LevelRule, better: LevelRule | null): string {
  const { T, assessment, profile } = ctx;
  const total = assessment.total as number;
  const passMin = profile.levels.find((l) => l.id === "pass")?.minTotal ?? profile.passMark;
  if (total < passMin) return T("s2.why.fail", { passMin: formatThreshold(passMin) });
  if (!better) return "";
  const vars = {
    level: level.labelTh,
    better: better.labelTh,
    min: formatThreshold(better.minTotal),
  };
  if (total < better.minTotal) return T("s2.why.belowTotal", vars);
  const each = better.minEachTool;
  if (each === undefined) return "";
  const score: Record<ToolId, number | null> = ctx.toolScore;
  const below = profile.tools.filter((t) => (score[t.id] ?? 0) < each);
  if (!below.length) return "";
  const tools = thaiList(below.map((t) => `${ctx.toolName(t.id)} (${ctx.sc(score[t.id])} คะแนน)`));
  return T("s2.why.belowEach", { ...vars, tools, each: formatThreshold(each) });
}

/** Where the points are cheapest, in one short paragraph. */
export function cheapestParagraph(ctx: ReportContext): string {
  const { T, advice, cheapest, nameOf } = ctx;
  if (!advice || !cheapest.length) return "";
  const best = cheapest[0];
  // On the pass scale a tool below its minimum comes first, whatever the weights say.
  const intro = advice.toolGaps.length
    ? T("s2.cheap.intro.tools", {
        tools: thaiList(advice.toolGaps.map((g) => ctx.toolName(g.tool))),
        each: formatThreshold(advice.target.minEachTool ?? 0),
      })
    : T("s2.cheap.intro", { id: best.id, name: nameOf(best.id), weight: String(best.weight) });
  const target = levelText(ctx, advice.target);
  const after = formatScore(advice.totalAfter);
  if (!advice.reachable)
    return `${intro} ${T("s2.cheap.unreachable", { after, target, id: best.id })}`;
  if (advice.raises.length === 1) {
    const r = advice.raises[0];
    return `${intro} ${T("s2.cheap.one", { id: r.id, from: formatScore(r.from), to: formatScore(r.to), after, target })}`;
  }
  const list = thaiList(
    advice.raises.map((r) =>
      fillTemplate(ctx.lib["s2.cheap.item"], {
        id: r.id,
        from: formatScore(r.from),
        to: formatScore(r.to),
      })
    )
  );
  return `${intro} ${T("s2.cheap.many", { list, after, target })}`;
}

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
    items.push({
      text: T("s2.ranking.item", {
        n: i + 1,
        id: r.id,
        name: nameOf(r.id),
        score: sc(r.score),
        mark: mark(r.id),
        tie,
      }),
      ...(mark(r.id) ? { notes: [DERIVED_NOTE] } : {}),
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
      text += " " + T("s2.lowest.published", { list: indicatorList(ctx, ids), score: sc(min) });
    }
  }
  a.paragraph(text, lo.some((id) => mark(id)) ? { notes: [DERIVED_NOTE] } : {});
}

/** The sub-indicators of a main indicator that have a score, in id order. */
export function subsOf(ctx: ReportContext, r: RankedIndicator): RankedIndicator[] {
  return ctx.assessment.ranking
    .filter((x) => x.sub && ctx.profile.subIndicators.find((d) => d.id === x.id)?.parent === r.id)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}
