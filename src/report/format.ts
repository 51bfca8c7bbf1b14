/**
 * Small pure formatting helpers for the report: digits, scores, Thai dates, lists.
 * (Kept inside src/report so the report does not depend on the order in which core helpers land;
 * behaviour matches the conventions in shared/ita-framework.md.)
 */
import type { DigitMode } from "./plan";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

export const THAI_MONTHS = [
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

/** Arabic digits 0-9 to Thai digits ๐-๙; everything else unchanged. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[d.charCodeAt(0) - 48]);
}

/** Thai digits ๐-๙ to Arabic digits 0-9; everything else unchanged. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** Where a string is shown: running text or a table cell. */
export type DigitPlace = "text" | "table";

/** Applies the digit option: thai = Thai everywhere, arabic = Arabic everywhere, mixed = Thai in text, Arabic in tables. */
export function applyDigits(text: string, mode: DigitMode, place: DigitPlace): string {
  const thai = mode === "thai" || (mode === "mixed" && place === "text");
  return thai ? toThaiDigits(text) : toArabicDigits(text);
}

/**
 * A score with two decimals, rounded half up in decimal from the number's shortest text
 * (so 1.005 gives "1.01", not JavaScript's "1.00").
 */
export function formatScore(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const text = Math.abs(value).toString();
  let intPart: string;
  let fracPart: string;
  if (/e/i.test(text)) {
    // Very small or very large: fall back to toFixed with a tiny nudge (scores are never here).
    return (Math.round((value + (negative ? -1e-9 : 1e-9)) * 100) / 100).toFixed(2);
  }
  const dot = text.indexOf(".");
  if (dot < 0) {
    intPart = text;
    fracPart = "";
  } else {
    intPart = text.slice(0, dot);
    fracPart = text.slice(dot + 1);
  }
  fracPart = (fracPart + "000").slice(0, Math.max(3, fracPart.length));
  let cents = BigInt(intPart + fracPart.slice(0, 2));
  if (fracPart.charCodeAt(2) - 48 >= 5) cents += BigInt(1);
  const s = cents.toString().padStart(3, "0");
  const out = `${s.slice(0, -2)}.${s.slice(-2)}`;
  return negative && cents !== BigInt(0) ? `-${out}` : out;
}

/** Rounds to two decimals half up in decimal (as formatScore) and returns a number. */
export function round2(value: number): number {
  return Number(formatScore(value));
}

/** "2020-02-15" -> { month: "กุมภาพันธ์", yearBE: 2563 }; null when not a valid ISO date. */
export function thaiMonthYear(
  iso: string | undefined
): { month: string; yearBE: number; day: number } | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // A year typed in the Buddhist era (> 2400) is taken as is.
  const yearBE = year > 2400 ? year : year + 543;
  return { month: THAI_MONTHS[month - 1], yearBE, day };
}

/** Joins Thai list items: "ก", "ก และข", "ก ข และค". */
export function thaiList(items: string[]): string {
  if (items.length === 0) return "";
  if (items.length === 1) return items[0];
  const last = items[items.length - 1];
  // "และ" joins a Thai word directly, a Latin one (IIT) with a space.
  const glue = /^[\u0E00-\u0E7F]/.test(last) ? "และ" : "และ ";
  return `${items.slice(0, -1).join(" ")} ${glue}${last}`;
}

/** Fills {placeholders} from vars; an unknown placeholder is left as written. */
export function fillTemplate(
  template: string,
  vars: Record<string, string | number | undefined>
): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : String(v);
  });
}

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)) {
    if (!out.includes(m[1])) out.push(m[1]);
  }
  return out;
}
