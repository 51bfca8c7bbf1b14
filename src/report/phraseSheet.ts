/**
 * The editable phrase sheet "ข้อความรายงาน ITA": key | ข้อความ | คำอธิบาย. The product creates it with the
 * default library; an officer edits column B; generation reads it back with phrasesFromRows.
 */
import type { Message } from "../core/types";
import type { SheetPlan } from "./plan";
import { PHRASE_SHEET_NAME } from "./compose";
import { placeholdersOf } from "./format";
import { DEFAULT_PRINT, HEADER_FILL, REPORT_FONT, rowHeightFor, columnsWidthPt } from "./layout";
import { defaultPhrases, describeKey, type PhraseLibrary } from "./phrases";
import { cellAddress } from "../core/grid";
import { textProblem, TEXT_LIMITS } from "../core/parse";

export const PHRASE_HEADER = ["key", "ข้อความ", "คำอธิบาย"];
const COLUMNS = [30, 80, 42];

/** A sheet plan holding every key of the library (default values where a key is not given). */
export function phraseSheetPlan(phrases?: PhraseLibrary): SheetPlan {
  const lib = { ...defaultPhrases, ...(phrases ?? {}) };
  const rows: SheetPlan["rows"] = [
    {
      cells: PHRASE_HEADER.map((h) => ({
        value: h,
        style: { bold: true, fill: HEADER_FILL, border: true, hAlign: "center" as const },
      })),
    },
  ];
  const textWidth = columnsWidthPt([COLUMNS[1]]);
  const noteWidth = columnsWidthPt([COLUMNS[2]]);
  for (const key of Object.keys(defaultPhrases)) {
    const ph = placeholdersOf(defaultPhrases[key]);
    const note =
      describeKey(key) + (ph.length ? `\nใช้ได้: ${ph.map((p) => `{${p}}`).join(" ")}` : "");
    const text = lib[key];
    rows.push({
      cells: [
        { value: key, style: { border: true, vAlign: "top", color: "#595959" } },
        { value: text, style: { border: true, wrap: true, vAlign: "top" } },
        {
          value: note,
          style: { border: true, wrap: true, vAlign: "top", size: 14, color: "#595959" },
        },
      ],
      // The row is sized by the spreadsheet (an officer edits these texts): this is its start.
      estimatedHeight: Math.max(
        rowHeightFor(text, textWidth, REPORT_FONT.size),
        rowHeightFor(note, noteWidth, 14)
      ),
    });
  }
  return {
    role: "phrases",
    name: PHRASE_SHEET_NAME,
    font: { ...REPORT_FONT },
    columns: COLUMNS,
    rows,
    merges: [],
    charts: [],
    print: { ...DEFAULT_PRINT, orientation: "landscape", repeatRows: { from: 0, to: 0 } },
    freeze: { rows: 1, cols: 1 },
  };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object") {
    const o = v as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? "").join("");
    if (typeof o.text === "string") return o.text;
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v);
}

/**
 * Reads the phrase sheet's values (rows of cells, row 0 = sheet row 1). Returns a complete library:
 * entries found replace the defaults; unknown keys, empty texts and texts using placeholders their
 * default does not have are warned about (naming the cell) and the default is kept.
 */
export function phrasesFromRows(
  rows: unknown[][],
  sheetName: string = PHRASE_SHEET_NAME
): { phrases: PhraseLibrary; warnings: Message[] } {
  const phrases: PhraseLibrary = { ...defaultPhrases };
  const warnings: Message[] = [];
  const where = (r: number, c: number): string => cellAddress(sheetName, r, c);
  let start = 0;
  const headerAt = rows.findIndex((row) => cellText(row?.[0]).trim().toLowerCase() === "key");
  if (headerAt >= 0) start = headerAt + 1;
  const seen = new Set<string>();
  for (let r = start; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const key = cellText(row[0]).trim();
    if (!key) continue;
    if (key.length > 200) {
      warnings.push({
        code: "phrase-unknown-key",
        th: `รหัสข้อความยาวเกินไป (${key.length} ตัวอักษร) จึงไม่ได้ใช้แถวนี้`,
        en: `a phrase key ${key.length} characters long is unknown: this row is not used`,
        cell: where(r, 0),
      });
      continue;
    }
    // Own keys only: "__proto__", "constructor" or "toString" are unknown keys, not Object's members.
    if (!Object.prototype.hasOwnProperty.call(defaultPhrases, key)) {
      warnings.push({
        code: "phrase-unknown-key",
        th: `ไม่รู้จักรหัสข้อความ "${key}" จึงไม่ได้ใช้ข้อความในแถวนี้`,
        en: `unknown phrase key "${key}": this row is not used`,
        cell: where(r, 0),
      });
      continue;
    }
    if (seen.has(key)) {
      warnings.push({
        code: "phrase-duplicate",
        th: `รหัสข้อความ "${key}" ซ้ำ ใช้ข้อความจากแถวแรกที่พบ`,
        en: `phrase key "${key}" appears twice; the first row is used`,
        cell: where(r, 0),
      });
      continue;
    }
    seen.add(key);
    const text = cellText(row[1]).replace(/\r\n?/g, "\n").trim();
    const textBad = textProblem(
      text,
      where(r, 1),
      { th: `ข้อความของ "${key}"`, en: `text of "${key}"` },
      TEXT_LIMITS.phrase
    );
    if (textBad) {
      warnings.push({
        ...textBad,
        th: `${textBad.th} จึงใช้ข้อความตั้งต้นแทน`,
        en: `${textBad.en}; the default is used`,
      });
      continue;
    }
    if (!text) {
      warnings.push({
        code: "phrase-empty",
        th: `ข้อความของ "${key}" ว่าง จึงใช้ข้อความตั้งต้นแทน`,
        en: `the text of "${key}" is empty; the default is used`,
        cell: where(r, 1),
      });
      continue;
    }
    const allowed = new Set(placeholdersOf(defaultPhrases[key]));
    const bad = placeholdersOf(text).filter((p) => !allowed.has(p));
    const unbalanced =
      /\{[^}]*$|^[^{]*\}/.test(text) ||
      (text.match(/\{/g) ?? []).length !== (text.match(/\}/g) ?? []).length;
    if (bad.length || unbalanced) {
      const list = bad.map((p) => `{${p}}`).join(" ");
      const ok = [...allowed].map((p) => `{${p}}`).join(" ") || "-";
      warnings.push({
        code: "phrase-placeholder",
        th: `ข้อความของ "${key}" ใช้ตัวแทนที่ไม่รู้จัก ${list || "หรือวงเล็บปีกกาไม่ครบคู่"} (ใช้ได้: ${ok}) จึงใช้ข้อความตั้งต้นแทน`,
        en: `the text of "${key}" uses unknown placeholders ${list || "or unbalanced braces"} (allowed: ${ok}); the default is used`,
        cell: where(r, 1),
      });
      continue;
    }
    phrases[key] = text;
  }
  return { phrases, warnings };
}
