/**
 * The report composer's public face (loaded as the "composer" chunk by the Office.js edge): the plan types,
 * the report, the summary, the template and phrase-sheet plans, Excel's limits, and the agency and phrase
 * helpers the tests of the report's wording use. Anything else is imported from its module by path.
 */
export type {
  CellStyle,
  ChartSpec,
  DigitMode,
  PlanCell,
  PlanRow,
  ReportPlan,
  SheetPlan,
  SheetRole,
} from "./plan";
export type { Block, DocPart, ReportDocument } from "./document";
export { renderSheets } from "./sheet";
export {
  composeDocument,
  composeReport,
  reportSheetNames,
  PHRASE_SHEET_NAME,
  agencyFullName,
  agencyShortName,
  writerName,
} from "./compose";
export { agencyKind, headTitle, unitFor } from "./agency";
export { defaultPhrases, describeKey, keyForYear } from "./phrases";
export type { PhraseLibrary } from "./phrases";
export { placeholdersOf } from "./format";
export { phraseSheetPlan, phrasesFromRows } from "./phraseSheet";
export { inputTemplatePlan } from "./template";
export { planLimitProblems, ExcelLimitError } from "./limits";
export { composeSummary, summarySheetNames, SUMMARY_SHEET_NAME, BELOW_LIST_MAX } from "./summary";
