/**
 * Which measures, in which order, with which periods: the measures follow the verdict.
 *
 * - First what changes the level: the raises the advice (core/advice) needs to reach the next level,
 *   the binding tool's indicators first (a total that reaches the bar while one tool does not: that
 *   tool's weakest indicators lead); an indicator above the strength threshold is included when the next
 *   level needs it raised. Then every other indicator to develop, by room x weight.
 * - Urgent: an indicator the next level depends on through a binding tool, or one that can still give
 *   URGENT_POINTS of total, or that scores under 50; at most MAX_URGENT, so that no more than three
 *   urgent measures share the same three months.
 * - The standard internal measures an assessor looks for under O42 (No Gift and bribery, conflict of
 *   interest, complaints, procurement transparency, discretion, using audit findings) join the measure of
 *   the indicator they serve as a step; those no indicator measure carries are gathered in one measure
 *   of their own, as the seed's measures table does; the executive's declaration is always there.
 * - OIT by its sub-indicators: the measure for indicator 9 or 10 names what its low sub-indicators ask.
 * - Periods are derived from the report's date (fiscalMonths): nothing starts in the past.
 */
import type { IndicatorId, ToolId } from "../core/types";
import type { NextLevelAdvice, Raise } from "../core/advice";
import { THAI_MONTHS, THAI_MONTHS_SHORT } from "../core/thai";
import type { Topic } from "./agency";
import { thaiMonthYear } from "./format";
import type { ReportContext } from "./sections/context";

export const MIN_MEASURES = 6;
export const MAX_MEASURES = 10;
/** A measure is urgent when its indicator can still give this many points of total, or scores under 50. */
export const URGENT_POINTS = 3;
/** At most this many urgent measures: no five urgent measures crowded into the same three months. */
export const MAX_URGENT = 3;

export type Period = "first" | "quick" | "year";

export interface Measure {
  /** The indicator the measure develops; absent for a standing or internal measure. */
  indicator?: IndicatorId;
  title: string;
  steps: string;
  topic: Topic;
  urgent: boolean;
  period: Period;
  target: string;
}

/** The unit responsible for each indicator's measure, by topic. */
const INDICATOR_TOPIC: Record<IndicatorId, Topic> = {
  "1": "admin",
  "2": "budget",
  "3": "hr",
  "4": "property",
  "5": "integrity",
  "6": "service",
  "7": "web",
  "8": "service",
  "9": "web",
  "10": "integrity",
};

/** The standard internal measures (measure.internal.*), in the seed's order. */
export const INTERNAL = [
  "procurement",
  "discretion",
  "complaints",
  "bribery",
  "conflict",
  "audit",
] as const;
type Internal = (typeof INTERNAL)[number];

/** The internal measures that fit an indicator's measure, as a step of it. */
const FITS: Record<IndicatorId, Internal[]> = {
  "1": ["bribery"],
  "2": ["procurement", "conflict"],
  "3": ["discretion"],
  "5": ["complaints", "audit"],
  "6": ["bribery"],
  "7": ["complaints"],
};

/** The standing measure (measure.standing.N) that stands for an internal one on its own row. */
const STANDING_OF: Partial<Record<Internal, string>> = {
  procurement: "2",
  conflict: "3",
  bribery: "4",
  complaints: "5",
  audit: "6",
};
const STANDING_TOPIC: Record<string, Topic> = {
  "1": "admin",
  "2": "procurement",
  "3": "hr",
  "4": "admin",
  "5": "integrity",
  "6": "audit",
};

/** The sub-indicators of 9 and 10 given below the threshold, lowest first (ties: id order). */
export function lowSubIndicators(
  ctx: ReportContext,
  parent?: IndicatorId
): Array<{ id: IndicatorId; score: number }> {
  const out: Array<{ id: IndicatorId; score: number }> = [];
  for (const d of ctx.profile.subIndicators) {
    if (parent && d.parent !== parent) continue;
    const score = ctx.assessment.scores[d.id];
    if (score !== undefined && score < ctx.threshold) out.push({ id: d.id, score });
  }
  return out.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
}

/**
 * Section ๔'s "what to improve" for an indicator: for 9 and 10 with low sub-indicators, what those ask
 * for (lowest first); otherwise the indicator's own list.
 */
export function improveFor(ctx: ReportContext, id: IndicatorId): string {
  const subs = lowSubIndicators(ctx, id);
  if (!subs.length) return ctx.T(`indicator.${id}.improve`, {}, "table");
  return subs
    .map((s, i) => ctx.d(`(${i + 1}) `, "table") + ctx.T(`sub.${s.id}.improve`, {}, "table"))
    .join("\n");
}

/** The order of the indicators in the measures: what changes the level first, then by room x weight. */
export function measureOrder(ctx: ReportContext): IndicatorId[] {
  const { advice, cheapest, develop } = ctx;
  const out: IndicatorId[] = [];
  const add = (id: IndicatorId): void => {
    if (!out.includes(id)) out.push(id);
  };
  if (advice && advice.reachable) for (const r of orderedRaises(advice)) add(r.id);
  const dev = new Set(develop.map((r) => r.id));
  for (const c of cheapest) if (dev.has(c.id)) add(c.id);
  return out;
}

/**
 * The raises the next level needs, in the order the report gives them (the what-if and the measures
 * alike): those of a binding tool (a tool below the level's minimum) first, then the others; within
 * each, the largest gain of total first (the advice's order).
 */
export function orderedRaises(advice: NextLevelAdvice): Raise[] {
  const binding = new Set<ToolId>(advice.toolGaps.map((g) => g.tool));
  return [
    ...advice.raises.filter((r) => binding.has(r.tool)),
    ...advice.raises.filter((r) => !binding.has(r.tool)),
  ];
}

/** Indicators whose measure the level depends on through a binding tool. */
function bindingIds(ctx: ReportContext): Set<IndicatorId> {
  const a = ctx.advice;
  if (!a || !a.reachable) return new Set();
  const tools = new Set<ToolId>(a.toolGaps.map((g) => g.tool));
  return new Set(a.raises.filter((r) => tools.has(r.tool)).map((r) => r.id));
}

/** The measures, in order: indicators (measureOrder), the declaration, the internal measures left. */
export function selectMeasures(ctx: ReportContext): Measure[] {
  const { T, sc, cheapest, nameOf, mark, threshold, advice } = ctx;
  const months = fiscalMonths(ctx);
  const binding = bindingIds(ctx);
  const placed = new Set<Internal>();
  const out: Measure[] = [];
  let urgentCount = 0;
  // Room for the declaration and the gathered internal measures.
  const ids = measureOrder(ctx).slice(0, MAX_MEASURES - 2);
  for (const id of ids) {
    const c = cheapest.find((x) => x.id === id);
    const score = ctx.assessment.scores[id];
    if (score === undefined) continue;
    const wouldBeUrgent =
      binding.has(id) || (c !== undefined && c.value >= URGENT_POINTS) || score < 50;
    const urgent = wouldBeUrgent && urgentCount < MAX_URGENT;
    if (urgent) urgentCount++;
    const period: Period = urgent ? "quick" : "year";
    const raise = advice?.raises.find((r) => r.id === id);
    const target = Math.min(100, Math.max(threshold, raise ? Math.ceil(raise.to) : 0));
    // Steps: the indicator's own, or what its low sub-indicators ask for; then the internal measures
    // that fit it.
    const subs = lowSubIndicators(ctx, id).slice(0, 3);
    const own = subs.length
      ? subs.map((s) => T(`sub.${s.id}.improve`, {}, "table"))
      : T(`measure.indicator.${id}.steps`, {}, "table")
          .split("\n")
          .map((l) => l.replace(/^[0-9๐-๙]+\.\s*/, ""));
    const extra = (FITS[id] ?? []).filter((k) => !placed.has(k));
    extra.forEach((k) => placed.add(k));
    const steps = [...own, ...extra.map((k) => T(`measure.internal.${k}`, {}, "table"))];
    out.push({
      indicator: id,
      title: `${T(`measure.indicator.${id}.title`, {}, "table")}${urgent ? ` ${T("measure.urgent", {}, "table")}` : ""}\n${T("measure.fromIndicator", { id, score: sc(score), mark: mark(id), name: nameOf(id) }, "table")}`,
      steps: numbered(ctx, steps),
      topic: INDICATOR_TOPIC[id] ?? "admin",
      urgent,
      period,
      target: T(
        `measure.indicator.${id}.target`,
        {
          goal: target >= 100 ? T("measure.goal.full") : T("measure.goal", { target }),
          deadline: months.deadline(period),
        },
        "table"
      ),
    });
  }
  // The executive's declaration opens the year's integrity work: always.
  out.push(standing(ctx, "1", "first"));
  // The internal measures no indicator measure carries: on their own rows while the table is short of
  // MIN_MEASURES, the rest gathered in one measure.
  const rest = INTERNAL.filter((k) => !placed.has(k));
  while (rest.length > 1 && out.length + 1 < MIN_MEASURES) {
    const k = rest.find((x) => STANDING_OF[x]);
    if (!k) break;
    rest.splice(rest.indexOf(k), 1);
    out.push(standing(ctx, STANDING_OF[k] as string, "year"));
  }
  if (rest.length === 1 && STANDING_OF[rest[0]]) {
    out.push(standing(ctx, STANDING_OF[rest[0]] as string, "year"));
  } else if (rest.length) {
    out.push({
      title: T("measure.internal.title", {}, "table"),
      steps: numbered(
        ctx,
        rest.map((k) => T(`measure.internal.${k}`, {}, "table"))
      ),
      topic: "integrity",
      urgent: false,
      period: "year",
      target: T("measure.internal.target", { deadline: months.deadline("first") }, "table"),
    });
  }
  return out.slice(0, MAX_MEASURES);
}

function standing(ctx: ReportContext, k: string, period: Period): Measure {
  const { T } = ctx;
  const months = fiscalMonths(ctx);
  return {
    title: T(`measure.standing.${k}.title`, {}, "table"),
    steps: T(`measure.standing.${k}.steps`, {}, "table"),
    topic: STANDING_TOPIC[k] ?? "admin",
    urgent: false,
    period,
    target: T(
      `measure.standing.${k}.target`,
      { first: months.deadline("first"), deadline: months.deadline(period) },
      "table"
    ),
  };
}

/** "1. ...\n2. ..." with the table's digits. */
function numbered(ctx: ReportContext, steps: string[]): string {
  return steps.map((s, i) => ctx.d(`${i + 1}. `, "table") + s).join("\n");
}

/**
 * Months of the next fiscal year (October of `year` to September of `nextYear`, Buddhist era). The
 * measures start in October, or in the month after the report's date when it is dated inside that
 * fiscal year (no measure starts in the past), but no later than July. "quick" (urgent) measures run
 * three months from the start, "first" ones the start month, "year" ones to September.
 */
export function fiscalMonths(ctx: ReportContext): {
  range: (p: Period) => string;
  deadline: (p: Period) => string;
  /** The month (and year) the measures start. */
  start: () => string;
} {
  // Month index from October of `year`: 0 = October ... 11 = September.
  let start = 0;
  const when = thaiMonthYear(ctx.options.date ?? ctx.agency.date);
  if (when) {
    const m = THAI_MONTHS.indexOf(when.month);
    const index = (when.yearBE - ctx.year) * 12 + m - 9;
    if (index >= 0 && index < 12) start = Math.min(9, index + 1);
  }
  const at = (i: number): { m: number; y: number } => {
    const abs = 9 + i; // October = 9
    return { m: abs % 12, y: ctx.year + Math.floor(abs / 12) };
  };
  const endOf = (p: Period): number =>
    p === "first" ? start : p === "quick" ? Math.min(11, start + 2) : 11;
  return {
    range: (p) => {
      const a = at(start);
      const b = at(endOf(p));
      if (a.m === b.m && a.y === b.y) return ctx.d(`${THAI_MONTHS_SHORT[a.m]} ${a.y}`, "table");
      const from = a.y === b.y ? THAI_MONTHS_SHORT[a.m] : `${THAI_MONTHS_SHORT[a.m]} ${a.y}`;
      return ctx.T("measure.period", { from, to: `${THAI_MONTHS_SHORT[b.m]} ${b.y}` }, "table");
    },
    deadline: (p) => {
      const b = at(endOf(p));
      return `${THAI_MONTHS[b.m]} ${b.y}`;
    },
    start: () => {
      const a = at(start);
      return `${THAI_MONTHS[a.m]} ${a.y}`;
    },
  };
}
