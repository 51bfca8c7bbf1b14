export * from "./plan";
export * from "./document";
export { renderSheets } from "./sheet";
export {
  composeDocument,
  composeReport,
  reportSheetNames,
  PHRASE_SHEET_NAME,
  agencyFullName,
  agencyShortName,
  responsibleUnits,
  isLocalGovernment,
  writerName,
  sheetByRole,
} from "./compose";
export { agencyKind, headTitle, headShort, unitFor } from "./agency";
export type { AgencyKind, Topic } from "./agency";
export type { ReportOptions } from "./compose";
export { defaultPhrases, TOOL_BANDS, STANDING_MEASURES, describeKey, keyForYear } from "./phrases";
export type { PhraseLibrary } from "./phrases";
export { applyDigits, fillTemplate, placeholdersOf } from "./format";
export {
  estimateLines,
  rowHeightFor,
  textWidthPt,
  columnsWidthPt,
  lineHeightPt,
  REPORT_FONT,
} from "./layout";
export { phraseSheetPlan, phrasesFromRows } from "./phraseSheet";
export { inputTemplatePlan, latestConfirmedYear } from "./template";
export type { TemplateSettings } from "./template";
export {
  assertPlanLimits,
  planLimitProblems,
  ExcelLimitError,
  EXCEL_MAX_CELL_CHARS,
  EXCEL_MAX_SHEET_NAME,
} from "./limits";
export {
  composeSummary,
  summarySheetNames,
  SUMMARY_SHEET_NAME,
  BELOW_LIST_MAX,
  type SummaryPlanOptions,
} from "./summary";
