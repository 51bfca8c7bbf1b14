/**
 * The grid reader: finds ITA scores in a sheet's values, whatever the layout. Pure: the Office.js edge
 * passes `range.values` (one round trip), the .xlsx reader passes ExcelJS values; both get the same answer.
 *
 * Layouts, tried in this order:
 * - template: the add-in's own input sheet (src/core/template.ts), found by its title text;
 * - wide: a header row naming at least five of the ten indicators as columns (by number or Thai name),
 *   then a row per agency or year; every row is returned in `rows` for the user to pick, except when the
 *   rows are one agency's years (a year column, no year twice, the same name or none): then the latest
 *   year is read as this year and the others as its earlier years (`raw.previous`, `yearRows`);
 * - long: a row per indicator, identified by its number ("1", "ตัวชี้วัดที่ 1", "10.1") and/or its Thai
 *   name (spelling variants included), the score in the first numeric-looking cell to the right; rows for
 *   IIT / EIT / OIT / คะแนนรวม / ระดับ are picked up too.
 *
 * Empty scores: a row whose score is empty is left out when it may legitimately be empty (indicator 9,
 * 10 and the sub-indicators, which the engine can derive or do without; a whole tool's indicators when
 * none of them is given). An empty score among given ones of the same tool is passed on, so the parser
 * reports it with its cell.
 *
 * Cells are named A1-style with the sheet ("Sheet1!B5"; quoted when needed: 'ข้อมูล ITA'!C16), offset by
 * `origin` when the grid does not start at A1 (a selection or used range).
 */
import type {
  AgencyDetails,
  GridFinding,
  IndicatorId,
  RawEarlier,
  RawInput,
  RawValue,
  ToolId,
} from "./types";
import { indicatorIdFromName, toSupportedYear } from "./profiles";
import {
  isEmptyValue,
  normalizeIndicatorId,
  numberFromText,
  unwrapCellValue,
  yearNumber,
  EXCEL_ERRORS,
} from "./parse";
import { fromThaiDigits, isIsoDate } from "./thai";
import { TEMPLATE, type TypedKey } from "./template";

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

function sheetRef(sheet: string): string {
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

function text(v: unknown): string {
  const u = unwrapCellValue(v);
  if (typeof u === "string") return u;
  if (typeof u === "number") return String(u);
  return "";
}

/** Lower case, Arabic digits, no spaces, no zero-width characters. */
function key(s: string): string {
  return fromThaiDigits(s)
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, "");
}

const KNOWN_IDS = new Set([
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

function nameId(s: string): IndicatorId | null {
  return indicatorIdFromName(s);
}

interface Ident {
  id: IndicatorId;
  /** A bare number ("3") rather than "ตัวชี้วัดที่ 3" or a name. */
  weak: boolean;
}

/** Identifies a cell as an indicator: "ตัวชี้วัดที่ 1", "1 การปฏิบัติหน้าที่", "การปฏิบัติหน้าที่", "10.1", 3. */
function identify(v: unknown): Ident | null {
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

const TOOL_LABELS: Array<[TypedKey, RegExp]> = [
  ["iit", /^(iit|คะแนนiit|แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน(\(iit\))?|.*\(iit\))$/],
  ["eit", /^(eit|คะแนนeit|แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก(\(eit\))?|.*\(eit\))$/],
  ["oit", /^(oit|คะแนนoit|แบบตรวจการเปิดเผยข้อมูลสาธารณะ(\(oit\))?|.*\(oit\))$/],
  [
    "total",
    /^(คะแนนรวม|รวม|คะแนนรวมทั้งหมด|ผลคะแนนรวม|คะแนนita|คะแนนเฉลี่ยรวม|total|totalscore|itascore|คะแนนรวม\(total\))$/,
  ],
  ["level", /^(ระดับ|ระดับผลการประเมิน|ระดับคะแนน|ผลการประเมินระดับ|level)$/],
];

function typedKeyOf(v: unknown): TypedKey | null {
  const k = key(text(v)).replace(/[:：]$/, "");
  if (!k) return null;
  for (const [t, re] of TOOL_LABELS) if (re.test(k)) return t;
  return null;
}

function isYearLabel(v: unknown): boolean {
  return /^(ปี|ปีงบประมาณ|ปีงบประมาณ\(พ\.ศ\.\)|ปีงบประมาณพ\.ศ\.|พ\.ศ\.|fiscalyear|year|fy)$/.test(
    key(text(v))
  );
}

function isAgencyLabel(v: unknown): boolean {
  return /^(หน่วยงาน|ชื่อหน่วยงาน|ชื่อ|agency|name|agencyname)$/.test(key(text(v)));
}

function isProvinceLabel(v: unknown): boolean {
  return /^(จังหวัด|province)$/.test(key(text(v)));
}

function isTypeLabel(v: unknown): boolean {
  return /^(ประเภท|ประเภทหน่วยงาน|agencytype)$/.test(key(text(v)));
}

function isDistrictLabel(v: unknown): boolean {
  return /^(อำเภอ|district)$/.test(key(text(v)));
}

/** A supported fiscal year written in a cell's text ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๒"). */
function yearInText(v: unknown): number | null {
  const u = unwrapCellValue(v);
  if (typeof u !== "string") return null;
  const t = fromThaiDigits(u);
  // "ประจำปีงบประมาณ พ.ศ. 2562", "Fiscal year 2019", "ผลคะแนน ITA ปี 2562", "FY2562"
  if (!/ปีงบประมาณ|fiscal\s*year|พ\.\s*ศ\.|ปี\s*\d{4}|\bFY\s*\d{4}/i.test(t)) return null;
  const m = /(\d{4})/.exec(t);
  if (!m) return null;
  return toSupportedYear(parseInt(m[1], 10))?.year ?? null;
}

function numericLooking(v: unknown): boolean {
  const u = unwrapCellValue(v);
  if (typeof u === "number") return Number.isFinite(u);
  if (u !== null && typeof u === "object" && "error" in u) return true;
  if (typeof u !== "string") return false;
  if (EXCEL_ERRORS.includes(u.trim().toUpperCase())) return true;
  return numberFromText(u) !== null;
}

// ---------------------------------------------------------------------------------------------------

interface Ctx {
  grid: unknown[][];
  sheet: string;
  origin: { row: number; col: number };
}

function at(ctx: Ctx, r: number, c: number): unknown {
  return ctx.grid[r]?.[c];
}

function cellOf(ctx: Ctx, r: number, c: number): string {
  return cellAddress(ctx.sheet, r + ctx.origin.row, c + ctx.origin.col);
}

function rv(ctx: Ctx, r: number, c: number): RawValue {
  return { value: unwrapCellValue(at(ctx, r, c)), cell: cellOf(ctx, r, c) };
}

const TOOL_GROUPS: Record<ToolId, IndicatorId[]> = {
  IIT: ["1", "2", "3", "4", "5"],
  EIT: ["6", "7", "8"],
  OIT: ["9", "10"],
};

/** Drops empty scores that may be empty (see the module comment). */
function dropOptionalEmpties(
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

function cleanAgency(a: Partial<AgencyDetails>): Partial<AgencyDetails> {
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
// Template

function findTemplate(ctx: Ctx): GridFinding | null {
  const title = key(TEMPLATE.title.textTh);
  for (let r = 0; r < Math.min(ctx.grid.length, 10); r++) {
    for (let c = 0; c < Math.min(ctx.grid[r]?.length ?? 0, 6); c++) {
      if (key(text(at(ctx, r, c))) !== title) continue;
      const dr = r - TEMPLATE.title.row;
      const dc = c - TEMPLATE.title.col;
      return readTemplate(ctx, dr, dc);
    }
  }
  return null;
}

function readTemplate(ctx: Ctx, dr: number, dc: number): GridFinding {
  const raw: RawInput = { indicators: [] };
  const agency: Partial<AgencyDetails> = {};
  const finding: GridFinding = { layout: "template", raw, agency };
  for (const f of TEMPLATE.fields) {
    const r = f.row + dr;
    const c = f.col + dc;
    const v = unwrapCellValue(at(ctx, r, c));
    if (f.key === "fiscalYear") {
      raw.fiscalYear = rv(ctx, r, c);
      continue;
    }
    if (isEmptyValue(v)) continue;
    if (f.key === "threshold") finding.threshold = rv(ctx, r, c);
    else if (f.key === "date") {
      const d = isoDateFromCell(v);
      if (d && isIsoDate(d)) agency.date = d; // "2020-02-30" is no date: never handed to the composer
    } else if (f.key === "responsible") {
      agency.responsible = text(v)
        .split(/[,\n;]/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else agency[f.key] = text(v).trim();
  }
  const t = TEMPLATE.table;
  const entries: Array<{ id: IndicatorId } & RawValue> = [];
  t.rows.forEach((expected, i) => {
    const r = t.firstRow + i + dr;
    const id = identify(at(ctx, r, t.idCol + dc))?.id ?? expected;
    entries.push({ id, ...rv(ctx, r, t.scoreCol + dc) });
  });
  raw.indicators = dropOptionalEmpties(entries);
  TEMPLATE.typed.rows.forEach((row, i) => {
    const r = TEMPLATE.typed.firstRow + i + dr;
    const c = TEMPLATE.typed.valueCol + dc;
    if (!isEmptyValue(at(ctx, r, c))) raw[row.key] = rv(ctx, r, c);
  });
  const previous = readTemplatePrevious(ctx, dr, dc, entries);
  if (previous) raw.previous = [previous];
  finding.agency = cleanAgency(agency);
  return finding;
}

/**
 * Last year's column of the template (TEMPLATE.previous): the filled scores and published figures, with
 * the fiscal-year cell. Null when none is filled (a year alone is no data; a template made before the
 * column existed has it empty).
 */
function readTemplatePrevious(
  ctx: Ctx,
  dr: number,
  dc: number,
  thisYear: Array<{ id: IndicatorId } & RawValue>
): RawEarlier | null {
  const p = TEMPLATE.previous;
  const t = TEMPLATE.table;
  const yearCell = cellOf(ctx, p.yearRow + dr, p.yearCol + dc);
  const prev: RawEarlier = { key: yearCell, indicators: [] };
  t.rows.forEach((expected, i) => {
    const r = t.firstRow + i + dr;
    if (isEmptyValue(at(ctx, r, p.col + dc))) return;
    const id = thisYear.find((e) => e.cell === cellOf(ctx, r, t.scoreCol + dc))?.id ?? expected;
    prev.indicators.push({ id, ...rv(ctx, r, p.col + dc) });
  });
  TEMPLATE.typed.rows.forEach((row, i) => {
    const r = TEMPLATE.typed.firstRow + i + dr;
    if (!isEmptyValue(at(ctx, r, p.col + dc))) prev[row.key] = rv(ctx, r, p.col + dc);
  });
  const given =
    prev.indicators.length > 0 || TEMPLATE.typed.rows.some((row) => prev[row.key] !== undefined);
  if (!given) return null;
  if (!isEmptyValue(at(ctx, p.yearRow + dr, p.yearCol + dc)))
    prev.fiscalYear = rv(ctx, p.yearRow + dr, p.yearCol + dc);
  return prev;
}

// ---------------------------------------------------------------------------------------------------
// Wide

function findWide(ctx: Ctx): GridFinding | null {
  for (let r = 0; r < ctx.grid.length; r++) {
    const row = ctx.grid[r] ?? [];
    const cols = new Map<number, IndicatorId>();
    for (let c = 0; c < row.length; c++) {
      const id = identify(row[c])?.id;
      if (id && ![...cols.values()].includes(id)) cols.set(c, id);
    }
    const mains = [...cols.values()].filter((id) => !id.includes("."));
    if (mains.length < 5) continue;
    return readWide(ctx, r, cols);
  }
  return null;
}

function sheetFiscalYear(ctx: Ctx): RawValue | undefined {
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

function readWide(ctx: Ctx, headerRow: number, cols: Map<number, IndicatorId>): GridFinding | null {
  const header = ctx.grid[headerRow] ?? [];
  const typedCols = new Map<number, TypedKey>();
  let yearCol = -1;
  let agencyCol = -1;
  let provinceCol = -1;
  let districtCol = -1;
  let typeCol = -1;
  for (let c = 0; c < header.length; c++) {
    if (cols.has(c)) continue;
    const t = typedKeyOf(header[c]);
    if (t && ![...typedCols.values()].includes(t)) typedCols.set(c, t);
    else if (yearCol < 0 && isYearLabel(header[c])) yearCol = c;
    else if (agencyCol < 0 && isAgencyLabel(header[c])) agencyCol = c;
    else if (provinceCol < 0 && isProvinceLabel(header[c])) provinceCol = c;
    else if (districtCol < 0 && isDistrictLabel(header[c])) districtCol = c;
    else if (typeCol < 0 && isTypeLabel(header[c])) typeCol = c;
  }
  const sheetYear = yearCol < 0 ? sheetFiscalYear(ctx) : undefined;
  const rows: NonNullable<GridFinding["rows"]> = [];
  for (let r = headerRow + 1; r < ctx.grid.length; r++) {
    const row = ctx.grid[r] ?? [];
    if (row.every((v) => isEmptyValue(v))) {
      if (rows.length > 0) break;
      continue;
    }
    const scoreCells = [...cols.keys()].filter((c) => !isEmptyValue(row[c]));
    if (scoreCells.length === 0 && ![...typedCols.keys()].some((c) => !isEmptyValue(row[c])))
      continue;
    const raw: RawInput = { indicators: [] };
    raw.indicators = dropOptionalEmpties(
      [...cols.entries()].map(([c, id]) => ({ id, ...rv(ctx, r, c) }))
    );
    for (const [c, t] of typedCols) if (!isEmptyValue(row[c])) raw[t] = rv(ctx, r, c);
    if (yearCol >= 0) raw.fiscalYear = rv(ctx, r, yearCol);
    else if (sheetYear) raw.fiscalYear = sheetYear;
    const agency = cleanAgency({
      name: agencyCol >= 0 ? text(row[agencyCol]).trim() : undefined,
      province: provinceCol >= 0 ? text(row[provinceCol]).trim() : undefined,
      district: districtCol >= 0 ? text(row[districtCol]).trim() : undefined,
      type: typeCol >= 0 ? text(row[typeCol]).trim() : undefined,
    });
    const parts = [agency.name, yearCol >= 0 ? text(row[yearCol]).trim() : ""].filter(Boolean);
    const excelRow = r + ctx.origin.row + 1;
    const label = parts.length ? `${parts.join(" ")} (แถว ${excelRow})` : `แถว ${excelRow}`;
    rows.push({ label, row: r + ctx.origin.row, raw, agency });
  }
  if (rows.length === 0) return null;
  if (yearCol >= 0) {
    const series = yearSeries(rows);
    if (series) return series;
  }
  return { layout: "wide", raw: rows[0].raw, agency: rows[0].agency, rows };
}

/** Text for comparing agency details between rows: trimmed, spaces collapsed, Thai digits as Arabic. */
function sameText(s: string | undefined): string {
  return fromThaiDigits(s ?? "")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}

/**
 * Rows of ONE agency over several years (a row per year): every row has a fiscal year, no two the same,
 * and the rows name the same agency (the same name, province and district where given, or none). The
 * latest year is this year; the others are its earlier years (`raw.previous`, each with its row's cells),
 * so the user is not asked to pick a row. Null when the rows are not such a series (different agencies, a
 * year missing or given twice): the caller lets the user pick a row as before.
 */
function yearSeries(rows: NonNullable<GridFinding["rows"]>): GridFinding | null {
  if (rows.length < 2) return null;
  const years: number[] = [];
  for (const r of rows) {
    const n = yearNumber(r.raw.fiscalYear?.value);
    if (n === null) return null;
    years.push(n < 2400 ? n + 543 : n); // a Christian-era year, as the parser reads it
  }
  if (new Set(years).size !== years.length) return null;
  for (const k of ["name", "province", "district"] as const) {
    const given = new Set(rows.map((r) => sameText(r.agency[k])).filter(Boolean));
    if (given.size > 1) return null;
  }
  const order = rows.map((r, i) => ({ r, year: years[i] })).sort((a, b) => a.year - b.year);
  const latest = order[order.length - 1].r;
  const previous: RawEarlier[] = order.slice(0, -1).map(({ r }) => ({
    ...r.raw,
    key: r.raw.fiscalYear?.cell ?? r.label,
  }));
  // The agency's details from the latest row, completed from earlier rows where it leaves them empty.
  const agency: Partial<AgencyDetails> = {};
  for (const { r } of order) Object.assign(agency, r.agency);
  Object.assign(agency, latest.agency);
  return {
    layout: "wide",
    raw: { ...latest.raw, previous },
    agency,
    yearRows: order.map(({ r }) => r.row),
  };
}

// ---------------------------------------------------------------------------------------------------
// Long

/** A cell that reads as a level of either scale: "AA".."F", "ระดับ B", "ผ่าน", "ต้องปรับปรุง", ... */
const LEVEL_TEXT = /^(ระดับ\s*)?(AA|A|B|C|D|E|F|ผ่าน(ดีเยี่ยม|ดี)?|ต้องปรับปรุง(โดยด่วน)?)$/i;

function findLong(ctx: Ctx): GridFinding | null {
  const raw: RawInput = { indicators: [] };
  const agency: Partial<AgencyDetails> = {};
  const entries: Array<{ id: IndicatorId } & RawValue> = [];
  let found = 0;
  let strong = 0;
  for (let r = 0; r < ctx.grid.length; r++) {
    const row = ctx.grid[r] ?? [];
    let first = 0;
    while (first < row.length && isEmptyValue(row[first])) first++;
    if (first >= row.length) continue;

    const typed = typedKeyOf(row[first]);
    if (typed) {
      // The value may stand after a description, e.g. "OIT | แบบตรวจการเปิดเผยข้อมูลสาธารณะ | 74.80":
      // a score is the first number-like cell; a level the first cell that reads as a level, else the
      // first non-empty one.
      const filled: number[] = [];
      for (let c = first + 1; c < row.length; c++) if (!isEmptyValue(row[c])) filled.push(c);
      const c =
        typed === "level"
          ? (filled.find((i) => LEVEL_TEXT.test(text(row[i]).trim())) ?? filled[0])
          : filled.find((i) => numericLooking(row[i]));
      if (c !== undefined) {
        if (!raw[typed]) raw[typed] = rv(ctx, r, c);
        found++;
      }
      continue;
    }
    if (isAgencyLabel(row[first])) {
      const c = row.findIndex((v, i) => i > first && !isEmptyValue(v));
      if (c > 0 && !agency.name) agency.name = text(row[c]).trim();
      continue;
    }

    let ident = identify(row[first]);
    if (!ident) continue;
    let last = first;
    for (let c = first + 1; c < row.length; c++) {
      if (isEmptyValue(row[c])) continue;
      const next = typeof unwrapCellValue(row[c]) === "string" ? identify(row[c]) : null;
      if (!next || next.weak) break;
      if (ident.weak) ident = next;
      last = c;
    }
    let scoreCol = -1;
    let firstOther = -1;
    for (let c = last + 1; c < row.length; c++) {
      if (isEmptyValue(row[c])) continue;
      if (numericLooking(row[c])) {
        scoreCol = c;
        break;
      }
      if (firstOther < 0) firstOther = c;
    }
    // A bare number followed by no score is a numbered list (measures, notes), not an indicator row.
    if (ident.weak && scoreCol < 0) continue;
    const col = scoreCol >= 0 ? scoreCol : firstOther >= 0 ? firstOther : last + 1;
    entries.push({ id: ident.id, ...rv(ctx, r, col) });
    found++;
    if (!ident.weak) strong++;
  }
  const indicatorRows = entries.length;
  // A lone bare number or two is not a table: ask for three indicator rows, or a named one, or tool rows.
  if (
    found < 2 ||
    (indicatorRows > 0 && indicatorRows < 3 && strong === 0 && found === indicatorRows)
  )
    return null;
  raw.indicators = dropOptionalEmpties(entries);
  raw.fiscalYear = sheetFiscalYear(ctx);
  if (!raw.fiscalYear) delete raw.fiscalYear;
  return { layout: "long", raw, agency: cleanAgency(agency) };
}

/**
 * Is this Excel number format a percentage (0.9415 shown as "94.15%")? A "%" counts only outside quoted
 * text, backslash escapes and [bracketed] parts.
 */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .includes("%");
}

/**
 * The values as the user sees them: a number in a percent-formatted cell is scaled by 100 (0.9415 shown
 * as 94.15 % reads 94.15), a formula's cached result too. `formats` is the number-format grid (Office.js
 * range.numberFormat, ExcelJS cell.numFmt), aligned with `grid`; other cells are returned as they are.
 */
export function applyPercentFormats(
  grid: unknown[][],
  formats: unknown[][] | undefined
): unknown[][] {
  if (!formats) return grid;
  const scale = (n: number): number => Number((n * 100).toPrecision(15));
  return grid.map((row, r) =>
    row.map((v, c) => {
      if (!isPercentFormat(formats[r]?.[c])) return v;
      if (typeof v === "number") return scale(v);
      if (v && typeof v === "object" && typeof (v as { result?: unknown }).result === "number")
        return { ...(v as object), result: scale((v as { result: number }).result) };
      return v;
    })
  );
}

/**
 * Finds ITA input in one sheet's values. `origin` is the 0-based position of grid[0][0] in the sheet
 * (a used range or selection that does not start at A1). `formats`, when given, is the number-format grid:
 * percent-formatted numbers are read as shown (applyPercentFormats). Returns null when nothing is recognised.
 */
export function findInputInGrid(
  values: unknown[][],
  sheetName: string,
  origin: { row: number; col: number } = { row: 0, col: 0 },
  formats?: unknown[][]
): GridFinding | null {
  const grid = applyPercentFormats(values, formats);
  const ctx: Ctx = { grid, sheet: sheetName, origin };
  return findTemplate(ctx) ?? findWide(ctx) ?? findLong(ctx);
}
