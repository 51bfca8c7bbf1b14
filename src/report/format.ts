/**
 * Small pure formatting helpers for the report: the digit option, Thai month and year, lists, templates.
 * Digits, month names and decimal rounding come from the engine (src/core/thai, src/core/decimal).
 */
import { format2 } from "../core/decimal";
import { fromThaiDigits, THAI_MONTHS, toThaiDigits } from "../core/thai";
import type { DigitMode } from "./plan";

/** Where a string is shown: running text or a table cell. */
export type DigitPlace = "text" | "table";

/**
 * An item code of the assessment: a capital Latin letter and its number ("O42", "O26"). NACC writes
 * them so in Thai documents as well, so their digits stay Arabic under every digit option.
 */
const ITEM_CODE = /(?<![A-Za-z])[A-Z][0-9]+(?![0-9A-Za-z])/g;

/**
 * Applies the digit option: thai = Thai everywhere, arabic = Arabic everywhere, mixed = Thai in text,
 * Arabic in tables. Item codes ("O42") keep Arabic digits.
 */
export function applyDigits(text: string, mode: DigitMode, place: DigitPlace): string {
  const thai = mode === "thai" || (mode === "mixed" && place === "text");
  if (!thai) return fromThaiDigits(text);
  let out = "";
  let last = 0;
  for (const m of text.matchAll(ITEM_CODE)) {
    const at = m.index ?? 0;
    out += toThaiDigits(text.slice(last, at)) + m[0];
    last = at + m[0].length;
  }
  return out + toThaiDigits(text.slice(last));
}

/** A score with two decimals, rounded half up in decimal (1.005 gives "1.01", not JavaScript's "1.00"). */
export const formatScore = format2;

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
    // Own keys only: "{constructor}" is not Object's constructor.
    const v = Object.prototype.hasOwnProperty.call(vars, name) ? vars[name] : undefined;
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
