/**
 * Thai document helpers: Thai digits, Thai month names, ISO dates. Pure. How the report
 * formats scores, dates and digits is the report's (src/report/format.ts: applyDigits, formatScore,
 * thaiMonthYear), over these.
 */

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

/** Whether a string is a valid ISO date yyyy-mm-dd (Gregorian). */
export function isIsoDate(iso: string): boolean {
  try {
    parseIsoDate(iso);
    return /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  } catch {
    return false;
  }
}
