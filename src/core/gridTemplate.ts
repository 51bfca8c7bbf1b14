/**
 * The grid reader's template layout: the add-in's own input sheet (src/core/template.ts), found by its
 * title text, with last year's column as the earlier year. See ./grid.ts.
 */
import type {
  AgencyDetails,
  GridFinding,
  IndicatorId,
  RawEarlier,
  RawInput,
  RawValue,
} from "./types";
import { isEmptyValue, unwrapCellValue } from "./parse";
import { isIsoDate } from "./thai";
import { TEMPLATE } from "./template";
import {
  at,
  cellOf,
  cleanAgency,
  dropOptionalEmpties,
  identify,
  isoDateFromCell,
  key,
  rv,
  text,
  type Ctx,
} from "./gridShared";

// ---------------------------------------------------------------------------------------------------
// Template

export function findTemplate(ctx: Ctx): GridFinding | null {
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
