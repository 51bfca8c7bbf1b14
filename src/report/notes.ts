/**
 * Every mark explained: each derived score has its own mark ("*", "**", ...) and its own note with the
 * figures it was computed from, e.g. "* ตัวชี้วัดที่ 10 เป็นค่าที่คำนวณจากค่าเฉลี่ยของตัวชี้วัดย่อยที่ 10.1
 * และ 10.2: (87.50 + 100.00) ÷ 2 = 93.75 ไม่ใช่คะแนนที่ประกาศ". Indicator 10 takes "*" as in the seed;
 * indicator 9 (derived from the OIT and indicator 10) the next mark. Pure functions over the assessment.
 */
import type { Assessment, IndicatorId } from "../core/types";
import { fillTemplate, formatScore } from "./format";
import type { PhraseLibrary } from "./phrases";

/** The mark of each derived main indicator: indicator 10 first, then 9, then any other, by id. */
export function derivedMarks(assessment: Assessment): Record<IndicatorId, string> {
  const ids = assessment.ranking.filter((r) => r.derived && !r.sub).map((r) => r.id);
  const order = ["10", "9"];
  ids.sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || Number(a) - Number(b);
  });
  const out: Record<IndicatorId, string> = {};
  ids.forEach((id, i) => (out[id] = "*".repeat(i + 1)));
  return out;
}

/** One note per mark, in the marks' order, with the figures of the derivation (Arabic digits). */
export function derivationNotes(
  assessment: Assessment,
  lib: PhraseLibrary,
  marks: Record<IndicatorId, string> = derivedMarks(assessment)
): string[] {
  const s = assessment.scores;
  const out: string[] = [];
  const entries = Object.entries(marks).sort((a, b) => a[1].length - b[1].length);
  for (const [id, mark] of entries) {
    const value = s[id];
    if (value === undefined) continue;
    if (id === "10" && s["10.1"] !== undefined && s["10.2"] !== undefined) {
      out.push(
        fillTemplate(lib["notes.derived.10"] ?? "", {
          mark,
          a: formatScore(s["10.1"]),
          b: formatScore(s["10.2"]),
          value: formatScore(value),
        })
      );
    } else if (id === "9" && assessment.oit !== null && s["10"] !== undefined) {
      out.push(
        fillTemplate(lib["notes.derived.9"] ?? "", {
          mark,
          oit: formatScore(assessment.oit),
          ten: formatScore(s["10"]),
          value: formatScore(value),
        })
      );
    } else {
      out.push(fillTemplate(lib["notes.derived.other"] ?? "", { mark, id }));
    }
  }
  return out;
}
