/**
 * The pane's actions: each calls the gateway once (through `withBusy`: the options saved first, errors as
 * a notice) and turns its typed outcome into pane events (./paneState.ts) and a focus move. Made afresh on
 * every render by ./usePane.ts, over that render's options, as plain functions (no hooks in here).
 */
import type * as React from "react";
import type {
  AddinSettings,
  AgencyChoice,
  ExcelGateway,
  FollowupResult,
  GenerateResult,
  InputSource,
  SummaryResult,
  TrackResult,
} from "../excel/api";
import type { Strings } from "./i18n";
import { loadPickRow, loadResultSummary } from "./chunks";
import { isChunkLoadError } from "./logic";
import type { Busy, Notice, PaneEvent } from "./paneState";
import type { FocusTarget } from "./useFocusAfterAction";

export interface ActionContext {
  gateway: ExcelGateway;
  s: Strings;
  /** The options as the form holds them now, and whether they are invalid (no action then). */
  settings: AddinSettings;
  thresholdInvalid: boolean;
  dispatch: React.Dispatch<PaneEvent>;
  focusAfter: (target: FocusTarget) => void;
}

export interface BusyRunner {
  /** Runs one action: busy meanwhile, the options saved first, an error as a notice (undefined then). */
  withBusy: <T>(
    kind: Exclude<Busy, null>,
    work: (settings: AddinSettings) => Promise<T>
  ) => Promise<T | undefined>;
  /** A notice, with focus on it. */
  say: (intent: Notice["intent"], text: string) => void;
  /** An error as a notice (focus stays). */
  showError: (err: unknown) => void;
}

export function busyRunner(ctx: ActionContext): BusyRunner {
  const { gateway, s, dispatch } = ctx;

  // A part of the add-in that could not be loaded (an old pane after an update) is not a workbook error.
  const showError = (err: unknown): void =>
    dispatch({
      type: "notice",
      notice: {
        intent: "error",
        text: isChunkLoadError(err)
          ? s.addinUpdated
          : s.unexpectedError(err instanceof Error ? err.message : String(err)),
      },
    });

  async function withBusy<T>(
    kind: Exclude<Busy, null>,
    work: (settings: AddinSettings) => Promise<T>
  ): Promise<T | undefined> {
    if (ctx.thresholdInvalid) return undefined;
    dispatch({ type: "started", busy: kind });
    try {
      const settings = ctx.settings;
      // Saving the options is a convenience for the ribbon button: never a reason not to do the work.
      await gateway.saveSettings(settings).catch(() => undefined);
      return await work(settings);
    } catch (err) {
      showError(err);
      ctx.focusAfter("notice");
      return undefined;
    } finally {
      dispatch({ type: "finished" });
    }
  }

  function say(intent: Notice["intent"], text: string): void {
    dispatch({ type: "notice", notice: { intent, text } });
    ctx.focusAfter("notice");
  }

  return { withBusy, say, showError };
}

export interface ReportActions {
  generate: (source: InputSource, confirmReplace?: boolean) => Promise<void>;
  summarize: (sheet: string) => Promise<void>;
}

/** A report (generate) and the many-agency summary (summarize). */
export function reportActions(ctx: ActionContext, { withBusy, say }: BusyRunner): ReportActions {
  const { gateway, s, dispatch } = ctx;

  /**
   * The replace question when the add-in's earlier sheets would be replaced (or the agency question);
   * else the result (a written summary in its own view).
   */
  async function run(
    busyKind: "generate" | "summary",
    call: (
      settings: AddinSettings,
      confirmReplace: boolean
    ) => Promise<GenerateResult | SummaryResult>,
    confirmReplace: boolean,
    withAgency?: (choice: AgencyChoice) => Promise<void>
  ): Promise<void> {
    dispatch({ type: "ask", confirm: null });
    const res = await withBusy(busyKind, (settings) => call(settings, confirmReplace));
    if (!res) return;
    if (res.status === "confirm-agency" && "agencyNames" in res && res.agencyNames && withAgency) {
      const names = res.agencyNames;
      dispatch({
        type: "ask",
        confirm: {
          sheets: [],
          replace: () => withAgency("sheet"),
          agency: { ...names, useSaved: () => withAgency("saved") },
        },
      });
      return;
    }
    if (res.status === "confirm-replace") {
      dispatch({
        type: "ask",
        confirm: { sheets: res.sheetsReplaced ?? [], replace: () => run(busyKind, call, true) },
      });
      return;
    }
    if (res.status === "failed" && "error" in res && isChunkLoadError(res.error)) {
      // The gateway reports its composer's chunk failing like a workbook error: nothing was written.
      say("error", s.addinUpdated);
      return;
    }
    const summaryDone = "skipped" in res && res.status === "done";
    dispatch({
      type: "shown",
      summary: summaryDone ? res : null,
      result: summaryDone ? null : res,
    });
    ctx.focusAfter("result");
  }

  /** A report; the pane asks when the sheet's agency and the saved name differ ("ask"). */
  const generate = (
    source: InputSource,
    confirmReplace = false,
    agencyName: AgencyChoice = "ask"
  ): Promise<void> =>
    run(
      "generate",
      async (settings, replace) => {
        const res = await gateway.generate({
          settings,
          source,
          confirmReplace: replace,
          agencyName,
        });
        if (res.status === "pick-row") await loadPickRow();
        if (res.status === "done") await loadResultSummary();
        return res;
      },
      confirmReplace,
      (choice) => generate(source, false, choice)
    );

  const summarize = (sheet: string): Promise<void> =>
    run(
      "summary",
      (settings, replace) => gateway.summarize({ settings, sheet, confirmReplace: replace }),
      false
    );

  return { generate, summarize };
}

export interface SheetActions {
  createTemplate: () => Promise<void>;
  createPhrases: () => Promise<void>;
  clearHighlights: () => Promise<void>;
  /** "ติดตามผลมาตรการ": the tracking sheet of the measures. */
  track: () => Promise<void>;
  /** "สร้างรายงานผลการดำเนินการ": the follow-up report from the tracking sheet. */
  followup: (confirmReplace?: boolean) => Promise<void>;
  cancelReplace: () => void;
  selectCell: (cell: string) => void;
}

/** The other actions: the template, the phrase sheet, highlights, tracking and follow-up, a cell. */
export function sheetActions(
  ctx: ActionContext,
  { withBusy, say, showError }: BusyRunner
): SheetActions {
  const { gateway, s, dispatch } = ctx;

  async function createTemplate(): Promise<void> {
    const res = await withBusy("template", (settings) => gateway.createInputTemplate(settings));
    if (res)
      say(
        res.created ? "success" : "info",
        (res.created ? s.templateDone : s.templateExists)(res.sheet)
      );
  }

  async function createPhrases(): Promise<void> {
    const res = await withBusy("phrases", () => gateway.createPhraseSheet());
    if (res)
      say(
        res.created ? "success" : "info",
        (res.created ? s.phrasesDone : s.phrasesExists)(res.sheet)
      );
  }

  async function clearHighlights(): Promise<void> {
    const done = await withBusy("clear", async () => {
      await gateway.clearHighlights();
      return true;
    });
    if (done) say("success", s.highlightsCleared);
  }

  /**
   * Track and follow-up outcomes: problems (each with its cell) in the result's problem list, anything
   * else as a notice; the follow-up's replace question as the report's.
   */
  function followupOutcome(res: TrackResult | FollowupResult, done: string): void {
    if (res.status === "problems") {
      dispatch({
        type: "shown",
        summary: null,
        result: { ...res, status: "problems", sheetsCreated: [] },
      });
      ctx.focusAfter("result");
    } else if (res.status === "failed")
      say(
        "error",
        isChunkLoadError(res.error) ? s.addinUpdated : (res.error ?? s.unexpectedError(""))
      );
    else say("success", done);
  }

  async function track(): Promise<void> {
    dispatch({ type: "ask", confirm: null });
    const res = await withBusy("track", (settings) => gateway.track({ settings }));
    if (!res) return;
    followupOutcome(
      res,
      s.trackDone(res.sheetsCreated[0] ?? "", res.measures, res.added, res.kept)
    );
  }

  async function followup(confirmReplace = false): Promise<void> {
    dispatch({ type: "ask", confirm: null });
    const res = await withBusy("followup", (settings) =>
      gateway.followup({ settings, confirmReplace })
    );
    if (!res) return;
    if (res.status === "confirm-replace") {
      dispatch({
        type: "ask",
        confirm: { sheets: res.sheetsReplaced ?? [], replace: () => followup(true) },
      });
      return;
    }
    if (res.status === "done" && res.report)
      dispatch({ type: "followupWritten", report: res.report });
    followupOutcome(res, s.followupDone(res.sheetsCreated.join(", "), res.measures ?? 0));
  }

  function cancelReplace(): void {
    dispatch({ type: "ask", confirm: null });
    say("info", s.cancelled);
  }

  const selectCell = (cell: string): void => {
    gateway.selectCell(cell).catch(showError);
  };

  return {
    createTemplate,
    createPhrases,
    clearHighlights,
    track,
    followup,
    cancelReplace,
    selectCell,
  };
}
