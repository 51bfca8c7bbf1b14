/**
 * One year's figures from this year's assessment or from an earlier year's input (given figures kept,
 * missing ones derived where the year's profile allows), and the signed change text.
 */
import type { Assessment, LevelScale, Message, ToolId, EarlierYear } from "./types";
import { allIndicatorIds, getProfile, toSupportedYear } from "./profiles";
import { assess } from "./assess";
import { matchLevel } from "./level";
import { format2, frac, round2, sub } from "./decimal";
import { message } from "./message";
import type { YearFigures } from "./compareTypes";

/** The first fiscal year of the ten-indicator framework; earlier years are compared by total only. */
export const FIRST_PROFILE_YEAR = 2562;
/** The oldest earlier year accepted (ITA began in FY2557 as a pilot; anything older is a typing slip). */
const OLDEST_YEAR = 2554;
export const TREND_MAX = 5;
/** assess warnings that say nothing to the user about an earlier year given as a subset. */
const QUIET_EARLIER = [
  "indicators-missing",
  "total-typed-only",
  "total-from-typed",
  "tool-from-typed",
];
export const TREND_MIN = 3;
export const TOOL_KEYS: Array<{ id: ToolId; key: "iit" | "eit" | "oit" }> = [
  { id: "IIT", key: "iit" },
  { id: "EIT", key: "eit" },
  { id: "OIT", key: "oit" },
];

/** A change with its sign: "+6.05", "-1.20", "0.00". */
export function formatChange(x: number): string {
  const s = format2(x);
  return x > 0 && s !== "0.00" ? `+${s}` : s;
}

export function diff(current: number, previous: number): number {
  return round2(sub(frac(current), frac(previous)));
}

export function scaleNames(scale: LevelScale | null): { th: string; en: string } {
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
