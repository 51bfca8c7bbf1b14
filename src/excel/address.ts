/** A1-style address helpers for the Office.js edge (pure). Coordinates are 0-based. */
import { columnLetters as colName } from "../core/grid";

/** Column letters of a 0-based column index (the engine's helper). */
export { colName };

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B5" or "A1:C3" for a 0-based rectangle. */
export function a1(row: number, col: number, rows = 1, cols = 1): string {
  const start = colName(col) + (row + 1);
  if (rows === 1 && cols === 1) return start;
  return start + ":" + colName(col + cols - 1) + (row + rows);
}

/** "Sheet1!B5", "'ชื่อ แผ่นงาน'!B5:C7" -> sheet (unquoted) and local part ("B5:C7"). */
export function splitAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.replace(/\$/g, "") };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).replace(/\$/g, "") };
}

/** Top-left and size of a local address such as "C4:F20" (whole rows/columns are not needed here). */
export function parseLocal(local: string): Rect | null {
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(
    local.replace(/\$/g, "").trim()
  );
  if (!m) return null;
  const r1 = parseInt(m[2], 10) - 1;
  const c1 = colIndex(m[1]);
  const r2 = m[4] ? parseInt(m[4], 10) - 1 : r1;
  const c2 = m[3] ? colIndex(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}
