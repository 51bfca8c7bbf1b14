/**
 * The grid reader's long layout: a row per indicator (by number and/or Thai name) with its score to the
 * right, and rows for IIT / EIT / OIT / คะแนนรวม / ระดับ. See ./grid.ts.
 */
import type { AgencyDetails, GridFinding, IndicatorId, RawInput, RawValue } from "./types";
import { isEmptyValue, unwrapCellValue } from "./parse";
import {
  cleanAgency,
  dropOptionalEmpties,
  identify,
  isAgencyLabel,
  numericLooking,
  rv,
  sheetFiscalYear,
  text,
  typedKeyOf,
  type Ctx,
} from "./gridShared";

// ---------------------------------------------------------------------------------------------------
// Long

/** A cell that reads as a level of either scale: "AA".."F", "ระดับ B", "ผ่าน", "ต้องปรับปรุง", ... */
const LEVEL_TEXT = /^(ระดับ\s*)?(AA|A|B|C|D|E|F|ผ่าน(ดีเยี่ยม|ดี)?|ต้องปรับปรุง(โดยด่วน)?)$/i;

export function findLong(ctx: Ctx): GridFinding | null {
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
