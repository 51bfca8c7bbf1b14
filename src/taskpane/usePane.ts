/**
 * The task pane's state and effects, apart from how it looks: the form (loaded from and saved to the
 * document), what is running, the last result, the notice, the replace question, and where keyboard focus
 * goes after an action. Components get what they show and the actions to call.
 *
 * The hook only assembles: what the pane shows changes through the pure `paneReducer` (./paneState.ts), the
 * actions are in ./paneActions.ts, the delayed save in ./useAutosaveSettings.ts and the focus moves in
 * ./useFocusAfterAction.ts.
 */
import * as React from "react";
import type { WordExportResult } from "../excel/wordExport";
import type { ExcelGateway, GenerateResult, SummaryResult } from "../excel/api";
import { type Lang, strings } from "./i18n";
import {
  AGENCY_NAME_CODE,
  FormState,
  RibbonRun,
  formFromSettings,
  settingsFromForm,
} from "./logic";
import {
  type Busy,
  type ConfirmRequest,
  type Notice,
  busyLabel,
  initialPaneView,
  paneReducer,
} from "./paneState";
import {
  busyRunner,
  reportActions,
  sheetActions,
  type ActionContext,
  type ReportActions,
  type SheetActions,
} from "./paneActions";
import { useAutosaveSettings } from "./useAutosaveSettings";
import { useFocusAfterAction } from "./useFocusAfterAction";

/** What the pane shows, and the actions it calls (./paneActions.ts). */
export interface PaneState extends ReportActions, SheetActions {
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
  const [view, dispatch] = React.useReducer(paneReducer, lastRun, initialPaneView);
  const { busy, result, summary, ribbonAt, notice, confirm, followupReport } = view;
  const nameRef = React.useRef<HTMLInputElement>(null);

  const check = React.useMemo(() => settingsFromForm(form), [form]);
  const thresholdInvalid = check.invalid.includes("threshold");
  const disabled = !support.ok || busy !== null;
  const nameMissing =
    result?.status === "problems" &&
    result.problems.some((p) => p.code === AGENCY_NAME_CODE) &&
    !form.name.trim();

  useAutosaveSettings(gateway, check.settings, support.ok && !thresholdInvalid);
  const { resultRef, noticeRef, focusAfter } = useFocusAfterAction();

  const update =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]): void =>
      setForm((f) => ({ ...f, [key]: value }));

  const ctx: ActionContext = {
    gateway,
    s,
    settings: check.settings,
    thresholdInvalid,
    dispatch,
    focusAfter,
  };
  const runner = busyRunner(ctx);

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
    busyLabel: busyLabel(busy, s),
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
    ...reportActions(ctx, runner),
    ...sheetActions(ctx, runner),
    focusName: () => nameRef.current?.focus(),
  };
}
