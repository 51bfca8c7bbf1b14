/**
 * What the grid reader's three layouts (./gridTemplate.ts, ./gridWide.ts, ./gridLong.ts) share: the read
 * window, A1-style cell names, recognising indicator, tool, year and agency labels in a cell, and the
 * context (grid, sheet, origin) a layout reads from. Pure, like ./grid.ts, which puts the layouts together.
 */
import type { AgencyDetails, IndicatorId, RawValue, ToolId } from "./types";
import { indicatorIdFromName, toSupportedYear } from "./profiles";
import {
  isEmptyValue,
  normalizeIndicatorId,
  numberFromText,
  unwrapCellValue,
  EXCEL_ERRORS,
} from "./parse";
import { fromThaiDigits } from "./thai";
import type { TypedKey } from "./template";

/**
 * The window an input sheet is read within, from A1, in the add-in and on the command line alike: Excel on
 * the web answers at most 5 MB per request, and 2,000 rows x 50 columns (100,000 cells, values and number
 * formats) stays far below it; the same bound keeps a 1 MB .xlsx answered quickly. A larger sheet is read in
 * this window and the user is told (sheet-too-large).
 */
export const READ_LIMITS = { rows: 2000, cols: 50 } as const;

/** Column letters for a 0-based column: 0 -> "A", 27 -> "AB". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function sheetRef(sheet: string): string {
  if (
    /^[A-Za-z_\u0E00-\u0E7F][A-Za-z0-9_.\u0E00-\u0E7F]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet)
  ) {
    return sheet;
  }
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "Sheet1!B5" for sheet "Sheet1", row 4, col 1 (0-based). Quotes the sheet name when Excel would. */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${sheetRef(sheet)}!${columnLetters(col)}${row + 1}`;
}

/** The inverse of cellAddress: "'ข้อมูล ITA'!C16" -> { sheet: "ข้อมูล ITA", row: 15, col: 2 }. */
export function parseCellAddress(
  address: string
): { sheet?: string; row: number; col: number } | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const letters = m[3].toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  const out: { sheet?: string; row: number; col: number } = {
    row: parseInt(m[4], 10) - 1,
    col: col - 1,
  };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  if (sheet !== undefined) out.sheet = sheet;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Text matching

export function text(v: unknown): string {
  const u = unwrapCellValue(v);
  if (typeof u === "string") return u;
  if (typeof u === "number") return String(u);
  return "";
}

/** Lower case, Arabic digits, no spaces, no zero-width characters. */
export function key(s: string): string {
  return fromThaiDigits(s)
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, "");
}

export const KNOWN_IDS = new Set([
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "10",
  "9.1",
  "9.2",
  "9.3",
  "9.4",
  "9.5",
  "10.1",
  "10.2",
]);

export function nameId(s: string): IndicatorId | null {
  return indicatorIdFromName(s);
}

export interface Ident {
  id: IndicatorId;
  /** A bare number ("3") rather than "ตัวชี้วัดที่ 3" or a name. */
  weak: boolean;
}

/** Identifies a cell as an indicator: "ตัวชี้วัดที่ 1", "1 การปฏิบัติหน้าที่", "การปฏิบัติหน้าที่", "10.1", 3. */
export function identify(v: unknown): Ident | null {
  const u = unwrapCellValue(v);
  if (typeof u === "number") {
    const id = normalizeIndicatorId(u);
    return id && KNOWN_IDS.has(id) ? { id, weak: true } : null;
  }
  if (typeof u !== "string") return null;
  const s = fromThaiDigits(u).trim();
  if (!s) return null;
  const m = /^(ตัวชี้วัดย่อยที่|ตัวชี้วัดที่|ตัวชี้วัด|indicator)?\s*(\d{1,2}(?:\.\d)?)(?:[.)]|\s|$)\s*(.*)$/i.exec(
    s
  );
  if (m) {
    const id = normalizeIndicatorId(m[2]);
    if (id && KNOWN_IDS.has(id)) {
      const rest = m[3].trim();
      if (!rest) return { id, weak: m[1] === undefined };
      const byName = nameId(rest);
      if (byName === id || m[1] !== undefined) return { id, weak: false };
      if (byName) return { id: byName, weak: false };
      return null;
    }
  }
  const byName = nameId(s);
  return byName ? { id: byName, weak: false } : null;
}

export const TOOL_LABELS: Array<[TypedKey, RegExp]> = [
  ["iit", /^(iit|คะแนนiit|แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน(\(iit\))?|.*\(iit\))$/],
  ["eit", /^(eit|คะแนนeit|แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก(\(eit\))?|.*\(eit\))$/],
  ["oit", /^(oit|คะแนนoit|แบบตรวจการเปิดเผยข้อมูลสาธารณะ(\(oit\))?|.*\(oit\))$/],
  [
    "total",
    /^(คะแนนรวม|รวม|คะแนนรวมทั้งหมด|ผลคะแนนรวม|คะแนนita|คะแนนเฉลี่ยรวม|total|totalscore|itascore|คะแนนรวม\(total\))$/,
  ],
  ["level", /^(ระดับ|ระดับผลการประเมิน|ระดับคะแนน|ผลการประเมินระดับ|level)$/],
];

export function typedKeyOf(v: unknown): TypedKey | null {
  const k = key(text(v)).replace(/[:：]$/, "");
  if (!k) return null;
  for (const [t, re] of TOOL_LABELS) if (re.test(k)) return t;
  return null;
}

export function isYearLabel(v: unknown): boolean {
  return /^(ปี|ปีงบประมาณ|ปีงบประมาณ\(พ\.ศ\.\)|ปีงบประมาณพ\.ศ\.|พ\.ศ\.|fiscalyear|year|fy)$/.test(
    key(text(v))
  );
}

export function isAgencyLabel(v: unknown): boolean {
  return /^(หน่วยงาน|ชื่อหน่วยงาน|ชื่อ|agency|name|agencyname)$/.test(key(text(v)));
}

export function isProvinceLabel(v: unknown): boolean {
  return /^(จังหวัด|province)$/.test(key(text(v)));
}

export function isTypeLabel(v: unknown): boolean {
  return /^(ประเภท|ประเภทหน่วยงาน|agencytype)$/.test(key(text(v)));
}

export function isDistrictLabel(v: unknown): boolean {
  return /^(อำเภอ|district)$/.test(key(text(v)));
}

/** A supported fiscal year written in a cell's text ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๒"). */
export function yearInText(v: unknown): number | null {
  const u = unwrapCellValue(v);
  if (typeof u !== "string") return null;
  const t = fromThaiDigits(u);
  // "ประจำปีงบประมาณ พ.ศ. 2562", "Fiscal year 2019", "ผลคะแนน ITA ปี 2562", "FY2562"
  if (!/ปีงบประมาณ|fiscal\s*year|พ\.\s*ศ\.|ปี\s*\d{4}|\bFY\s*\d{4}/i.test(t)) return null;
  const m = /(\d{4})/.exec(t);
  if (!m) return null;
  return toSupportedYear(parseInt(m[1], 10))?.year ?? null;
}

export function numericLooking(v: unknown): boolean {
  const u = unwrapCellValue(v);
  if (typeof u === "number") return Number.isFinite(u);
  if (u !== null && typeof u === "object" && "error" in u) return true;
  if (typeof u !== "string") return false;
  if (EXCEL_ERRORS.includes(u.trim().toUpperCase())) return true;
  return numberFromText(u) !== null;
}

// ---------------------------------------------------------------------------------------------------

export interface Ctx {
  grid: unknown[][];
  sheet: string;
  origin: { row: number; col: number };
}

export function at(ctx: Ctx, r: number, c: number): unknown {
  return ctx.grid[r]?.[c];
}

export function cellOf(ctx: Ctx, r: number, c: number): string {
  return cellAddress(ctx.sheet, r + ctx.origin.row, c + ctx.origin.col);
}

export function rv(ctx: Ctx, r: number, c: number): RawValue {
  return { value: unwrapCellValue(at(ctx, r, c)), cell: cellOf(ctx, r, c) };
}

export const TOOL_GROUPS: Record<ToolId, IndicatorId[]> = {
  IIT: ["1", "2", "3", "4", "5"],
  EIT: ["6", "7", "8"],
  OIT: ["9", "10"],
};

/** Drops empty scores that may be empty (see the module comment). */
export function dropOptionalEmpties(
  entries: Array<{ id: IndicatorId } & RawValue>
): Array<{ id: IndicatorId } & RawValue> {
  const given = new Set(entries.filter((e) => !isEmptyValue(e.value)).map((e) => e.id));
  return entries.filter((e) => {
    if (!isEmptyValue(e.value)) return true;
    if (e.id === "9" || e.id === "10" || e.id.includes(".")) return false;
    const group = Object.values(TOOL_GROUPS).find((g) => g.includes(e.id)) ?? [];
    return group.some((id) => given.has(id));
  });
}

export function cleanAgency(a: Partial<AgencyDetails>): Partial<AgencyDetails> {
  const out: Partial<AgencyDetails> = {};
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** A date cell as ISO yyyy-mm-dd: an ISO string, a Date, an Excel serial number, d/m/yyyy (CE or BE). */
export function isoDateFromCell(value: unknown): string | undefined {
  const u = unwrapCellValue(value);
  const iso = (y: number, m: number, d: number): string =>
    `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (u instanceof Date && !Number.isNaN(u.getTime()))
    return iso(u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate());
  if (typeof u === "number" && u > 0 && u < 200000) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(u) * 86400000);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof u === "string") {
    const s = fromThaiDigits(u).trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    if (m) return iso(+m[1] > 2400 ? +m[1] - 543 : +m[1], +m[2], +m[3]);
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    if (m) return iso(+m[3] > 2400 ? +m[3] - 543 : +m[3], +m[2], +m[1]);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// The fiscal year of a whole sheet (wide and long layouts)

export function sheetFiscalYear(ctx: Ctx): RawValue | undefined {
  for (let r = 0; r < ctx.grid.length; r++) {
    const row = ctx.grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const y = yearInText(row[c]);
      if (y !== null) return { value: y, cell: cellOf(ctx, r, c) };
      if (isYearLabel(row[c])) {
        for (let c2 = c + 1; c2 < row.length; c2++) {
          if (isEmptyValue(row[c2])) continue;
          const u = unwrapCellValue(row[c2]);
          const n = typeof u === "number" ? u : parseInt(fromThaiDigits(text(u)).trim(), 10);
          if (Number.isInteger(n) && toSupportedYear(n)) return rv(ctx, r, c2);
          break;
        }
      }
    }
  }
  return undefined;
}
