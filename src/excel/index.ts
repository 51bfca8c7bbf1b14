/** The Office.js edge of the add-in. The task pane and the ribbon command use only createExcelGateway(). */
export type {
  AddinSettings,
  ExcelGateway,
  GenerateRequest,
  GenerateResult,
  InputSource,
} from "./api";
export { createExcelGateway, freeName, groupCells, MIN_EXCEL_API, REQUIRED_SETS } from "./gateway";
export {
  writePlan,
  writeSheet,
  expectedGrid,
  hashGrid,
  needsTextFormat,
  charsToPoints,
  HIGHLIGHT_FILL,
  HIGHLIGHT_FONT,
} from "./writePlan";
export {
  LAST_RUN_KEY,
  SETTINGS_KEY,
  SHEETS_KEY,
  HIGHLIGHTS_KEY,
  readJson,
  writeJson,
  saveSettingsAsync,
  type LastRun,
  type OwnSheetRecord,
  type HighlightRecord,
} from "./store";

import { LAST_RUN_KEY, readJson, type LastRun } from "./store";

/** The outcome of the last ribbon-button run saved in the document (the task pane may show it). */
export function readLastRun(): LastRun | null {
  return readJson<LastRun>(LAST_RUN_KEY);
}
