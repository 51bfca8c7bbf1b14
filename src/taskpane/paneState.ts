/**
 * What the pane shows between actions, apart from the form: what is running, the last result or summary,
 * the notice, the replace (or agency) question and the follow-up report whose Word file is offered. One
 * event may change several of these at once, so they change only through `paneReducer`: pure, tested in
 * Node like logic.ts. The hook that dispatches the events is ./usePane.ts (actions in ./paneActions.ts).
 */
import type { GenerateResult, SummaryResult } from "../excel/api";
import type { WrittenReport } from "../excel/writtenReport";
import type { Strings } from "./i18n";
import { type RibbonRun, resultFromRibbonRun } from "./logic";

export type Busy =
  null | "template" | "generate" | "phrases" | "clear" | "summary" | "track" | "followup";

export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

/** The replace question: the input to generate from once confirmed, and the sheets it would replace. */
export interface ConfirmRequest {
  sheets: string[];
  /** Runs the action again, the replacement agreed (a report, or the many-agency summary). */
  replace: () => Promise<void>;
  /** The agency question instead: the sheet's and the saved name, and the run with the saved one. */
  agency?: { sheet: string; saved: string; useSaved: () => Promise<void> };
}

export interface PaneView {
  busy: Busy;
  result: GenerateResult | null;
  /** The last "สรุปภาพรวมหลายหน่วยงาน" run that wrote its sheet (its skipped rows and warnings). */
  summary: SummaryResult | null;
  /** Set while the result shown is the ribbon button's, not the pane's. */
  ribbonAt: string | null;
  notice: Notice | null;
  confirm: ConfirmRequest | null;
  /** The follow-up report last written, whose Word file the pane offers (after the analysis's). */
  followupReport: WrittenReport | null;
}

export type PaneEvent =
  /** An action starts: it is what runs, and the last notice goes. */
  | { type: "started"; busy: Exclude<Busy, null> }
  /** The running action ended (done, refused or failed). */
  | { type: "finished" }
  | { type: "notice"; notice: Notice }
  /** A question to ask (null: none, or the one asked is answered). */
  | { type: "ask"; confirm: ConfirmRequest | null }
  /** A result (or a written summary) replaces what the pane showed, the ribbon's included. */
  | { type: "shown"; result: GenerateResult | null; summary: SummaryResult | null }
  | { type: "followupWritten"; report: WrittenReport };

/** The pane as it opens: the ribbon button's last run, when it did not write the report. */
export function initialPaneView(lastRun: RibbonRun | null | undefined): PaneView {
  return {
    busy: null,
    result: resultFromRibbonRun(lastRun),
    summary: null,
    ribbonAt: lastRun && resultFromRibbonRun(lastRun) ? lastRun.at : null,
    notice: null,
    confirm: null,
    followupReport: null,
  };
}

export function paneReducer(state: PaneView, event: PaneEvent): PaneView {
  switch (event.type) {
    case "started":
      return { ...state, busy: event.busy, notice: null };
    case "finished":
      return { ...state, busy: null };
    case "notice":
      return { ...state, notice: event.notice };
    case "ask":
      return { ...state, confirm: event.confirm };
    case "shown":
      return { ...state, result: event.result, summary: event.summary, ribbonAt: null };
    case "followupWritten":
      return { ...state, followupReport: event.report };
  }
}

/** The progress line of what runs ("" when nothing does). */
export function busyLabel(busy: Busy, s: Strings): string {
  return busy === "template"
    ? s.busyTemplate
    : busy === "generate"
      ? s.busyGenerate
      : busy === "phrases"
        ? s.busyPhrases
        : busy === "clear"
          ? s.busyClear
          : busy === "summary"
            ? s.busySummary
            : busy === "track"
              ? s.busyTrack
              : busy === "followup"
                ? s.busyFollowup
                : "";
}
