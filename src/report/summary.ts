/**
 * composeSummary: a many-agency Summary (src/core/summary.ts) -> the ReportPlan of the summary sheet
 * "สรุปภาพรวมหลายหน่วยงาน", one sheet per fiscal year. Pure and deterministic, like composeReport; the
 * Office.js writer (src/excel) and the ExcelJS writer (src/xlsx) render it as they render the report.
 *
 * Each sheet, A4 landscape with the report's margins and page number, TH SarabunPSK, paginated by the
 * report's SheetBuilder (a heading stays with its table, a table's header row is repeated on each page it
 * continues on):
 *   title (with the province when every agency gives the same one) and an overview paragraph (agencies,
 *   mean / median / lowest / highest total, how many reach the pass mark, how many have no total, how
 *   many were skipped);
 *   the findings: the tool with the lowest mean, the three indicators with the lowest means and how many
 *   agencies are below the threshold on each, the agency types with the lowest and highest mean total;
 *   ๑ the level distribution (every level of the year's scale, zero counts kept);
 *   ๒ the tool scores and the total (count, mean, median, lowest, highest);
 *   (๓ when any agency has a type: per agency type, count, mean total and level counts; the sections
 *   after it move one number down;)
 *   ๓ per-indicator averages, with the number and share of agencies below the threshold, and a chart of
 *     the averages against the threshold;
 *   ๔ the agencies below the threshold on each indicator, lowest first (at most `belowListMax` a
 *     indicator; the full set is the "below" column of the ranking);
 *   ๕ the agencies skipped, with their problems (first sheet only: a skipped agency has no year);
 *   ๖ on a new page, every agency ranked by total: rank, name, province (when the agencies give
 *     different provinces), type (when any has one), total, level, IIT, EIT, OIT and the indicators below
 *     the threshold.
 *
 * Agency names, provinces and the skipped agencies' problems (which name cells, "Sheet1!C7") are written
 * as given: the digit option changes the summary's own text and numbers only.
 *
 * The sheet is an outline of section builders (./summarySections.ts) over one context, as composeReport
 * is; its Thai text is in ./summaryPhrases.ts and its columns in ./summaryLayout.ts.
 *
 * Lean for a national year (8,317 agencies): the plan's cells share their style objects (one object per
 * distinct style, not one per cell), so a plan of tens of thousands of cells holds a few dozen styles.
 */
import type { Summary, YearSummary } from "../core/summary";
import type { DigitMode, ReportPlan, SheetPlan } from "./plan";
import type { PhraseLibrary } from "./phrases";
import {
  A4_LANDSCAPE_PRINTABLE_HEIGHT,
  DEFAULT_PRINT,
  LANDSCAPE_TEXT_BLOCK_WIDTH,
  SheetBuilder,
} from "./layout";
import { internStyles, layoutColumns, TABLE_SIZE } from "./summaryLayout";
import { SUMMARY_PHRASES } from "./summaryPhrases";
import {
  makeSummaryContext,
  writeBelow,
  writeIndicators,
  writeLevels,
  writeNoYear,
  writeOverview,
  writeRanking,
  writeSkipped,
  writeTitle,
  writeTools,
} from "./summarySections";
import { writeFindings, writeTypes } from "./summaryFindings";

export { belowText } from "./summarySections";

/** The summary sheet's name; with several fiscal years, " <year>" is added (at most 31 characters). */
export const SUMMARY_SHEET_NAME = "สรุปภาพรวมหลายหน่วยงาน";
/** Agencies listed under each indicator in section ๔ by default (the ranking's column lists them all). */
export const BELOW_LIST_MAX = 10;

export interface SummaryPlanOptions {
  digits: DigitMode;
  /** Who the summary covers, added to the title: "จังหวัดนครศรีธรรมราช", "สำนักงานเขตพื้นที่...". */
  scope?: string;
  /** Agencies listed under each indicator in section ๔ (default BELOW_LIST_MAX; Infinity for all). */
  belowListMax?: number;
  /** The summary's texts (default SUMMARY_PHRASES; a key the library lacks takes its default). */
  phrases?: PhraseLibrary;
}

/** The sheet name for each fiscal year of a summary (the plain name when there is one year or none). */
export function summarySheetNames(years: readonly number[]): string[] {
  if (years.length <= 1) return [SUMMARY_SHEET_NAME];
  return years.map((y) => `${SUMMARY_SHEET_NAME} ${y}`);
}

/** One year's sheet (or, with no year, the sheet listing the skipped agencies): the outline. */
function buildYearSheet(
  y: YearSummary | null,
  summary: Summary,
  name: string,
  options: SummaryPlanOptions,
  withSkipped: boolean
): SheetPlan {
  // A province every agency shares is in the title, not a column.
  const withProvince = !!y && !y.province && y.agencies.some((a) => !!a.province);
  const withType = !!y && y.agencies.some((a) => !!a.type?.trim());
  const C = layoutColumns(y, withProvince, options.digits, withType);
  const s = new SheetBuilder(C.widths, A4_LANDSCAPE_PRINTABLE_HEIGHT, {
    maxWidthPt: LANDSCAPE_TEXT_BLOCK_WIDTH,
    tableSize: TABLE_SIZE,
  });
  const x = makeSummaryContext(options.digits, summary, s, C, options.phrases ?? SUMMARY_PHRASES);
  const skipped = withSkipped && summary.skipped.length > 0;
  writeTitle(x, y, (options.scope ?? "").trim());
  let charts: SheetPlan["charts"] = [];
  if (y) {
    writeOverview(x, y, withSkipped, withType ? 6 : 5);
    writeFindings(x, y);
    writeLevels(x, y);
    writeTools(x, y);
    if (withType) writeTypes(x, y);
    charts = writeIndicators(x, y);
    writeBelow(x, y, Math.max(0, options.belowListMax ?? BELOW_LIST_MAX));
    if (skipped) writeSkipped(x);
    writeRanking(x, y);
  } else {
    writeNoYear(x);
    if (skipped) writeSkipped(x);
  }
  const print = {
    ...DEFAULT_PRINT,
    margins: { ...DEFAULT_PRINT.margins },
    orientation: "landscape" as const,
  };
  const sheet = s.build("summary", name, y ? { charts, print } : { print });
  internStyles(sheet);
  return sheet;
}

/**
 * The summary sheets of a Summary: one per fiscal year (oldest first), or one sheet listing the skipped
 * agencies when no agency could be assessed. Skipped agencies are listed on the first sheet.
 */
export function composeSummary(summary: Summary, options: SummaryPlanOptions): ReportPlan {
  const years = summary.years.map((y) => y.fiscalYear);
  const names = summarySheetNames(years);
  const sheets: SheetPlan[] = summary.years.length
    ? summary.years.map((y, i) => buildYearSheet(y, summary, names[i], options, i === 0))
    : [buildYearSheet(null, summary, names[0], options, true)];
  return {
    fiscalYear: years.length ? years[years.length - 1] : 0,
    sheets,
    notes: summary.notes.map((m) => ({ th: m.th, en: m.en })),
  };
}
