/**
 * The assessment: from validated scores to tool scores, total, level, ranking, strengths and checks.
 *
 * Rules (../shared/ita-framework.md):
 * - IIT = mean(1..5), EIT = mean(6..8), OIT = mean(9, 10); total = weighted sum of the tools. Every figure
 *   is computed exactly from the unrounded parts and rounded half up to 2 decimals only at the end.
 * - Indicator 10 = mean(10.1, 10.2) when 10 is not given but both sub-indicators are.
 * - Indicator 9 = 2 x OIT - indicator 10 when 9 is not given but a typed OIT and indicator 10 are
 *   (flagged in `derived`, with a warning).
 * - A tool whose indicators are not all given takes the typed tool score, if any (a warning says so);
 *   otherwise it is missing, and so are the total and level that need it.
 * - Published figures win within rounding: a typed tool score or total within 0.01 of the computed one is
 *   kept as typed (listed in `published`); beyond 0.01 the computed one is used, with a warning.
 * - Level: the year's scale on the rounded total (and rounded tool scores for the five-level scale).
 * - Ranking: main indicators descending, competition ranks (1, 2, 2, 4); sub-indicators are listed by
 *   score with `sub: true` and the rank their score would take, but are not counted among the ten.
 */
import type {
  Assessment,
  AssessOptions,
  Check,
  FrameworkProfile,
  IndicatorId,
  LevelRule,
  Message,
  RankedIndicator,
  RawInput,
  ScoreInput,
  ToolId,
} from "./types";
import { getProfile } from "./profiles";
import {
  add,
  cmp,
  format2,
  frac,
  type Frac,
  mean,
  mul,
  mulInt,
  round2,
  sub,
  within001,
} from "./decimal";
import { parseInput } from "./parse";
import { message } from "./message";

export const DEFAULT_THRESHOLD = 90;

type ToolKey = "iit" | "eit" | "oit";
const TOOL_KEY: Record<ToolId, ToolKey> = { IIT: "iit", EIT: "eit", OIT: "oit" };

/** Compares indicator ids numerically: "2" < "9" < "9.1" < "10" < "10.1". */
export function compareIds(a: IndicatorId, b: IndicatorId): number {
  const [am, as = "0"] = a.split(".");
  const [bm, bs = "0"] = b.split(".");
  return parseInt(am, 10) - parseInt(bm, 10) || parseInt(as, 10) - parseInt(bs, 10);
}

/** The level a total (and tool scores) reach on a profile's scale; null if it cannot be decided. */
export function levelFor(
  profile: FrameworkProfile,
  total: number,
  tools?: { iit: number | null; eit: number | null; oit: number | null }
): LevelRule | null {
  for (const rule of profile.levels) {
    if (total < rule.minTotal) continue;
    if (rule.minEachTool === undefined) return rule;
    const each = [tools?.iit, tools?.eit, tools?.oit];
    if (each.some((t) => t === null || t === undefined)) return null; // cannot tell without every tool
    if (each.every((t) => (t as number) >= (rule.minEachTool as number))) return rule;
  }
  return null;
}

/** Finds the level a user typed ("B", "ผ่านดี", "Pass, good", "good", "ระดับ B") on a profile's scale. */
export function matchLevel(profile: FrameworkProfile, typed: string): LevelRule | null {
  const clean = (s: string): string =>
    s
      .replace(/^(ระดับ|level)\s*/i, "")
      .replace(/\s+/g, "")
      .toLowerCase();
  const t = clean(typed);
  return (
    profile.levels.find((l) => [l.id, l.labelTh, l.labelEn].some((x) => clean(x) === t)) ?? null
  );
}

function warn(code: string, th: string, en: string, cell?: string): Message {
  return message(code, th, en, cell);
}

/** Assesses validated scores for their fiscal year. Throws ProfileError for an unsupported year. */
export function assess(input: ScoreInput, options: AssessOptions = {}): Assessment {
  const profile = getProfile(input.fiscalYear);
  const warnings: Message[] = [];
  const problems: Message[] = [];
  const derived: string[] = [];
  const missing: string[] = [];
  const checks: Check[] = [];
  const published: Assessment["published"] = [];
  const cells = { ...input.cells };

  let threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    problems.push(
      warn(
        "threshold-invalid",
        `เกณฑ์จุดแข็ง ${String(options.threshold)} ไม่ใช่ตัวเลขในช่วง 0-100 จึงใช้ค่าเริ่มต้น ${DEFAULT_THRESHOLD}`,
        `the strength threshold ${String(options.threshold)} must be a number 0-100; using the default ${DEFAULT_THRESHOLD}`
      )
    );
    threshold = DEFAULT_THRESHOLD;
  }

  if (profile.provisional) {
    warnings.push(
      warn(
        "provisional-year",
        `กรอบการประเมินปีงบประมาณ ${profile.fiscalYear} ยังไม่ได้รับการยืนยัน จึงคำนวณตามสูตรของปีก่อนหน้า`,
        `the framework of fiscal year ${profile.fiscalYear} is not confirmed; computed with the previous years' formula`
      )
    );
  }

  // Exact values of every indicator used, main and sub.
  const exact = new Map<IndicatorId, Frac>();
  for (const [id, v] of Object.entries(input.indicators)) {
    if (v !== undefined) exact.set(id, frac(v));
  }
  const derivedIds = new Set<IndicatorId>();

  // Indicator 10 from its sub-indicators.
  const subsOf = (parent: IndicatorId): IndicatorId[] =>
    profile.subIndicators.filter((d) => d.parent === parent).map((d) => d.id);
  const tenSubs = subsOf("10").filter((id) => id.startsWith("10."));
  if (!exact.has("10") && tenSubs.length > 0 && tenSubs.every((id) => exact.has(id))) {
    exact.set("10", mean(tenSubs.map((id) => exact.get(id) as Frac)));
    derivedIds.add("10");
    derived.push("10");
  }

  // Indicator 10 given together with both sub-indicators: they should agree.
  if (
    !derivedIds.has("10") &&
    exact.has("10") &&
    tenSubs.length > 0 &&
    tenSubs.every((id) => exact.has(id))
  ) {
    const given = round2(exact.get("10") as Frac);
    const fromSubs = round2(mean(tenSubs.map((id) => exact.get(id) as Frac)));
    if (!within001(given, fromSubs)) {
      warnings.push(
        warn(
          "check-10-subs",
          `คะแนนตัวชี้วัดที่ 10 (${format2(given)}) ไม่ตรงกับค่าเฉลี่ยของ ${tenSubs.join(" และ ")} (${format2(fromSubs)}) รายงานใช้ค่าที่กรอกของตัวชี้วัดที่ 10`,
          `indicator 10 (${format2(given)}) differs from the mean of ${tenSubs.join(" and ")} (${format2(fromSubs)}); the report uses the typed indicator 10`,
          cells["10"]
        )
      );
    }
  }

  // Indicator 9 from a typed OIT and indicator 10.
  if (!exact.has("9") && input.typed.oit !== undefined && exact.has("10")) {
    const nine = sub(mulInt(frac(input.typed.oit), 2), exact.get("10") as Frac);
    const shown = format2(round2(nine));
    if (cmp(nine, frac(0)) < 0 || cmp(nine, frac(100)) > 0) {
      warnings.push(
        warn(
          "derive-9-impossible",
          `คำนวณตัวชี้วัดที่ 9 จากคะแนน OIT (${format2(input.typed.oit)}) และตัวชี้วัดที่ 10 ไม่ได้ ผลลัพธ์ ${shown} อยู่นอกช่วง 0-100 กรุณาตรวจสอบคะแนน`,
          `indicator 9 cannot be derived from the OIT (${format2(input.typed.oit)}) and indicator 10: the result ${shown} is outside 0-100; please check the scores`,
          cells.oit
        )
      );
    } else {
      exact.set("9", nine);
      derivedIds.add("9");
      derived.push("9");
      warnings.push(
        warn(
          "derived-9",
          `ไม่มีคะแนนตัวชี้วัดที่ 9 จึงคำนวณจากคะแนน OIT และตัวชี้วัดที่ 10: 2 × ${format2(input.typed.oit)} − ${format2(round2(exact.get("10") as Frac))} = ${shown} (ค่าที่คำนวณ ไม่ใช่ค่าที่ประกาศ)`,
          `indicator 9 is not given, so it is derived from the OIT and indicator 10: 2 × ${format2(input.typed.oit)} − ${format2(round2(exact.get("10") as Frac))} = ${shown} (derived, not published)`,
          cells.oit
        )
      );
    }
  }

  // Tool scores.
  const toolExact: Record<ToolKey, Frac | null> = { iit: null, eit: null, oit: null };
  const toolFromTyped: ToolKey[] = [];
  for (const tool of profile.tools) {
    const key = TOOL_KEY[tool.id];
    const have = tool.indicators.filter((id) => exact.has(id));
    const typed = input.typed[key];
    if (have.length === tool.indicators.length) {
      const value = mean(tool.indicators.map((id) => exact.get(id) as Frac));
      toolExact[key] = value;
      if (typed === undefined) derived.push(key);
      // A typed OIT that indicator 9 was derived from agrees with itself: nothing to check, it is NACC's.
      if (typed !== undefined && key === "oit" && derivedIds.has("9")) published.push(key);
      if (typed !== undefined && !(key === "oit" && derivedIds.has("9"))) {
        const computed = round2(value);
        const consistent = within001(typed, computed);
        checks.push({ what: key, typed, computed, consistent, cell: cells[key] });
        if (consistent) published.push(key);
        if (!consistent) {
          warnings.push(
            warn(
              "check-" + key,
              `คะแนน ${tool.id} ที่กรอก (${format2(typed)}) ไม่ตรงกับที่คำนวณจากตัวชี้วัด (${format2(computed)}) รายงานใช้ค่าที่คำนวณ`,
              `the typed ${tool.id} (${format2(typed)}) differs from the one computed from the indicators (${format2(computed)}); the report uses the computed one`,
              cells[key]
            )
          );
        }
      }
    } else if (typed !== undefined) {
      toolExact[key] = frac(typed);
      toolFromTyped.push(key);
      if (have.length > 0) {
        const lacking = tool.indicators.filter((id) => !exact.has(id));
        warnings.push(
          warn(
            "tool-from-typed",
            `ตัวชี้วัดของ ${tool.id} ไม่ครบ (ขาดตัวชี้วัดที่ ${lacking.join(", ")}) จึงใช้คะแนน ${tool.id} ที่กรอก (${format2(typed)})`,
            `not every ${tool.id} indicator is given (missing ${lacking.join(", ")}), so the typed ${tool.id} (${format2(typed)}) is used`,
            cells[key]
          )
        );
      }
    } else {
      missing.push(key);
    }
  }
  for (const d of profile.indicators) if (!exact.has(d.id)) missing.push(`indicator:${d.id}`);

  // Total.
  let totalExact: Frac | null = null;
  if (toolExact.iit && toolExact.eit && toolExact.oit) {
    let t = frac(0);
    for (const tool of profile.tools)
      t = add(t, mul(frac(tool.weight), toolExact[TOOL_KEY[tool.id]] as Frac));
    totalExact = t;
    if (input.typed.total === undefined) derived.push("total");
    if (toolFromTyped.length > 0) {
      const names = toolFromTyped.map((k) => k.toUpperCase()).join(", ");
      warnings.push(
        warn(
          "total-from-typed",
          `คะแนนรวมคำนวณโดยใช้คะแนน ${names} ที่กรอก เพราะคะแนนตัวชี้วัดไม่ครบ`,
          `the total is computed with the typed ${names}, as not every indicator is given`
        )
      );
    }
  }
  // Published figures win within rounding: a typed tool score that agrees within 0.01 is printed as typed.
  const shown = (key: ToolKey): number | null => {
    const f = toolExact[key];
    if (!f) return null;
    const typed = input.typed[key];
    return published.includes(key) && typed !== undefined ? typed : round2(f);
  };
  const iit = shown("iit");
  const eit = shown("eit");
  const oit = shown("oit");
  let total = totalExact ? round2(totalExact) : null;
  if (total !== null && input.typed.total !== undefined) {
    const consistent = within001(input.typed.total, total);
    checks.push({
      what: "total",
      typed: input.typed.total,
      computed: total,
      consistent,
      cell: cells.total,
    });
    if (consistent) {
      total = input.typed.total;
      published.push("total");
    } else {
      warnings.push(
        warn(
          "check-total",
          `คะแนนรวมที่กรอก (${format2(input.typed.total)}) ไม่ตรงกับที่คำนวณ (${format2(total)}) รายงานใช้ค่าที่คำนวณ`,
          `the typed total (${format2(input.typed.total)}) differs from the computed one (${format2(total)}); the report uses the computed one`,
          cells.total
        )
      );
    }
  } else if (total === null && input.typed.total !== undefined) {
    total = input.typed.total;
    warnings.push(
      warn(
        "total-typed-only",
        `คำนวณคะแนนรวมไม่ได้เพราะคะแนนไม่ครบ จึงใช้คะแนนรวมที่กรอก (${format2(total)})`,
        `the total cannot be computed from the scores given, so the typed total (${format2(total)}) is used`,
        cells.total
      )
    );
  }
  if (total === null) missing.push("total");

  // Level.
  let level: LevelRule | null = null;
  if (total !== null) {
    level = levelFor(profile, total, { iit, eit, oit });
  }
  if (level === null) missing.push("level");
  if (input.typed.level !== undefined) {
    const typedRule = matchLevel(profile, input.typed.level);
    if (!typedRule) {
      warnings.push(
        warn(
          "level-unknown",
          `ระดับ "${input.typed.level}" ไม่ใช่ระดับของปีงบประมาณ ${profile.fiscalYear} (${profile.levels.map((l) => l.labelTh).join(", ")})`,
          `the level "${input.typed.level}" is not a level of fiscal year ${profile.fiscalYear} (${profile.levels.map((l) => l.labelEn).join(", ")})`,
          cells.level
        )
      );
    }
    if (level) {
      const consistent = typedRule?.id === level.id;
      checks.push({
        what: "level",
        typed: input.typed.level,
        computed: level.labelTh,
        consistent,
        cell: cells.level,
      });
      if (!consistent && typedRule) {
        warnings.push(
          warn(
            "check-level",
            `ระดับที่กรอก (${typedRule.labelTh}) ไม่ตรงกับระดับที่คำนวณ (${level.labelTh}) รายงานใช้ระดับที่คำนวณ`,
            `the typed level (${typedRule.labelEn}) differs from the computed one (${level.labelEn}); the report uses the computed one`,
            cells.level
          )
        );
      }
    }
  }

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

  const mainRanked = ranking.filter((r) => !r.sub);
  const strengths = mainRanked.filter((r) => r.score >= threshold).map((r) => r.id);
  const toDevelop = mainRanked.filter((r) => r.score < threshold).map((r) => r.id);
  const hi = mainRanked.length ? Math.max(...mainRanked.map((r) => r.score)) : null;
  const lo = mainRanked.length ? Math.min(...mainRanked.map((r) => r.score)) : null;
  const highest = hi === null ? [] : mainRanked.filter((r) => r.score === hi).map((r) => r.id);
  const lowest = lo === null ? [] : mainRanked.filter((r) => r.score === lo).map((r) => r.id);

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

  return {
    fiscalYear: profile.fiscalYear,
    profile,
    threshold,
    scores,
    iit,
    eit,
    oit,
    total,
    level,
    ranking,
    strengths,
    toDevelop,
    highest,
    lowest,
    published,
    derived: [...new Set(derived)],
    checks,
    missing,
    warnings,
    problems,
    cells,
  };
}

export interface AssessRawResult {
  /** Present when the input parsed without problems. */
  assessment?: Assessment;
  /** The parsed input (with `previous`, the earlier years for compareYears), when it parsed cleanly. */
  input?: ScoreInput;
  problems: Message[];
  warnings: Message[];
}

/** Parse + assess in one call. Problems (and no assessment) when the input does not parse. */
export function assessRaw(raw: RawInput, options: AssessOptions = {}): AssessRawResult {
  const parsed = parseInput(raw);
  if (!parsed.input) return { problems: parsed.problems, warnings: parsed.warnings };
  const assessment = assess(parsed.input, options);
  assessment.warnings = [...parsed.warnings, ...assessment.warnings];
  return {
    assessment,
    input: parsed.input,
    problems: assessment.problems,
    warnings: assessment.warnings,
  };
}
