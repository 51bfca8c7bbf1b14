/** The Office.js edge of the add-in. The task pane and the ribbon command use only these. */
export type {
  AddinSettings,
  ExcelGateway,
  GenerateRequest,
  GenerateResult,
  InputSource,
} from "./api";
export { createExcelGateway } from "./gateway";

import { LAST_RUN_KEY, readJson, type LastRun } from "./store";

/** The outcome of the last ribbon-button run saved in the document (the task pane may show it). */
export function readLastRun(): LastRun | null {
  return readJson<LastRun>(LAST_RUN_KEY);
}
