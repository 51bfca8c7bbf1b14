/**
 * The add-in's own sheets, in plain data (no Office.js): the marks that say a sheet is the add-in's (hidden
 * defined names `_ITA.s.<run>.<n>`, ./store.ts), whether a marked sheet was edited since it was written,
 * and which earlier sheets a run replaces, keeps under a new name or cleans up. Testable without a host.
 */
import { splitAddress } from "./address";
import { hashFormats, hashGrid } from "./fingerprint";
import { SHEET_NAME_PREFIX, parseNameComment, type OwnSheetRecord } from "./store";

/** A short token naming one run's defined names (`_ITA.s.<run>.<n>`). */
export function runToken(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2, 6)).replace(
    /[^a-z0-9]/g,
    ""
  );
}

/** A defined name's reference ("'Sheet 1'!$A$1:$C$3") -> the sheet's name, or null for #REF! and others. */
export function sheetOfReference(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const ref = value.replace(/^=/, "");
  if (ref.includes("#REF!") || !ref.includes("!")) return null;
  return splitAddress(ref).sheet ?? null;
}

/** One of the add-in's defined names found in the workbook. */
export interface MarkedSheet {
  key: string;
  /** The sheet it refers to now, or null when that sheet was deleted (#REF!). */
  sheet: string | null;
  state: "pending" | "done" | "unknown";
  comment: ReturnType<typeof parseNameComment>;
}

/** The add-in's marks among a workbook's defined names (as loaded: name, value, comment). */
export function markedSheets(
  names: ReadonlyArray<{ name: string; value: unknown; comment: unknown }>
): MarkedSheet[] {
  return names
    .filter((n) => n.name.startsWith(SHEET_NAME_PREFIX))
    .map((n) => {
      const comment = parseNameComment(n.comment);
      return {
        key: n.name,
        sheet: sheetOfReference(n.value),
        state: comment?.state ?? "unknown",
        comment,
      };
    });
}

/** Records for marks the add-in finished ("done") but could not list in the settings (saving failed). */
export function recordsToAdopt(marked: MarkedSheet[], known: OwnSheetRecord[]): OwnSheetRecord[] {
  const keys = new Set(known.map((r) => r.key));
  return marked
    .filter((m) => !keys.has(m.key) && m.state === "done" && m.sheet !== null && m.comment)
    .map((m) => ({
      key: m.key,
      name: m.sheet ?? "",
      role: m.comment!.role,
      fiscalYear: m.comment!.fiscalYear,
      hash: m.comment!.hash,
      rows: m.comment!.rows,
      cols: m.comment!.cols,
    }));
}

/** An own sheet as found now. */
export interface OwnState {
  rec: OwnSheetRecord;
  /** The sheet's name and id now (ids are good within this session only). */
  name: string;
  id: string;
  edited: boolean;
  changes: Array<"values" | "format" | "charts" | "renamed">;
}

/** What was read of an own sheet: its marked area's values and formatting, used size, charts, name. */
export interface OwnSheetSeen {
  name: string;
  id: string;
  values: unknown[][];
  /** The used range (null when the sheet is empty). */
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null;
  props: unknown[][];
  charts: number;
}

/** Whether the add-in's sheet was edited (values, size, formatting, charts, name) since it was written. */
export function ownState(rec: OwnSheetRecord, seen: OwnSheetSeen): OwnState {
  const changes: OwnState["changes"] = [];
  const { used } = seen;
  if (hashGrid(seen.values) !== rec.hash) changes.push("values");
  else if (
    used &&
    (used.rowIndex + used.rowCount > rec.rows || used.columnIndex + used.columnCount > rec.cols)
  )
    changes.push("values");
  // Formatting-only edits (fills, fonts, row heights) and a chart of the user's count as edits too.
  // A record without the fingerprint (settings lost) cannot prove the sheet untouched: kept.
  if (!rec.fmt || hashFormats(seen.props) !== rec.fmt) changes.push("format");
  if (rec.charts === undefined || seen.charts !== rec.charts) changes.push("charts");
  // A sheet the user renamed is theirs now, like an edited one.
  if (seen.name !== rec.name) changes.push("renamed");
  return { rec, name: seen.name, id: seen.id, edited: changes.length > 0, changes };
}

/** A name of at most 31 characters, not in `taken` (lower-cased), derived from `base`. */
export function freeName(base: string, taken: Set<string>, suffix = ""): string {
  const clean = base.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
  const fit = (s: string, tail: string): string => s.slice(0, 31 - tail.length).trimEnd() + tail;
  let candidate = suffix ? fit(clean, " " + suffix) : clean;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    candidate = fit(clean, suffix ? ` ${suffix} ${i}` : ` (${i})`);
  }
  return candidate;
}

/** An earlier own sheet a run keeps (edited): its name after the run. */
export interface Kept {
  own: OwnState;
  to: string;
}

/** A sheet left "pending" by a run whose write and rollback both failed: removed by the next run. */
export interface Orphan {
  key: string;
  sheet: string;
  id: string;
}

/** What one run does to the add-in's earlier sheets, and the names of its new ones. */
export interface Replacement {
  /** Earlier own sheets exactly as written: deleted. */
  replace: OwnState[];
  /** Earlier own sheets the user edited: kept, under the user's name or "… (แก้ไข)". */
  keep: Kept[];
  orphans: Orphan[];
  /** Marks whose sheet is gone (#REF!): deleted. */
  dangling: string[];
  /** The new sheets' names (free once the replaced ones are gone). */
  names: string[];
  sheetsKept: Array<{ from: string; to: string }>;
  /** The sheet names the confirm step lists (replaced sheets and orphans). */
  sheetsReplaced: string[];
}

/**
 * Plans a run's replacement: `earlier` (the own sheets the run supersedes) splits into the unedited, which
 * go, and the edited, which stay — under the user's own name, or beside the new one with "(แก้ไข)" when
 * still under the add-in's. Orphans move out of the way too. New names are free in what remains of
 * `sheetNames` (every sheet now).
 */
export function planReplacement(
  wanted: string[],
  earlier: OwnState[],
  sheetNames: string[],
  orphans: Orphan[] = [],
  dangling: string[] = []
): Replacement {
  const replace = earlier.filter((o) => !o.edited);
  const toKeep = earlier.filter((o) => o.edited);
  // Sheets that move out of the way: replaced ones, orphans, and edited ones still under the name the
  // add-in gave (a sheet the user renamed keeps the user's name).
  const moving = earlier.filter((o) => !o.edited || o.name === o.rec.name);
  const leaving = new Set([
    ...moving.map((o) => o.name.toLowerCase()),
    ...orphans.map((m) => m.sheet.toLowerCase()),
  ]);
  const taken = new Set(sheetNames.map((n) => n.toLowerCase()).filter((n) => !leaving.has(n)));
  const names = wanted.map((w) => {
    const n = freeName(w, taken);
    taken.add(n.toLowerCase());
    return n;
  });
  const keep = toKeep.map((o) => {
    if (o.name !== o.rec.name) return { own: o, to: o.name };
    const to = freeName(o.name, taken, "(แก้ไข)");
    taken.add(to.toLowerCase());
    return { own: o, to };
  });
  return {
    replace,
    keep,
    orphans,
    dangling,
    names,
    sheetsKept: keep.map((k) => ({ from: k.own.name, to: k.to })),
    sheetsReplaced: [...replace.map((o) => o.name), ...orphans.map((m) => m.sheet)],
  };
}
