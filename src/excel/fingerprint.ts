/**
 * What the gateway needs of the writer before any report is written: the highlight colours, the text-format
 * rule, column-width units, the expected values of a written sheet, and the value and formatting
 * fingerprints that recognise a user's later edits. Kept apart from writePlan.ts so that the task pane's
 * first load holds these small pieces only; the writer itself loads with the composer.
 */
import { columnPx } from "../report/measure";
import type { SheetPlan } from "../report/plan";

/** Fill colour of the add-in's below-threshold highlight (conditional format). */
export const HIGHLIGHT_FILL = "#FFC7CE";
export const HIGHLIGHT_FONT = "#9C0006";

/** Longest string given the text format whatever it holds (longer ones show "####" when text-formatted). */
export const TEXT_FORMAT_MAX = 255;

/**
 * Does this string need the text format "@" to stay text when written to `values`? Every short string
 * does (Excel's typed-entry parsing is locale-dependent: no list of patterns is complete); a long one only
 * when it starts like a formula, an error value or a quote prefix, or looks like a number or date.
 */
export function needsTextFormat(s: string): boolean {
  if (s.length <= TEXT_FORMAT_MAX) return s.length > 0;
  const t = s.trim();
  if (t === "") return s.length > 0;
  if (/^[=+\-@'#]/.test(s)) return true;
  if (/^[(]?[+-]?[\d.,\s]+[)]?%?$/.test(t) && /\d/.test(t)) return true;
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^[$€£¥฿][\d.,\s]+$/.test(t)) return true;
  return false;
}

/** Excel character units (width of "0" in the default font) to points, as Excel converts them. */
export function charsToPoints(chars: number): number {
  return Math.round(columnPx(chars) * 0.75 * 100) / 100;
}

/** The cell values exactly as Excel will hold them after writePlan (merged cells keep their top-left value). */
export function expectedGrid(sheet: SheetPlan): {
  values: (string | number)[][];
  rows: number;
  cols: number;
} {
  const rows = Math.max(1, sheet.rows.length);
  const cols = Math.max(1, ...sheet.rows.map((r) => r.cells.length));
  const values: (string | number)[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells = sheet.rows[r]?.cells ?? [];
    const row: (string | number)[] = [];
    for (let c = 0; c < cols; c++) {
      const v = cells[c]?.value;
      row.push(v === null || v === undefined ? "" : v);
    }
    values.push(row);
  }
  for (const m of sheet.merges) {
    for (let r = m.row; r < m.row + m.rows && r < rows; r++) {
      for (let c = m.col; c < m.col + m.cols && c < cols; c++) {
        if (r !== m.row || c !== m.col) values[r][c] = "";
      }
    }
  }
  return { values, rows, cols };
}

/** FNV-1a (32-bit) hash of a value grid, to detect later edits of a report sheet. */
export function hashGrid(values: unknown[][]): string {
  const text = JSON.stringify(
    values.map((row) =>
      row.map((v) =>
        v === null || v === undefined ? "" : typeof v === "number" ? Number(v.toPrecision(12)) : v
      )
    )
  );
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The formatting read back to detect a user's formatting-only edits (ExcelApi 1.9 getCellProperties). */
export const FORMAT_PROPS = {
  format: {
    fill: { color: true },
    font: { bold: true, italic: true, color: true },
    rowHeight: true,
  },
} as const;

/** Fingerprint (FNV-1a) of what getCellProperties(FORMAT_PROPS) returned: fills, fonts, row heights. */
export function hashFormats(props: unknown[][]): string {
  const rows = props.map((row) => {
    const first = (row[0] as { format?: { rowHeight?: number } } | undefined)?.format;
    return [
      Math.round((first?.rowHeight ?? 0) * 4) / 4,
      ...row.map((cell) => {
        const f = (cell as { format?: Record<string, Record<string, unknown>> })?.format ?? {};
        const font = f.font ?? {};
        return [
          String(f.fill?.color ?? "").toUpperCase(),
          font.bold ? 1 : 0,
          font.italic ? 1 : 0,
          String(font.color ?? "").toUpperCase(),
        ].join(",");
      }),
    ];
  });
  return hashGrid(rows);
}
