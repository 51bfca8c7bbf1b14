/**
 * The earlier years an input gives for the year-over-year comparison (JSON "previous", the template's
 * last-year column, a row per year): each checked like this year's, and refused as a whole when bad.
 */
import type { Message, RawEarlier, EarlierYear } from "./types";
import { allIndicatorIds, getProfile, SUPPORTED_YEARS, toSupportedYear } from "./profiles";
import { message } from "./message";
import { parseYear, type YearParse } from "./year";
import { unwrapCellValue, isEmptyValue, excelErrorOf } from "./cells";
import { yearNumber, shownYear } from "./fiscalYear";

/** Whether a parsed year holds any figure (an indicator, a tool score, the total or the level). */
function hasFigures(y: YearParse): boolean {
  return (
    Object.keys(y.indicators).length > 0 ||
    Object.values(y.typed).some((v) => v !== undefined && v !== "")
  );
}

/**
 * The oldest earlier year accepted: ITA began in FY2557 as a pilot, the integrity assessments it grew from
 * a few years before (as compareYears, src/core/compare.ts).
 */
export const OLDEST_EARLIER_YEAR = 2554;

/** The place an earlier year's own key names: its cell, or "previous.fiscalYear" for a JSON key. */
function keyed(key: string, sub: string): string {
  return key.includes("!") ? key : `${key}.${sub}`;
}

/**
 * Parses the earlier years given with this year's input (`raw.previous`) for compareYears. Each year's
 * fiscal year must be B.E. 2554 or later and earlier than this year (a Christian-era year is converted,
 * with a warning; a lone earlier year without one is taken as the year before this one), given once; its
 * scores follow this year's number rules, its indicators those of its own year's framework (FY2562 on).
 * A year with no figure at all is a problem. Every message names the cell or key (`previous.indicators.3`).
 */
export function parseEarlierYears(
  previous: RawEarlier[] | undefined,
  thisYear: number
): { previous: EarlierYear[]; problems: Message[]; warnings: Message[] } {
  const problems: Message[] = [];
  const warnings: Message[] = [];
  const out: EarlierYear[] = [];
  const seen = new Map<number, string>();
  const list = previous ?? [];
  for (const e of list) {
    const yearCell = e.fiscalYear?.cell ?? keyed(e.key, "fiscalYear");
    let year: number;
    const fyValue = unwrapCellValue(e.fiscalYear?.value);
    if (isEmptyValue(fyValue)) {
      if (list.length > 1) {
        problems.push(
          message(
            "previous-year-missing",
            "ไม่ได้ระบุปีงบประมาณของปีก่อนหน้า (เมื่อให้คะแนนหลายปี ต้องระบุปีงบประมาณของทุกปี)",
            "the earlier year's fiscal year is missing (with several earlier years, each needs its fiscal year)",
            yearCell
          )
        );
        continue;
      }
      year = thisYear - 1;
    } else {
      const err = excelErrorOf(fyValue);
      const n = err ? null : yearNumber(fyValue);
      const lastBe = thisYear - 1;
      const be = n === null ? null : n >= OLDEST_EARLIER_YEAR ? n : n + 543;
      if (err || n === null) {
        const { shown, shownEn } = shownYear(fyValue);
        problems.push(
          message(
            "previous-year-invalid",
            `ปีงบประมาณของปีก่อนหน้า ${err ? `เป็นค่าความผิดพลาดของ Excel (${err})` : `${shown} ไม่ใช่ปี พ.ศ.`} (เช่น ${lastBe})`,
            `the earlier fiscal year ${err ? `is an Excel error (${err})` : `${shownEn} is not a year`} (e.g. ${lastBe})`,
            yearCell
          )
        );
        continue;
      }
      if (be === null || be < OLDEST_EARLIER_YEAR || be >= thisYear) {
        problems.push(
          message(
            "previous-year-invalid",
            `ปีงบประมาณของปีก่อนหน้า ${n} ต้องอยู่ระหว่าง พ.ศ. ${OLDEST_EARLIER_YEAR} ถึง ${lastBe} (ก่อนปีงบประมาณ ${thisYear} ของรายงานนี้)`,
            `the earlier fiscal year ${n} must be B.E. ${OLDEST_EARLIER_YEAR}-${lastBe} (before this report's FY${thisYear})`,
            yearCell
          )
        );
        continue;
      }
      if (be !== n) {
        warnings.push(
          message(
            "fiscal-year-ce",
            `ปี ${n} เป็นปี ค.ศ. จึงใช้ปีงบประมาณ พ.ศ. ${be}`,
            `${n} is a Christian-era year; using fiscal year B.E. ${be}`,
            yearCell
          )
        );
      }
      year = be;
    }
    const first = seen.get(year);
    if (first !== undefined) {
      problems.push(
        message(
          "previous-year-duplicate",
          `ปีงบประมาณ ${year} มีคะแนนมากกว่าหนึ่งชุด (${first} และ ${yearCell}) กรุณาเก็บไว้เพียงชุดเดียว`,
          `FY${year} is given more than once (${first} and ${yearCell}); keep one`,
          yearCell
        )
      );
      continue;
    }
    seen.set(year, yearCell);
    const profileYear = toSupportedYear(year)?.year;
    const known = new Set(allIndicatorIds(getProfile(profileYear ?? SUPPORTED_YEARS[0])));
    const y = parseYear(e, known, { th: ` (ปีงบประมาณ ${year})`, en: `FY${year} ` });
    problems.push(...y.problems);
    warnings.push(...y.warnings);
    if (y.problems.length > 0) continue;
    if (!hasFigures(y)) {
      problems.push(
        message(
          "previous-empty",
          `ปีงบประมาณ ${year} ไม่มีคะแนนหรือระดับผลการประเมิน (ใส่คะแนนตัวชี้วัด คะแนน IIT/EIT/OIT คะแนนรวม หรือระดับ อย่างน้อยหนึ่งค่า)`,
          `FY${year} has no score and no level (give at least one indicator, IIT/EIT/OIT, total or level)`,
          e.fiscalYear?.cell ?? e.key
        )
      );
      continue;
    }
    // typed holds only the figures given (iit, eit, oit, total, level), as EarlierYear names them.
    const earlier: EarlierYear = { fiscalYear: year, key: e.key, ...y.typed };
    if (Object.keys(y.indicators).length > 0) earlier.indicators = y.indicators;
    out.push(earlier);
  }
  out.sort((a, b) => a.fiscalYear - b.fiscalYear);
  return { previous: out, problems, warnings };
}
