/**
 * The report composer's public face (loaded as the "composer" chunk by the Office.js edge): the plan types,
 * the report's document and its sheets, the template and phrase-sheet plans, Excel's limits: the names
 * src/ takes through it. Anything else (the tests' too) is imported from its module by path.
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
export { composeDocument, composeReport, PHRASE_SHEET_NAME } from "./compose";
export type { PhraseLibrary } from "./phrases";
export { phraseSheetPlan, phrasesFromRows } from "./phraseSheet";
export { inputTemplatePlan } from "./template";
export { planLimitProblems } from "./limits";
