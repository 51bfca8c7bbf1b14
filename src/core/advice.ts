/**
 * Where the points are cheapest: each indicator's weight in the total, the indicators ranked by room x
 * weight, and the smallest set of realistic raises that reaches the next level, on either scale.
 *
 * - Weight of an indicator in the total = its tool's weight / the tool's number of indicators:
 *   0.3 / 5 = 0.06 per IIT indicator point, 0.3 / 3 = 0.1 per EIT, 0.4 / 2 = 0.2 per OIT.
 * - Room = 100 - score; room x weight = the points of total the indicator can still give.
 * - A realistic raise in one year (REALISTIC, a setting): a perception score (IIT, EIT) rises by at most
 *   10 points and not above 95; an OIT indicator, which depends only on the agency's own website, by at
 *   most 30 points (a site cannot go from a quarter of the items to all of them in one step) up to 100.
 * - Targets are whole points: a raise ends on a whole score (93.75 -> 95, not 94.37), never above the
 *   realistic ceiling, which is itself whole.
 * - The next level is the one above the current level. On the five-level scale, a level with a minimum
 *   for each tool first needs every tool below it raised (within the tool, the weakest indicators
 *   first); then, and on the letter scale, the total: the indicators with the largest
 *   realistic gain first, the last one only as far as needed (to two decimals, rounded up). Largest gains
 *   first gives the fewest indicators.
 * Exact fractions throughout (src/core/decimal); figures returned are rounded half up to 2 decimals.
 */
import type { Assessment, FrameworkProfile, IndicatorId, LevelRule, ToolId } from "./types";
import { add, cmp, divInt, frac, type Frac, mean, mul, round2, sub } from "./decimal";

export const REALISTIC: Readonly<Record<ToolId, { step: number; ceiling: number }>> = {
  IIT: { step: 10, ceiling: 95 },
  EIT: { step: 10, ceiling: 95 },
  OIT: { step: 30, ceiling: 100 },
};

/** Each main indicator's weight in the total (0.06 / 0.1 / 0.2 with the usual tools). */
export function indicatorWeights(profile: FrameworkProfile): Record<IndicatorId, number> {
  const out: Record<IndicatorId, number> = {};
  for (const t of profile.tools)
    for (const id of t.indicators) out[id] = round6(t.weight / t.indicators.length);
  return out;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export interface PointOpportunity {
  id: IndicatorId;
  tool: ToolId;
  score: number;
  /** Weight in the total (points of total per indicator point). */
  weight: number;
  /** 100 - score. */
  room: number;
  /** room x weight: points of total the indicator can still give. */
  value: number;
  /** The score a realistic raise reaches this year (REALISTIC). */
  realisticTo: number;
  /** Points of total that realistic raise gives. */
  realisticGain: number;
}

/** Main indicators with a score, by room x weight, largest first (ties: indicator order). */
export function cheapestPoints(
  assessment: Assessment,
  realistic: Readonly<Record<ToolId, { step: number; ceiling: number }>> = REALISTIC
): PointOpportunity[] {
  const weights = indicatorWeights(assessment.profile);
  const out: PointOpportunity[] = [];
  for (const d of assessment.profile.indicators) {
    const score = assessment.scores[d.id];
    if (score === undefined) continue;
    const w = weights[d.id];
    const to = realisticTo(score, realistic[d.tool]);
    out.push({
      id: d.id,
      tool: d.tool,
      score,
      weight: w,
      room: round2(sub(frac(100), frac(score))),
      value: round2(mul(sub(frac(100), frac(score)), frac(w))),
      realisticTo: to,
      realisticGain: round2(mul(sub(frac(to), frac(score)), frac(w))),
    });
  }
  return out.sort((a, b) => b.value - a.value || b.weight - a.weight);
}

/** The whole score a realistic raise reaches this year: score + step, rounded down, at most the ceiling. */
function realisticTo(score: number, r: { step: number; ceiling: number }): number {
  return Math.max(score, Math.min(r.ceiling, Math.floor(score + r.step + 1e-9)));
}

export interface Raise {
  id: IndicatorId;
  tool: ToolId;
  from: number;
  to: number;
  /** Points of total the raise gives. */
  gain: number;
}

export interface NextLevelAdvice {
  current: LevelRule;
  target: LevelRule;
  /** Points of total from the total to the target's minimum (0 when the total already reaches it). */
  totalGap: number;
  /** Tools below the target's minimum for each tool, with the tool points each needs. */
  toolGaps: Array<{ tool: ToolId; score: number; need: number }>;
  /** The fewest realistic raises found, largest gain first. */
  raises: Raise[];
  totalAfter: number;
  toolsAfter: Record<ToolId, number>;
  /** False when even every realistic raise does not reach the target (raises then lists them all). */
  reachable: boolean;
}

/**
 * The next level and the cheapest way there; null when there is no level or total, the agency is at the
 * best level already, or a main indicator has no score.
 */
export function adviseNextLevel(
  assessment: Assessment,
  realistic: Readonly<Record<ToolId, { step: number; ceiling: number }>> = REALISTIC
): NextLevelAdvice | null {
  const { profile, level, total } = assessment;
  if (!level || total === null) return null;
  const at = profile.levels.findIndex((l) => l.id === level.id);
  if (at <= 0) return null;
  if (profile.indicators.some((d) => assessment.scores[d.id] === undefined)) return null;
  const target = profile.levels[at - 1];

  const value = new Map<IndicatorId, Frac>();
  for (const d of profile.indicators) value.set(d.id, frac(assessment.scores[d.id] as number));
  const ceilingOf = new Map<IndicatorId, Frac>();
  for (const d of profile.indicators)
    ceilingOf.set(d.id, frac(realisticTo(assessment.scores[d.id] as number, realistic[d.tool])));
  const weight = new Map<IndicatorId, Frac>();
  for (const t of profile.tools)
    for (const id of t.indicators) weight.set(id, divInt(frac(t.weight), t.indicators.length));

  const toolExact = (tool: ToolId): Frac => {
    const t = profile.tools.find((x) => x.id === tool);
    return mean((t?.indicators ?? []).map((id) => value.get(id) as Frac));
  };
  const totalExact = (): Frac =>
    profile.tools.reduce((s, t) => add(s, mul(frac(t.weight), toolExact(t.id))), frac(0));
  const roomOf = (id: IndicatorId): Frac => sub(ceilingOf.get(id) as Frac, value.get(id) as Frac);
  /**
   * Raises indicator id by at least `need` points, to a whole score (the one just reached by value +
   * need, rounded up), within its ceiling; returns the raise.
   */
  const raise = (id: IndicatorId, need: Frac): Frac => {
    const room = roomOf(id);
    const current = value.get(id) as Frac;
    const wanted = sub(ceilWhole(add(current, need)), current);
    const applied = cmp(wanted, room) > 0 ? room : wanted;
    value.set(id, add(current, applied));
    return applied;
  };
  const positive = (f: Frac): boolean => cmp(f, frac(0)) > 0;

  const toolGaps: NextLevelAdvice["toolGaps"] = [];
  const each = target.minEachTool;
  const shownTool: Record<ToolId, number | null> = {
    IIT: assessment.iit,
    EIT: assessment.eit,
    OIT: assessment.oit,
  };
  if (each !== undefined) {
    for (const t of profile.tools) {
      const shown = shownTool[t.id] ?? round2(toolExact(t.id));
      if (shown >= each) continue;
      toolGaps.push({ tool: t.id, score: shown, need: round2(sub(frac(each), frac(shown))) });
      // Indicator points the tool needs: (minimum - tool mean) x number of indicators.
      let need = mul(sub(frac(each), toolExact(t.id)), frac(t.indicators.length));
      // The weakest indicator first (the one farthest from full marks); on equal scores, the most room.
      const order = [...t.indicators].sort(
        (a, b) => cmp(value.get(a) as Frac, value.get(b) as Frac) || cmp(roomOf(b), roomOf(a))
      );
      for (const id of order) {
        if (!positive(need)) break;
        if (!positive(roomOf(id))) continue;
        need = sub(need, raise(id, need));
      }
    }
  }
  // Then the total, largest realistic gain first.
  const order = profile.indicators
    .map((d) => d.id)
    .sort(
      (a, b) =>
        cmp(mul(roomOf(b), weight.get(b) as Frac), mul(roomOf(a), weight.get(a) as Frac)) ||
        cmp(weight.get(b) as Frac, weight.get(a) as Frac)
    );
  for (const id of order) {
    const gap = sub(frac(target.minTotal), totalExact());
    if (!positive(gap)) break;
    if (!positive(roomOf(id))) continue;
    raise(id, divExact(gap, weight.get(id) as Frac));
  }

  const raises: Raise[] = [];
  for (const d of profile.indicators) {
    const from = assessment.scores[d.id] as number;
    const to = round2(value.get(d.id) as Frac);
    if (to > from)
      raises.push({
        id: d.id,
        tool: d.tool,
        from,
        to,
        gain: round2(mul(sub(frac(to), frac(from)), weight.get(d.id) as Frac)),
      });
  }
  raises.sort((a, b) => b.gain - a.gain || b.to - b.from - (a.to - a.from));
  const toolsAfter = {
    IIT: round2(toolExact("IIT")),
    EIT: round2(toolExact("EIT")),
    OIT: round2(toolExact("OIT")),
  };
  const totalAfter = round2(totalExact());
  const reachable =
    totalAfter >= target.minTotal &&
    (each === undefined || profile.tools.every((t) => toolsAfter[t.id] >= each));
  return {
    current: level,
    target,
    totalGap: Math.max(0, round2(sub(frac(target.minTotal), frac(total)))),
    toolGaps,
    raises,
    totalAfter,
    toolsAfter,
    reachable,
  };
}

/** a / b exactly. */
function divExact(a: Frac, b: Frac): Frac {
  return mul(a, { n: b.d, d: b.n });
}

/** Rounded up to a whole number (f >= 0). */
function ceilWhole(f: Frac): Frac {
  let q = f.n / f.d;
  if (q * f.d < f.n) q += BigInt(1);
  return { n: q, d: BigInt(1) };
}
