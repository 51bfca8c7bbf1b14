/**
 * One score, an indicator id and the strength threshold, parsed and checked (0-100, two decimals at most
 * meaningful, Thai digits, percent formats): every problem names its cell.
 */
import type { IndicatorId, Message } from "./types";
import { fromThaiDigits } from "./thai";
import { message } from "./message";
import { unwrapCellValue, isEmptyValue, numberFromText, shownText, excelErrorOf } from "./cells";

export interface ScoreParse {
  /** The score, or null when the cell is empty (and not required) or has a problem. */
  value: number | null;
  problem?: Message;
  warning?: Message;
}

export interface ParseScoreOptions {
  /** An empty value is a problem (default true). */
  required?: boolean;
  /** What the value is, for messages: "คะแนน" / "score" by default. */
  what?: { th: string; en: string };
}

/** Parses one score (0-100) from a raw cell value. */
export function parseScore(
  value: unknown,
  cell?: string,
  options: ParseScoreOptions = {}
): ScoreParse {
  const required = options.required ?? true;
  const what = options.what ?? { th: "คะแนน", en: "score" };
  const v = unwrapCellValue(value);
  const err = excelErrorOf(v);
  if (err) {
    return {
      value: null,
      problem: message(
        "excel-error",
        `${what.th} เป็นค่าความผิดพลาดของ Excel (${err}) กรุณาแก้สูตรหรือพิมพ์ตัวเลข 0-100`,
        `the ${what.en} is an Excel error (${err}); fix the formula or type a number 0-100`,
        cell
      ),
    };
  }
  if (isEmptyValue(v)) {
    if (!required) return { value: null };
    return {
      value: null,
      problem: message(
        "empty",
        `ไม่มี${what.th} กรุณากรอกตัวเลข 0-100`,
        `the ${what.en} is empty; type a number 0-100`,
        cell
      ),
    };
  }
  let num: number | null = null;
  let warning: Message | undefined;
  if (typeof v === "number") {
    num = Number.isFinite(v) ? v : null;
  } else if (typeof v === "string") {
    const parsed = numberFromText(v);
    if (parsed?.ambiguous) {
      return {
        value: null,
        problem: message(
          "ambiguous-number",
          `${what.th} "${shownText(v)}" อ่านได้มากกว่าหนึ่งแบบ (มีจุลภาคหลังเลข 0 หรือมีช่องว่างคั่นตัวเลข) กรุณาพิมพ์ตัวเลขให้ชัดเจน เช่น 87.46`,
          `the ${what.en} "${shownText(v)}" can be read more than one way (a comma after a leading 0, or digits split by spaces); type the number plainly, e.g. 87.46`,
          cell
        ),
      };
    }
    if (parsed) {
      num = parsed.value;
      if (parsed.doubledDot) {
        warning = message(
          "double-dot",
          `"${shownText(v)}" มีจุดซ้อน อ่านเป็น ${parsed.value} กรุณาตรวจสอบ`,
          `"${shownText(v)}" has a doubled dot; read as ${parsed.value}, please check`,
          cell
        );
      }
    }
  }
  if (num === null) {
    const shown =
      typeof v === "string" ? `"${shownText(v)}"` : typeof v === "boolean" ? String(v) : "ค่านี้";
    const shownEn =
      typeof v === "string"
        ? `"${shownText(v)}"`
        : typeof v === "boolean"
          ? String(v)
          : "the value";
    return {
      value: null,
      problem: message(
        "not-number",
        `${what.th} ${shown} ไม่ใช่ตัวเลข กรุณากรอกตัวเลข 0-100`,
        `the ${what.en} ${shownEn} is not a number; type a number 0-100`,
        cell
      ),
    };
  }
  if (num < 0 || num > 100) {
    return {
      value: null,
      problem: message(
        "out-of-range",
        `${what.th} ${num} อยู่นอกช่วง 0-100`,
        `the ${what.en} ${num} is outside 0-100`,
        cell
      ),
    };
  }
  // -0 becomes 0
  return warning ? { value: num + 0, warning } : { value: num + 0 };
}

/**
 * Normalises an indicator label to its id: "3", 3, "๑๐.๑", "ตัวชี้วัดที่ 1", "ตัวชี้วัดย่อยที่ 10.1",
 * "10.1.", "Indicator 7". Returns null when the text is not an indicator number (it does not check
 * that the id exists in a profile).
 */
export function normalizeIndicatorId(label: unknown): IndicatorId | null {
  if (typeof label === "number") {
    if (!Number.isFinite(label) || label <= 0) return null;
    return normalizeIndicatorId(String(label));
  }
  if (typeof label !== "string") return null;
  const s = fromThaiDigits(label)
    .trim()
    .replace(/^(ตัวชี้วัดย่อยที่|ตัวชี้วัดที่|ตัวชี้วัด|indicator|no\.|ข้อ|ที่)\s*/i, "")
    .replace(/[.)]$/, "")
    .trim();
  const m = /^(\d{1,2})(?:\.(\d))?$/.exec(s);
  if (!m) return null;
  const main = String(parseInt(m[1], 10));
  return m[2] !== undefined ? `${main}.${m[2]}` : main;
}

/** A strength threshold from a cell: a number 0-100 (text, Thai digits and % allowed). Empty gives null. */
export function parseThreshold(value: unknown, cell?: string): ScoreParse {
  return parseScore(value, cell, {
    required: false,
    what: { th: "เกณฑ์จุดแข็ง", en: "strength threshold" },
  });
}
