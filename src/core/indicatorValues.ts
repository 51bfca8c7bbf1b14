/**
 * The exact value of every indicator an assessment uses (src/core/assess.ts), main and sub: the given ones,
 * indicator 10 from its sub-indicators (or checked against them), indicator 9 from a typed OIT and
 * indicator 10.
 */
import type { FrameworkProfile, IndicatorId, ScoreInput } from "./types";
import { cmp, format2, frac, type Frac, mean, mulInt, round2, sub, within001 } from "./decimal";
import { message as warn } from "./message";
import type { Findings } from "./assessFindings";

export interface IndicatorValues {
  exact: Map<IndicatorId, Frac>;
  /** Indicators computed here rather than given (10, 9). */
  derivedIds: Set<IndicatorId>;
}

export function indicatorValues(
  input: ScoreInput,
  profile: FrameworkProfile,
  found: Findings
): IndicatorValues {
  // Exact values of every indicator used, main and sub.
  const exact = new Map<IndicatorId, Frac>();
  for (const [id, v] of Object.entries(input.indicators)) {
    if (v !== undefined) exact.set(id, frac(v));
  }
  const derivedIds = new Set<IndicatorId>();
  fromTenSubs(profile, input.cells, { exact, derivedIds }, found);
  deriveNine(input, { exact, derivedIds }, found);
  return { exact, derivedIds };
}

/** Indicator 10 from its sub-indicators, or, given together with them, checked against them. */
function fromTenSubs(
  profile: FrameworkProfile,
  cells: Record<string, string>,
  { exact, derivedIds }: IndicatorValues,
  { warnings, derived }: Findings
): void {
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
}

function deriveNine(
  input: ScoreInput,
  { exact, derivedIds }: IndicatorValues,
  { warnings, derived }: Findings
): void {
  const cells = input.cells;
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
}
