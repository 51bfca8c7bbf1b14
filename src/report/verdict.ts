/**
 * The words of the verdict (section ๒): the total and its level, the rule of the year covering the band
 * the agency is in, the condition that decided the level, the distance to the next level (or out of a
 * failing level), and a realistic what-if: whole points, at most three indicators in a sentence, a table
 * when more must rise together. A year whose framework is not confirmed says so, names the year whose
 * rules computed the level, and prints the NACC's level when the input gives one.
 *
 * Pure text functions over the report context; the section builder (sections/s2.ts) only places them.
 */
import { latestConfirmedYearBefore } from "../core/profiles";
import type { LevelRule, ToolId } from "../core/types";
import type { Raise } from "../core/advice";
import { fillTemplate, formatScore, thaiList } from "./format";
import { orderedRaises } from "./measureChoice";
import { formatThreshold, type ReportContext } from "./sections/context";

/** At most this many indicators in the what-if sentence; more are set out in a table. */
export const WHAT_IF_SENTENCE_MAX = 3;

/** "ระดับ A" on the letter scale, "ระดับผ่านดี" on the pass scale (no space before a Thai word). */
export function levelText(ctx: ReportContext, level: LevelRule): string {
  return ctx.profile.scale === "letter" ? ` ${level.labelTh}` : level.labelTh;
}

/** The year whose rules computed the level: the year itself, or the latest confirmed one before it. */
export function basisYear(ctx: ReportContext): number {
  return ctx.profile.provisional ? latestConfirmedYearBefore(ctx.year) : ctx.year;
}

/** The level the input gives (the NACC's), as typed, when there is one. */
function typedLevel(ctx: ReportContext): string | null {
  const c = ctx.assessment.checks.find((x) => x.what === "level");
  return c ? String(c.typed) : null;
}

/** The first sentence of section ๒: the total and the level (with the national target on letters). */
export function totalSentence(ctx: ReportContext): string {
  const { T, sc, assessment, profile } = ctx;
  if (assessment.total === null) return T("s2.total.missing");
  const total = sc(assessment.total);
  if (!assessment.level) return T("s2.total.noLevel", { total });
  if (profile.provisional)
    return T("s2.total.provisional", {
      total,
      level: levelText(ctx, assessment.level).trim(),
      basisYear: basisYear(ctx),
    });
  if (profile.scale === "pass5")
    return T("s2.total.pass5", { total, level: assessment.level.labelTh });
  return (
    T("s2.total.letter", { total, level: assessment.level.labelTh }) +
    " " +
    T(assessment.total >= profile.passMark ? "s2.target.met" : "s2.target.notMet")
  );
}

/** For a year whose framework is not confirmed: that it is not, which rules computed the level, the NACC's level. */
export function provisionalSentence(ctx: ReportContext): string {
  const { T, profile } = ctx;
  if (!profile.provisional) return "";
  const parts = [T("s2.provisional", { basisYear: basisYear(ctx) })];
  const typed = typedLevel(ctx);
  parts.push(
    typed ? T("s2.provisional.published", { published: typed }) : T("s2.provisional.unpublished")
  );
  return parts.join(" ");
}

/**
 * The rule of the year in one sentence (with the band the agency is in when it is below the pass mark),
 * the condition that decided the level, and the distance to the next level.
 */
export function verdictParagraph(ctx: ReportContext): string {
  const { T, assessment, profile, advice } = ctx;
  const level = assessment.level;
  if (!level || assessment.total === null) return "";
  const parts: string[] = [];
  const levels = profile.levels;
  const at = levels.findIndex((l) => l.id === level.id);
  const year = basisYear(ctx);
  if (profile.scale === "letter") {
    const upper = at > 0 ? levels[at - 1].minTotal : null;
    parts.push(
      upper === null
        ? T("s2.rule.letter.top", { bandFrom: formatScore(level.minTotal), year })
        : T("s2.rule.letter", {
            level: level.labelTh,
            bandFrom: formatScore(level.minTotal),
            bandTo: formatScore(upper - 0.01),
            year,
          })
    );
  } else {
    const pass = levels.find((l) => l.id === "pass");
    const good = levels.find((l) => l.id === "good");
    const excellent = levels.find((l) => l.id === "excellent");
    const improve = levels.find((l) => l.id === "improve");
    const passMin = pass?.minTotal ?? profile.passMark;
    let rule = T("s2.rule.pass5", {
      passMin: formatThreshold(passMin),
      goodEach: formatThreshold(good?.minEachTool ?? 85),
      excellentEach: formatThreshold(excellent?.minEachTool ?? 95),
    });
    // The band achieved is covered: below the pass mark, the two failing levels and their edges.
    if (assessment.total < passMin && improve)
      rule +=
        " " +
        T("s2.rule.pass5.low", {
          improveMin: formatThreshold(improve.minTotal),
          improveMax: formatScore(passMin - 0.01),
        });
    parts.push(rule);
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
    const failing = profile.scale === "pass5" && assessment.total < profile.passMark;
    if (advice.totalGap > 0) {
      let text = T(failing ? "s2.gap.leave" : "s2.gap", {
        target,
        level: levelText(ctx, level).trim(),
        min: formatThreshold(advice.target.minTotal),
        gap: formatScore(advice.totalGap),
      });
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
  if (total < passMin) {
    // The edge that decides this failing level: below 70 for ต้องปรับปรุงโดยด่วน, below the pass mark for
    // ต้องปรับปรุง (not "below 85" for an agency at 60).
    const edge = better && better.minTotal < passMin ? better.minTotal : passMin;
    return T("s2.why.fail", { passMin: formatThreshold(edge), level: level.labelTh });
  }
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

/** The what-if: a paragraph, and the rows of a table when more indicators than a sentence holds must rise. */
export interface WhatIf {
  text: string;
  /** Rows: indicator | the raise and the points of total it gives; empty when the sentence says it all. */
  rows: string[][];
  header: string[];
}

/** Where the points are cheapest and what a realistic, whole-point raise would give. */
export function whatIf(ctx: ReportContext): WhatIf {
  const { T, advice, cheapest, nameOf, mark } = ctx;
  const none: WhatIf = { text: "", rows: [], header: [] };
  if (!advice || !cheapest.length) return none;
  // The raises in the measures' order (a binding tool's first); the first is named as the cheapest
  // source of points.
  const raises = orderedRaises(advice);
  const first = raises[0]?.id;
  const best = cheapest.find((c) => c.id === first) ?? cheapest[0];
  // On the pass scale a tool below its minimum comes first, whatever the weights say.
  const intro = advice.toolGaps.length
    ? T("s2.cheap.intro.tools", {
        tools: thaiList(advice.toolGaps.map((g) => ctx.toolName(g.tool))),
        each: formatThreshold(advice.target.minEachTool ?? 0),
      })
    : T("s2.cheap.intro", {
        id: best.id,
        name: nameOf(best.id) + mark(best.id),
        weight: String(best.weight),
      });
  const target = levelText(ctx, advice.target);
  const after = formatScore(advice.totalAfter);
  const from = (r: Raise): string => formatScore(r.from) + mark(r.id);
  if (!advice.reachable) {
    // The total may reach the bar while a tool does not: then the tool is what is out of reach.
    const each = advice.target.minEachTool;
    const short =
      advice.totalAfter >= advice.target.minTotal && each !== undefined
        ? ctx.profile.tools.filter((t) => advice.toolsAfter[t.id] < each)
        : [];
    const text = short.length
      ? T("s2.cheap.unreachable.tools", {
          after,
          target,
          id: best.id,
          each: formatThreshold(each as number),
          tools: thaiList(short.map((t) => ctx.toolName(t.id))),
        })
      : T("s2.cheap.unreachable", { after, target, id: best.id });
    return { ...none, text: `${intro} ${text}` };
  }
  if (raises.length === 1) {
    const r = raises[0];
    return {
      ...none,
      text: `${intro} ${T("s2.cheap.one", { id: r.id, from: from(r), to: formatScore(r.to), after, target })}`,
    };
  }
  if (raises.length <= WHAT_IF_SENTENCE_MAX) {
    const list = thaiList(
      raises.map((r) =>
        fillTemplate(ctx.lib["s2.cheap.item"], { id: r.id, from: from(r), to: formatScore(r.to) })
      )
    );
    return { ...none, text: `${intro} ${T("s2.cheap.many", { list, after, target })}` };
  }
  return {
    text: `${intro} ${T("s2.cheap.table", { n: raises.length, after, target })}`,
    header: ["s2.cheap.col.indicator", "s2.cheap.col.change"].map((k) => T(k, {}, "table")),
    rows: raises.map((r) => [
      ctx.d(`ตัวชี้วัดที่ ${r.id} ${nameOf(r.id)}`, "table"),
      T(
        "s2.cheap.row",
        { from: from(r), to: formatScore(r.to), gain: formatScore(r.gain) },
        "table"
      ),
    ]),
  };
}
