/**
 * Raw cell values as readers give them (Excel, ExcelJS, JSON): error values, empty cells, numbers typed as
 * text, and the checks every free text passes (length, characters an .xlsx cannot hold).
 */
import type { Message } from "./types";
import { fromThaiDigits } from "./thai";
import { message } from "./message";

/** The Excel error values, as text or as ExcelJS error objects `{ error: "#N/A" }`. */
export const EXCEL_ERRORS: readonly string[] = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
];

/** Unwraps ExcelJS cell values (formula results, rich text, hyperlinks) to a plain value. */
export function unwrapCellValue(value: unknown): unknown {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    if ("error" in o) return o;
    if ("result" in o) return unwrapCellValue(o.result);
    if (Array.isArray(o.richText)) {
      return (o.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? "")).join("");
    }
    if ("text" in o && typeof o.text === "string") return o.text;
  }
  return value;
}

export function excelErrorOf(value: unknown): string | null {
  if (typeof value === "string") {
    const t = value.trim().toUpperCase();
    return EXCEL_ERRORS.includes(t) ? t : null;
  }
  if (value !== null && typeof value === "object" && "error" in value) {
    const e = (value as { error: unknown }).error;
    return typeof e === "string" ? e : "#ERROR";
  }
  return null;
}

/** Whether a value is empty: undefined, null, "" or only spaces. */
export function isEmptyValue(value: unknown): boolean {
  const v = unwrapCellValue(value);
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/**
 * Text to a number, leniently: Thai digits, spaces around it, a trailing %, thousands separators, a
 * doubled dot. Returns null when it is not a number, and `ambiguous` (value NaN) when it could be read two
 * ways: a comma group after a leading 0 ("0,095": 95 or 0.095?) or digits split by spaces of any kind
 * ("8 7.46", "87\u200946"). Does not check the range. Linear in the text's length.
 */
export function numberFromText(
  text: string
): { value: number; doubledDot: boolean; ambiguous?: boolean } | null {
  let s = fromThaiDigits(text)
    .replace(/^[\s\u200b-\u200d\ufeff]+|[\s\u200b-\u200d\ufeff]+$/g, "")
    .replace(/[\u2212\u2013]/g, "-");
  if (s.endsWith("%")) s = s.slice(0, -1).replace(/[\s\u200b-\u200d]+$/, "");
  // Any space or invisible character left inside splits the number: refuse it rather than guess.
  if (/[\d.,][\s\u200b-\u200d\ufeff]+[\d.,]/.test(s))
    return { value: NaN, doubledDot: false, ambiguous: true };
  s = s.replace(/^([+-])\s+/, "$1");
  let doubledDot = false;
  if (/\.{2,}/.test(s)) {
    doubledDot = true;
    s = s.replace(/\.{2,}/g, ".");
  }
  if (/^[+-]?0(,\d{3})+(\.\d+)?$/.test(s)) return { value: NaN, doubledDot, ambiguous: true };
  if (/^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? { value, doubledDot } : null;
}

/** Longest piece of a user's value quoted back in a message. */
const SHOWN_MAX = 40;

/** A user's value as quoted in a message: trimmed and cut to SHOWN_MAX characters. */
export function shownText(v: string): string {
  const t = v.trim();
  return t.length <= SHOWN_MAX
    ? t
    : `${Array.from(t.slice(0, SHOWN_MAX + 1))
        .slice(0, SHOWN_MAX)
        .join("")}…`;
}

/**
 * Longest text accepted from the user, per kind of field (characters). Real values are far shorter (a
 * Thai agency's name is under 120 characters); the caps keep every text path bounded and every report cell
 * far below Excel's 32,767-character limit.
 */
export const TEXT_LIMITS = {
  /** Agency name, type, district, province, writing unit, one responsible unit. */
  field: 300,
  /** Responsible units, counted. */
  units: 30,
  /** A typed level ("B", "ผ่านดี"). */
  level: 50,
  /** One phrase of the editable phrase sheet. */
  phrase: 3000,
} as const;

/**
 * Characters an .xlsx cannot hold (XML 1.0 forbids them: C0 controls other than tab, line feed and
 * carriage return, lone surrogates) and Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF, ...):
 * Excel refuses to reload a file that carries them.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** The first character of a text that an .xlsx cannot hold, as "U+FFFE", or null. */
export function forbiddenCharOf(text: string): string | null {
  const m = FORBIDDEN_CHAR.exec(text);
  if (!m) return null;
  return `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Checks one text input: at most `max` characters and no character an .xlsx cannot hold. Returns the
 * problem (naming the cell or key, in Thai and English), or undefined when the text is fine.
 */
export function textProblem(
  text: string,
  cell: string | undefined,
  what: { th: string; en: string },
  max: number = TEXT_LIMITS.field
): Message | undefined {
  if (text.length > max) {
    return message(
      "text-too-long",
      `${what.th}ยาว ${text.length.toLocaleString("en-US")} ตัวอักษร เกิน ${max.toLocaleString("en-US")} ตัวอักษร กรุณาย่อให้สั้นลง`,
      `the ${what.en} is ${text.length.toLocaleString("en-US")} characters long, more than ${max.toLocaleString("en-US")}; shorten it`,
      cell
    );
  }
  const bad = forbiddenCharOf(text);
  if (bad) {
    return message(
      "text-bad-char",
      `${what.th}มีอักขระ ${bad} ซึ่งไฟล์ Excel เก็บไม่ได้ กรุณาลบออก`,
      `the ${what.en} holds the character ${bad}, which an Excel file cannot hold; remove it`,
      cell
    );
  }
  return undefined;
}
