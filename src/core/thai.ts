/**
 * Thai document helpers: Thai digits, Buddhist-era years and fiscal years, Thai month names, and number
 * formatting with two decimals. Pure.
 */
import { format2 } from "./decimal";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

export const THAI_MONTHS: readonly string[] = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

export const THAI_MONTHS_SHORT: readonly string[] = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
];

/** Replace Arabic digits 0-9 with Thai digits ๐-๙; everything else unchanged. */
export function toThaiDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => THAI_DIGITS[d.charCodeAt(0) - 48]);
}

/** Replace Thai digits ๐-๙ with Arabic digits 0-9; everything else unchanged. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** Buddhist era from Christian era: 2019 -> 2562. */
export function beFromCe(ceYear: number): number {
  return ceYear + 543;
}

/** Christian era from Buddhist era: 2562 -> 2019. */
export function ceFromBe(beYear: number): number {
  return beYear - 543;
}

interface YMD {
  y: number;
  m: number;
  d: number;
}

function parseIsoDate(iso: string): YMD {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  if (!m) throw new RangeError(`not an ISO date (yyyy-mm-dd): ${iso}`);
  const y = parseInt(m[1], 10);
  const mo = parseInt(m[2], 10);
  const d = parseInt(m[3], 10);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days) throw new RangeError(`no such date: ${iso}`);
  return { y, m: mo, d };
}

function ymd(date: string | Date): YMD {
  if (typeof date === "string") return parseIsoDate(date);
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}

/** Whether a string is a valid ISO date yyyy-mm-dd (Gregorian). */
export function isIsoDate(iso: string): boolean {
  try {
    parseIsoDate(iso);
    return /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  } catch {
    return false;
  }
}

/**
 * The Buddhist-era fiscal year a date falls in: FY N runs 1 October N-1 to 30 September N, so
 * 2019-10-01 is in FY2563 and 2019-09-30 in FY2562. Accepts "yyyy-mm-dd" or a Date (local time).
 */
export function fiscalYearOf(date: string | Date): number {
  const { y, m } = ymd(date);
  return beFromCe(m >= 10 ? y + 1 : y);
}

export interface ThaiFormatOptions {
  /** Thai digits (default) or Arabic digits. */
  digits?: "thai" | "arabic";
}

function digits(text: string, opts?: ThaiFormatOptions): string {
  return (opts?.digits ?? "thai") === "thai" ? toThaiDigits(text) : text;
}

/** "2020-02-15" -> "๑๕ กุมภาพันธ์ ๒๕๖๓" (Buddhist era; Arabic digits with { digits: "arabic" }). */
export function thaiDate(date: string | Date, opts?: ThaiFormatOptions): string {
  const { y, m, d } = ymd(date);
  return digits(`${d} ${THAI_MONTHS[m - 1]} ${beFromCe(y)}`, opts);
}

/** "2020-02-15" -> "กุมภาพันธ์ ๒๕๖๓", as a foreword is dated. */
export function thaiMonthYear(date: string | Date, opts?: ThaiFormatOptions): string {
  const { y, m } = ymd(date);
  return digits(`${THAI_MONTHS[m - 1]} ${beFromCe(y)}`, opts);
}

/** A score with two decimals, rounded half up in decimal: 87.46 -> "๘๗.๔๖" (or "87.46" with Arabic digits). */
export function formatScore(x: number, opts?: ThaiFormatOptions): string {
  return digits(format2(x), opts);
}

/** An integer or plain number in Thai or Arabic digits: 2562 -> "๒๕๖๒". */
export function formatNumber(x: number, opts?: ThaiFormatOptions): string {
  return digits(String(x), opts);
}
