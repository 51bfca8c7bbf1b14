/**
 * Parsing of raw cell values (from Excel, ExcelJS or JSON) into validated scores. Every problem and
 * warning names the cell it came from, in Thai and English. Nothing here throws on bad input.
 */
import type {
  IndicatorId,
  Message,
  ParseResult,
  RawEarlier,
  RawInput,
  RawValue,
  RawYear,
  ScoreInput,
  EarlierYear,
} from "./types";
import {
  allIndicatorIds,
  getProfile,
  indicatorIdFromName,
  SUPPORTED_YEARS,
  toSupportedYear,
} from "./profiles";
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

function excelErrorOf(value: unknown): string | null {
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
function shownYear(v: unknown): { shown: string; shownEn: string } {
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

const TYPED_WHAT: Record<"iit" | "eit" | "oit" | "total", { th: string; en: string }> = {
  iit: { th: "คะแนน IIT", en: "IIT score" },
  eit: { th: "คะแนน EIT", en: "EIT score" },
  oit: { th: "คะแนน OIT", en: "OIT score" },
  total: { th: "คะแนนรวม", en: "total score" },
};

/** One year's figures, parsed: what parseInput and the earlier years share. */
interface YearParse {
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
function parseYear(
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

/**
 * Parses and validates everything a reader found. Problems: a missing or unsupported fiscal year, an
 * unknown indicator, an empty / non-numeric / out-of-range / Excel-error score, the same indicator twice
 * with different values, no scores at all, a bad earlier year (parseEarlierYears: the whole input is
 * refused, as for any bad field). `input` is present only when there are no problems.
 */
export function parseInput(raw: RawInput): ParseResult {
  const problems: Message[] = [];
  const warnings: Message[] = [];
  const fy = parseFiscalYear(raw.fiscalYear?.value, raw.fiscalYear?.cell);
  if (fy.problem) problems.push(fy.problem);
  if (fy.warning) warnings.push(fy.warning);
  const known = new Set(allIndicatorIds(getProfile(fy.value ?? SUPPORTED_YEARS[0])));

  const y = parseYear(raw, known);
  problems.push(...y.problems);
  warnings.push(...y.warnings);
  const { indicators, cells, typed } = y;
  if (raw.fiscalYear?.cell) cells.fiscalYear = raw.fiscalYear.cell;

  const nothing =
    Object.keys(indicators).length === 0 &&
    typed.iit === undefined &&
    typed.eit === undefined &&
    typed.oit === undefined &&
    typed.total === undefined;
  if (nothing && problems.length === 0) {
    problems.push(
      message(
        "no-scores",
        "ไม่พบคะแนนตัวชี้วัดหรือคะแนน IIT/EIT/OIT/คะแนนรวม",
        "no indicator scores and no IIT/EIT/OIT/total were found"
      )
    );
  }
  // Cells formatted as percentages hold fractions (87.46% is 0.8746): every score at most 1 is suspicious.
  const all = [...Object.values(indicators), typed.iit, typed.eit, typed.oit, typed.total].filter(
    (x): x is number => x !== undefined
  );
  if (all.length >= 2 && all.every((x) => x <= 1) && all.some((x) => x > 0)) {
    warnings.push(
      message(
        "looks-like-fraction",
        "คะแนนทุกค่าไม่เกิน 1 อาจเป็นเซลล์ที่จัดรูปแบบเป็นเปอร์เซ็นต์ (87.46% เก็บเป็น 0.8746) กรุณากรอกคะแนนเต็ม 100 เช่น 87.46",
        "every score is at most 1: the cells may be formatted as percentages (87.46% is stored as 0.8746); type scores out of 100, e.g. 87.46"
      )
    );
  }
  let previous: EarlierYear[] | undefined;
  if (fy.value !== null && raw.previous && raw.previous.length > 0) {
    const e = parseEarlierYears(raw.previous, fy.value);
    problems.push(...e.problems);
    warnings.push(...e.warnings);
    if (e.previous.length > 0) previous = e.previous;
  }
  if (problems.length > 0 || fy.value === null) return { problems, warnings };
  const input: ScoreInput = { fiscalYear: fy.value, indicators, cells, typed };
  if (previous) input.previous = previous;
  return { input, problems, warnings };
}

/** A strength threshold from a cell: a number 0-100 (text, Thai digits and % allowed). Empty gives null. */
export function parseThreshold(value: unknown, cell?: string): ScoreParse {
  return parseScore(value, cell, {
    required: false,
    what: { th: "เกณฑ์จุดแข็ง", en: "strength threshold" },
  });
}
