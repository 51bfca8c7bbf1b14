/**
 * The engine and composer functions the Office.js edge calls, in one place. While the grid reader and the
 * composer were being written the calls went through this seam; it stays as the single list of what src/excel
 * needs from src/core and src/report.
 */
import * as core from "../core";
import * as report from "../report";
import type { AgencyDetails, Assessment, GridFinding, Message, RawInput } from "../core/types";
import type { DigitMode, ReportPlan, SheetPlan } from "../report/plan";

export type PhraseLibrary = Record<string, string>;

interface EngineApi {
  findInputInGrid(
    grid: unknown[][],
    sheetName: string,
    origin?: { row: number; col: number }
  ): GridFinding | null;
  assessRaw(
    raw: RawInput,
    options?: { threshold?: number }
  ): { assessment?: Assessment; problems: Message[]; warnings: Message[] };
}

interface ReportApi {
  composeReport(
    assessment: Assessment,
    options: { agency: AgencyDetails; digits: DigitMode; threshold?: number; date?: string },
    phrases?: PhraseLibrary
  ): ReportPlan;
  inputTemplatePlan(settings?: {
    fiscalYear?: number;
    agency?: Partial<AgencyDetails>;
    threshold?: number;
  }): SheetPlan;
  phraseSheetPlan(phrases?: PhraseLibrary): SheetPlan;
  phrasesFromRows(rows: unknown[][]): { phrases: PhraseLibrary; warnings: Message[] };
}

function need<T>(mod: unknown, name: string): T {
  const fn = (mod as Record<string, unknown>)[name];
  if (typeof fn !== "function") {
    throw new Error(`${name} is not available in this build (engine or report module incomplete)`);
  }
  return fn as T;
}

export const engine: EngineApi = {
  findInputInGrid: (grid, sheetName, origin) =>
    need<EngineApi["findInputInGrid"]>(core, "findInputInGrid")(grid, sheetName, origin),
  assessRaw: (raw, options) => need<EngineApi["assessRaw"]>(core, "assessRaw")(raw, options),
};

export const composer: ReportApi = {
  composeReport: (a, o, p) => need<ReportApi["composeReport"]>(report, "composeReport")(a, o, p),
  inputTemplatePlan: (s) => need<ReportApi["inputTemplatePlan"]>(report, "inputTemplatePlan")(s),
  phraseSheetPlan: (p) => need<ReportApi["phraseSheetPlan"]>(report, "phraseSheetPlan")(p),
  phrasesFromRows: (rows) => need<ReportApi["phrasesFromRows"]>(report, "phrasesFromRows")(rows),
};
