/**
 * What the add-in remembers in the document (Office.context.document.settings, saved with the workbook):
 * the user's options, and which sheets and conditional formats are the add-in's own.
 *
 * Why document settings keyed by worksheet id (and not worksheet custom properties):
 * - settings are readable synchronously before the first sync, so generate() knows which sheets to inspect
 *   and can load all of them in its ONE read round trip (custom properties need the sheet list first);
 * - a worksheet id survives renaming by the user, and a copy of a sheet gets a new id: a user's copy of a
 *   report is never mistaken for the add-in's own and deleted;
 * - no ExcelApi 1.12 needed (the add-in's floor stays at ExcelApi 1.9).
 * Conditional formats are remembered by their ids (ConditionalFormat.id, ExcelApi 1.6) with their range.
 */
import type { AddinSettings } from "./api";
import type { SheetRole } from "../report/plan";
import type { Message } from "../core/types";

export const SETTINGS_KEY = "itaAddin.settings";
export const SHEETS_KEY = "itaAddin.sheets";
export const HIGHLIGHTS_KEY = "itaAddin.highlights";
export const LAST_RUN_KEY = "itaAddin.lastRun";
export const LAST_INPUT_KEY = "itaAddin.lastInput";

/** The sheet the last generation read its scores from (used when the active sheet is the add-in's own). */
export interface LastInput {
  sheetId: string;
}

export function lastInput(): LastInput | null {
  const v = readJson<LastInput>(LAST_INPUT_KEY);
  return v && typeof v.sheetId === "string" && v.sheetId ? v : null;
}

export interface OwnSheetRecord {
  /** Worksheet id. */
  id: string;
  /** Name when written (the user may have renamed it since). */
  name: string;
  role: SheetRole;
  fiscalYear?: number;
  /** hashGrid of the values written, over rows x cols from A1. */
  hash: string;
  rows: number;
  cols: number;
}

export interface HighlightRecord {
  sheetId: string;
  sheetName: string;
  /** Local addresses ("C5:C9") each carrying one conditional format. */
  ranges: Array<{ address: string; cfId: string }>;
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

export function ownSheets(): OwnSheetRecord[] {
  const v = readJson<OwnSheetRecord[]>(SHEETS_KEY);
  return Array.isArray(v) ? v.filter((r) => r && typeof r.id === "string") : [];
}

export function highlights(): HighlightRecord[] {
  const v = readJson<HighlightRecord[]>(HIGHLIGHTS_KEY);
  return Array.isArray(v)
    ? v.filter((r) => r && typeof r.sheetId === "string" && Array.isArray(r.ranges))
    : [];
}

export function loadAddinSettings(): AddinSettings | null {
  const v = readJson<AddinSettings>(SETTINGS_KEY);
  if (!v || typeof v !== "object" || !v.agency) return null;
  return v;
}
