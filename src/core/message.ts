/**
 * The one constructor of a Message (src/core/types.ts): a code, the text in Thai and English, and the cell
 * or JSON key it is about. Every layer builds its problems and warnings with it.
 */
import type { Message } from "./types";

/** "ช่อง Sheet1!B5: " for a cell, "คีย์ indicators.3: " for a JSON key. */
function where(cell?: string): { th: string; en: string } {
  if (!cell) return { th: "", en: "" };
  return cell.includes("!")
    ? { th: `ช่อง ${cell}: `, en: `Cell ${cell}: ` }
    : { th: `คีย์ ${cell}: `, en: `Key ${cell}: ` };
}

/**
 * A message naming its cell in both languages: the text starts with the cell ("ช่อง Sheet1!B5: ") unless
 * `sayCell` is false, for a message about a whole sheet whose text names it already (the cell still lets
 * the pane select it).
 */
export function message(
  code: string,
  th: string,
  en: string,
  cell?: string,
  { sayCell = true }: { sayCell?: boolean } = {}
): Message {
  const w = sayCell ? where(cell) : where();
  const m: Message = { code, th: w.th + th, en: w.en + en };
  if (cell !== undefined) m.cell = cell;
  return m;
}
