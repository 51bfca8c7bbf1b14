/**
 * The task pane's state and effects, apart from how it looks: the form (loaded from and saved to the
 * document), what is running, the last result, the notice, the replace question, and where keyboard focus
 * goes after an action. Components get what they show and the actions to call.
 */
import * as React from "react";
import type { WordExportResult } from "../excel/wordExport";
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
import type { WrittenReport } from "../excel/writtenReport";
import { Lang, strings } from "./i18n";
import { loadPickRow, loadResultSummary } from "./chunks";
import {
  AGENCY_NAME_CODE,
  FormState,
  RibbonRun,
  formFromSettings,
  isChunkLoadError,
  resultFromRibbonRun,
  settingsFromForm,
} from "./logic";

export { AGENCY_NAME_CODE } from "./logic";

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

export interface PaneState {
  support: { ok: boolean; missing: string[] };
  /** Makes the written report's Word file ("ดาวน์โหลดไฟล์ Word"); null before a report is written. */
  exportWord: (() => Promise<WordExportResult>) | null;
  /** The host cannot save a file from the pane (Excel on the Mac or iPad). */
  wordCannotSave: boolean;
  /** The page runs outside Office (no workbook at all), not in an Excel that is too old. */
  outsideOffice: boolean;
  form: FormState;
  update: <K extends keyof FormState>(key: K) => (value: FormState[K]) => void;
  busy: Busy;
  busyLabel: string;
  result: GenerateResult | null;
  /** The last "สรุปภาพรวมหลายหน่วยงาน" run that wrote its sheet (its skipped rows and warnings). */
  summary: SummaryResult | null;
  /** Set while the result shown is the ribbon button's, not the pane's. */
  ribbonAt: string | null;
  notice: Notice | null;
  confirm: ConfirmRequest | null;
  thresholdInvalid: boolean;
  /** No action may start (unsupported host, or one already running). */
  disabled: boolean;
  /** The gateway found no agency name in the pane nor in the input sheet, and none has been typed since. */
  nameMissing: boolean;
  resultRef: React.RefObject<HTMLElement>;
  noticeRef: React.RefObject<HTMLDivElement>;
  nameRef: React.RefObject<HTMLInputElement>;
  generate: (source: InputSource, confirmReplace?: boolean) => Promise<void>;
  summarize: (sheet: string) => Promise<void>;
  createTemplate: () => Promise<void>;
  createPhrases: () => Promise<void>;
  clearHighlights: () => Promise<void>;
  /** "ติดตามผลมาตรการ": the tracking sheet of the measures. */
  track: () => Promise<void>;
  /** "สร้างรายงานผลการดำเนินการ": the follow-up report from the tracking sheet. */
  followup: (confirmReplace?: boolean) => Promise<void>;
  cancelReplace: () => void;
  selectCell: (cell: string) => void;
  focusName: () => void;
}

export function usePane(
  gateway: ExcelGateway,
  lang: Lang,
  lastRun: RibbonRun | null | undefined
): PaneState {
  const s = strings(lang);
  const support = React.useMemo(() => gateway.checkSupport(), [gateway]);
  const [form, setForm] = React.useState<FormState>(() => {
    try {
      return formFromSettings(gateway.loadSettings());
    } catch {
      // Settings unreadable (a damaged document or a host without settings): start from the defaults.
      return formFromSettings(null);
    }
  });
  const [busy, setBusy] = React.useState<Busy>(null);
  const [result, setResult] = React.useState<GenerateResult | null>(() =>
    resultFromRibbonRun(lastRun)
  );
  const [ribbonAt, setRibbonAt] = React.useState<string | null>(() =>
    lastRun && resultFromRibbonRun(lastRun) ? lastRun.at : null
  );
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [summary, setSummary] = React.useState<SummaryResult | null>(null);
  const [confirm, setConfirm] = React.useState<ConfirmRequest | null>(null);
  /** The follow-up report last written, whose Word file the pane offers (after the analysis's). */
  const [followupReport, setFollowupReport] = React.useState<WrittenReport | null>(null);
  const resultRef = React.useRef<HTMLElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const nameRef = React.useRef<HTMLInputElement>(null);
  const [focusTarget, setFocusTarget] = React.useState<"result" | "notice" | null>(null);

  const check = React.useMemo(() => settingsFromForm(form), [form]);
  const thresholdInvalid = check.invalid.includes("threshold");
  const disabled = !support.ok || busy !== null;
  const nameMissing =
    result?.status === "problems" &&
    result.problems.some((p) => p.code === AGENCY_NAME_CODE) &&
    !form.name.trim();

  // Save the options with the document a moment after the last change, so the ribbon button uses them.
  const firstRender = React.useRef(true);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return undefined;
    }
    if (!support.ok || thresholdInvalid) return undefined;
    const timer = setTimeout(() => {
      gateway.saveSettings(check.settings).catch(() => undefined);
    }, 800);
    return () => clearTimeout(timer);
  }, [check, gateway, support.ok, thresholdInvalid]);

  // After an action, move keyboard focus to what it produced.
  React.useEffect(() => {
    const target =
      focusTarget === "result"
        ? resultRef.current
        : focusTarget === "notice"
          ? noticeRef.current
          : null;
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block: "start" });
    }
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  const update =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]): void =>
      setForm((f) => ({ ...f, [key]: value }));

  // A part of the add-in that could not be loaded (an old pane after an update) is not a workbook error.
  const showError = (err: unknown): void =>
    setNotice({
      intent: "error",
      text: isChunkLoadError(err)
        ? s.addinUpdated
        : s.unexpectedError(err instanceof Error ? err.message : String(err)),
    });

  async function withBusy<T>(
    kind: Exclude<Busy, null>,
    work: (settings: AddinSettings) => Promise<T>
  ): Promise<T | undefined> {
    if (thresholdInvalid) return undefined;
    setBusy(kind);
    setNotice(null);
    try {
      const settings = check.settings;
      // Saving the options is a convenience for the ribbon button: never a reason not to do the work.
      await gateway.saveSettings(settings).catch(() => undefined);
      return await work(settings);
    } catch (err) {
      showError(err);
      setFocusTarget("notice");
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  function say(intent: Notice["intent"], text: string): void {
    setNotice({ intent, text });
    setFocusTarget("notice");
  }

  /**
   * A report (generate) or the many-agency summary (summarize): the replace question when the add-in's
   * earlier sheets would be replaced; else the result (a written summary in its own view).
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
    setConfirm(null);
    const res = await withBusy(busyKind, (settings) => call(settings, confirmReplace));
    if (!res) return;
    if (res.status === "confirm-agency" && "agencyNames" in res && res.agencyNames && withAgency) {
      const names = res.agencyNames;
      setConfirm({
        sheets: [],
        replace: () => withAgency("sheet"),
        agency: { ...names, useSaved: () => withAgency("saved") },
      });
      return;
    }
    if (res.status === "confirm-replace") {
      setConfirm({ sheets: res.sheetsReplaced ?? [], replace: () => run(busyKind, call, true) });
      return;
    }
    if (res.status === "failed" && "error" in res && isChunkLoadError(res.error)) {
      // The gateway reports its composer's chunk failing like a workbook error: nothing was written.
      say("error", s.addinUpdated);
      return;
    }
    const summaryDone = "skipped" in res && res.status === "done";
    setSummary(summaryDone ? res : null);
    setResult(summaryDone ? null : res);
    setRibbonAt(null);
    setFocusTarget("result");
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
      setSummary(null);
      setResult({ ...res, status: "problems", sheetsCreated: [] });
      setRibbonAt(null);
      setFocusTarget("result");
    } else if (res.status === "failed")
      say(
        "error",
        isChunkLoadError(res.error) ? s.addinUpdated : (res.error ?? s.unexpectedError(""))
      );
    else say("success", done);
  }

  async function track(): Promise<void> {
    setConfirm(null);
    const res = await withBusy("track", (settings) => gateway.track({ settings }));
    if (!res) return;
    followupOutcome(
      res,
      s.trackDone(res.sheetsCreated[0] ?? "", res.measures, res.added, res.kept)
    );
  }

  async function followup(confirmReplace = false): Promise<void> {
    setConfirm(null);
    const res = await withBusy("followup", (settings) =>
      gateway.followup({ settings, confirmReplace })
    );
    if (!res) return;
    if (res.status === "confirm-replace") {
      setConfirm({ sheets: res.sheetsReplaced ?? [], replace: () => followup(true) });
      return;
    }
    if (res.status === "done" && res.report) setFollowupReport(res.report);
    followupOutcome(res, s.followupDone(res.sheetsCreated.join(", "), res.measures ?? 0));
  }

  function cancelReplace(): void {
    setConfirm(null);
    say("info", s.cancelled);
  }

  const selectCell = (cell: string): void => {
    gateway.selectCell(cell).catch(showError);
  };

  const busyLabel =
    busy === "template"
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

  // The Word file of the written report (src/excel/wordExport.ts), when the host offers it: the
  // follow-up report once one is written, else the analysis.
  const report = followupReport ?? (result?.status === "done" ? result.report : undefined);
  const exportWord = React.useMemo(() => {
    const make = gateway.exportWord?.bind(gateway);
    return report && make ? () => make(report) : null;
  }, [gateway, report]);
  const wordCannotSave = React.useMemo(() => gateway.canSaveFiles?.() === false, [gateway]);

  return {
    support,
    exportWord,
    wordCannotSave,
    outsideOffice: support.missing.some((m) => m.startsWith("Office.js")),
    form,
    update,
    busy,
    busyLabel,
    result,
    summary,
    ribbonAt,
    notice,
    confirm,
    thresholdInvalid,
    disabled,
    nameMissing,
    resultRef,
    noticeRef,
    nameRef,
    generate,
    summarize,
    createTemplate,
    createPhrases,
    clearHighlights,
    track,
    followup,
    cancelReplace,
    selectCell,
    focusName: () => nameRef.current?.focus(),
  };
}
