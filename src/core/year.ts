/**
 * One year's figures (indicators, tool scores, total, level) parsed the same way for this year and for
 * the earlier years.
 */
import type { IndicatorId, Message, RawValue, RawYear, ScoreInput } from "./types";
import { indicatorIdFromName } from "./profiles";
import { message } from "./message";
import { parseScore, normalizeIndicatorId } from "./score";
import {
  unwrapCellValue,
  isEmptyValue,
  shownText,
  TEXT_LIMITS,
  textProblem,
  excelErrorOf,
} from "./cells";

export const TYPED_WHAT: Record<"iit" | "eit" | "oit" | "total", { th: string; en: string }> = {
  iit: { th: "คะแนน IIT", en: "IIT score" },
  eit: { th: "คะแนน EIT", en: "EIT score" },
  oit: { th: "คะแนน OIT", en: "OIT score" },
  total: { th: "คะแนนรวม", en: "total score" },
};

/** One year's figures, parsed: what parseInput and the earlier years share. */
export interface YearParse {
  indicators: Partial<Record<IndicatorId, number>>;
  cells: Record<string, string>;
  typed: ScoreInput["typed"];
  problems: Message[];
  warnings: Message[];
}

/**
 * Parses one year's indicators, tool scores, total and level: ids known in `known`, scores 0-100 by the
 * same number rules, the same indicator twice with different values refused. `of` names the year in the
 * messages of an earlier year (" ของปีงบประมาณ 2566" / "FY2566 "); empty for this year.
 */
export function parseYear(
  raw: RawYear,
  known: Set<string>,
  of: { th: string; en: string } = { th: "", en: "" }
): YearParse {
  const problems: Message[] = [];
  const warnings: Message[] = [];
  const indicators: Partial<Record<IndicatorId, number>> = {};
  const cells: Record<string, string> = {};
  for (const entry of raw.indicators ?? []) {
    const id =
      normalizeIndicatorId(entry.id) ?? indicatorIdFromName(String(entry.id)) ?? String(entry.id);
    const label = { th: `คะแนนตัวชี้วัดที่ ${id}${of.th}`, en: `${of.en}score of indicator ${id}` };
    if (!known.has(id)) {
      problems.push(
        message(
          "unknown-indicator",
          `ไม่มีตัวชี้วัด "${shownText(String(entry.id))}" ในกรอบการประเมิน${of.th} (1-10, 9.1-9.5, 10.1, 10.2)`,
          `there is no indicator "${shownText(String(entry.id))}" in the ${of.en}framework (1-10, 9.1-9.5, 10.1, 10.2)`,
          entry.cell
        )
      );
      continue;
    }
    const r = parseScore(entry.value, entry.cell, { what: label });
    if (r.problem) problems.push(r.problem);
    if (r.warning) warnings.push(r.warning);
    if (r.value === null) continue;
    const prev = indicators[id];
    if (prev !== undefined) {
      if (prev !== r.value) {
        const first = cells[id];
        problems.push(
          message(
            "duplicate",
            `ตัวชี้วัดที่ ${id}${of.th} มีสองค่าที่ต่างกัน: ${prev}${first ? ` (${first})` : ""} และ ${r.value} กรุณาเก็บไว้เพียงค่าเดียว`,
            `${of.en}indicator ${id} is given twice with different values: ${prev}${first ? ` (${first})` : ""} and ${r.value}; keep one`,
            entry.cell
          )
        );
      }
      continue;
    }
    indicators[id] = r.value;
    if (entry.cell) cells[id] = entry.cell;
  }

  const typed: ScoreInput["typed"] = {};
  for (const key of ["iit", "eit", "oit", "total"] as const) {
    const rv: RawValue | undefined = raw[key];
    if (!rv) continue;
    const what = { th: `${TYPED_WHAT[key].th}${of.th}`, en: `${of.en}${TYPED_WHAT[key].en}` };
    const r = parseScore(rv.value, rv.cell, { required: false, what });
    if (r.problem) problems.push(r.problem);
    if (r.warning) warnings.push(r.warning);
    if (r.value !== null) {
      typed[key] = r.value;
      if (rv.cell) cells[key] = rv.cell;
    }
  }
  if (raw.level && !isEmptyValue(raw.level.value)) {
    const lv = unwrapCellValue(raw.level.value);
    const err = excelErrorOf(lv);
    const what = { th: `ระดับผลการประเมิน${of.th}${of.th ? " " : ""}`, en: `${of.en}level` };
    // A level is text ("B", "ผ่าน") or a number typed as one; an object (from JSON) has no text at all.
    const textual = typeof lv === "string" || typeof lv === "number";
    const bad =
      err || !textual
        ? undefined
        : textProblem(String(lv), raw.level.cell, what, TEXT_LIMITS.level);
    if (!err && !textual) {
      problems.push(
        message(
          "level-invalid",
          `${what.th}ต้องเป็นข้อความ เช่น "B" หรือ "ผ่าน"`,
          `the ${what.en} must be text, such as "B" or "ผ่าน"`,
          raw.level.cell
        )
      );
    } else if (err) {
      problems.push(
        message(
          "excel-error",
          `${what.th}เป็นค่าความผิดพลาดของ Excel (${err})`,
          `the ${what.en} is an Excel error (${err})`,
          raw.level.cell
        )
      );
    } else if (bad) {
      problems.push(bad);
    } else {
      typed.level = String(lv).trim();
      if (raw.level.cell) cells.level = raw.level.cell;
    }
  }
  return { indicators, cells, typed, problems, warnings };
}
