/**
 * Many agencies: a summary of many assessments (a province, a ministry, the NACC's national year).
 *
 * Streaming: a SummaryAccumulator takes one assessment at a time and keeps only a small row per agency
 * (name, year, total, level, tool scores, the ten indicator scores), so a national year of 8,317 agencies
 * is never held as full assessments. A worker can turn its assessment into a row (`agencyRow`) and post
 * the row (plain data) to the thread that accumulates.
 *
 * Rules:
 * - Agencies of different fiscal years are summarised per year (ranks and levels only mean something
 *   within one year's framework); a note says when a batch mixes years.
 * - Ranking by total, descending, competition ranks (1, 2, 2, 4). Equal totals are ordered by name (Thai
 *   collation, then code points) and then by the caller's `order` (the source row), so the result does not
 *   depend on the order rows arrive in. Agencies without a total come last, without a rank.
 * - The level distribution follows the year's scale (letters AA-F, or the five-level pass scale), best
 *   first, every level listed even at zero, plus the agencies whose level could not be decided.
 * - Averages are exact (sums of hundredths as integers) and rounded half up to two decimals once.
 * - "Below the threshold" is score < threshold (default 90, the strength threshold: the same rule as an
 *   agency's own report), per main indicator.
 * - Agency types (AgencyDetails.type, "เทศบาลตำบล", "โรงเรียน"): a breakdown per type (count, total
 *   statistics, level counts), the most agencies first; agencies without a type form one group (type
 *   null) listed last. The year's province is the one every agency gives (trimmed), else null.
 */
import type { Assessment, IndicatorId, LevelScale, Message, ToolId } from "./types";
import { getProfile } from "./profiles";
import { DEFAULT_THRESHOLD } from "./assess";
import { add, frac, type Frac, roundUnits } from "./decimal";
import { message } from "./message";

/** The little an agency's summary needs: kept per agency instead of its assessment. Plain data. */
export interface AgencyRow {
  name: string;
  /** Where the agency came from (source row / array index): breaks ties deterministically. */
  order: number;
  fiscalYear: number;
  total: number | null;
  /** The level's id ("B", "pass", ...), or null when it could not be decided. */
  level: string | null;
  iit: number | null;
  eit: number | null;
  oit: number | null;
  /** Main indicator scores (two decimals), by id; absent when not given. */
  indicators: Partial<Record<IndicatorId, number>>;
  /** Main indicator ids whose score was computed, not published (9 from the OIT, 10 from 10.1/10.2). */
  derived: IndicatorId[];
  /** How many warnings the agency's assessment carried. */
  warnings: number;
  /** The agency's province, when known (NACC's tables are by province). */
  province?: string;
  /** The agency's type, when known ("องค์การบริหารส่วนตำบล", "โรงเรียน"). */
  type?: string;
}

/** What an agency row may carry besides its scores. */
export interface AgencyExtra {
  province?: string;
  type?: string;
}

/** An agency that could not be assessed: listed with its problems, not summarised. */
export interface SkippedAgency {
  name: string;
  order: number;
  problems: Message[];
}

export interface RankedAgency extends AgencyRow {
  /** Competition rank by total within its year; null without a total. */
  rank: number | null;
  levelTh: string | null;
  levelEn: string | null;
  /** Main indicators below the threshold, in id order. */
  below: IndicatorId[];
}

export interface Stats {
  count: number;
  /** Exact mean, rounded half up to two decimals; null when count is 0. */
  mean: number | null;
  min: number | null;
  max: number | null;
  median: number | null;
}

export interface LevelCount {
  id: string;
  labelTh: string;
  labelEn: string;
  count: number;
  /** Share of the year's agencies, two decimals. */
  percent: number;
}

export interface IndicatorSummary extends Stats {
  id: IndicatorId;
  nameTh: string;
  nameEn: string;
  tool: ToolId;
  /** Agencies with a score below the threshold, lowest score first (then by name, order). */
  below: Array<{ name: string; order: number; score: number }>;
}

/** The agencies of one type in a year. */
export interface TypeSummary {
  /** The agencies' type as given (trimmed); null for the agencies that gave none. */
  type: string | null;
  count: number;
  /** Statistics of the totals of the type's agencies that have one. */
  total: Stats;
  /** The year's scale, best level first, zero counts included. */
  levels: Array<{ id: string; labelTh: string; labelEn: string; count: number }>;
  /** The type's agencies whose level could not be decided. */
  noLevel: number;
}

export interface YearSummary {
  fiscalYear: number;
  scale: LevelScale;
  threshold: number;
  passMark: number;
  /** Every agency of the year, ranked. */
  agencies: RankedAgency[];
  /** The year's scale, best level first, zero counts included. */
  levels: LevelCount[];
  /** Agencies whose level could not be decided. */
  noLevel: number;
  /** Agencies with total >= the pass mark (85). */
  passing: number;
  total: Stats;
  tools: Array<Stats & { id: ToolId }>;
  indicators: IndicatorSummary[];
  /** Per agency type, the most agencies first (then by type), agencies without a type last. */
  types: TypeSummary[];
  /** The province every agency of the year gives (trimmed), or null (none, or several). */
  province: string | null;
}

export interface Summary {
  /** One per fiscal year present, oldest first. */
  years: YearSummary[];
  /** Agencies summarised (all years). */
  agencyCount: number;
  skipped: SkippedAgency[];
  notes: Message[];
}

export interface SummaryOptions {
  /** Indicator threshold for "below" lists (default 90, the strength threshold). */
  threshold?: number;
}

const TOOLS: Array<{ id: ToolId; key: "iit" | "eit" | "oit" }> = [
  { id: "IIT", key: "iit" },
  { id: "EIT", key: "eit" },
  { id: "OIT", key: "oit" },
];

/** The row an assessment contributes to a summary. */
export function agencyRow(
  name: string,
  a: Assessment,
  order: number,
  extra: AgencyExtra = {}
): AgencyRow {
  const indicators: Partial<Record<IndicatorId, number>> = {};
  const derived: IndicatorId[] = [];
  for (const d of a.profile.indicators) {
    const s = a.scores[d.id];
    if (s !== undefined) indicators[d.id] = s;
    if (a.derived.includes(d.id)) derived.push(d.id);
  }
  const row: AgencyRow = {
    name,
    order,
    fiscalYear: a.fiscalYear,
    total: a.total,
    level: a.level?.id ?? null,
    iit: a.iit,
    eit: a.eit,
    oit: a.oit,
    indicators,
    derived,
    warnings: a.warnings.length,
  };
  if (extra.province !== undefined) row.province = extra.province;
  if (extra.type !== undefined) row.type = extra.type;
  return row;
}

/**
 * Two-decimal mean of values, exact, half up. Scores are nearly always two-decimal (assessed figures are
 * rounded), so their hundredths are summed as integers (a double times 100 is within a hair of the
 * integer); any other value goes through the exact fractions. One BigInt rounding at the end.
 */
function exactMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let hundredths = 0;
  let other: Frac = { n: BigInt(0), d: BigInt(1) };
  let hasOther = false;
  for (const v of values) {
    const h = Math.round(v * 100);
    if (Math.abs(v * 100 - h) < 1e-7) hundredths += h;
    else {
      other = add(other, frac(v));
      hasOther = true;
    }
  }
  let sum: Frac = { n: BigInt(hundredths), d: BigInt(100) };
  if (hasOther) sum = add(sum, other);
  return Number(roundUnits({ n: sum.n, d: sum.d * BigInt(values.length) }, 2)) / 100;
}

function stats(values: number[]): Stats {
  if (values.length === 0) return { count: 0, mean: null, min: null, max: null, median: null };
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[m] : (exactMean([sorted[m - 1], sorted[m]]) as number);
  return {
    count: values.length,
    mean: exactMean(values),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    median,
  };
}

let COLLATOR: Intl.Collator | null = null;

/** Thai collation, then code points (so that different names never compare equal). */
function compareNames(a: string, b: string): number {
  return (COLLATOR ??= new Intl.Collator("th")).compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

function percent(count: number, of: number): number {
  if (of === 0) return 0;
  return Number(roundUnits({ n: BigInt(count * 100), d: BigInt(of) }, 2)) / 100;
}

/** Summarises one fiscal year's rows. */
export function summarizeYear(
  fiscalYear: number,
  rows: readonly AgencyRow[],
  options: SummaryOptions = {}
): YearSummary {
  const profile = getProfile(fiscalYear);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const ids = profile.indicators.map((d) => d.id);

  // Names collated once; every later tie is an integer comparison.
  const nameRank = new Map<string, number>();
  [...new Set(rows.map((r) => r.name))].sort(compareNames).forEach((n, i) => nameRank.set(n, i));
  const tie = (a: { name: string; order: number }, b: { name: string; order: number }): number =>
    (nameRank.get(a.name) as number) - (nameRank.get(b.name) as number) || a.order - b.order;

  const withTotal = rows.filter((r) => r.total !== null);
  withTotal.sort((a, b) => (b.total as number) - (a.total as number) || tie(a, b));
  const sorted = [...withTotal, ...rows.filter((r) => r.total === null).sort(tie)];

  const levelById = new Map(profile.levels.map((l) => [l.id, l]));
  const columns: number[][] = ids.map(() => []);
  const belowLists: Array<IndicatorSummary["below"]> = ids.map(() => []);
  const agencies: RankedAgency[] = [];
  let prevTotal: number | null = null;
  let prevRank = 0;
  sorted.forEach((r, i) => {
    let rank: number | null = null;
    if (r.total !== null) {
      rank = r.total === prevTotal ? prevRank : i + 1;
      prevTotal = r.total;
      prevRank = rank;
    }
    const below: IndicatorId[] = [];
    ids.forEach((id, k) => {
      const v = r.indicators[id];
      if (v === undefined) return;
      columns[k].push(v);
      if (v < threshold) {
        below.push(id);
        belowLists[k].push({ name: r.name, order: r.order, score: v });
      }
    });
    const rule = r.level !== null ? levelById.get(r.level) : undefined;
    agencies.push({
      ...r,
      rank,
      levelTh: rule?.labelTh ?? null,
      levelEn: rule?.labelEn ?? null,
      below,
    });
  });

  const counts = new Map<string, number>();
  let noLevel = 0;
  for (const r of rows) {
    if (r.level !== null && levelById.has(r.level))
      counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
    else noLevel++;
  }
  const levels: LevelCount[] = profile.levels.map((l) => ({
    id: l.id,
    labelTh: l.labelTh,
    labelEn: l.labelEn,
    count: counts.get(l.id) ?? 0,
    percent: percent(counts.get(l.id) ?? 0, rows.length),
  }));

  const indicators: IndicatorSummary[] = profile.indicators.map((d, k) => ({
    id: d.id,
    nameTh: d.nameTh,
    nameEn: d.nameEn,
    tool: d.tool,
    ...stats(columns[k]),
    below: belowLists[k].sort((a, b) => a.score - b.score || tie(a, b)),
  }));

  return {
    fiscalYear,
    scale: profile.scale,
    threshold,
    passMark: profile.passMark,
    agencies,
    levels,
    noLevel,
    passing: withTotal.filter((r) => (r.total as number) >= profile.passMark).length,
    total: stats(withTotal.map((r) => r.total as number)),
    tools: TOOLS.map((t) => ({
      id: t.id,
      ...stats(rows.filter((r) => r[t.key] !== null).map((r) => r[t.key] as number)),
    })),
    indicators,
    types: typeBreakdown(rows, profile.levels, compareNames),
    province: sharedProvince(rows),
  };
}

/** The province every row gives (trimmed, non-empty), or null. */
function sharedProvince(rows: readonly AgencyRow[]): string | null {
  let shared: string | null = null;
  for (const r of rows) {
    const p = (r.province ?? "").trim();
    if (!p || (shared !== null && p !== shared)) return null;
    shared = p;
  }
  return shared;
}

/** Per agency type: count, total statistics and level counts (see TypeSummary). */
function typeBreakdown(
  rows: readonly AgencyRow[],
  scale: ReadonlyArray<{ id: string; labelTh: string; labelEn: string }>,
  byName: (a: string, b: string) => number
): TypeSummary[] {
  const groups = new Map<string | null, AgencyRow[]>();
  for (const r of rows) {
    const t = (r.type ?? "").trim() || null;
    const list = groups.get(t) ?? [];
    list.push(r);
    groups.set(t, list);
  }
  const out: TypeSummary[] = [...groups.entries()].map(([type, list]) => {
    const counts = new Map<string, number>();
    for (const r of list) if (r.level !== null) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
    const levels = scale.map((l) => ({
      id: l.id,
      labelTh: l.labelTh,
      labelEn: l.labelEn,
      count: counts.get(l.id) ?? 0,
    }));
    return {
      type,
      count: list.length,
      total: stats(list.filter((r) => r.total !== null).map((r) => r.total as number)),
      levels,
      noLevel: list.length - levels.reduce((n, l) => n + l.count, 0),
    };
  });
  return out.sort((a, b) =>
    a.type === null ? 1 : b.type === null ? -1 : b.count - a.count || byName(a.type, b.type)
  );
}

/**
 * Feed assessments (or rows from workers) one at a time, then `finalize()`. Only the rows are kept.
 */
export class SummaryAccumulator {
  private readonly rows = new Map<number, AgencyRow[]>();
  private readonly skippedList: SkippedAgency[] = [];
  private count = 0;
  private seq = 0;
  private readonly options: SummaryOptions;
  private readonly notes: Message[] = [];

  constructor(options: SummaryOptions = {}) {
    const t = options.threshold;
    if (t !== undefined && !(Number.isFinite(t) && t >= 0 && t <= 100)) {
      this.notes.push(
        message(
          "threshold-invalid",
          `เกณฑ์ ${String(t)} ไม่ใช่ตัวเลขในช่วง 0-100 จึงใช้ค่าเริ่มต้น ${DEFAULT_THRESHOLD}`,
          `the threshold ${String(t)} must be a number 0-100; using the default ${DEFAULT_THRESHOLD}`
        )
      );
      this.options = { ...options, threshold: DEFAULT_THRESHOLD };
    } else this.options = { ...options };
  }

  /** Adds an assessed agency. `order` defaults to the number of agencies added before it. */
  add(name: string, assessment: Assessment, order?: number, extra?: AgencyExtra): void {
    this.addRow(agencyRow(name, assessment, order ?? this.seq, extra));
  }

  /** Adds a row made elsewhere (a worker thread). */
  addRow(row: AgencyRow): void {
    const list = this.rows.get(row.fiscalYear) ?? [];
    list.push(row);
    this.rows.set(row.fiscalYear, list);
    this.count++;
    this.seq++;
  }

  /** Lists an agency that could not be assessed, with its problems. */
  skip(name: string, problems: Message[], order?: number): void {
    this.skippedList.push({ name, order: order ?? this.seq, problems });
    this.seq++;
  }

  get agencyCount(): number {
    return this.count;
  }

  finalize(): Summary {
    const years = [...this.rows.keys()].sort((a, b) => a - b);
    const notes: Message[] = [...this.notes];
    if (years.length > 1) {
      notes.push(
        message(
          "summary-mixed-years",
          `ข้อมูลมีหลายปีงบประมาณ (${years.join(", ")}) จึงสรุปและจัดอันดับแยกตามปี`,
          `the agencies span several fiscal years (${years.join(", ")}), so each year is summarised and ranked on its own`
        )
      );
    }
    return {
      years: years.map((y) => summarizeYear(y, this.rows.get(y) as AgencyRow[], this.options)),
      agencyCount: this.count,
      skipped: [...this.skippedList].sort((a, b) => a.order - b.order),
      notes,
    };
  }
}
