/**
 * The fiscal year of an input: a Buddhist-era year of a supported profile (a Christian-era 2019-2026 is
 * converted, with a warning).
 */
import type { Message } from "./types";
import { SUPPORTED_YEARS, toSupportedYear } from "./profiles";
import { fromThaiDigits } from "./thai";
import { message } from "./message";
import { unwrapCellValue, isEmptyValue, shownText, excelErrorOf } from "./cells";

export interface FiscalYearParse {
  value: number | null;
  problem?: Message;
  warning?: Message;
}

/** The four-digit year a cell or key holds (2562, "๒๕๖๒", "พ.ศ. 2562", "FY2562"), unchecked; null when none. */
export function yearNumber(value: unknown): number | null {
  const v = unwrapCellValue(value);
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  if (typeof v !== "string") return null;
  const t = fromThaiDigits(v)
    .replace(/ปีงบประมาณ|ปีงบ|ประจำปี|พ\.\s*ศ\.?|fiscal\s*year|b\.?\s*e\.?|fy|ปี/gi, "")
    .trim();
  return /^\d{4}$/.test(t) ? parseInt(t, 10) : null;
}

/** A year value as quoted back in a message (Thai, English). */
export function shownYear(v: unknown): { shown: string; shownEn: string } {
  const shown =
    typeof v === "string"
      ? `"${shownText(v)}"`
      : typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : v instanceof Date
          ? "(วันที่)"
          : "(ค่าที่ไม่ใช่ข้อความหรือตัวเลข)";
  const shownEn =
    typeof v === "object" && v !== null
      ? v instanceof Date
        ? "(a date)"
        : "(neither text nor a number)"
      : shown;
  return { shown, shownEn };
}

/**
 * A fiscal year from a number or text: 2562, "2562", "๒๕๖๒", "พ.ศ. 2562", "ปีงบประมาณ 2562",
 * "ปีงบประมาณ พ.ศ. ๒๕๖๒", "FY2562". A Christian-era year 2019-2026 is converted with a warning.
 */
export function parseFiscalYear(value: unknown, cell?: string): FiscalYearParse {
  const v = unwrapCellValue(value);
  const first = SUPPORTED_YEARS[0];
  const last = SUPPORTED_YEARS[SUPPORTED_YEARS.length - 1];
  const err = excelErrorOf(v);
  if (err) {
    return {
      value: null,
      problem: message(
        "excel-error",
        `ปีงบประมาณเป็นค่าความผิดพลาดของ Excel (${err}) กรุณาพิมพ์ปี พ.ศ. เช่น 2562`,
        `the fiscal year is an Excel error (${err}); type a B.E. year, e.g. 2562`,
        cell
      ),
    };
  }
  if (isEmptyValue(v)) {
    return {
      value: null,
      problem: message(
        "fiscal-year-missing",
        `ไม่ได้ระบุปีงบประมาณ (พ.ศ. ${first}-${last})`,
        `the fiscal year is missing (B.E. ${first}-${last})`,
        cell
      ),
    };
  }
  const year = yearNumber(v);
  const { shown, shownEn } = shownYear(v);
  if (year === null) {
    return {
      value: null,
      problem: message(
        "fiscal-year-invalid",
        `ปีงบประมาณ ${shown} ไม่ใช่ปี พ.ศ. (เช่น 2562)`,
        `the fiscal year ${shownEn} is not a year (e.g. 2562)`,
        cell
      ),
    };
  }
  const resolved = toSupportedYear(year);
  if (!resolved) {
    return {
      value: null,
      problem: message(
        "fiscal-year-unsupported",
        `ไม่รองรับปีงบประมาณ ${year}: รองรับ พ.ศ. ${first}-${last}`,
        `fiscal year ${year} is not supported: B.E. ${first}-${last} are`,
        cell
      ),
    };
  }
  if (resolved.fromCE) {
    return {
      value: resolved.year,
      warning: message(
        "fiscal-year-ce",
        `ปี ${year} เป็นปี ค.ศ. จึงใช้ปีงบประมาณ พ.ศ. ${resolved.year}`,
        `${year} is a Christian-era year; using fiscal year B.E. ${resolved.year}`,
        cell
      ),
    };
  }
  return { value: resolved.year };
}
