/**
 * Text helpers of the sheet rendering (./sheet.ts): a cell's text, a marked number format, a one-line
 * title cut at spaces, and where a long paragraph may be split (a sentence boundary).
 */
import type { TableCell } from "./document";
import { textWidthPt } from "./layout";

/** A number format that prints the value, a space and a mark: `0.00" **"` (the mark as a literal). */
export function markedFormat(numFmt: string, mark: string): string {
  return `${numFmt}" ${mark.replace(/"/g, "")}"`;
}

/** A cell's text as items (a list cell), or one text; a number as the report shows it. */
export function cellText(c: TableCell): string[] {
  if (Array.isArray(c.value)) return c.value;
  if (typeof c.value === "string") return c.value ? [c.value] : [];
  if (typeof c.value === "number") return [c.text ?? String(c.value)];
  return [];
}

/**
 * A title or heading too wide for a table sheet's one line, cut at spaces into lines that each fit
 * `widthPt` (a word wider than a line stays whole on its own line). Only for such one-line texts: a
 * paragraph is never cut into lines.
 */
export function linesAtSpaces(
  text: string,
  widthPt: number,
  size: number,
  bold: boolean
): string[] {
  const words = text.split(" ");
  const out: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidthPt(next, size, bold) > widthPt) {
      out.push(line);
      line = w;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Words after which a space does not end a sentence (the number or name that follows belongs to them). */
const HOLDS_NEXT =
  /(?:พ\.ศ\.|ค\.ศ\.|ร้อยละ|ที่|ข้อ|ระดับ|คะแนน|ได้|จาก|เป็น|และ|หรือ|ของ|IIT|EIT|OIT|ITA)$/;

/**
 * Whether the space at `i` may end a sentence: not before a number or a closing mark, not after a number
 * or a mark (its unit or its note follows: "๕๕.๐๐ คะแนน", "๙๓.๗๕ *"), not after a word that holds the next.
 */
export function isSentenceBoundary(text: string, i: number): boolean {
  const next = text[i + 1] ?? "";
  if (!next || /[0-9๐-๙)\]%.,*]/.test(next)) return false;
  if (/[0-9๐-๙*]$/.test(text.slice(0, i))) return false;
  return !HOLDS_NEXT.test(text.slice(Math.max(0, i - 12), i));
}
