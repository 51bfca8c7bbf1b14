/**
 * The ONE write lifecycle of the add-in's own sheets: the report, the many-agency summary, the input
 * template and the phrase sheet all write through `writeOwnSheets`, and so will any later sheet of the
 * add-in's. It does not care how a sheet's content is written (the caller's `write`), only that:
 *
 * 1. the earlier sheets it replaces (and orphans of an interrupted run) move out of the way under
 *    temporary names, and edited ones take the name they keep;
 * 2. every new sheet is added and marked "pending" (a hidden defined name, ./store.ts) before any content
 *    is written, so a sheet left by a batch that failed part-way is recognisable as the add-in's;
 * 3. the content is written (the caller's `write`, then `alsoQueue` for what else the batch carries);
 * 4. the replaced sheets and their marks are deleted, the kept ones lose their marks (they are the
 *    user's now), dangling marks go;
 * 5. the formatting Excel reports is read back (to recognise a later formatting edit) and the marks say
 *    "done" — the last operations of the batch; then ONE sync (or more only when the caller splits the
 *    values into `moreBatches`, the marks then set in the last);
 * 6. on failure, only this run's sheets are removed and renamed sheets get their names back (rollback);
 * 7. on success the records are remembered in the document settings and saved.
 */
import type { SheetPlan, SheetRole } from "../report/plan";
import { a1 } from "./address";
import { FORMAT_PROPS, expectedGrid, hashFormats } from "./fingerprint";
import { runToken, sheetOfReference, type Kept, type Orphan, type OwnState } from "./marks";
import {
  SHEETS_KEY,
  SHEET_NAME_PREFIX,
  nameComment,
  saveSettingsAsync,
  writeJson,
  type NameComment,
  type OwnSheetRecord,
} from "./store";

export type Count = () => void;

/** One sheet a run writes. */
export interface PlannedSheet {
  plan: SheetPlan;
  /** The name it gets (free: ./marks.ts planReplacement or the plan's own). */
  name: string;
  role: SheetRole;
  fiscalYear?: number;
}

/** Writes one sheet's content into its new, empty worksheet (queued only); says what Excel will hold. */
export type WriteSheet = (
  worksheet: Excel.Worksheet,
  sheet: PlannedSheet,
  index: number
) => { hash: string; rows: number; cols: number };

export interface WrittenOwnSheet {
  sheet: PlannedSheet;
  worksheet: Excel.Worksheet;
  key: string;
  hash: string;
  rows: number;
  cols: number;
}

export interface OwnSheetWrite {
  sheets: PlannedSheet[];
  write: WriteSheet;
  /** Earlier own sheets to delete, to keep (renamed), orphans to delete, dangling marks to delete. */
  replace?: OwnState[];
  keep?: Kept[];
  orphans?: Orphan[];
  dangling?: string[];
  /** Every sheet name at read time (the rollback never deletes a sheet that existed then). */
  namesBefore: string[];
  /** Queued after the content, before the deletions (the report's highlights). */
  alsoQueue?: (written: WrittenOwnSheet[]) => void;
  /** Further write batches (one sync each) after the first; the marks say "done" in the last. */
  moreBatches?: Array<(written: WrittenOwnSheet[]) => void>;
  /** Read back the formatting and charts (for sheets whose edits are detected before replacing them). */
  fingerprint: boolean;
  /** The records to keep beside the new ones, read when the write succeeded. */
  records: () => OwnSheetRecord[];
  /** More settings to write before the one save (the report's highlights and input sheet). */
  remember?: (written: WrittenOwnSheet[]) => void;
}

export type OwnSheetOutcome =
  | { ok: true; written: WrittenOwnSheet[]; records: OwnSheetRecord[]; saveError?: unknown }
  | { ok: false; failure: unknown; rolledBack: boolean };

/**
 * Queues the mark of a sheet this run adds: a hidden workbook-scoped name over the area written, with the
 * record in its comment in state "pending". Returns the name, whose comment is set to "done" last.
 */
function markSheet(
  ctx: Excel.RequestContext,
  key: string,
  ws: Excel.Worksheet,
  comment: NameComment
): Excel.NamedItem {
  const area = ws.getRange(a1(0, 0, comment.rows, comment.cols));
  const item = ctx.workbook.names.add(key, area, nameComment(comment));
  item.visible = false;
  return item;
}

/** After the write sync: what Excel reports for the formatting of a written sheet, and its charts. */
interface ReadBack {
  props: { value: unknown[][] };
  charts: Excel.ChartCollection;
}

function queueReadBack(w: WrittenOwnSheet): ReadBack {
  const props = w.worksheet.getRange(a1(0, 0, w.rows, w.cols)).getCellProperties(FORMAT_PROPS);
  const charts = w.worksheet.charts;
  charts.load("items/name");
  return { props, charts };
}

/** Steps 1-3: renames, new sheets added and marked "pending", their content. */
function queueSheets(
  ctx: Excel.RequestContext,
  tx: OwnSheetWrite,
  token: string
): { written: WrittenOwnSheet[]; marks: Excel.NamedItem[] } {
  const sheets = ctx.workbook.worksheets;
  (tx.replace ?? []).forEach((o, i) => {
    sheets.getItem(o.id).name = `~ita-old-${i}-${token}`;
  });
  (tx.orphans ?? []).forEach((m, i) => {
    sheets.getItem(m.id).name = `~ita-orphan-${i}-${token}`;
  });
  for (const k of tx.keep ?? []) if (k.to !== k.own.name) sheets.getItem(k.own.id).name = k.to;
  const marks: Excel.NamedItem[] = [];
  const added = tx.sheets.map((sheet, i) => {
    const worksheet = sheets.add(sheet.name);
    const { rows, cols } = expectedGrid(sheet.plan);
    const key = `${SHEET_NAME_PREFIX}${token}.${i}`;
    const { role, fiscalYear } = sheet;
    marks.push(
      markSheet(ctx, key, worksheet, { role, fiscalYear, hash: "", rows, cols, state: "pending" })
    );
    return { sheet, worksheet, key };
  });
  const written = added.map(({ sheet, worksheet, key }, i) => {
    const { hash, rows, cols } = tx.write(worksheet, sheet, i);
    worksheet.load("id,name");
    return { sheet, worksheet, key, hash, rows, cols };
  });
  return { written, marks };
}

/** Steps 4-5: deletions, the first new sheet shown, read-back, marks "done". */
function queueFinish(
  ctx: Excel.RequestContext,
  tx: OwnSheetWrite,
  written: WrittenOwnSheet[],
  marks: Excel.NamedItem[]
): ReadBack[] {
  const wb = ctx.workbook;
  for (const o of tx.replace ?? []) {
    wb.names.getItem(o.rec.key).delete();
    wb.worksheets.getItem(o.id).delete();
  }
  // A kept (edited) sheet is no longer the add-in's: its mark goes.
  for (const k of tx.keep ?? []) wb.names.getItem(k.own.rec.key).delete();
  for (const m of tx.orphans ?? []) {
    wb.names.getItem(m.key).delete();
    wb.worksheets.getItem(m.id).delete();
  }
  for (const key of tx.dangling ?? []) wb.names.getItem(key).delete();
  if (written.length > 0) {
    written[0].worksheet.activate();
    written[0].worksheet.getRange("A1").select();
  }
  const readBack = tx.fingerprint ? written.map(queueReadBack) : [];
  // Last: the marks say "done" (a batch that failed before this leaves them "pending").
  written.forEach((w, i) => {
    const { role, fiscalYear } = w.sheet;
    marks[i].comment = nameComment({
      role,
      fiscalYear,
      hash: w.hash,
      rows: w.rows,
      cols: w.cols,
      state: "done",
    });
  });
  return readBack;
}

/** Step 7: the records of the new sheets beside those kept, saved with the document. */
async function remember(
  tx: OwnSheetWrite,
  written: WrittenOwnSheet[],
  readBack: ReadBack[]
): Promise<{ records: OwnSheetRecord[]; saveError?: unknown }> {
  const gone = new Set([
    ...(tx.replace ?? []).map((o) => o.rec.key),
    ...(tx.keep ?? []).map((k) => k.own.rec.key),
    ...(tx.orphans ?? []).map((m) => m.key),
    ...(tx.dangling ?? []),
  ]);
  const added: OwnSheetRecord[] = written.map((w, i) => ({
    key: w.key,
    name: w.worksheet.name,
    role: w.sheet.role,
    ...(w.sheet.fiscalYear ? { fiscalYear: w.sheet.fiscalYear } : {}),
    hash: w.hash,
    rows: w.rows,
    cols: w.cols,
    ...(readBack[i]
      ? { fmt: hashFormats(readBack[i].props.value), charts: readBack[i].charts.items.length }
      : {}),
  }));
  const records = [...tx.records().filter((r) => !gone.has(r.key)), ...added];
  writeJson(SHEETS_KEY, records);
  tx.remember?.(written);
  try {
    await saveSettingsAsync();
    return { records };
  } catch (e) {
    return { records, saveError: e };
  }
}

/** Writes a run's own sheets (see the file's comment); `count` is called before every sync. */
export async function writeOwnSheets(
  ctx: Excel.RequestContext,
  count: Count,
  tx: OwnSheetWrite
): Promise<OwnSheetOutcome> {
  const token = runToken();
  const { written, marks } = queueSheets(ctx, tx, token);
  tx.alsoQueue?.(written);
  const more = tx.moreBatches ?? [];
  let readBack: ReadBack[] = more.length === 0 ? queueFinish(ctx, tx, written, marks) : [];
  try {
    count();
    await ctx.sync();
    for (let b = 0; b < more.length; b++) {
      more[b](written);
      if (b === more.length - 1) readBack = queueFinish(ctx, tx, written, marks);
      count();
      await ctx.sync();
    }
  } catch (e) {
    const failure: unknown = e ?? new Error("sync failed");
    const rolledBack = await rollback(
      ctx,
      count,
      token,
      new Set(tx.namesBefore.map((n) => n.toLowerCase())),
      tx.sheets.map((s) => s.name),
      [
        ...(tx.replace ?? []).map((o) => ({ id: o.id, name: o.name })),
        ...(tx.keep ?? []).map((k) => ({ id: k.own.id, name: k.own.name })),
        ...(tx.orphans ?? []).map((m) => ({ id: m.id, name: m.sheet })),
      ]
    );
    return { ok: false, failure, rolledBack };
  }
  return { ok: true, written, ...(await remember(tx, written, readBack)) };
}

/**
 * After a failed write: delete only the sheets THIS run added — those its names (`_ITA.s.<token>.*`)
 * point at, and a sheet with a name this run tried to add that did not exist at read time (added but not
 * yet marked) — never a sheet the user or a co-author added meanwhile; then give renamed sheets their
 * names back. Two round trips, only on this path. If it fails too, the run's sheets keep their "pending"
 * names and the next run removes them.
 */
async function rollback(
  ctx: Excel.RequestContext,
  count: Count,
  token: string,
  namesBefore: Set<string>,
  attempted: string[],
  renamed: Array<{ id: string; name: string }>
): Promise<boolean> {
  try {
    const all = ctx.workbook.worksheets;
    all.load("items/id,items/name");
    const defined = ctx.workbook.names;
    defined.load("items/name,items/value");
    count();
    await ctx.sync();
    const prefix = `${SHEET_NAME_PREFIX}${token}.`;
    const mine = defined.items.filter((n) => n.name.startsWith(prefix));
    const marked = new Set(
      mine.map((n) => (sheetOfReference(n.value) ?? "").toLowerCase()).filter(Boolean)
    );
    const tried = new Set(attempted.map((n) => n.toLowerCase()));
    const now = new Map(all.items.map((s) => [s.id, s]));
    for (const n of mine) n.delete();
    for (const s of all.items) {
      const lower = s.name.toLowerCase();
      if (marked.has(lower) || (tried.has(lower) && !namesBefore.has(lower))) s.delete();
    }
    for (const r of renamed) {
      const s = now.get(r.id);
      if (s && s.name !== r.name) s.name = r.name;
    }
    count();
    await ctx.sync();
    return true;
  } catch {
    return false;
  }
}
