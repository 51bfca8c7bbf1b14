/**
 * Year over year: this year's assessment against one or more earlier years of the same agency.
 *
 * Rules (../shared/ita-framework.md; the profiles are the data, nothing here is keyed by year):
 * - Every change is this year's published figure minus last year's, computed exactly (decimal.ts) from
 *   the two-decimal figures: 76.05 - 70.00 = +6.05, never 6.049999.
 * - An earlier year is given as any subset (indicators, tool scores, total, level). A year with a profile
 *   (FY2562 on) goes through `assess`, so its tool scores, total and level follow the same rules as this
 *   year's (indicator 10 from 10.1/10.2, a typed figure used when the parts are not all given). A year
 *   before FY2562 used another framework (five indices, not the ten indicators): only its total is
 *   compared, and the notes say so.
 * - Levels are compared only on the same scale (the profiles' level rules are equal). A letter level
 *   (FY2562-2565) and a level of the five-level pass scale (FY2566 on) are not comparable: the notes say
 *   so, and last year's figures are placed on this year's scale instead, labelled as such.
 * - Main indicators are compared when both years have them; sub-indicators only when their Thai name is
 *   the same in both years' profiles (FY2567 renamed 9.2, 9.3 and 10.2: those are listed, not compared).
 * - Indicators missing last year are listed, never invented. A figure derived rather than published
 *   (indicator 9 from the OIT, say) is compared but flagged `derived`.
 * - Three or more years with a total give a trend (the latest five when more are given).
 *
 * Problems (a bad earlier year: not a fiscal year, not earlier than this year, given twice, a score outside
 * 0-100) drop that year and are returned; a caller that must not go on with bad input checks `problems`.
 */
import type { Assessment, Message, EarlierYear } from "./types";
import { message } from "./message";
import type { YearFigures, TrendDirection, TrendPoint, Trend, Comparison } from "./compareTypes";
import {
  TREND_MAX,
  TREND_MIN,
  diff,
  figuresFromAssessment,
  figuresFromEarlier,
} from "./yearFigures";
import { compareTwo } from "./yearOverYear";

export type { EarlierYear } from "./types";
export type {
  Change,
  Comparison,
  Direction,
  LevelChange,
  SubIndicatorChange,
  Trend,
  TrendDirection,
  TrendPoint,
  YearFigures,
  YearOverYear,
} from "./compareTypes";
export { formatChange } from "./yearFigures";

/** A trend over the years with a total (three or more; the latest five when more). Null when fewer. */
export function buildTrend(years: YearFigures[]): Trend | null {
  const withTotal = years
    .filter((y) => y.total !== null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .slice(-TREND_MAX);
  if (withTotal.length < TREND_MIN) return null;
  const points: TrendPoint[] = withTotal.map((y, i) => ({
    fiscalYear: y.fiscalYear,
    total: y.total as number,
    change: i === 0 ? null : diff(y.total as number, withTotal[i - 1].total as number),
    level: y.level,
    levelText: y.levelText,
    scale: y.scale,
  }));
  const steps = points.slice(1).map((p) => p.change as number);
  const first = points[0].total;
  const last = points[points.length - 1].total;
  let direction: TrendDirection;
  if (steps.every((s) => s === 0)) direction = "steady";
  else if (steps.every((s) => s >= 0)) direction = "rising";
  else if (steps.every((s) => s <= 0)) direction = "falling";
  else direction = "mixed";
  const hi = Math.max(...points.map((p) => p.total));
  const lo = Math.min(...points.map((p) => p.total));
  const present = new Set(points.map((p) => p.fiscalYear));
  const gaps: number[] = [];
  for (let y = points[0].fiscalYear + 1; y < points[points.length - 1].fiscalYear; y++) {
    if (!present.has(y)) gaps.push(y);
  }
  const scales = new Set(points.map((p) => p.scale));
  return {
    points,
    direction,
    change: diff(last, first),
    best: points.filter((p) => p.total === hi).map((p) => p.fiscalYear),
    worst: points.filter((p) => p.total === lo).map((p) => p.fiscalYear),
    levelsComparable: scales.size === 1 && !scales.has(null),
    gaps,
  };
}

/**
 * This year's assessment against earlier years (each an input subset or an earlier Assessment): the
 * comparison with the latest earlier year and, from three years with a total, the trend.
 */
export function compareYears(
  current: Assessment,
  earlier: ReadonlyArray<EarlierYear | Assessment>
): Comparison {
  const problems: Message[] = [];
  const warnings: Message[] = [];
  const cur = figuresFromAssessment(current);
  const byYear = new Map<number, YearFigures>();
  earlier.forEach((e, i) => {
    let fig: YearFigures | undefined;
    let yearWarnings: Message[] = [];
    const key = "profile" in e ? undefined : (e.key ?? `previous[${i}]`);
    if ("profile" in e) fig = figuresFromAssessment(e, false);
    else {
      const r = figuresFromEarlier({ ...e, key });
      problems.push(...r.problems);
      yearWarnings = r.warnings;
      fig = r.figures;
    }
    if (!fig) return;
    if (fig.fiscalYear >= cur.fiscalYear) {
      problems.push(
        message(
          "previous-year-not-earlier",
          `ปีงบประมาณ ${fig.fiscalYear} ไม่ใช่ปีก่อนหน้าปีงบประมาณ ${cur.fiscalYear} จึงไม่นำมาเปรียบเทียบ`,
          `FY${fig.fiscalYear} is not earlier than FY${cur.fiscalYear}, so it is not compared`,
          key ? `${key}.fiscalYear` : undefined
        )
      );
      return;
    }
    if (byYear.has(fig.fiscalYear)) {
      problems.push(
        message(
          "previous-year-duplicate",
          `มีข้อมูลปีงบประมาณ ${fig.fiscalYear} มากกว่าหนึ่งชุด ใช้ชุดแรก`,
          `FY${fig.fiscalYear} is given more than once; the first is used`,
          key ? `${key}.fiscalYear` : undefined
        )
      );
      return;
    }
    byYear.set(fig.fiscalYear, fig);
    warnings.push(...yearWarnings);
  });
  const years = [...byYear.values(), cur].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const prev = years.length > 1 ? years[years.length - 2] : null;
  return {
    years,
    lastYear: prev ? compareTwo(cur, prev) : null,
    trend: buildTrend(years),
    problems,
    warnings,
  };
}
