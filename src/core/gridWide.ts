/**
 * The grid reader's wide layout: a header row naming at least five of the ten indicators as columns, then
 * a row per agency or per year of one agency. See ./grid.ts.
 */
import type { AgencyDetails, GridFinding, IndicatorId, RawEarlier, RawInput } from "./types";
import { isEmptyValue, yearNumber } from "./parse";
import { fromThaiDigits } from "./thai";
import type { TypedKey } from "./template";
import {
  cleanAgency,
  dropOptionalEmpties,
  identify,
  isAgencyLabel,
  isDistrictLabel,
  isProvinceLabel,
  isTypeLabel,
  isYearLabel,
  rv,
  sheetFiscalYear,
  text,
  typedKeyOf,
  type Ctx,
} from "./gridShared";

// ---------------------------------------------------------------------------------------------------
// Wide

export function findWide(ctx: Ctx): GridFinding | null {
  for (let r = 0; r < ctx.grid.length; r++) {
    const row = ctx.grid[r] ?? [];
    const cols = new Map<number, IndicatorId>();
    // A second column for an indicator already named: read too, so that the parser refuses the two
    // when their values differ (as it does for one agency's table).
    const again = new Map<number, IndicatorId>();
    for (let c = 0; c < row.length; c++) {
      const id = identify(row[c])?.id;
      if (!id) continue;
      if (![...cols.values()].includes(id)) cols.set(c, id);
      else again.set(c, id);
    }
    const mains = [...cols.values()].filter((id) => !id.includes("."));
    if (mains.length < 5) continue;
    return readWide(ctx, r, cols, again);
  }
  return null;
}

function readWide(
  ctx: Ctx,
  headerRow: number,
  cols: Map<number, IndicatorId>,
  again: Map<number, IndicatorId> = new Map()
): GridFinding | null {
  const header = ctx.grid[headerRow] ?? [];
  const typedCols = new Map<number, TypedKey>();
  let yearCol = -1;
  let agencyCol = -1;
  let provinceCol = -1;
  let districtCol = -1;
  let typeCol = -1;
  for (let c = 0; c < header.length; c++) {
    if (cols.has(c) || again.has(c)) continue;
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
  let anyScored = false;
  for (let r = headerRow + 1; r < ctx.grid.length; r++) {
    const row = ctx.grid[r] ?? [];
    if (row.every((v) => isEmptyValue(v))) {
      if (rows.length > 0) break;
      continue;
    }
    const scoreCells = [...cols.keys(), ...again.keys()].filter((c) => !isEmptyValue(row[c]));
    const scored =
      scoreCells.length > 0 || [...typedCols.keys()].some((c) => !isEmptyValue(row[c]));
    // A row with no score is read only when it names an agency: it is then listed with its problem
    // (no scores), never dropped unseen. Other rows without scores (notes, sub-headings) are passed over.
    if (!scored && (agencyCol < 0 || isEmptyValue(row[agencyCol]))) continue;
    if (scored) anyScored = true;
    const raw: RawInput = { indicators: [] };
    raw.indicators = dropOptionalEmpties(
      [...cols.entries()].map(([c, id]) => ({ id, ...rv(ctx, r, c) }))
    );
    for (const [c, id] of again)
      if (!isEmptyValue(row[c])) raw.indicators.push({ id, ...rv(ctx, r, c) });
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
  if (rows.length === 0 || !anyScored) return null;
  if (yearCol >= 0) {
    const series = yearSeries(rows.filter((r) => hasScores(r.raw)));
    if (series) return series;
  }
  return { layout: "wide", raw: rows[0].raw, agency: rows[0].agency, rows };
}

/** Whether a row gave any score (an indicator, a tool's score, the total or the level). */
export function hasScores(raw: RawInput): boolean {
  return (
    raw.indicators.length > 0 ||
    (["iit", "eit", "oit", "total", "level"] as const).some((k) => raw[k] !== undefined)
  );
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
