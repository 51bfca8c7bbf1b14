/**
 * Tool scores and the total of an assessment (src/core/assess.ts): computed exactly from the indicators, or
 * taken as typed where the indicators are not all given; typed figures checked within 0.01 (published
 * figures win within rounding).
 */
import type { FrameworkProfile, ScoreInput } from "./types";
import { add, format2, frac, type Frac, mean, mul, round2, within001 } from "./decimal";
import { message as warn } from "./message";
import { type Findings, TOOL_KEY, type ToolKey } from "./assessFindings";
import type { IndicatorValues } from "./indicatorValues";

export interface ToolScores {
  toolExact: Record<ToolKey, Frac | null>;
  /** Tools whose score is the typed one, as their indicators are not all given. */
  toolFromTyped: ToolKey[];
}

export interface Totals {
  iit: number | null;
  eit: number | null;
  oit: number | null;
  total: number | null;
}

export function toolScores(
  input: ScoreInput,
  profile: FrameworkProfile,
  { exact, derivedIds }: IndicatorValues,
  { warnings, derived, missing, checks, published }: Findings
): ToolScores {
  const cells = input.cells;
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
  return { toolExact, toolFromTyped };
}

/** The total, and the tool scores as printed (typed where published). */
export function totalScore(
  input: ScoreInput,
  profile: FrameworkProfile,
  { toolExact, toolFromTyped }: ToolScores,
  { warnings, derived, missing, checks, published }: Findings
): Totals {
  const cells = input.cells;
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
  return { iit, eit, oit, total };
}
