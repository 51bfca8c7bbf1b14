/**
 * What the add-in remembers in the document: the user's options (document settings), and which sheets and
 * conditional formats are the add-in's own.
 *
 * Ownership lives in the FILE, tied to the sheet, not in worksheet ids: Microsoft documents that a
 * worksheet's id "remains constant within a single session but will change between sessions", so a record
 * keyed by id is lost (or worse, matches another sheet) after the workbook is closed and opened again.
 * - Each sheet the add-in writes gets a hidden workbook-scoped defined name (`_ITA.s.<run>.<n>`,
 *   ExcelApi 1.4) whose reference is the written area: Excel keeps the reference on that sheet through
 *   renames, moves and reopening, turns it into #REF! when the sheet is deleted, and does not give it to a
 *   copy of the sheet. The name's comment carries the record (role, fiscal year, hash, size) and its state:
 *   "pending" from the moment the sheet is added, "done" as the last operation of the write batch, so a
 *   sheet left by a failed write and a failed rollback is recognisable as the add-in's and cleaned later.
 * - The document settings keep the list of those names (with the format fingerprint read back after the
 *   write), readable before the first sync, so that the ONE read round trip can load every remembered
 *   sheet through its name (workbook.names.getItem(key).getRange()) with no worksheet id involved.
 * - The input sheet the scores came from (and that carries the highlights) is remembered the same way, by
 *   the name `_ITA.input`; its highlights are recognised by what survives: their range and their rule
 *   (a CellValue "less than <threshold>"), never by ConditionalFormat.id, which changes between sessions.
 * No ExcelApi 1.12 (custom properties) is needed: the add-in's floor stays ExcelApi 1.9.
 */
import type { AddinSettings } from "./api";
import type { SheetRole } from "../report/plan";
import type { Assessment, Message } from "../core/types";
import type { TrackResult } from "../core/tracking";

export const SETTINGS_KEY = "itaAddin.settings";
export const SHEETS_KEY = "itaAddin.sheets";
export const HIGHLIGHTS_KEY = "itaAddin.highlights";
export const LAST_RUN_KEY = "itaAddin.lastRun";
export const LAST_INPUT_KEY = "itaAddin.lastInput";
/** The ITA results the add-in computed in this workbook, by fiscal year: what the follow-up quotes. */
export const RESULTS_KEY = "itaAddin.results";

/** Prefix of the defined names that mark the add-in's own sheets. */
export const SHEET_NAME_PREFIX = "_ITA.s.";
/** The defined name that points at the input sheet the last generation read (and highlighted). */
export const INPUT_NAME = "_ITA.input";

/** The sheet the last generation read its scores from, by its defined name (INPUT_NAME). */
export interface LastInput {
  key: string;
}

export function lastInput(): LastInput | null {
  const v = readJson<LastInput>(LAST_INPUT_KEY);
  return v && typeof v.key === "string" && v.key ? v : null;
}

export interface OwnSheetRecord {
  /** The defined name (SHEET_NAME_PREFIX...) whose reference is the area the add-in wrote on this sheet. */
  key: string;
  /** Name when written (the user may have renamed it since). */
  name: string;
  role: SheetRole;
  fiscalYear?: number;
  /** hashGrid of the values written, over rows x cols from A1. */
  hash: string;
  rows: number;
  cols: number;
  /** Fingerprint of the formatting (fills, fonts, row heights) as Excel reported it right after the write. */
  fmt?: string;
  /** Number of charts on the sheet right after the write. */
  charts?: number;
}

export interface HighlightRecord {
  /** The defined name pointing at the highlighted (input) sheet. */
  key: string;
  sheetName: string;
  /** Local addresses ("C5:C9") each carrying one conditional format of the add-in. */
  ranges: string[];
  threshold: number;
}

/** The outcome of the last ribbon-button run, for the task pane to show. */
export interface LastRun {
  at: string;
  status: string;
  problems: Message[];
  warnings: Message[];
  sheetsCreated: string[];
  error?: string;
}

/** The record carried in a sheet name's comment (at most 255 characters). */
export interface NameComment {
  role: SheetRole;
  fiscalYear?: number;
  hash: string;
  rows: number;
  cols: number;
  state: "pending" | "done";
}

export function nameComment(c: NameComment): string {
  return ["ita1", c.role, c.fiscalYear ?? "", c.hash, c.rows, c.cols, c.state].join("|");
}

export function parseNameComment(text: unknown): NameComment | null {
  if (typeof text !== "string") return null;
  const p = text.split("|");
  if (p.length !== 7 || p[0] !== "ita1") return null;
  const rows = Number(p[4]);
  const cols = Number(p[5]);
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || (p[6] !== "pending" && p[6] !== "done"))
    return null;
  return {
    role: p[1] as SheetRole,
    fiscalYear: p[2] ? Number(p[2]) : undefined,
    hash: p[3],
    rows,
    cols,
    state: p[6],
  };
}

interface SettingsApi {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

function settings(): SettingsApi {
  return Office.context.document.settings as unknown as SettingsApi;
}

export function readJson<T>(name: string): T | null {
  const v = settings().get(name);
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    try {
      return JSON.parse(v) as T;
    } catch {
      return null;
    }
  }
  return v as T;
}

/** Sets a value (as plain JSON: Office serialises settings as JSON). */
export function writeJson(name: string, value: unknown): void {
  if (value === null || value === undefined) settings().remove(name);
  else settings().set(name, JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Reloads the settings saved in the document into this runtime's in-memory copy. The ribbon command and the
 * task pane run in separate runtimes, each with its own copy: without this, one would save its stale copy
 * over what the other saved (e.g. the records of the sheets the ribbon command just created).
 */
export function refreshSettingsAsync(): Promise<void> {
  return new Promise((resolve) => {
    const api = settings() as SettingsApi & { refreshAsync?: (cb: (r: unknown) => void) => void };
    if (typeof api.refreshAsync !== "function") {
      resolve();
      return;
    }
    try {
      api.refreshAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

export function saveSettingsAsync(): Promise<void> {
  return new Promise((resolve, reject) => {
    settings().saveAsync((r) => {
      if (r && String(r.status) === "failed") {
        reject(new Error(r.error?.message ?? "saveAsync failed"));
      } else resolve();
    });
  });
}

/** Records of the add-in's own sheets (records of older versions, keyed by worksheet id, are dropped). */
export function ownSheets(): OwnSheetRecord[] {
  const v = readJson<OwnSheetRecord[]>(SHEETS_KEY);
  return Array.isArray(v)
    ? v.filter((r) => r && typeof r.key === "string" && r.key.startsWith(SHEET_NAME_PREFIX))
    : [];
}

export function highlights(): HighlightRecord[] {
  const v = readJson<HighlightRecord[]>(HIGHLIGHTS_KEY);
  return Array.isArray(v)
    ? v.filter(
        (r) =>
          r &&
          typeof r.key === "string" &&
          Array.isArray(r.ranges) &&
          r.ranges.every((a) => typeof a === "string")
      )
    : [];
}

export function loadAddinSettings(): AddinSettings | null {
  const v = readJson<AddinSettings>(SETTINGS_KEY);
  if (!v || typeof v !== "object" || !v.agency) return null;
  return v;
}

/** The results remembered by generate, by fiscal year (Buddhist era, as text). */
export function rememberedResults(): Record<string, TrackResult> {
  return readJson<Record<string, TrackResult>>(RESULTS_KEY) ?? {};
}

/**
 * Remembers a report's result (total, level, main indicators) for the follow-up of its measures: the
 * tracking sheet quotes it, and the follow-up report compares the indicators with the next year's.
 */
export function rememberResult(a: Assessment): void {
  const indicators: Record<string, number> = {};
  for (const r of a.ranking) if (!r.sub) indicators[r.id] = r.score;
  writeJson(RESULTS_KEY, {
    ...rememberedResults(),
    [String(a.fiscalYear)]: {
      fiscalYear: a.fiscalYear,
      total: a.total,
      level: a.level ? a.level.labelTh : null,
      indicators,
    },
  });
}
