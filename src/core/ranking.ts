/**
 * The ranking of an assessment's indicators (src/core/assess.ts): main indicators descending with
 * competition ranks (1, 2, 2, 4), sub-indicators placed by score with `sub: true`; then strengths, what to
 * develop, the highest and the lowest.
 */
import type { FrameworkProfile, IndicatorId, RankedIndicator } from "./types";
import { round2 } from "./decimal";
import { message as warn } from "./message";
import type { Findings } from "./assessFindings";
import type { IndicatorValues } from "./indicatorValues";

/** Compares indicator ids numerically: "2" < "9" < "9.1" < "10" < "10.1". */
export function compareIds(a: IndicatorId, b: IndicatorId): number {
  const [am, as = "0"] = a.split(".");
  const [bm, bs = "0"] = b.split(".");
  return parseInt(am, 10) - parseInt(bm, 10) || parseInt(as, 10) - parseInt(bs, 10);
}

export interface Ranking {
  scores: Partial<Record<IndicatorId, number>>;
  ranking: RankedIndicator[];
}

export function rankIndicators(
  profile: FrameworkProfile,
  { exact, derivedIds }: IndicatorValues,
  { warnings }: Findings
): Ranking {
  // Scores, rounded for display and ranking.
  const scores: Partial<Record<IndicatorId, number>> = {};
  for (const [id, f] of exact) scores[id] = round2(f);

  // Ranking.
  const main = profile.indicators.filter((d) => scores[d.id] !== undefined);
  const mainScores = main.map((d) => scores[d.id] as number);
  const rankOf = (score: number): number => 1 + mainScores.filter((s) => s > score).length;
  const ranking: RankedIndicator[] = [];
  for (const d of main) {
    const score = scores[d.id] as number;
    ranking.push({
      id: d.id,
      score,
      rank: rankOf(score),
      sub: false,
      tool: d.tool,
      derived: derivedIds.has(d.id),
    });
  }
  for (const d of profile.subIndicators) {
    const score = scores[d.id];
    if (score === undefined) continue;
    ranking.push({ id: d.id, score, rank: rankOf(score), sub: true, tool: d.tool, derived: false });
  }
  ranking.sort(
    (a, b) => b.score - a.score || Number(a.sub) - Number(b.sub) || compareIds(a.id, b.id)
  );

  if (main.length > 0 && main.length < profile.indicators.length) {
    const lacking = profile.indicators.filter((d) => scores[d.id] === undefined).map((d) => d.id);
    warnings.push(
      warn(
        "indicators-missing",
        `ไม่มีคะแนนตัวชี้วัดที่ ${lacking.join(", ")} การจัดอันดับจึงมีเพียง ${main.length} ตัวชี้วัด`,
        `indicator${lacking.length > 1 ? "s" : ""} ${lacking.join(", ")} ${lacking.length > 1 ? "are" : "is"} not given; the ranking holds ${main.length} indicators`
      )
    );
  }
  return { scores, ranking };
}

/** Strengths (score >= threshold) and what to develop among the main indicators, the highest and lowest. */
export function strengthsOf(
  ranking: RankedIndicator[],
  threshold: number
): {
  strengths: IndicatorId[];
  toDevelop: IndicatorId[];
  highest: IndicatorId[];
  lowest: IndicatorId[];
} {
  const mainRanked = ranking.filter((r) => !r.sub);
  const strengths = mainRanked.filter((r) => r.score >= threshold).map((r) => r.id);
  const toDevelop = mainRanked.filter((r) => r.score < threshold).map((r) => r.id);
  const hi = mainRanked.length ? Math.max(...mainRanked.map((r) => r.score)) : null;
  const lo = mainRanked.length ? Math.min(...mainRanked.map((r) => r.score)) : null;
  const highest = hi === null ? [] : mainRanked.filter((r) => r.score === hi).map((r) => r.id);
  const lowest = lo === null ? [] : mainRanked.filter((r) => r.score === lo).map((r) => r.id);
  return { strengths, toDevelop, highest, lowest };
}
