/**
 * The Office.js edge: implements ExcelGateway (./api.ts) with batched Excel JavaScript API calls.
 *
 * generate() makes exactly TWO round trips (context.sync) whatever the report's length:
 *   1. read: sheet list, the add-in's defined names, the input (template sheet / active sheet / selection /
 *      a picked sheet: values and number formats within a bounded window), the phrase sheet, the add-in's
 *      earlier report sheets (values and formatting, to detect edits) and its earlier highlights — all loads
 *      queued, one sync;
 *   2. write: renames, new sheets with all their content, highlights, deletions — all queued, one sync.
 * Extra round trips happen only off the normal path: when something the add-in remembered is gone (one
 * probe sync to find what, then the read again), when a report written while the document settings could
 * not be saved is found (read again with it), and when the write fails (the rollback).
 * Which sheets are the add-in's is kept in defined names saved in the file (see ./store.ts), never in
 * worksheet ids, which change between sessions.
 */
import type { AgencyDetails, Assessment, GridFinding, Message, RawInput } from "../core/types";
import { READ_LIMITS } from "../core/grid";
import type { SheetPlan, SheetRole } from "../report/plan";
import type {
  AddinSettings,
  ExcelGateway,
  GenerateRequest,
  GenerateResult,
  SummaryRequest,
  SummaryResult,
} from "./api";
import { a1, parseLocal, splitAddress, type Rect } from "./address";
import { checks, composer, engine, loadComposer, writer, type PhraseLibrary } from "./engine";
import {
  HIGHLIGHTS_KEY,
  INPUT_NAME,
  LAST_INPUT_KEY,
  SETTINGS_KEY,
  SHEETS_KEY,
  SHEET_NAME_PREFIX,
  highlights as readHighlights,
  lastInput as readLastInput,
  loadAddinSettings,
  nameComment,
  ownSheets,
  parseNameComment,
  refreshSettingsAsync,
  saveSettingsAsync,
  writeJson,
  type HighlightRecord,
  type LastInput,
  type OwnSheetRecord,
} from "./store";
import { FORMAT_PROPS, HIGHLIGHT_FILL, HIGHLIGHT_FONT, hashFormats, hashGrid } from "./fingerprint";
import type { WrittenSheet } from "./writePlan";
import { hostCannotSave, officePlatform, writtenReport } from "./writtenReport";
import type { ReportDocument } from "../report/document";

/**
 * The window an input sheet is read within (from A1; READ_LIMITS in src/core/grid.ts, shared with the
 * command line): Excel on the web answers at most 5 MB per request ("RichAPI.Error" beyond). 2,000 rows x
 * 50 columns = 100,000 cells, values and number formats: a few hundred kB for scores and names, far below
 * the limit even with long Thai text in every cell. A sheet larger than this is read in this window and the
 * user is told (sheet-too-large).
 */
export const READ_MAX_ROWS = READ_LIMITS.rows;
export const READ_MAX_COLS = READ_LIMITS.cols;
const READ_WINDOW = a1(0, 0, READ_MAX_ROWS, READ_MAX_COLS);

/** The ExcelApi requirement sets the add-in uses, each with what needs it. The manifest states the highest. */
export const REQUIRED_SETS: Array<{ version: string; th: string; en: string }> = [
  {
    version: "1.4",
    th: "ค้นหาแผ่นงานและช่วงที่ใช้ (getItemOrNullObject)",
    en: "finding sheets and used ranges (OrNullObject)",
  },
  { version: "1.6", th: "การจัดรูปแบบตามเงื่อนไข", en: "conditional formats" },
  { version: "1.7", th: "แผนภูมิและการตรึงแนว", en: "chart series and freeze panes" },
  { version: "1.8", th: "การตรวจสอบข้อมูล", en: "data validation" },
  {
    version: "1.9",
    th: "การตั้งค่าหน้ากระดาษสำหรับพิมพ์ การเยื้องข้อความ และการอ่านรูปแบบเซลล์หลายช่วงพร้อมกัน",
    en: "page layout, print setup, indents, and reading cell formats of several ranges at once (getCellProperties, getRanges)",
  },
];
export const MIN_EXCEL_API = "1.9";

const REPORT_ROLES: SheetRole[] = ["analysis", "measures", "scores"];

type Count = () => void;

type GridKind = "template" | "active" | "last" | "selection" | "row";

export interface OwnState {
  rec: OwnSheetRecord;
  /** The sheet's name and id now (ids are good within this session only). */
  name: string;
  id: string;
  edited: boolean;
  changes: Array<"values" | "format" | "charts" | "renamed">;
}

/** The reads queued by queueOwnSheet, answered after the sync. */
export interface OwnSheetLoads {
  rec: OwnSheetRecord;
  ws: Excel.Worksheet;
  area: Excel.Range;
  used: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  charts: Excel.ChartCollection;
}

/**
 * Queues, in the caller's read batch, what tells whether one of the add-in's sheets (found through its
 * defined name) was edited since it was written; ownStateOf says so after the sync.
 */
export function queueOwnSheet(wb: Excel.Workbook, rec: OwnSheetRecord): OwnSheetLoads {
  const area = wb.names.getItem(rec.key).getRange();
  area.load("values");
  // The sheet through a second getRange (a navigation, not a read).
  const ws = wb.names.getItem(rec.key).getRange().worksheet;
  ws.load("name,id");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const props = area.getCellProperties(FORMAT_PROPS);
  const charts = ws.charts;
  charts.load("items/name");
  return { rec, ws, area, used, props, charts };
}

/** Whether the add-in's sheet was edited (values, size, formatting, charts, name), from its loads. */
export function ownStateOf({ rec, ws, area, used, props, charts }: OwnSheetLoads): OwnState {
  const changes: OwnState["changes"] = [];
  if (hashGrid(area.values as unknown[][]) !== rec.hash) changes.push("values");
  else if (
    !used.isNullObject &&
    (used.rowIndex + used.rowCount > rec.rows || used.columnIndex + used.columnCount > rec.cols)
  )
    changes.push("values");
  // Formatting-only edits (fills, fonts, row heights) and a chart of the user's count as edits too.
  // A record without the fingerprint (settings lost) cannot prove the sheet untouched: kept.
  if (!rec.fmt || hashFormats(props.value as unknown[][]) !== rec.fmt) changes.push("format");
  if (rec.charts === undefined || charts.items.length !== rec.charts) changes.push("charts");
  // A sheet the user renamed is theirs now, like an edited one.
  if (ws.name !== rec.name) changes.push("renamed");
  return { rec, name: ws.name, id: ws.id, edited: changes.length > 0, changes };
}

function msg(code: string, th: string, en: string, cell?: string): Message {
  return cell === undefined ? { code, th, en } : { code, th, en, cell };
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** The message when Excel.run itself throws (the workbook could not be read or written). */
export function workbookFailedText(e: unknown): string {
  return `อ่านหรือเขียนสมุดงานไม่สำเร็จ / Reading or writing the workbook failed: ${errorText(e)}`;
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

/**
 * Names for a run's new sheets (free in `taken`) and for the add-in's earlier sheets the user edited, which
 * are kept: under the user's own name, or beside the new one with "(แก้ไข)" when still under the add-in's.
 * `taken` gains every name given.
 */
export function nameNewAndKept<T extends { name: string; rec: { name: string } }>(
  wanted: string[],
  taken: Set<string>,
  toKeep: T[]
): {
  names: string[];
  kept: Array<{ own: T; to: string }>;
  sheetsKept: Array<{ from: string; to: string }>;
} {
  const names = wanted.map((w) => {
    const n = freeName(w, taken);
    taken.add(n.toLowerCase());
    return n;
  });
  const kept = toKeep.map((o) => {
    if (o.name !== o.rec.name) return { own: o, to: o.name };
    const to = freeName(o.name, taken, "(แก้ไข)");
    taken.add(to.toLowerCase());
    return { own: o, to };
  });
  return { names, kept, sheetsKept: kept.map((k) => ({ from: k.own.name, to: k.to })) };
}

function nonEmpty<T extends object>(o: Partial<T> | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** Groups single-cell addresses of one sheet into vertical (else horizontal) runs, as local addresses. */
export function groupCells(cells: Rect[]): string[] {
  const left = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: string[] = [];
  const singles: Rect[] = [];
  let i = 0;
  while (i < left.length) {
    let j = i + 1;
    while (j < left.length && left[j].col === left[i].col && left[j].row === left[j - 1].row + 1)
      j++;
    if (j - i > 1) out.push(a1(left[i].row, left[i].col, j - i, 1));
    else singles.push(left[i]);
    i = j;
  }
  singles.sort((a, b) => a.row - b.row || a.col - b.col);
  i = 0;
  while (i < singles.length) {
    let j = i + 1;
    while (
      j < singles.length &&
      singles[j].row === singles[i].row &&
      singles[j].col === singles[j - 1].col + 1
    )
      j++;
    out.push(a1(singles[i].row, singles[i].col, 1, j - i));
    i = j;
  }
  return out;
}

/** A defined name's reference ("'Sheet 1'!$A$1:$C$3") -> the sheet's name, or null for #REF! and others. */
export function sheetOfReference(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const ref = value.replace(/^=/, "");
  if (ref.includes("#REF!") || !ref.includes("!")) return null;
  return splitAddress(ref).sheet ?? null;
}

/** The add-in's sheet names found in the workbook (defined names with SHEET_NAME_PREFIX). */
interface MarkedSheet {
  key: string;
  /** The sheet it refers to now, or null when that sheet was deleted (#REF!). */
  sheet: string | null;
  state: "pending" | "done" | "unknown";
  comment: ReturnType<typeof parseNameComment>;
}

interface ReadData {
  sheetIds: Set<string>;
  sheetNames: string[];
  idByName: Map<string, string>;
  grids: Array<{
    kind: GridKind;
    sheet: string;
    sheetId: string;
    values: unknown[][];
    formats?: unknown[][];
    origin: { row: number; col: number };
    /** The sheet's (or selection's) used part is larger than the window read. */
    truncated: boolean;
    protectedSheet: boolean;
  }>;
  phrases: unknown[][] | null;
  own: OwnState[];
  /** Ids of the add-in's other own sheets (template, phrases). */
  ownOtherIds: string[];
  /** The add-in's earlier highlights found now (this session's ids, to delete them). */
  oldCfs: Array<{ sheetId: string; address: string; id: string }>;
  /** Sheets holding the earlier highlights that are protected (formats cannot be removed there). */
  protectedHighlightSheets: Set<string>;
  highlights: HighlightRecord[];
  /** Every defined name of the add-in in the workbook. */
  marked: MarkedSheet[];
  inputNameExists: boolean;
}

const CF_LOAD = "items/id,items/type,items/cellValueOrNullObject/rule";

/** Is this loaded conditional format the add-in's highlight (a CellValue "less than threshold")? */
function isOurHighlight(cf: Excel.ConditionalFormat, threshold: number): boolean {
  if (cf.type !== "CellValue") return false;
  const cv = cf.cellValueOrNullObject;
  if (cv.isNullObject) return false;
  const rule = cv.rule as { formula1?: unknown; operator?: unknown } | null;
  return (
    !!rule &&
    rule.operator === "LessThan" &&
    String(rule.formula1).replace(/^=/, "") === String(threshold)
  );
}

/** Queues every read generate() needs; returns a function that turns the loaded proxies into plain data. */
function queueReads(
  ctx: Excel.RequestContext,
  request: GenerateRequest,
  records: OwnSheetRecord[],
  hl: HighlightRecord[],
  lastInput: LastInput | null
): () => ReadData {
  const wb = ctx.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/id,items/name");
  const names = wb.names;
  names.load("items/name,items/value,items/comment");
  const sheetOfName = (key: string): Excel.Worksheet => names.getItem(key).getRange().worksheet;
  const gridLoads: Array<{
    kind: GridKind;
    ws: Excel.Worksheet;
    range: Excel.Range;
    full: Excel.Range;
  }> = [];
  const addUsed = (kind: GridKind, ws: Excel.Worksheet): void => {
    ws.load("name,id");
    ws.protection.load("protected");
    // Within the window only (Excel on the web: 5 MB per response); the full size says if it was cut.
    const range = ws.getRange(READ_WINDOW).getUsedRangeOrNullObject(true);
    range.load("values,numberFormat,rowIndex,columnIndex");
    const full = ws.getUsedRangeOrNullObject(true);
    full.load("rowIndex,columnIndex,rowCount,columnCount");
    gridLoads.push({ kind, ws, range, full });
  };
  const src = request.source;
  if (src.kind === "auto") {
    const tpl = [...records].reverse().find((r) => r.role === "template");
    if (tpl) addUsed("template", sheetOfName(tpl.key));
    addUsed("active", sheets.getActiveWorksheet());
    if (lastInput) addUsed("last", sheetOfName(lastInput.key));
  } else if (src.kind === "selection") {
    // The selection is always on the active sheet. Only its part inside the window is read, so that
    // selecting whole columns does not load a million empty rows.
    const ws = sheets.getActiveWorksheet();
    ws.load("name,id");
    ws.protection.load("protected");
    const selected = wb.getSelectedRange();
    const sel = selected.getIntersectionOrNullObject(ws.getRange(READ_WINDOW));
    sel.load("values,numberFormat,rowIndex,columnIndex");
    const full = selected.getUsedRangeOrNullObject(true);
    full.load("rowIndex,columnIndex,rowCount,columnCount");
    gridLoads.push({ kind: "selection", ws, range: sel, full });
  } else {
    addUsed("row", sheets.getItem(src.sheet));
  }

  const phraseRec = [...records].reverse().find((r) => r.role === "phrases");
  const phraseLoads = phraseRec ? [sheetOfName(phraseRec.key).getUsedRangeOrNullObject(true)] : [];
  for (const r of phraseLoads) r.load("values");

  const otherLoads = records
    .filter((r) => !REPORT_ROLES.includes(r.role))
    .map((rec) => {
      const ws = sheetOfName(rec.key);
      ws.load("id");
      return ws;
    });

  const ownLoads = records
    .filter((r) => REPORT_ROLES.includes(r.role))
    .map((rec) => queueOwnSheet(wb, rec));

  const cfLoads = hl.map((h) => {
    const ws = sheetOfName(h.key);
    ws.load("id");
    ws.protection.load("protected");
    return {
      h,
      ws,
      ranges: h.ranges.map((address) => {
        const cfs = ws.getRange(address).conditionalFormats;
        cfs.load(CF_LOAD);
        return { address, cfs };
      }),
    };
  });

  return () => {
    const grids: ReadData["grids"] = [];
    for (const g of gridLoads) {
      const truncated =
        !g.full.isNullObject &&
        (g.full.rowIndex + g.full.rowCount > READ_MAX_ROWS ||
          g.full.columnIndex + g.full.columnCount > READ_MAX_COLS);
      if (g.range.isNullObject) {
        if (truncated)
          grids.push({
            kind: g.kind,
            sheet: g.ws.name,
            sheetId: g.ws.id,
            values: [],
            origin: { row: 0, col: 0 },
            truncated,
            protectedSheet: g.ws.protection.protected,
          });
        continue;
      }
      grids.push({
        kind: g.kind,
        sheet: g.ws.name,
        sheetId: g.ws.id,
        values: g.range.values as unknown[][],
        formats: g.range.numberFormat as unknown[][],
        origin: { row: g.range.rowIndex, col: g.range.columnIndex },
        truncated,
        protectedSheet: g.ws.protection.protected,
      });
    }
    const own: OwnState[] = ownLoads.map(ownStateOf);
    const oldCfs: ReadData["oldCfs"] = [];
    const protectedHighlightSheets = new Set<string>();
    for (const c of cfLoads) {
      if (c.ws.protection.protected) protectedHighlightSheets.add(c.ws.id);
      for (const r of c.ranges)
        for (const item of r.cfs.items)
          if (isOurHighlight(item, c.h.threshold))
            oldCfs.push({ sheetId: c.ws.id, address: r.address, id: item.id });
    }
    const marked: MarkedSheet[] = names.items
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
    return {
      sheetIds: new Set(sheets.items.map((s) => s.id)),
      sheetNames: sheets.items.map((s) => s.name),
      idByName: new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.id])),
      grids,
      phrases:
        phraseLoads.filter((r) => !r.isNullObject).map((r) => r.values as unknown[][])[0] ?? null,
      own,
      ownOtherIds: otherLoads.map((ws) => ws.id),
      oldCfs,
      protectedHighlightSheets,
      highlights: hl,
      marked,
      inputNameExists: names.items.some((n) => n.name === INPUT_NAME),
    };
  };
}

function baseResult(syncs: number): GenerateResult {
  return { status: "problems", problems: [], warnings: [], sheetsCreated: [], syncs };
}

function dedupe(list: Message[]): Message[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.code}|${m.cell ?? ""}|${m.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface Composed {
  assessment?: Assessment;
  /** The report as a document: its Word file is made from it and the sheets' current text. */
  document?: ReportDocument;
  problems: Message[];
  warnings: Message[];
  reportSheets?: SheetPlan[];
  fiscalYear?: number;
  inputSheet?: string;
  /** The input sheet is protected: highlights cannot be added there. */
  inputProtected?: boolean;
  pick?: GenerateResult["rows"];
}

/** In memory: find the input, parse, assess and compose. */
function compose(request: GenerateRequest, data: ReadData): Composed {
  const { settings, source } = request;
  let finding: GridFinding | null = null;
  let sheet = "";
  // "auto": the template sheet, else the active sheet, else (when the active sheet is one of the add-in's
  // own sheets, e.g. the report it just made) the sheet the last generation read from.
  const ownIds = new Set(data.own.map((o) => o.id).concat(data.ownOtherIds));
  const byKind = (k: GridKind): ReadData["grids"] => data.grids.filter((g) => g.kind === k);
  const candidates =
    source.kind === "auto"
      ? [
          ...byKind("template"),
          ...byKind("active").filter((g) => !ownIds.has(g.sheetId)),
          ...byKind("last"),
        ]
      : data.grids;
  let chosenGrid: ReadData["grids"][number] | undefined;
  for (const g of candidates) {
    finding = engine.findInputInGrid(g.values, g.sheet, g.origin, g.formats);
    sheet = g.sheet;
    chosenGrid = g;
    if (finding) break;
  }
  const tooLarge = (g: ReadData["grids"][number]): Message =>
    msg(
      "sheet-too-large",
      `แผ่นงาน “${g.sheet}” ใหญ่เกินกว่าที่อ่านได้ในครั้งเดียว (Excel บนเว็บรับส่งข้อมูลได้ไม่เกิน 5 MB ต่อครั้ง) จึงอ่านเฉพาะ ${READ_MAX_ROWS.toLocaleString("en-US")} แถวแรกและ ${READ_MAX_COLS} คอลัมน์แรก (${READ_WINDOW}): ถ้าคะแนนอยู่นอกช่วงนี้ ให้คัดลอกตารางคะแนนไปไว้ในแผ่นงานใหม่หรือใช้แผ่นงานกรอกคะแนน`,
      `Sheet "${g.sheet}" is too large to read at once (Excel on the web answers at most 5 MB per request), so only its first ${READ_MAX_ROWS.toLocaleString("en-US")} rows and ${READ_MAX_COLS} columns (${READ_WINDOW}) were read: if the scores lie outside, copy the score table to a new sheet or use the input template.`,
      `${g.sheet}!A1`
    );
  if (!finding) {
    const cut = candidates.find((g) => g.truncated);
    if (cut) return { problems: [tooLarge(cut)], warnings: [] };
    const where = candidates[candidates.length - 1]?.sheet ?? data.sheetNames[0] ?? "";
    const cell = where ? `${where}!A1` : undefined;
    const what = source.kind === "selection" ? "ช่วงที่เลือก" : `แผ่นงาน “${where}”`;
    const whatEn = source.kind === "selection" ? "the selection" : `sheet "${where}"`;
    return {
      problems: [
        msg(
          "no-table",
          `ไม่พบตารางคะแนนตัวชี้วัดใน${what}: ใส่เลขหรือชื่อตัวชี้วัดกับคะแนน หรือสร้างแผ่นงานกรอกคะแนน`,
          `No indicator score table was found in ${whatEn}: give indicator numbers or names with scores, or create the input template.`,
          cell
        ),
      ],
      warnings: [],
    };
  }

  let raw: RawInput = finding.raw;
  let sheetAgency: Partial<AgencyDetails> = finding.agency ?? {};
  if (finding.layout === "wide" && finding.rows && finding.rows.length > 0) {
    const chosen =
      source.kind === "row"
        ? finding.rows.find((r) => r.row === source.row)
        : finding.rows.length === 1
          ? finding.rows[0]
          : undefined;
    if (!chosen) {
      if (source.kind === "row") {
        return {
          problems: [
            msg(
              "no-row",
              `ไม่พบแถวที่เลือกในแผ่นงาน “${sheet}”: เลือกแถวใหม่`,
              `The chosen row was not found in sheet "${sheet}": pick a row again.`,
              `${sheet}!A${source.row + 1}`
            ),
          ],
          warnings: [],
        };
      }
      return {
        problems: [],
        warnings: [],
        pick: finding.rows.map((r) => ({ sheet, row: r.row, label: r.label })),
      };
    }
    raw = chosen.raw;
    sheetAgency = { ...sheetAgency, ...chosen.agency };
  }

  if (settings.fiscalYear) raw = { ...raw, fiscalYear: { value: settings.fiscalYear } };
  const agency = {
    ...nonEmpty<AgencyDetails>(sheetAgency),
    ...nonEmpty<AgencyDetails>(settings.agency),
  } as AgencyDetails;

  const res = engine.assessRaw(raw, { threshold: settings.threshold });
  const problems = [...res.problems];
  const extraWarnings: Message[] = [];
  if (finding.threshold) {
    // The template has its own threshold cell; the pane's setting wins, and a difference is said.
    const t = engine.parseThreshold(finding.threshold.value, finding.threshold.cell);
    if (t.value !== null && t.value !== settings.threshold) {
      extraWarnings.push(
        msg(
          "threshold-differs",
          `เกณฑ์จุดแข็งในแผ่นงาน (${t.value}) ต่างจากที่ตั้งไว้ในบานหน้าต่าง (${settings.threshold}) จึงใช้ ${settings.threshold}`,
          `The strength threshold in the sheet (${t.value}) differs from the pane's setting (${settings.threshold}); ${settings.threshold} is used.`,
          finding.threshold.cell
        )
      );
    }
  }
  // The sheet's agency details and report date, and the fields typed in the pane, checked as the command
  // line checks them: capped, no character an .xlsx cannot hold, a real date.
  problems.push(
    ...checks.agencyTextProblems(
      sheetAgency,
      checks.agencyCellOf(sheet, finding.layout, finding.raw.fiscalYear?.cell)
    ),
    ...checks.agencyTextProblems(settings.agency, () => undefined)
  );
  if (finding.layout === "template" && chosenGrid) {
    const d = checks.templateDateProblem(
      chosenGrid.values,
      sheet,
      finding.raw.fiscalYear?.cell,
      chosenGrid.origin
    );
    if (d) problems.push(d);
  }
  if (!agency.name) {
    problems.push(
      msg(
        "agency-name",
        "ยังไม่ได้ระบุชื่อหน่วยงาน: กรอกในบานหน้าต่างหรือในแผ่นงานกรอกคะแนน",
        "The agency's name is missing: type it in the task pane or in the input template."
      )
    );
  }
  if (problems.length > 0 || !res.assessment)
    return { problems: dedupe(problems), warnings: dedupe(res.warnings) };

  // Earlier years (the template's last-year column, a row per year): compared, or refused when bad.
  const yoy = checks.comparisonForInput(res.assessment, res.input);
  if (yoy.problems.length > 0)
    return { problems: dedupe(yoy.problems), warnings: dedupe(res.warnings) };
  const warnings = [...res.warnings, ...extraWarnings, ...yoy.warnings];
  if (chosenGrid?.truncated) warnings.push(tooLarge(chosenGrid));
  let phrases: PhraseLibrary | undefined;
  if (data.phrases) {
    const p = composer.phrasesFromRows(data.phrases);
    phrases = p.phrases;
    warnings.push(...p.warnings);
  }
  const document = composer.composeDocument(
    res.assessment,
    {
      agency,
      digits: settings.digits,
      threshold: settings.threshold,
      date: agency.date,
      comparison: yoy.comparison,
    },
    phrases
  );
  const plan = composer.renderSheets(document);
  const reportSheets = plan.sheets.filter((s) => REPORT_ROLES.includes(s.role));
  // Excel's limits (32,767 characters a cell), checked on the whole plan before anything is written.
  const limits = composer.planLimitProblems(reportSheets);
  if (limits.length > 0) return { problems: limits, warnings: dedupe(warnings) };
  return {
    assessment: res.assessment,
    problems: [],
    warnings: dedupe(warnings),
    reportSheets,
    document,
    fiscalYear: plan.fiscalYear,
    inputSheet: sheet,
    inputProtected: chosenGrid?.protectedSheet ?? false,
  };
}

/** Score cells of the input sheet (indicators, main and sub) as 0-based cells. */
function scoreCells(assessment: Assessment, sheet: string): Rect[] {
  const out: Rect[] = [];
  for (const [id, address] of Object.entries(assessment.cells ?? {})) {
    if (!/^\d+(\.\d+)?$/.test(id) || typeof address !== "string") continue;
    const sp = splitAddress(address);
    if (sp.sheet !== undefined && sp.sheet !== sheet) continue;
    const r = parseLocal(sp.local);
    if (r) out.push({ ...r, rows: 1, cols: 1 });
  }
  return out;
}

/** A short token naming this run's defined names (`_ITA.s.<run>.<n>`). */
export function runToken(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2, 6)).replace(
    /[^a-z0-9]/g,
    ""
  );
}

/**
 * Queues the mark of a sheet this run adds: a hidden workbook-scoped name over the area written, with the
 * record in its comment in state "pending". Returns the name, whose comment is set to "done" last.
 */
export function markSheet(
  ctx: Excel.RequestContext,
  key: string,
  ws: Excel.Worksheet,
  rows: number,
  cols: number,
  comment: Parameters<typeof nameComment>[0]
): Excel.NamedItem {
  const item = ctx.workbook.names.add(key, ws.getRange(a1(0, 0, rows, cols)), nameComment(comment));
  item.visible = false;
  return item;
}

/** After the write sync: what Excel reports for the formatting of each written sheet, and its charts. */
interface ReadBack {
  props: { value: unknown[][] };
  charts: Excel.ChartCollection;
}

export function queueReadBack(w: WrittenSheet): ReadBack {
  const props = w.worksheet.getRange(a1(0, 0, w.rows, w.cols)).getCellProperties(FORMAT_PROPS);
  const charts = w.worksheet.charts;
  charts.load("items/name");
  return { props, charts };
}

async function generateIn(
  ctx: Excel.RequestContext,
  request: GenerateRequest,
  count: Count
): Promise<GenerateResult> {
  let records = ownSheets();
  let hl = readHighlights();
  let last = readLastInput();
  let extract = queueReads(ctx, request, records, hl, last);
  try {
    count();
    await ctx.sync();
  } catch (e) {
    if (records.length === 0 && hl.length === 0 && !last && request.source.kind !== "row") throw e;
    // Something remembered (a sheet's name, the input sheet) or the picked sheet is gone: find what,
    // forget it, read again.
    const all = ctx.workbook.worksheets;
    all.load("items/name");
    const names = ctx.workbook.names;
    names.load("items/name,items/value");
    count();
    await ctx.sync();
    const sheetNames = new Set(all.items.map((s) => s.name.toLowerCase()));
    if (request.source.kind === "row" && !sheetNames.has(request.source.sheet.toLowerCase())) {
      return {
        ...baseResult(0),
        problems: [
          msg(
            "no-sheet",
            `ไม่พบแผ่นงาน “${request.source.sheet}”`,
            `Sheet "${request.source.sheet}" was not found.`
          ),
        ],
      };
    }
    const live = new Set(
      names.items.filter((n) => sheetOfReference(n.value) !== null).map((n) => n.name)
    );
    records = records.filter((r) => live.has(r.key));
    hl = hl.filter((h) => live.has(h.key));
    writeJson(SHEETS_KEY, records);
    writeJson(HIGHLIGHTS_KEY, hl);
    if (last && !live.has(last.key)) {
      last = null;
      writeJson(LAST_INPUT_KEY, null);
    }
    extract = queueReads(ctx, request, records, hl, last);
    count();
    await ctx.sync();
  }
  let data = extract();
  // Reports the add-in finished writing but could not list in the settings (saving them failed): adopt
  // them from their names and read again, so that they are judged like the others.
  const known = new Set(records.map((r) => r.key));
  const adopt = data.marked.filter(
    (m) => !known.has(m.key) && m.state === "done" && m.sheet !== null && m.comment
  );
  if (adopt.length > 0) {
    records = [
      ...records,
      ...adopt.map((m) => ({
        key: m.key,
        name: m.sheet ?? "",
        role: m.comment!.role,
        fiscalYear: m.comment!.fiscalYear,
        hash: m.comment!.hash,
        rows: m.comment!.rows,
        cols: m.comment!.cols,
      })),
    ];
    extract = queueReads(ctx, request, records, hl, last);
    count();
    await ctx.sync();
    data = extract();
  }
  const c = compose(request, data);
  if (c.pick) return { ...baseResult(0), status: "pick-row", rows: c.pick, warnings: c.warnings };
  if (c.problems.length > 0 || !c.assessment || !c.reportSheets) {
    return { ...baseResult(0), status: "problems", problems: c.problems, warnings: c.warnings };
  }
  const assessment = c.assessment;

  // Earlier report sheets of the add-in for this fiscal year: replace the unedited, keep the edited.
  const earlier = data.own.filter(
    (o) => o.rec.fiscalYear === c.fiscalYear && data.sheetIds.has(o.id)
  );
  const toReplace = earlier.filter((o) => !o.edited);
  const toKeep = earlier.filter((o) => o.edited);
  // Sheets left by an interrupted run whose rollback failed too (names still "pending"): removed.
  const listed = new Set(records.map((r) => r.key));
  const orphans = data.marked.filter(
    (m) =>
      !listed.has(m.key) &&
      m.state === "pending" &&
      m.sheet !== null &&
      data.idByName.has(m.sheet.toLowerCase())
  );
  // Names whose sheet is gone (#REF!): removed.
  const dangling = data.marked.filter((m) => m.sheet === null);
  // Sheets that move out of the way: replaced ones, orphans, and edited ones still under the name the
  // add-in gave (a sheet the user renamed keeps the user's name).
  const moving = earlier.filter((o) => !o.edited || o.name === o.rec.name);
  const leaving = new Set([
    ...moving.map((o) => o.name.toLowerCase()),
    ...orphans.map((m) => (m.sheet ?? "").toLowerCase()),
  ]);
  const taken = new Set(data.sheetNames.map((n) => n.toLowerCase()).filter((n) => !leaving.has(n)));
  const { names, kept, sheetsKept } = nameNewAndKept(
    c.reportSheets.map((s) => s.name),
    taken,
    toKeep
  );
  if ((earlier.length > 0 || orphans.length > 0) && !request.confirmReplace) {
    return {
      ...baseResult(0),
      status: "confirm-replace",
      warnings: c.warnings,
      assessment,
      sheetsReplaced: [...toReplace.map((o) => o.name), ...orphans.map((m) => m.sheet ?? "")],
      sheetsKept,
    };
  }

  // ---- the write batch
  const wbk = ctx.workbook;
  const sheets = wbk.worksheets;
  const token = runToken();
  toReplace.forEach((o, i) => {
    sheets.getItem(o.id).name = `~ita-old-${i}-${token}`;
  });
  const orphanIds = orphans.map((m) => data.idByName.get((m.sheet ?? "").toLowerCase()) ?? "");
  orphanIds.forEach((id, i) => {
    sheets.getItem(id).name = `~ita-orphan-${i}-${token}`;
  });
  for (const k of kept) if (k.to !== k.own.name) sheets.getItem(k.own.id).name = k.to;
  const marks: Array<{ key: string; item: Excel.NamedItem }> = [];
  const fy = c.fiscalYear;
  const written = writer.writePlan(ctx, c.reportSheets, names, (ws, i, size) => {
    const key = `${SHEET_NAME_PREFIX}${token}.${i}`;
    const plan = c.reportSheets![i];
    marks.push({
      key,
      item: markSheet(ctx, key, ws, size.rows, size.cols, {
        role: plan.role,
        fiscalYear: fy,
        hash: "",
        rows: size.rows,
        cols: size.cols,
        state: "pending",
      }),
    });
  });

  // Highlights: the earlier ones go (recognised by range and rule), new ones on the input sheet unless it
  // is protected (the report is written all the same; the user is told).
  const warnings = [...c.warnings];
  for (const old of data.oldCfs) {
    if (data.protectedHighlightSheets.has(old.sheetId)) continue;
    sheets.getItem(old.sheetId).getRange(old.address).conditionalFormats.getItem(old.id).delete();
  }
  const inputWs = sheets.getItem(c.inputSheet ?? "");
  const inputId = data.idByName.get((c.inputSheet ?? "").toLowerCase()) ?? "";
  const cells = groupCells(scoreCells(assessment, c.inputSheet ?? ""));
  const newRanges: string[] = [];
  if (c.inputProtected) {
    if (cells.length > 0)
      warnings.push(
        msg(
          "highlights-protected",
          `แผ่นงาน “${c.inputSheet}” ถูกป้องกันไว้ จึงไม่ได้เน้นสีคะแนนที่ต่ำกว่าเกณฑ์ (รายงานสร้างครบแล้ว): ยกเลิกการป้องกันแผ่นงานแล้วสร้างรายงานใหม่ถ้าต้องการเน้นสี`,
          `Sheet "${c.inputSheet}" is protected, so below-threshold scores were not highlighted (the report was written in full): unprotect the sheet and generate again to get the highlights.`,
          `${c.inputSheet}!A1`
        )
      );
  } else {
    for (const address of cells) {
      const cf = inputWs
        .getRange(address)
        .conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
      cf.cellValue.format.fill.color = HIGHLIGHT_FILL;
      cf.cellValue.format.font.color = HIGHLIGHT_FONT;
      cf.cellValue.rule = { formula1: String(assessment.threshold), operator: "LessThan" };
      newRanges.push(address);
    }
  }
  // The input sheet is remembered by a name that follows it (for "auto" and for clearing highlights).
  if (data.inputNameExists) wbk.names.getItem(INPUT_NAME).delete();
  const inputName = wbk.names.add(INPUT_NAME, inputWs.getRange("A1"));
  inputName.visible = false;

  for (const o of toReplace) {
    wbk.names.getItem(o.rec.key).delete();
    sheets.getItem(o.id).delete();
  }
  // A kept (edited) report is no longer the add-in's: its mark goes.
  for (const k of kept) wbk.names.getItem(k.own.rec.key).delete();
  orphans.forEach((m, i) => {
    wbk.names.getItem(m.key).delete();
    sheets.getItem(orphanIds[i]).delete();
  });
  for (const m of dangling) wbk.names.getItem(m.key).delete();
  if (written.length > 0) {
    written[0].worksheet.activate();
    written[0].worksheet.getRange("A1").select();
  }
  const readBack = written.map(queueReadBack);
  // Last: the marks say "done" (a batch that failed before this leaves them "pending").
  written.forEach((w, i) => {
    marks[i].item.comment = nameComment({
      role: w.plan.role,
      fiscalYear: fy,
      hash: w.hash,
      rows: w.rows,
      cols: w.cols,
      state: "done",
    });
  });

  let failure: unknown = null;
  count();
  await ctx.sync().catch((e: unknown) => {
    failure = e ?? new Error("sync failed");
  });
  if (failure) {
    const rolledBack = await rollback(
      ctx,
      count,
      token,
      new Set(data.sheetNames.map((n) => n.toLowerCase())),
      names,
      [
        ...toReplace.map((o) => ({ id: o.id, name: o.name })),
        ...kept.map((k) => ({ id: k.own.id, name: k.own.name })),
        ...orphans.map((m, i) => ({ id: orphanIds[i], name: m.sheet ?? "" })),
      ]
    );
    return {
      ...baseResult(0),
      status: "failed",
      assessment,
      warnings: c.warnings,
      error:
        `การเขียนรายงานล้มเหลว จึงลบแผ่นงานที่สร้างในครั้งนี้${rolledBack ? "แล้ว" : "ไม่สำเร็จ (แผ่นงานที่ค้างอยู่จะถูกลบในการสร้างรายงานครั้งถัดไป)"} / ` +
        `Writing the report failed; ${rolledBack ? "the sheets this run created were removed" : "removing the sheets this run created failed too (the next generation removes them)"}: ${errorText(failure)}`,
    };
  }

  // ---- remember what is the add-in's own (saved with the document; not a context.sync)
  const gone = new Set([
    ...earlier.map((o) => o.rec.key),
    ...orphans.map((m) => m.key),
    ...dangling.map((m) => m.key),
  ]);
  const leftRecords = records.filter((r) => !gone.has(r.key));
  const newRecords: OwnSheetRecord[] = written.map((w, i) => ({
    key: marks[i].key,
    name: w.worksheet.name,
    role: w.plan.role,
    fiscalYear: c.fiscalYear,
    hash: w.hash,
    rows: w.rows,
    cols: w.cols,
    fmt: hashFormats(readBack[i].props.value),
    charts: readBack[i].charts.items.length,
  }));
  writeJson(SHEETS_KEY, [...leftRecords, ...newRecords]);
  // (Earlier highlights on a sheet protected since could not be removed: they stay on that sheet, like
  // a user's format, and the warning above says why.)
  const newHl: HighlightRecord[] = newRanges.length
    ? [
        {
          key: INPUT_NAME,
          sheetName: c.inputSheet ?? "",
          ranges: newRanges,
          threshold: assessment.threshold,
        },
      ]
    : [];
  writeJson(HIGHLIGHTS_KEY, newHl);
  if (inputId) writeJson(LAST_INPUT_KEY, { key: INPUT_NAME });
  try {
    await saveSettingsAsync();
  } catch (e) {
    warnings.push(
      msg(
        "settings-not-saved",
        `บันทึกข้อมูลของ Add-in ลงในเอกสารไม่สำเร็จ: ${errorText(e)}`,
        `Could not save the add-in's data in the document: ${errorText(e)}`
      )
    );
  }
  return {
    status: "done",
    problems: [],
    warnings,
    assessment,
    sheetsCreated: written.map((w) => w.worksheet.name),
    sheetsReplaced: [...toReplace.map((o) => o.name), ...orphans.map((m) => m.sheet ?? "")],
    sheetsKept,
    syncs: 0,
    ...(c.document ? { report: writtenReport(c.document, c.reportSheets, names) } : {}),
  };
}

/**
 * After a failed write: delete only the sheets THIS run added — those its names (`_ITA.s.<token>.*`)
 * point at, and a sheet with a name this run tried to add that did not exist at read time (added but not
 * yet marked) — never a sheet the user or a co-author added meanwhile; then give renamed sheets their
 * names back. Two round trips, only on this path. If it fails too, the run's sheets keep their "pending"
 * names and the next generation removes them.
 */
export async function rollback(
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

/** Creates one sheet from a plan unless a sheet of that name exists; records it as the add-in's own. */
async function createSheetFromPlan(
  plan: SheetPlan,
  extra?: Partial<OwnSheetRecord>
): Promise<{ sheet: string; created: boolean }> {
  await refreshSettingsAsync();
  const limits = composer.planLimitProblems([plan]);
  if (limits.length > 0) throw new Error(limits.map((p) => `${p.th} / ${p.en}`).join("\n"));
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/id,items/name");
    await ctx.sync();
    const existing = sheets.items.find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
    if (existing) {
      sheets.getItem(existing.id).activate();
      await ctx.sync();
      return { sheet: existing.name, created: false };
    }
    const token = runToken();
    const key = `${SHEET_NAME_PREFIX}${token}.0`;
    let mark: Excel.NamedItem | null = null;
    const [w] = writer.writePlan(ctx, [plan], undefined, (ws, _i, size) => {
      mark = markSheet(ctx, key, ws, size.rows, size.cols, {
        role: plan.role,
        fiscalYear: extra?.fiscalYear,
        hash: "",
        rows: size.rows,
        cols: size.cols,
        state: "pending",
      });
    });
    w.worksheet.activate();
    w.worksheet.getRange("A1").select();
    (mark as Excel.NamedItem | null)!.comment = nameComment({
      role: plan.role,
      fiscalYear: extra?.fiscalYear,
      hash: w.hash,
      rows: w.rows,
      cols: w.cols,
      state: "done",
    });
    try {
      await ctx.sync();
    } catch (e) {
      await rollback(
        ctx,
        () => undefined,
        token,
        new Set(sheets.items.map((s) => s.name.toLowerCase())),
        [plan.name],
        []
      );
      throw new Error(
        `สร้างแผ่นงาน “${plan.name}” ไม่สำเร็จ / Could not create sheet "${plan.name}": ${errorText(e)}`
      );
    }
    const rec: OwnSheetRecord = {
      key,
      name: w.worksheet.name,
      role: plan.role,
      hash: w.hash,
      rows: w.rows,
      cols: w.cols,
      ...extra,
    };
    writeJson(SHEETS_KEY, [...ownSheets().filter((r) => r.key !== rec.key), rec]);
    await saveSettingsAsync().catch(() => undefined);
    return { sheet: w.worksheet.name, created: true };
  });
}

export function createExcelGateway(): ExcelGateway {
  return {
    checkSupport(): { ok: boolean; missing: string[] } {
      if (typeof Office === "undefined" || !Office.context?.requirements) {
        return { ok: false, missing: ["Office.js (ไม่ได้เปิดใน Excel / not running inside Excel)"] };
      }
      const missing = REQUIRED_SETS.filter(
        (s) => !Office.context.requirements.isSetSupported("ExcelApi", s.version)
      ).map((s) => `ExcelApi ${s.version}: ${s.th} / ${s.en}`);
      return { ok: missing.length === 0, missing };
    },

    loadSettings(): AddinSettings | null {
      return loadAddinSettings();
    },

    async saveSettings(settings: AddinSettings): Promise<void> {
      await refreshSettingsAsync();
      writeJson(SETTINGS_KEY, settings);
      await saveSettingsAsync();
    },

    async createInputTemplate(
      settings: AddinSettings
    ): Promise<{ sheet: string; created: boolean }> {
      await loadComposer();
      const plan = composer.inputTemplatePlan({
        fiscalYear: settings.fiscalYear,
        agency: settings.agency,
        threshold: settings.threshold,
      });
      return createSheetFromPlan(plan, { fiscalYear: settings.fiscalYear });
    },

    async createPhraseSheet(): Promise<{ sheet: string; created: boolean }> {
      await loadComposer();
      return createSheetFromPlan(composer.phraseSheetPlan());
    },

    async generate(request: GenerateRequest): Promise<GenerateResult> {
      let syncs = 0;
      try {
        await Promise.all([refreshSettingsAsync(), loadComposer()]);
        const result = await Excel.run((ctx) => generateIn(ctx, request, () => syncs++));
        return { ...result, syncs };
      } catch (e) {
        return {
          ...baseResult(syncs),
          status: "failed",
          error: workbookFailedText(e),
        };
      }
    },

    async exportWord(report) {
      // The Word export and the docx library: their own chunk, loaded on the button's click.
      return (await import(/* webpackChunkName: "word" */ "./wordExport")).exportWord(report);
    },

    canSaveFiles(): boolean {
      return !hostCannotSave(officePlatform());
    },

    async summarize(request: SummaryRequest): Promise<SummaryResult> {
      // The many-agency summary (./summary.ts, in the composer's chunk): one read, one write.
      await refreshSettingsAsync();
      return (await import(/* webpackChunkName: "composer" */ "./summary")).summarize(request);
    },

    async selectCell(address: string): Promise<void> {
      const sp = splitAddress(address);
      if (!parseLocal(sp.local)) return;
      await Excel.run(async (ctx) => {
        const ws = sp.sheet
          ? ctx.workbook.worksheets.getItem(sp.sheet)
          : ctx.workbook.worksheets.getActiveWorksheet();
        ws.activate();
        ws.getRange(sp.local).select();
        await ctx.sync();
      });
    },

    async clearHighlights(): Promise<void> {
      await refreshSettingsAsync();
      const hl = readHighlights();
      if (hl.length === 0) return;
      let kept: HighlightRecord[] = [];
      await Excel.run(async (ctx) => {
        const names = ctx.workbook.names;
        names.load("items/name,items/value");
        await ctx.sync();
        // The highlighted sheet is found by its name (it follows the sheet across sessions); the
        // highlights by their range and rule (conditional format ids change between sessions).
        const live = new Set(
          names.items.filter((n) => sheetOfReference(n.value) !== null).map((n) => n.name)
        );
        const loads = hl
          .filter((h) => live.has(h.key))
          .map((h) => {
            const ws = names.getItem(h.key).getRange().worksheet;
            ws.protection.load("protected");
            return {
              h,
              ws,
              ranges: h.ranges.map((address) => {
                const cfs = ws.getRange(address).conditionalFormats;
                cfs.load(CF_LOAD);
                return { address, cfs };
              }),
            };
          });
        if (loads.length === 0) return;
        await ctx.sync();
        for (const l of loads) {
          if (l.ws.protection.protected) {
            kept.push(l.h);
            continue;
          }
          for (const r of l.ranges)
            for (const item of r.cfs.items) if (isOurHighlight(item, l.h.threshold)) item.delete();
        }
        await ctx.sync();
      }).catch((e: unknown) => {
        kept = [];
        throw e;
      });
      writeJson(HIGHLIGHTS_KEY, kept);
      await saveSettingsAsync();
    },
  };
}
