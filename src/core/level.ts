/**
 * The level on a year's scale (src/core/assess.ts): from the rounded total (and rounded tool scores for the
 * five-level scale), and a typed level matched and checked against it.
 */
import type { FrameworkProfile, LevelRule, ScoreInput } from "./types";
import { message as warn } from "./message";
import type { Findings } from "./assessFindings";
import type { Totals } from "./toolScores";

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

export function decideLevel(
  input: ScoreInput,
  profile: FrameworkProfile,
  { iit, eit, oit, total }: Totals,
  { warnings, missing, checks }: Findings
): LevelRule | null {
  const cells = input.cells;
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
  return level;
}
