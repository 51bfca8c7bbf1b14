/**
 * composeReport: an Assessment plus the agency's details -> the ReportPlan of the Thai analysis report
 * (analysis sheet, score sheet with chart spec, measures sheet for the next fiscal year).
 * Pure and deterministic: no clock, no I/O. The date comes from options.date or agency.date.
 *
 * The report is a sequence of named section builders (src/report/sections) over one shared context:
 * a new section or a new year's wording is a local change in one builder or in the phrase library.
 */
import type { Assessment } from "../core/types";
import type { ReportPlan, SheetPlan } from "./plan";
import { A4_PRINTABLE_HEIGHT, numberPages, SheetBuilder } from "./layout";
import type { PhraseLibrary } from "./phrases";
import { makeContext, type ReportOptions } from "./sections/context";
import { writeCover } from "./sections/cover";
import { writeForeword } from "./sections/foreword";
import { writeSection1 } from "./sections/s1";
import { writeSection2 } from "./sections/s2";
import { writeComparison } from "./sections/compare";
import { writeSection3 } from "./sections/s3";
import { writeAnalysisNotes, writeSection4 } from "./sections/s4";
import { buildScoresSheet } from "./sections/scores";
import { buildMeasuresSheet } from "./sections/measures";

export type { ReportOptions } from "./sections/context";
export { THAI_NUMFMT_0, THAI_NUMFMT_2 } from "./sections/context";
export {
  agencyFullName,
  agencyShortName,
  isLocalGovernment,
  responsibleUnits,
  writerName,
} from "./agency";

export const PHRASE_SHEET_NAME = "ข้อความรายงาน ITA";

/** The product's sheet names for a fiscal year (Buddhist era). Measures are for the next year. */
export function reportSheetNames(fiscalYear: number): {
  analysis: string;
  scores: string;
  measures: string;
  phrases: string;
} {
  return {
    analysis: `วิเคราะห์ผล ITA ${fiscalYear}`,
    scores: `คะแนน ITA ${fiscalYear}`,
    measures: `มาตรการ ITA ${fiscalYear + 1}`,
    phrases: PHRASE_SHEET_NAME,
  };
}

/** The analysis sheet: cover, foreword, sections ๑-๔ and the engine's notes, paginated on A4. */
export function buildAnalysisSheet(
  ctx: ReturnType<typeof makeContext>,
  sheetName: string
): SheetPlan {
  // Three columns: section ๔'s tables put ประเด็นการประเมิน over the first two and ประเด็นที่ควรพัฒนา
  // over the third; the foreword's signature sits over the last two.
  const a = new SheetBuilder([8, 38, 41], A4_PRINTABLE_HEIGHT);
  writeCover(a, ctx);
  writeForeword(a, ctx);
  writeSection1(a, ctx);
  writeSection2(a, ctx);
  writeComparison(a, ctx);
  writeSection3(a, ctx);
  writeSection4(a, ctx);
  writeAnalysisNotes(a, ctx);
  return a.build("analysis", sheetName);
}

export function composeReport(
  assessment: Assessment,
  options: ReportOptions,
  phrases?: PhraseLibrary
): ReportPlan {
  const ctx = makeContext(assessment, options, phrases);
  const names = reportSheetNames(ctx.year);
  const sheets = [
    buildAnalysisSheet(ctx, names.analysis),
    buildScoresSheet(ctx, names.scores),
    buildMeasuresSheet(ctx, names.measures),
  ];
  numberPages(sheets);
  return { fiscalYear: ctx.year, sheets, notes: ctx.notes };
}

/** The analysis, scores and measures sheets of a plan, by role. */
export function sheetByRole(plan: ReportPlan, role: SheetPlan["role"]): SheetPlan | undefined {
  return plan.sheets.find((x) => x.role === role);
}
