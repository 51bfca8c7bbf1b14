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
import type {
  Assessment,
  FrameworkProfile,
  IndicatorId,
  LevelRule,
  LevelScale,
  Message,
  ToolId,
  EarlierYear,
} from "./types";
import { allIndicatorIds, getProfile, toSupportedYear } from "./profiles";
import { assess, compareIds, levelFor, matchLevel } from "./assess";
import { format2, frac, round2, sub } from "./decimal";
import { message } from "./message";

export type { EarlierYear } from "./types";

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

/** The first fiscal year of the ten-indicator framework; earlier years are compared by total only. */
const FIRST_PROFILE_YEAR = 2562;
/** The oldest earlier year accepted (ITA began in FY2557 as a pilot; anything older is a typing slip). */
const OLDEST_YEAR = 2554;
const TREND_MAX = 5;
/** assess warnings that say nothing to the user about an earlier year given as a subset. */
const QUIET_EARLIER = [
  "indicators-missing",
  "total-typed-only",
  "total-from-typed",
  "tool-from-typed",
];
const TREND_MIN = 3;
const TOOL_KEYS: Array<{ id: ToolId; key: "iit" | "eit" | "oit" }> = [
  { id: "IIT", key: "iit" },
  { id: "EIT", key: "eit" },
  { id: "OIT", key: "oit" },
];

/** A change with its sign: "+6.05", "-1.20", "0.00". */
export function formatChange(x: number): string {
  const s = format2(x);
  return x > 0 && s !== "0.00" ? `+${s}` : s;
}

function diff(current: number, previous: number): number {
  return round2(sub(frac(current), frac(previous)));
}

function scaleNames(scale: LevelScale | null): { th: string; en: string } {
  if (scale === "letter") return { th: "ระดับ AA ถึง F", en: "the letter scale AA-F" };
  if (scale === "pass5")
    return {
      th: "เกณฑ์ห้าระดับ (ผ่านดีเยี่ยม ถึง ต้องปรับปรุงโดยด่วน)",
      en: "the five-level pass scale (pass with excellence to needs urgent improvement)",
    };
  return { th: "กรอบการประเมินเดิม", en: "the earlier framework" };
}

/** This year's assessment as year figures. */
export function figuresFromAssessment(a: Assessment, current = true): YearFigures {
  return {
    fiscalYear: a.fiscalYear,
    scale: a.profile.scale,
    scores: { ...a.scores },
    iit: a.iit,
    eit: a.eit,
    oit: a.oit,
    total: a.total,
    level: a.level,
    levelText: null,
    derived: [...a.derived],
    current,
  };
}

function isScore(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 100;
}

/**
 * An earlier year's input as year figures: assessed with its own year's profile (FY2562 on), or kept as
 * total and level text for an older year. Problems when the year or a score is not usable.
 */
export function figuresFromEarlier(e: EarlierYear): {
  figures?: YearFigures;
  problems: Message[];
  warnings: Message[];
} {
  const key = e.key ?? "previous";
  const problems: Message[] = [];
  const warnings: Message[] = [];
  const resolved = Number.isInteger(e.fiscalYear) ? toSupportedYear(e.fiscalYear) : null;
  const older =
    !resolved &&
    Number.isInteger(e.fiscalYear) &&
    e.fiscalYear >= OLDEST_YEAR &&
    e.fiscalYear < FIRST_PROFILE_YEAR;
  if (!resolved && !older) {
    problems.push(
      message(
        "previous-year-invalid",
        `ปีงบประมาณ ${String(e.fiscalYear)} ไม่ใช่ปีงบประมาณที่เปรียบเทียบได้ (พ.ศ. ${OLDEST_YEAR} ขึ้นไป)`,
        `${String(e.fiscalYear)} is not a fiscal year that can be compared (B.E. ${OLDEST_YEAR} or later)`,
        `${key}.fiscalYear`
      )
    );
    return { problems, warnings };
  }
  const checkScore = (value: unknown, at: string): void => {
    if (value !== undefined && !isScore(value)) {
      problems.push(
        message(
          "previous-score-invalid",
          `คะแนน ${String(value)} ต้องเป็นตัวเลข 0-100`,
          `the score ${String(value)} must be a number 0-100`,
          `${key}.${at}`
        )
      );
    }
  };
  for (const [id, v] of Object.entries(e.indicators ?? {})) checkScore(v, `indicators.${id}`);
  for (const k of ["iit", "eit", "oit", "total"] as const) checkScore(e[k], k);
  if (resolved) {
    const known = allIndicatorIds(getProfile(resolved.year));
    for (const id of Object.keys(e.indicators ?? {})) {
      if (!known.includes(id)) {
        problems.push(
          message(
            "previous-indicator-unknown",
            `ไม่มีตัวชี้วัด ${id} ในกรอบการประเมินปีงบประมาณ ${resolved.year} (ตัวชี้วัด 1-10 และตัวชี้วัดย่อย 9.1-9.5, 10.1, 10.2)`,
            `there is no indicator ${id} in the FY${resolved.year} framework (indicators 1-10, sub-indicators 9.1-9.5, 10.1, 10.2)`,
            `${key}.indicators.${id}`
          )
        );
      }
    }
  }
  if (e.level !== undefined && e.level !== null && typeof e.level !== "string") {
    problems.push(
      message(
        "previous-level-invalid",
        `ระดับ ${String(e.level)} ต้องเป็นข้อความ เช่น "B" หรือ "ผ่าน"`,
        `the level ${String(e.level)} must be text, such as "B" or "ผ่าน"`,
        `${key}.level`
      )
    );
  }
  if (problems.length > 0) return { problems, warnings };

  const levelText = typeof e.level === "string" && e.level.trim() !== "" ? e.level.trim() : null;
  if (!resolved) {
    // Before FY2562: another framework. Only the total (and the level as text) is kept.
    return {
      figures: {
        fiscalYear: e.fiscalYear,
        scale: null,
        scores: {},
        iit: null,
        eit: null,
        oit: null,
        total: e.total ?? null,
        level: null,
        levelText,
        derived: [],
        current: false,
      },
      problems,
      warnings,
    };
  }

  const a = assess({
    fiscalYear: resolved.year,
    indicators: { ...(e.indicators ?? {}) },
    cells: {},
    typed: {
      iit: e.iit,
      eit: e.eit,
      oit: e.oit,
      total: e.total,
      level: levelText ?? undefined,
    },
  });
  const figures = figuresFromAssessment(a, false);
  if (levelText !== null) {
    const typedRule = matchLevel(a.profile, levelText);
    if (!figures.level && typedRule) figures.level = typedRule;
    if (!typedRule) figures.levelText = levelText;
  }
  for (const w of a.warnings) {
    // Giving only some figures is normal for an earlier year: no warning that they were used as given.
    if (QUIET_EARLIER.includes(w.code)) continue;
    warnings.push({
      code: w.code,
      th: `ปีงบประมาณ ${resolved.year}: ${w.th}`,
      en: `FY${resolved.year}: ${w.en}`,
    });
  }
  return { figures, problems, warnings };
}

function sameLevels(a: FrameworkProfile, b: FrameworkProfile): boolean {
  return a.scale === b.scale && JSON.stringify(a.levels) === JSON.stringify(b.levels);
}

function directionOf(profile: FrameworkProfile, prev: LevelRule, cur: LevelRule): Direction {
  const i = profile.levels.findIndex((l) => l.id === prev.id);
  const j = profile.levels.findIndex((l) => l.id === cur.id);
  return j < i ? "up" : j > i ? "down" : "same";
}

function levelLabel(rule: LevelRule | null, text: string | null): { th: string; en: string } {
  if (rule) return { th: rule.labelTh, en: rule.labelEn };
  return { th: text ?? "-", en: text ?? "-" };
}

function compareLevels(prev: YearFigures, cur: YearFigures, notes: Message[]): LevelChange {
  const out: LevelChange = {
    previous: prev.level,
    previousText: prev.levelText,
    previousScale: prev.scale,
    current: cur.level,
    currentScale: cur.scale,
    comparable: false,
    changed: null,
    direction: null,
    previousOnCurrentScale: null,
    directionOnCurrentScale: null,
  };
  const prevProfile = prev.scale ? getProfile(prev.fiscalYear) : null;
  const curProfile = cur.scale ? getProfile(cur.fiscalYear) : null;
  if (!prevProfile || !curProfile) return out; // the older-framework note covers it
  const same = sameLevels(prevProfile, curProfile);
  if (same) {
    if (prev.level && cur.level) {
      out.comparable = true;
      out.direction = directionOf(curProfile, prev.level, cur.level);
      out.changed = out.direction !== "same";
    } else if (prev.level === null && (prev.levelText !== null || prev.total !== null)) {
      notes.push(
        message(
          "level-previous-unknown",
          `ไม่ทราบระดับของปีงบประมาณ ${prev.fiscalYear} ในเกณฑ์ของปีนั้น จึงไม่ได้เปรียบเทียบระดับ`,
          `the level of FY${prev.fiscalYear} is not known on that year's scale, so the levels are not compared`
        )
      );
    }
    return out;
  }
  // Different scales: say so, and place last year's figures on this year's scale.
  if (prev.level === null && prev.levelText === null && prev.total === null) return out;
  if (prev.total !== null) {
    out.previousOnCurrentScale = levelFor(curProfile, prev.total, {
      iit: prev.iit,
      eit: prev.eit,
      oit: prev.oit,
    });
    if (out.previousOnCurrentScale && cur.level) {
      out.directionOnCurrentScale = directionOf(curProfile, out.previousOnCurrentScale, cur.level);
    }
  }
  const p = levelLabel(prev.level, prev.levelText);
  const c = cur.level ? levelLabel(cur.level, null) : { th: "ยังไม่ทราบระดับ", en: "level not known" };
  const ps = scaleNames(prev.scale);
  const cs = scaleNames(cur.scale);
  let th =
    `ระดับผลการประเมินปีงบประมาณ ${prev.fiscalYear} (${p.th}) ใช้${ps.th} ส่วนปีงบประมาณ ` +
    `${cur.fiscalYear} (${c.th}) ใช้${cs.th} จึงเปรียบเทียบระดับกันโดยตรงไม่ได้`;
  let en =
    `the level of FY${prev.fiscalYear} (${p.en}) is on ${ps.en} and that of FY${cur.fiscalYear} ` +
    `(${c.en}) on ${cs.en}: the two are not comparable`;
  if (out.previousOnCurrentScale) {
    th += ` หากใช้เกณฑ์ของปีงบประมาณ ${cur.fiscalYear} คะแนนของปีงบประมาณ ${prev.fiscalYear} จะอยู่ในระดับ${out.previousOnCurrentScale.labelTh} (ค่าที่คำนวณ ไม่ใช่ผลที่ประกาศ)`;
    en += `; on the FY${cur.fiscalYear} scale, the FY${prev.fiscalYear} scores would be "${out.previousOnCurrentScale.labelEn}" (computed, not published)`;
  }
  notes.push(message("level-scale-changed", th, en));
  return out;
}

function byChange(sign: 1 | -1): (a: Change, b: Change) => number {
  return (a, b) => sign * (b.change - a.change) || compareIds(a.id, b.id);
}

function idList(ids: string[]): string {
  return ids.join(", ");
}

/** This year against one earlier year: changes, what rose and fell most, the level, what is not comparable. */
export function compareTwo(cur: YearFigures, prev: YearFigures): YearOverYear {
  const notes: Message[] = [];
  const isDerived = (y: YearFigures, id: string): boolean => y.derived.includes(id);
  const change = (id: string, c: number, p: number, indicator: boolean): Change => ({
    id,
    previous: p,
    current: c,
    change: diff(c, p),
    derived: indicator && (isDerived(cur, id) || isDerived(prev, id)),
  });

  const total =
    cur.total !== null && prev.total !== null
      ? change("total", cur.total, prev.total, false)
      : null;
  if (total === null) {
    const lacking = cur.total === null ? cur.fiscalYear : prev.fiscalYear;
    notes.push(
      message(
        "total-missing",
        `ไม่มีคะแนนรวมของปีงบประมาณ ${lacking} จึงไม่ได้คำนวณการเปลี่ยนแปลงของคะแนนรวม`,
        `FY${lacking} has no total, so the change in total is not computed`
      )
    );
  }

  const tools: Change[] = [];
  const indicators: Change[] = [];
  const subIndicators: SubIndicatorChange[] = [];
  let missingPrevious: IndicatorId[] = [];
  let missingCurrent: IndicatorId[] = [];

  if (prev.scale === null || cur.scale === null) {
    const older = prev.scale === null ? prev.fiscalYear : cur.fiscalYear;
    notes.push(
      message(
        "older-framework",
        `ปีงบประมาณ ${older} ใช้กรอบการประเมินเดิม (ก่อนปีงบประมาณ ${FIRST_PROFILE_YEAR} ซึ่งไม่ได้ใช้ตัวชี้วัด 10 ตัวชุดปัจจุบัน) จึงเปรียบเทียบได้เพียงคะแนนรวม ไม่เปรียบเทียบรายเครื่องมือ รายตัวชี้วัด และระดับ`,
        `FY${older} used the earlier framework (before FY${FIRST_PROFILE_YEAR}, not the present ten indicators), so only the total is compared, not the tools, the indicators or the level`
      )
    );
  } else {
    const curProfile = getProfile(cur.fiscalYear);
    const prevProfile = getProfile(prev.fiscalYear);
    for (const t of TOOL_KEYS) {
      const c = cur[t.key];
      const p = prev[t.key];
      if (c !== null && p !== null) tools.push(change(t.id, c, p, false));
    }
    for (const d of curProfile.indicators) {
      const c = cur.scores[d.id];
      const p = prev.scores[d.id];
      const prevDef = prevProfile.indicators.find((x) => x.id === d.id);
      if (c !== undefined && p !== undefined && prevDef?.nameTh === d.nameTh) {
        indicators.push(change(d.id, c, p, true));
      } else if (c !== undefined && p === undefined) missingPrevious.push(d.id);
      else if (c === undefined && p !== undefined) missingCurrent.push(d.id);
    }
    const renamed: IndicatorId[] = [];
    for (const d of curProfile.subIndicators) {
      const c = cur.scores[d.id];
      const p = prev.scores[d.id];
      const prevDef = prevProfile.subIndicators.find((x) => x.id === d.id);
      if (c === undefined || p === undefined || !prevDef) continue;
      const comparable = prevDef.nameTh === d.nameTh;
      if (!comparable) renamed.push(d.id);
      subIndicators.push({
        id: d.id,
        previous: p,
        current: c,
        change: comparable ? diff(c, p) : null,
        comparable,
        previousNameTh: prevDef.nameTh,
        currentNameTh: d.nameTh,
      });
    }
    if (renamed.length > 0) {
      const pairs = renamed.map((id) => {
        const s = subIndicators.find((x) => x.id === id) as SubIndicatorChange;
        return `${id} "${s.previousNameTh}" → "${s.currentNameTh}"`;
      });
      notes.push(
        message(
          "sub-renamed",
          `ตัวชี้วัดย่อย ${idList(renamed)} ของปีงบประมาณ ${cur.fiscalYear} เปลี่ยนชื่อและประเด็นจากปีงบประมาณ ${prev.fiscalYear} (${pairs.join("; ")}) จึงไม่นำมาเปรียบเทียบ เปรียบเทียบเฉพาะตัวชี้วัดหลัก`,
          `sub-indicator${renamed.length > 1 ? "s" : ""} ${idList(renamed)} of FY${cur.fiscalYear} changed name and content since FY${prev.fiscalYear} (${pairs.join("; ")}), so ${renamed.length > 1 ? "they are" : "it is"} not compared; the main indicators are`
        )
      );
    }
    const prevHasAny = curProfile.indicators.some((d) => prev.scores[d.id] !== undefined);
    if (!prevHasAny) {
      notes.push(
        message(
          "previous-no-indicators",
          `ไม่มีคะแนนรายตัวชี้วัดของปีงบประมาณ ${prev.fiscalYear} จึงเปรียบเทียบเฉพาะคะแนนรวม คะแนนรายเครื่องมือ และระดับที่มี`,
          `FY${prev.fiscalYear} has no indicator scores, so only the total, tool scores and level given are compared`
        )
      );
      missingPrevious = [];
    } else if (missingPrevious.length > 0) {
      notes.push(
        message(
          "previous-indicators-missing",
          `ปีงบประมาณ ${prev.fiscalYear} ไม่มีคะแนนตัวชี้วัดที่ ${idList(missingPrevious)} จึงไม่ได้เปรียบเทียบตัวชี้วัดดังกล่าว`,
          `FY${prev.fiscalYear} has no score for indicator${missingPrevious.length > 1 ? "s" : ""} ${idList(missingPrevious)}, so ${missingPrevious.length > 1 ? "they are" : "it is"} not compared`
        )
      );
    }
    if (missingCurrent.length > 0) {
      notes.push(
        message(
          "current-indicators-missing",
          `ปีงบประมาณ ${cur.fiscalYear} ไม่มีคะแนนตัวชี้วัดที่ ${idList(missingCurrent)} จึงไม่ได้เปรียบเทียบตัวชี้วัดดังกล่าว`,
          `FY${cur.fiscalYear} has no score for indicator${missingCurrent.length > 1 ? "s" : ""} ${idList(missingCurrent)}, so ${missingCurrent.length > 1 ? "they are" : "it is"} not compared`
        )
      );
    }
    const derivedIds = indicators.filter((x) => x.derived).map((x) => x.id);
    if (derivedIds.length > 0) {
      notes.push(
        message(
          "compared-derived",
          `คะแนนตัวชี้วัดที่ ${idList(derivedIds)} ที่ใช้เปรียบเทียบเป็นค่าที่คำนวณ ไม่ใช่ค่าที่ประกาศ`,
          `indicator${derivedIds.length > 1 ? "s" : ""} ${idList(derivedIds)} ${derivedIds.length > 1 ? "are" : "is"} compared with computed, not published, scores`
        )
      );
    }
  }

  const rose = indicators.filter((x) => x.change > 0).sort(byChange(1));
  const fell = indicators.filter((x) => x.change < 0).sort(byChange(-1));
  const roseMost = rose.filter((x) => x.change === rose[0]?.change).map((x) => x.id);
  const fellMost = fell.filter((x) => x.change === fell[0]?.change).map((x) => x.id);
  const unchanged = indicators.filter((x) => x.change === 0).map((x) => x.id);
  const level = compareLevels(prev, cur, notes);

  return {
    currentYear: cur.fiscalYear,
    previousYear: prev.fiscalYear,
    total,
    tools,
    indicators,
    subIndicators,
    rose,
    fell,
    roseMost,
    fellMost,
    unchanged,
    level,
    missingPrevious,
    missingCurrent,
    notes,
  };
}

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
