/**
 * The contract between the task pane / ribbon command and the Office.js edge (src/excel).
 * The task pane calls only these; src/excel implements them with Office.js, batched.
 */
import type { AgencyDetails, Assessment, Message } from "../core/types";
import type { DigitMode } from "../report/plan";
import type { WordExportResult, WrittenReport } from "./wordExport";

/** Options saved with the document (Office.context.document.settings), used by the ribbon button too. */
export interface AddinSettings {
  /** Buddhist-era fiscal year; read from the sheet when absent. */
  fiscalYear?: number;
  threshold: number;
  digits: DigitMode;
  agency: AgencyDetails;
}

export type InputSource =
  /** The add-in's input template sheet if present, else the indicator table found in the active sheet. */
  | { kind: "auto" }
  /** The user's current selection. */
  | { kind: "selection" }
  /** One row of a wide sheet (a row per agency or year), picked by the user. */
  | { kind: "row"; sheet: string; row: number };

/**
 * Whose agency the report names when the sheet (or the picked row) names one and the pane's saved name is a
 * different one: the sheet's own (the default: the scores are that agency's), the saved one (the officer
 * said so), or "ask" (status confirm-agency: the pane asks, then calls again with "sheet" or "saved").
 */
export type AgencyChoice = "sheet" | "saved" | "ask";

export interface GenerateRequest {
  settings: AddinSettings;
  source: InputSource;
  /** The user agreed to replace the add-in's own earlier report sheets. */
  confirmReplace?: boolean;
  /** Default "sheet". */
  agencyName?: AgencyChoice;
}

export interface GenerateResult {
  status:
    | "done"
    /** Input has problems: nothing was written. */
    | "problems"
    /** Earlier report sheets of the add-in exist; ask the user, then call again with confirmReplace. */
    | "confirm-replace"
    /** A wide sheet with several rows: ask the user which one, then call again with source kind "row". */
    | "pick-row"
    /** The sheet's agency and the pane's saved name differ (agencyName "ask"): ask, then call again. */
    | "confirm-agency"
    /** Writing failed; what this run created was removed. */
    | "failed";
  problems: Message[];
  warnings: Message[];
  assessment?: Assessment;
  /** Sheets this run created. */
  sheetsCreated: string[];
  /** Earlier report sheets to be replaced (status confirm-replace), or kept under a new name because they were edited. */
  sheetsReplaced?: string[];
  sheetsKept?: Array<{ from: string; to: string }>;
  /** Rows to pick from (status pick-row). */
  rows?: Array<{
    sheet: string;
    row: number;
    label: string;
    /** How many problems the row's scores have (absent: none): the picker marks such rows. */
    problems?: number;
  }>;
  /** The agency the report is (or would be) for, once the input is found. */
  agency?: string;
  /** Status confirm-agency: the name the sheet or row gives, and the pane's saved one. */
  agencyNames?: { sheet: string; saved: string };
  /** Number of context.sync() round trips this run made. */
  syncs: number;
  /** For "failed": the error text. */
  error?: string;
  /** For "done": the report written, from which its Word file is made (./wordExport.ts). */
  report?: WrittenReport;
}

/** "สรุปภาพรวมหลายหน่วยงาน": every row of a sheet with a row per agency, summarised on a new sheet. */
export interface SummaryRequest {
  settings: AddinSettings;
  /** The sheet with a row per agency (the one the row picker was shown for). */
  sheet: string;
  /** The user agreed to replace the add-in's own earlier summary sheets of the same fiscal year. */
  confirmReplace?: boolean;
}

export interface SummaryResult {
  status: "done" | "problems" | "confirm-replace" | "failed";
  /** Nothing could be summarised (no table with a row per agency, Excel's limits): nothing written. */
  problems: Message[];
  warnings: Message[];
  /** Rows that could not be assessed: listed on the summary sheet and in the pane, not summarised. */
  skipped: Array<{ name: string; row: number; problems: Message[] }>;
  /** Agencies summarised. */
  agencies: number;
  /** Fiscal years summarised (one sheet each). */
  years: number[];
  sheetsCreated: string[];
  sheetsReplaced?: string[];
  sheetsKept?: Array<{ from: string; to: string }>;
  /** context.sync() round trips: 1 read + 1 write on the normal path. */
  syncs: number;
  /** Write requests the summary took (1 unless its estimated size passed the 5 MB budget). */
  batches: number;
  /** Estimated size of the write in bytes (all batches). */
  requestBytes: number;
  error?: string;
}

/** "ติดตามผลมาตรการ": the tracking sheet of the measures (docs/followup.md). */
export interface TrackRequest {
  settings: AddinSettings;
}

export interface TrackResult {
  status: "done" | "problems" | "failed";
  problems: Message[];
  warnings: Message[];
  sheetsCreated: string[];
  /** Rows in the tracking table, of which `kept` were there before and `added` are new measures. */
  measures: number;
  added: number;
  kept: number;
  syncs: number;
  error?: string;
}

/** "สร้างรายงานผลการดำเนินการ": the follow-up report from the tracking sheet. */
export interface FollowupRequest {
  settings: AddinSettings;
  /** The user agreed to replace the add-in's own earlier follow-up sheets of the same year. */
  confirmReplace?: boolean;
}

export interface FollowupResult {
  status: "done" | "problems" | "confirm-replace" | "failed";
  /** Problems in the tracking sheet, each naming its cell: nothing was written. */
  problems: Message[];
  warnings: Message[];
  sheetsCreated: string[];
  sheetsReplaced?: string[];
  sheetsKept?: Array<{ from: string; to: string }>;
  /** Measures reported on. */
  measures?: number;
  syncs: number;
  error?: string;
  /** For "done": the follow-up report written, from which its Word file is made (./wordExport.ts). */
  report?: WrittenReport;
}

export interface ExcelGateway {
  /** Whether the host supports what the add-in needs; lists what is missing otherwise. */
  checkSupport(): { ok: boolean; missing: string[] };
  loadSettings(): AddinSettings | null;
  saveSettings(settings: AddinSettings): Promise<void>;
  createInputTemplate(settings: AddinSettings): Promise<{ sheet: string; created: boolean }>;
  generate(request: GenerateRequest): Promise<GenerateResult>;
  createPhraseSheet(): Promise<{ sheet: string; created: boolean }>;
  /** Summarise every row of a sheet with a row per agency on a new sheet (one read, one write). */
  summarize(request: SummaryRequest): Promise<SummaryResult>;
  /** The tracking sheet of the measures: one read, one write. */
  track(request: TrackRequest): Promise<TrackResult>;
  /** The follow-up report's sheets from the tracking sheet: one read, one write. */
  followup(request: FollowupRequest): Promise<FollowupResult>;
  /** Select a cell given as "Sheet!A1" (clicking a problem in the pane). */
  selectCell(address: string): Promise<void>;
  /** Remove the add-in's below-threshold highlights from the user's sheet. */
  clearHighlights(): Promise<void>;
  /** The Word file of a written report, from the sheets' current text (./wordExport.ts). */
  exportWord?(report: WrittenReport): Promise<WordExportResult>;
  /** Whether the host can save a file from the pane (not Excel on the Mac or iPad: WKWebView). */
  canSaveFiles?(): boolean;
}
