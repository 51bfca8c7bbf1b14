/**
 * The year-over-year comparison's vocabulary: one year's figures, the change of a figure, of a level, two
 * years compared, a trend over several, and the comparison handed to the report. Plain data (JSON-safe).
 */
import type { IndicatorId, LevelRule, LevelScale, Message } from "./types";

/** One year's figures, from this year's assessment or an earlier year's input. Plain data (JSON-safe). */
export interface YearFigures {
  fiscalYear: number;
  /** The year's level scale; null for a year before FY2562 (no profile). */
  scale: LevelScale | null;
  /** Indicator scores, main and sub, as used (given or derived), two decimals. */
  scores: Partial<Record<IndicatorId, number>>;
  iit: number | null;
  eit: number | null;
  oit: number | null;
  total: number | null;
  level: LevelRule | null;
  /** The level as given when it is not a level of the year's scale (or the year has no profile). */
  levelText: string | null;
  /** Ids computed rather than given ("9", "10", "iit", "total", ...). */
  derived: string[];
  /** True for this year's assessment. */
  current: boolean;
}

/** The change of one figure between two years. */
export interface Change {
  /** "total", "IIT" | "EIT" | "OIT", or an indicator id. */
  id: string;
  previous: number;
  current: number;
  /** current - previous, exact, two decimals (+6.05 is 6.05). */
  change: number;
  /**
   * An indicator whose score was computed in either year (9 from the OIT, 10 from 10.1/10.2), not
   * published. Always false for the total and the tools (computed from the indicators by rule).
   */
  derived: boolean;
}

export interface SubIndicatorChange {
  id: IndicatorId;
  previous: number;
  current: number;
  /** Null when not comparable. */
  change: number | null;
  /** False when the sub-indicator's name differs between the two years' frameworks. */
  comparable: boolean;
  previousNameTh: string;
  currentNameTh: string;
}

export type Direction = "up" | "down" | "same";

export interface LevelChange {
  previous: LevelRule | null;
  /** Last year's level as given, when it is not on that year's scale (or the year is before FY2562). */
  previousText: string | null;
  previousScale: LevelScale | null;
  current: LevelRule | null;
  currentScale: LevelScale | null;
  /** Both levels known and on the same scale. */
  comparable: boolean;
  /** Null when not comparable. */
  changed: boolean | null;
  /** "up" is a better level this year. Null when not comparable. */
  direction: Direction | null;
  /**
   * When the scales differ: last year's total (and tool scores) placed on this year's scale. Not a
   * published level: say so wherever it is shown.
   */
  previousOnCurrentScale: LevelRule | null;
  /** This year's level against `previousOnCurrentScale`; null when that is null. */
  directionOnCurrentScale: Direction | null;
}

export interface YearOverYear {
  currentYear: number;
  previousYear: number;
  /** Null when either year has no total. */
  total: Change | null;
  /** IIT, EIT, OIT, each where both years have it. */
  tools: Change[];
  /** Main indicators both years have, in id order. */
  indicators: Change[];
  /** Sub-indicators both years have, in id order; renamed ones with `comparable: false`. */
  subIndicators: SubIndicatorChange[];
  /** Main indicators that rose, largest rise first (ties in id order). */
  rose: Change[];
  /** Main indicators that fell, largest fall first (ties in id order). */
  fell: Change[];
  /** The indicator(s) with the largest rise (ties share); empty when none rose. */
  roseMost: IndicatorId[];
  /** The indicator(s) with the largest fall (ties share); empty when none fell. */
  fellMost: IndicatorId[];
  unchanged: IndicatorId[];
  level: LevelChange;
  /** Main indicators this year has and last year lacks: listed, not compared. */
  missingPrevious: IndicatorId[];
  /** Main indicators last year has and this year lacks. */
  missingCurrent: IndicatorId[];
  /** What is not comparable, and why, in Thai and English. */
  notes: Message[];
}

export type TrendDirection = "rising" | "falling" | "steady" | "mixed";

export interface TrendPoint {
  fiscalYear: number;
  total: number;
  /** Change from the point before; null for the first. */
  change: number | null;
  level: LevelRule | null;
  levelText: string | null;
  scale: LevelScale | null;
}

export interface Trend {
  /** Three to five years with a total, oldest first. */
  points: TrendPoint[];
  /** rising / falling: every step up (down) or level, and the last differs from the first. */
  direction: TrendDirection;
  /** Last total - first total. */
  change: number;
  /** Fiscal year(s) with the highest total (ties share). */
  best: number[];
  /** Fiscal year(s) with the lowest total. */
  worst: number[];
  /** False when the points' levels are on different scales (letters and the pass scale). */
  levelsComparable: boolean;
  /** Fiscal years between the first and the last point that have no total. */
  gaps: number[];
}

export interface Comparison {
  /** Every usable year, oldest first, this year last. */
  years: YearFigures[];
  /** This year against the latest earlier year; null when no earlier year is usable. */
  lastYear: YearOverYear | null;
  /** Null when fewer than three years have a total. */
  trend: Trend | null;
  /** Bad earlier years (dropped). */
  problems: Message[];
  /** Warnings about the earlier years' figures (a typed total that differs from the computed one, ...). */
  warnings: Message[];
}
