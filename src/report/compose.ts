/**
 * composeDocument: an Assessment plus the agency's details -> the writer-neutral ReportDocument of the
 * Thai analysis report (./document.ts); composeReport renders it as the ReportPlan of the sheets
 * (analysis sheet, score sheet with chart spec, measures sheet for the next fiscal year).
 * Pure and deterministic: no clock, no I/O. The date comes from options.date or agency.date.
 *
 * The report is a sequence of named section builders (src/report/sections) over one shared context:
 * a new section or a new year's wording is a local change in one builder or in the phrase library.
 */
import type { Assessment } from "../core/types";
import type { ReportPlan } from "./plan";
import { DocumentBuilder, type ReportDocument } from "./document";
import { officialDocument } from "./page";
import { renderSheets } from "./sheet";
import type { PhraseLibrary } from "./phrases";
import { makeContext, type ReportOptions } from "./sections/context";
import { writeCover } from "./sections/cover";
import { writeForeword } from "./sections/foreword";
import { writeSection1 } from "./sections/s1";
import { writeSection2 } from "./sections/s2";
import { writeComparison } from "./sections/compare";
import { writeSection3 } from "./sections/s3";
import { writeAnalysisNotes, writeSection4 } from "./sections/s4";
import { writeScores } from "./sections/scores";
import { writeMeasures } from "./sections/measures";

export type { ReportOptions } from "./sections/context";
export { THAI_NUMFMT_0, THAI_NUMFMT_2 } from "./sections/context";
export { agencyFullName, agencyShortName, isLocalGovernment, writerName } from "./agency";

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

/**
 * The report as a writer-neutral document: the cover (no page number, centred on its page), the
 * foreword, sections ๑-๔ with the engine's notes, the scores with the chart, and section ๕ (the
 * measures) in a landscape part. Each part starts on a new page.
 */
export function composeDocument(
  assessment: Assessment,
  options: ReportOptions,
  phrases?: PhraseLibrary
): ReportDocument {
  const ctx = makeContext(assessment, options, phrases);
  const names = reportSheetNames(ctx.year);
  const doc = new DocumentBuilder(
    officialDocument(ctx.year, ctx.T("title.main"), ctx.mode, ctx.notes)
  );
  const analysis = { role: "analysis" as const, name: names.analysis };
  writeCover(doc.part("cover", analysis, { pageNumber: false, verticalAlign: "center" }), ctx);
  writeForeword(doc.part("foreword", analysis), ctx);
  const a = doc.part("analysis", analysis);
  writeSection1(a, ctx);
  writeSection2(a, ctx);
  writeComparison(a, ctx);
  writeSection3(a, ctx);
  writeSection4(a, ctx);
  writeAnalysisNotes(a, ctx);
  writeScores(doc.part("scores", { role: "scores", name: names.scores }, { runOn: true }), ctx);
  writeMeasures(
    doc.part("measures", { role: "measures", name: names.measures }, { orientation: "landscape" }),
    ctx
  );
  return doc.build();
}

/** The report's sheets: composeDocument rendered as sheets (./sheet.ts). */
export function composeReport(
  assessment: Assessment,
  options: ReportOptions,
  phrases?: PhraseLibrary
): ReportPlan {
  return renderSheets(composeDocument(assessment, options, phrases));
}
