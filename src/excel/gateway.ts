/**
 * The Office.js edge: implements ExcelGateway (./api.ts) with batched Excel JavaScript API calls.
 *
 * generate() makes exactly TWO round trips (context.sync) whatever the report's length:
 *   1. read: sheet list, the input (template sheet / active sheet's used range / selection / a picked sheet),
 *      the phrase sheet, the add-in's earlier report sheets (values, to detect edits) and its earlier
 *      highlights (conditional format ids) — all loads queued, one sync;
 *   2. write: renames, new sheets with all their content, highlights, deletions — all queued, one sync.
 * Extra round trips happen only off the normal path: when a sheet the add-in remembered was deleted by the
 * user (one probe sync to find which, then the read again), and when the write fails (the rollback).
 */
import type { AgencyDetails, Assessment, GridFinding, Message, RawInput } from "../core/types";
import type { SheetPlan, SheetRole } from "../report/plan";
import type { AddinSettings, ExcelGateway, GenerateRequest, GenerateResult } from "./api";
import { a1, parseLocal, splitAddress, type Rect } from "./address";
import { composer, engine, type PhraseLibrary } from "./engine";
import {
  HIGHLIGHTS_KEY,
  LAST_INPUT_KEY,
  SETTINGS_KEY,
  SHEETS_KEY,
  highlights as readHighlights,
  lastInput as readLastInput,
  loadAddinSettings,
  ownSheets,
  refreshSettingsAsync,
  saveSettingsAsync,
  writeJson,
  type HighlightRecord,
  type LastInput,
  type OwnSheetRecord,
} from "./store";
import { HIGHLIGHT_FILL, HIGHLIGHT_FONT, hashGrid, writePlan } from "./writePlan";

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
    th: "การตั้งค่าหน้ากระดาษสำหรับพิมพ์และการเยื้องข้อความ",
    en: "page layout, print setup and indents",
  },
];
export const MIN_EXCEL_API = "1.9";

const REPORT_ROLES: SheetRole[] = ["analysis", "measures", "scores"];

type Count = () => void;

type GridKind = "template" | "active" | "last" | "selection" | "row";

interface OwnState {
  rec: OwnSheetRecord;
  name: string;
  edited: boolean;
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
    origin: { row: number; col: number };
  }>;
  phrases: unknown[][] | null;
  own: OwnState[];
  /** Ids of the add-in's other own sheets (template, phrases). */
  ownOtherIds: string[];
  /** Conditional format ids of the add-in's earlier highlights that still exist. */
  cfIds: Set<string>;
  highlights: HighlightRecord[];
}

function msg(code: string, th: string, en: string, cell?: string): Message {
  return cell === undefined ? { code, th, en } : { code, th, en, cell };
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function errorCode(e: unknown): string {
  return (e as { code?: string })?.code ?? "";
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
  const gridLoads: Array<{
    kind: GridKind;
    ws: Excel.Worksheet;
    range: Excel.Range;
  }> = [];
  const addUsed = (kind: GridKind, ws: Excel.Worksheet): void => {
    ws.load("name,id");
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex");
    gridLoads.push({ kind, ws, range });
  };
  const src = request.source;
  if (src.kind === "auto") {
    const tpl = [...records].reverse().find((r) => r.role === "template");
    if (tpl) addUsed("template", sheets.getItem(tpl.id));
    addUsed("active", sheets.getActiveWorksheet());
    if (lastInput && lastInput.sheetId !== tpl?.id)
      addUsed("last", sheets.getItem(lastInput.sheetId));
  } else if (src.kind === "selection") {
    // The selection is always on the active sheet. Only its part inside the used range is read, so that
    // selecting whole columns does not load a million empty rows.
    const ws = sheets.getActiveWorksheet();
    ws.load("name,id");
    const sel = wb.getSelectedRange().getIntersectionOrNullObject(ws.getUsedRange(true));
    sel.load("values,rowIndex,columnIndex");
    gridLoads.push({ kind: "selection", ws, range: sel });
  } else {
    addUsed("row", sheets.getItem(src.sheet));
  }

  const phraseRec = [...records].reverse().find((r) => r.role === "phrases");
  const phraseLoads = phraseRec
    ? [sheets.getItem(phraseRec.id).getUsedRangeOrNullObject(true)]
    : [];
  for (const r of phraseLoads) r.load("values");

  const ownLoads = records
    .filter((r) => REPORT_ROLES.includes(r.role))
    .map((rec) => {
      const ws = sheets.getItem(rec.id);
      ws.load("name");
      const area = ws.getRange(a1(0, 0, Math.max(1, rec.rows), Math.max(1, rec.cols)));
      area.load("values");
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { rec, ws, area, used };
    });

  const cfLoads = hl.flatMap((h) =>
    h.ranges.map((r) => {
      const cfs = sheets.getItem(h.sheetId).getRange(r.address).conditionalFormats;
      cfs.load("items/id");
      return cfs;
    })
  );

  return () => {
    const grids: ReadData["grids"] = [];
    for (const g of gridLoads) {
      if (g.range.isNullObject) continue;
      grids.push({
        kind: g.kind,
        sheet: g.ws.name,
        sheetId: g.ws.id,
        values: g.range.values as unknown[][],
        origin: { row: g.range.rowIndex, col: g.range.columnIndex },
      });
    }
    const own: OwnState[] = ownLoads.map(({ rec, ws, area, used }) => {
      let edited = hashGrid(area.values as unknown[][]) !== rec.hash;
      if (!used.isNullObject) {
        if (
          used.rowIndex + used.rowCount > rec.rows ||
          used.columnIndex + used.columnCount > rec.cols
        )
          edited = true;
      }
      // A sheet the user renamed is theirs now, like an edited one.
      if (ws.name !== rec.name) edited = true;
      return { rec, name: ws.name, edited };
    });
    const cfIds = new Set<string>();
    for (const c of cfLoads) for (const item of c.items) cfIds.add(item.id);
    return {
      sheetIds: new Set(sheets.items.map((s) => s.id)),
      sheetNames: sheets.items.map((s) => s.name),
      idByName: new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.id])),
      grids,
      phrases:
        phraseLoads.filter((r) => !r.isNullObject).map((r) => r.values as unknown[][])[0] ?? null,
      own,
      ownOtherIds: records
        .filter((r) => !REPORT_ROLES.includes(r.role) && r.role !== "template")
        .map((r) => r.id),
      cfIds,
      highlights: hl,
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
  problems: Message[];
  warnings: Message[];
  reportSheets?: SheetPlan[];
  fiscalYear?: number;
  inputSheet?: string;
  pick?: GenerateResult["rows"];
}

/** In memory: find the input, parse, assess and compose. */
function compose(request: GenerateRequest, data: ReadData): Composed {
  const { settings, source } = request;
  let finding: GridFinding | null = null;
  let sheet = "";
  // "auto": the template sheet, else the active sheet, else (when the active sheet is one of the add-in's
  // own sheets, e.g. the report it just made) the sheet the last generation read from.
  const ownIds = new Set(data.own.map((o) => o.rec.id).concat(data.ownOtherIds));
  const byKind = (k: GridKind): ReadData["grids"] => data.grids.filter((g) => g.kind === k);
  const candidates =
    source.kind === "auto"
      ? [
          ...byKind("template"),
          ...byKind("active").filter((g) => !ownIds.has(g.sheetId)),
          ...byKind("last"),
        ]
      : data.grids;
  for (const g of candidates) {
    finding = engine.findInputInGrid(g.values, g.sheet, g.origin);
    sheet = g.sheet;
    if (finding) break;
  }
  if (!finding) {
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

  const warnings = [...res.warnings, ...extraWarnings];
  let phrases: PhraseLibrary | undefined;
  if (data.phrases) {
    const p = composer.phrasesFromRows(data.phrases);
    phrases = p.phrases;
    warnings.push(...p.warnings);
  }
  const plan = composer.composeReport(
    res.assessment,
    {
      agency,
      digits: settings.digits,
      threshold: settings.threshold,
      date: agency.date,
    },
    phrases
  );
  return {
    assessment: res.assessment,
    problems: [],
    warnings: dedupe(warnings),
    reportSheets: plan.sheets.filter((s) => REPORT_ROLES.includes(s.role)),
    fiscalYear: plan.fiscalYear,
    inputSheet: sheet,
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
    if (errorCode(e) !== "ItemNotFound") throw e;
    // A sheet the add-in remembered (or the picked sheet) is gone: find which, forget it, read again.
    const all = ctx.workbook.worksheets;
    all.load("items/id,items/name");
    count();
    await ctx.sync();
    const ids = new Set(all.items.map((s) => s.id));
    const names = new Set(all.items.map((s) => s.name.toLowerCase()));
    if (request.source.kind === "row" && !names.has(request.source.sheet.toLowerCase())) {
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
    records = records.filter((r) => ids.has(r.id));
    hl = hl.filter((h) => ids.has(h.sheetId));
    writeJson(SHEETS_KEY, records);
    writeJson(HIGHLIGHTS_KEY, hl);
    if (last && !ids.has(last.sheetId)) {
      last = null;
      writeJson(LAST_INPUT_KEY, null);
    }
    extract = queueReads(ctx, request, records, hl, last);
    count();
    await ctx.sync();
  }
  const data = extract();
  const c = compose(request, data);
  if (c.pick) return { ...baseResult(0), status: "pick-row", rows: c.pick, warnings: c.warnings };
  if (c.problems.length > 0 || !c.assessment || !c.reportSheets) {
    return { ...baseResult(0), status: "problems", problems: c.problems, warnings: c.warnings };
  }
  const assessment = c.assessment;

  // Earlier report sheets of the add-in for this fiscal year: replace the unedited, keep the edited.
  const earlier = data.own.filter(
    (o) => o.rec.fiscalYear === c.fiscalYear && data.sheetIds.has(o.rec.id)
  );
  const toReplace = earlier.filter((o) => !o.edited);
  const toKeep = earlier.filter((o) => o.edited);
  // Sheets that move out of the way: replaced ones, and edited ones still under the name the add-in gave
  // (a sheet the user renamed keeps the user's name).
  const moving = earlier.filter((o) => !o.edited || o.name === o.rec.name);
  const leaving = new Set(moving.map((o) => o.name.toLowerCase()));
  const taken = new Set(data.sheetNames.map((n) => n.toLowerCase()).filter((n) => !leaving.has(n)));
  const names = c.reportSheets.map((s) => {
    const n = freeName(s.name, taken);
    taken.add(n.toLowerCase());
    return n;
  });
  const kept = toKeep.map((o) => {
    if (o.name !== o.rec.name) return { own: o, to: o.name };
    const to = freeName(o.name, taken, "(แก้ไข)");
    taken.add(to.toLowerCase());
    return { own: o, to };
  });
  const sheetsKept = kept.map((k) => ({ from: k.own.name, to: k.to }));
  if (earlier.length > 0 && !request.confirmReplace) {
    return {
      ...baseResult(0),
      status: "confirm-replace",
      warnings: c.warnings,
      assessment,
      sheetsReplaced: toReplace.map((o) => o.name),
      sheetsKept,
    };
  }

  // ---- the write batch
  const sheets = ctx.workbook.worksheets;
  const stamp = Date.now().toString(36).slice(-5);
  toReplace.forEach((o, i) => {
    sheets.getItem(o.rec.id).name = `~ita-old-${i}-${stamp}`;
  });
  for (const k of kept) if (k.to !== k.own.name) sheets.getItem(k.own.rec.id).name = k.to;
  const written = writePlan(ctx, c.reportSheets, names);

  for (const h of data.highlights) {
    if (!data.sheetIds.has(h.sheetId)) continue;
    for (const r of h.ranges) {
      if (data.cfIds.has(r.cfId))
        sheets.getItem(h.sheetId).getRange(r.address).conditionalFormats.getItem(r.cfId).delete();
    }
  }
  const inputWs = sheets.getItem(c.inputSheet ?? "");
  const inputId = data.idByName.get((c.inputSheet ?? "").toLowerCase()) ?? "";
  const newCfs = groupCells(scoreCells(assessment, c.inputSheet ?? "")).map((address) => {
    const cf = inputWs
      .getRange(address)
      .conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = HIGHLIGHT_FILL;
    cf.cellValue.format.font.color = HIGHLIGHT_FONT;
    cf.cellValue.rule = { formula1: String(assessment.threshold), operator: "LessThan" };
    cf.load("id");
    return { address, cf };
  });
  for (const o of toReplace) sheets.getItem(o.rec.id).delete();
  if (written.length > 0) {
    written[0].worksheet.activate();
    written[0].worksheet.getRange("A1").select();
  }

  let failure: unknown = null;
  count();
  await ctx.sync().catch((e: unknown) => {
    failure = e ?? new Error("sync failed");
  });
  if (failure) {
    const rolledBack = await rollback(ctx, count, data.sheetIds, [
      ...toReplace.map((o) => ({ id: o.rec.id, name: o.name })),
      ...kept.map((k) => ({ id: k.own.rec.id, name: k.own.name })),
    ]);
    return {
      ...baseResult(0),
      status: "failed",
      assessment,
      warnings: c.warnings,
      error:
        `การเขียนรายงานล้มเหลว จึงลบแผ่นงานที่สร้างในครั้งนี้${rolledBack ? "แล้ว" : "ไม่สำเร็จ"} / ` +
        `Writing the report failed; ${rolledBack ? "the sheets this run created were removed" : "removing the sheets this run created failed too"}: ${errorText(failure)}`,
    };
  }

  // ---- remember what is the add-in's own (saved with the document; not a context.sync)
  const leftRecords = records.filter((r) => !earlier.some((o) => o.rec.id === r.id));
  const newRecords: OwnSheetRecord[] = written.map((w) => ({
    id: w.worksheet.id,
    name: w.worksheet.name,
    role: w.plan.role,
    fiscalYear: c.fiscalYear,
    hash: w.hash,
    rows: w.rows,
    cols: w.cols,
  }));
  writeJson(SHEETS_KEY, [...leftRecords, ...newRecords]);
  const newHl: HighlightRecord[] = newCfs.length
    ? [
        {
          sheetId: inputId,
          sheetName: c.inputSheet ?? "",
          ranges: newCfs.map((n) => ({ address: n.address, cfId: n.cf.id })),
          threshold: assessment.threshold,
        },
      ]
    : [];
  writeJson(HIGHLIGHTS_KEY, newHl);
  if (inputId) writeJson(LAST_INPUT_KEY, { sheetId: inputId });
  const warnings = [...c.warnings];
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
    sheetsReplaced: toReplace.map((o) => o.name),
    sheetsKept,
    syncs: 0,
  };
}

/**
 * After a failed write: delete every sheet that did not exist at read time (= created by this run), then
 * give renamed sheets their names back. Two round trips, only on this path.
 */
async function rollback(
  ctx: Excel.RequestContext,
  count: Count,
  before: Set<string>,
  renamed: Array<{ id: string; name: string }>
): Promise<boolean> {
  try {
    const all = ctx.workbook.worksheets;
    all.load("items/id,items/name");
    count();
    await ctx.sync();
    const now = new Map(all.items.map((s) => [s.id, s]));
    for (const s of all.items) if (!before.has(s.id)) s.delete();
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
    const before = new Set(sheets.items.map((s) => s.id));
    const [w] = writePlan(ctx, [plan]);
    w.worksheet.activate();
    w.worksheet.getRange("A1").select();
    try {
      await ctx.sync();
    } catch (e) {
      await rollback(ctx, () => undefined, before, []);
      throw new Error(
        `สร้างแผ่นงาน “${plan.name}” ไม่สำเร็จ / Could not create sheet "${plan.name}": ${errorText(e)}`
      );
    }
    const rec: OwnSheetRecord = {
      id: w.worksheet.id,
      name: w.worksheet.name,
      role: plan.role,
      hash: w.hash,
      rows: w.rows,
      cols: w.cols,
      ...extra,
    };
    writeJson(SHEETS_KEY, [...ownSheets().filter((r) => r.id !== rec.id), rec]);
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
      const plan = composer.inputTemplatePlan({
        fiscalYear: settings.fiscalYear,
        agency: settings.agency,
        threshold: settings.threshold,
      });
      return createSheetFromPlan(plan, { fiscalYear: settings.fiscalYear });
    },

    async createPhraseSheet(): Promise<{ sheet: string; created: boolean }> {
      return createSheetFromPlan(composer.phraseSheetPlan());
    },

    async generate(request: GenerateRequest): Promise<GenerateResult> {
      let syncs = 0;
      try {
        await refreshSettingsAsync();
        const result = await Excel.run((ctx) => generateIn(ctx, request, () => syncs++));
        return { ...result, syncs };
      } catch (e) {
        return {
          ...baseResult(syncs),
          status: "failed",
          error: `อ่านหรือเขียนสมุดงานไม่สำเร็จ / Reading or writing the workbook failed: ${errorText(e)}`,
        };
      }
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
      await Excel.run(async (ctx) => {
        const all = ctx.workbook.worksheets;
        all.load("items/id");
        await ctx.sync();
        const ids = new Set(all.items.map((s) => s.id));
        const loads = hl
          .filter((h) => ids.has(h.sheetId))
          .flatMap((h) =>
            h.ranges.map((r) => {
              const cfs = all.getItem(h.sheetId).getRange(r.address).conditionalFormats;
              cfs.load("items/id");
              return { sheetId: h.sheetId, address: r.address, cfs, cfId: r.cfId };
            })
          );
        if (loads.length > 0) {
          await ctx.sync();
          for (const l of loads) {
            if (l.cfs.items.some((i) => i.id === l.cfId))
              all
                .getItem(l.sheetId)
                .getRange(l.address)
                .conditionalFormats.getItem(l.cfId)
                .delete();
          }
          await ctx.sync();
        }
      });
      writeJson(HIGHLIGHTS_KEY, []);
      await saveSettingsAsync();
    },
  };
}
