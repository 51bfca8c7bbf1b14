/**
 * The engine and composer functions the Office.js edge calls, in one place: the single list of what
 * src/excel needs from src/core and src/report.
 */
import { assessRaw, findInputInGrid, parseThreshold } from "../core";
import {
  composeReport,
  inputTemplatePlan,
  phraseSheetPlan,
  phrasesFromRows,
  type PhraseLibrary,
} from "../report";

export type { PhraseLibrary };

export const engine = { findInputInGrid, assessRaw, parseThreshold };
export const composer = { composeReport, inputTemplatePlan, phraseSheetPlan, phrasesFromRows };
