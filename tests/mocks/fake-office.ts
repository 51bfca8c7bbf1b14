/**
 * A fake Office host: an in-memory Excel workbook behind the subset of the Excel JavaScript API and the
 * common `Office` API that the add-in uses. Plain TypeScript with no jest or Node import, so the same file
 * runs in node tests and bundled into a browser page.
 *
 * USAGE
 *   const wb = installFakeOffice(globalThis, { sheets: [{ name: "Sheet1", cells: [["ตัวชี้วัด", "คะแนน"], ["1", 94.15]] }] });
 *   // the code under test now sees globalThis.Office and globalThis.Excel
 *   wb.sheetNames()                 -> ["Sheet1", ...] in tab order
 *   wb.sheet("Sheet1")              -> FakeSheet: cells, merges, column widths, CFs, charts, page layout ...
 *   wb.cell("Sheet1", "B2")         -> FakeCell { value, formula?, numberFormat, font, fill, ... } (undefined if never touched)
 *   wb.values("Sheet1")             -> 2-D array of the used range's values (from A1)
 *   wb.syncCount                    -> number of context.sync() calls so far (all Excel.run batches)
 *   wb.snapshot()                   -> JSON string of the whole workbook state (compare before/after)
 *   wb.settings / wb.savedSettings  -> document settings: in memory / as last saved with saveAsync
 *                                      (settings.refreshAsync copies the saved ones back into memory)
 *   wb.setSelection("Sheet1", "A1:B12"); wb.setActive("Sheet1")
 *   wb.dialogs                      -> dialogs opened with Office.context.ui.displayDialogAsync
 *                                      ({ url, closed, messages sent by messageChild, fromChild(msg) to answer })
 *   Office.__runAction("name")      -> runs a ribbon ExecuteFunction associated with Office.actions.associate
 *   wb.faults = { failSync: 2 }     -> the 2nd sync from now on throws (after applying nothing)
 *   wb.faults = { failOp: "Chart.add" }  -> the first queued operation whose name contains "Chart.add" throws
 *                                          when it runs; operations before it in the batch stay applied, as in Office.
 *
 * OPTIONS (installFakeOffice(target, options))
 *   sheets: Array<{ name: string; cells?: unknown[][]; at?: string /* top-left of `cells`, default "A1" *\/ }>
 *   active?: sheet name (default the first); selection?: "Sheet!A1:B2" (default A1 of the active sheet)
 *   displayLanguage?: "th-TH" (default) | "en-US" ...; apiVersion?: highest ExcelApi minor supported (default 17)
 *   settings?: initial document settings (as if saved with the document)
 *
 * FIDELITY (what the fake enforces, like Office.js)
 * - Proxy objects queue operations; nothing touches the workbook until `context.sync()`.
 * - Reading a property that was not loaded, or loaded but not yet synced, throws an error with
 *   code "PropertyNotLoaded". `load()` accepts "a,b", ["a","b"], { select: "a,b" } and paths such as
 *   "items/name" (collections) or "format/font/bold" (navigation properties).
 * - `*OrNullObject` methods give objects whose `isNullObject` is true after sync when the target is missing;
 *   their loaded properties read as null. Calling methods on a null object (getRange, delete ...) fails at sync
 *   with "ItemNotFound" (the conservative reading of Office.js), so code must test isNullObject first.
 * - `getItem` of a missing sheet / CF fails at sync with "ItemNotFound"; adding a sheet whose name exists fails
 *   with "ItemAlreadyExists"; names longer than 31 characters or with : \ / ? * [ ] fail with "InvalidArgument".
 * - Writing `values`: a string starting with "=" becomes a formula, and "+x", "-x", "@x" (not numbers) become
 *   formulas too (their value reads "#NAME?"), numeric-looking strings ("87.50", "12%") become numbers, "TRUE"/"FALSE"
 *   booleans — UNLESS the cell's number format is "@" (text), in which case the string is stored as is.
 *   A 2-D array must match the range's size ("InvalidArgument" otherwise); a scalar fills the range.
 * - merge() keeps the top-left value only; an op that fails stops the batch and makes sync() reject.
 */

/* ----------------------------------------------------------------------------------------------- */
/* Workbook state                                                                                  */

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface FakeCell {
  value: unknown;
  formula?: string;
  numberFormat?: string;
  font: FakeFont;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  borders: Record<string, { style: string; color?: string; weight?: string }>;
  /** The value is an error (#N/A ...), not the text "#N/A" (Range.valueTypes tells them apart). */
  isError?: boolean;
}

export interface FakeRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeConditionalFormat {
  id: string;
  type: string;
  rect: FakeRect;
  rule?: { formula1?: string; formula2?: string; operator?: string };
  fill?: string;
  fontColor?: string;
}

export interface FakeChartSeries {
  name?: string;
  chartType?: string;
  values?: string;
  xValues?: string;
  /** Solid fill set with format.fill.setSolidColor. */
  fill?: string;
  /** format.line.color and format.line.lineStyle (a line series). */
  line?: { color?: string; lineStyle?: string };
  hasDataLabels?: boolean;
  /** Number formats set on single points' data labels (points.getItemAt(i).dataLabel.numberFormat), by point. */
  pointLabelFormats?: Record<number, string>;
}

export interface FakeChart {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendPosition?: string;
  legendVisible?: boolean;
  position?: { from: string; to?: string };
  series: FakeChartSeries[];
  /** axes.valueAxis: minimum, maximum, majorUnit, when set. */
  valueAxis?: { minimum?: number; maximum?: number; majorUnit?: number };
}

export interface FakeValidation {
  rect: FakeRect;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: string;
  tabColor?: string;
  cells: Map<string, FakeCell>;
  merges: FakeRect[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** 0-based columns hidden with Range.columnHidden (whole columns). */
  hiddenColumns: Set<number>;
  /** Points, by 0-based row. */
  rowHeights: Map<number, number>;
  /** 0-based rows sized to their text with format.autofitRows() (no fixed height). */
  autofitRows?: Set<number>;
  /** worksheet.showGridlines, when set. */
  showGridlines?: boolean;
  /** Whole-sheet font (getRange() with no address). */
  font: FakeFont;
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  validations: FakeValidation[];
  freeze?: { rows: number; cols: number };
  pageLayout: Record<string, unknown>;
  printTitleRows?: string;
  centerFooter?: string;
  /** pageLayout.headersFooters: centre header text and state ("FirstAndDefault": none on page 1). */
  centerHeader?: string;
  headerState?: string;
  /** 0-based rows before which a manual page break stands (worksheet.horizontalPageBreaks). */
  pageBreakRows?: number[];
  /** worksheet.protection: protected, and whether formatting cells is allowed (conditional formats). */
  protection?: { protected: boolean; allowFormatCells?: boolean };
}

/**
 * A defined name (workbook.names, ExcelApi 1.4). Its reference follows the sheet it points to (renames
 * included), as Excel's do; when that sheet is deleted the reference becomes #REF!.
 */
export interface FakeName {
  name: string;
  /** The referenced sheet (the object, not its id: ids change between sessions, references do not). */
  sheet: FakeSheet | null;
  rect?: FakeRect;
  /** A constant formula such as ="text" (when the name does not refer to a range). */
  constant?: string;
  comment: string;
  visible: boolean;
}

export interface FakeFaults {
  /** Fail the Nth sync from the moment the faults are set (1 = the next sync). */
  failSync?: number;
  /** Fail the first operation whose name contains this text (e.g. "Chart.add", "Range.merge", "Worksheet.add"). */
  failOp?: string;
}

export interface InstallOptions {
  sheets?: Array<{ name: string; cells?: unknown[][]; at?: string }>;
  active?: string;
  selection?: string;
  displayLanguage?: string;
  apiVersion?: number;
  /** Highest DialogApi minor version supported (default 2, i.e. DialogApi 1.2). */
  dialogApiVersion?: number;
  settings?: Record<string, unknown>;
}

/** A dialog opened by the add-in (Office.context.ui.displayDialogAsync). */
export interface FakeDialog {
  url: string;
  closed: boolean;
  /** Messages the add-in sent with messageChild. */
  messages: string[];
  /** Fake only: the dialog page sends `message` to the add-in (DialogMessageReceived). */
  fromChild(message: string): void;
  /** Fake only: the user closes the dialog with its X (DialogEventReceived, error 12006). */
  closeByUser(): void;
}

export class OfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/* ----------------------------------------------------------------------------------------------- */
/* Addresses                                                                                       */

export function colName(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

/** Splits "Sheet!A1:B2" / "'My sheet'!A1" into sheet (unquoted) and the local part. */
export function splitAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function parseRect(local: string): FakeRect {
  const clean = local.replace(/\$/g, "").toUpperCase();
  const parts = clean.split(":");
  const one = (p: string): { row?: number; col?: number } => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (m[1] === "" && m[2] === ""))
      throw new OfficeError("InvalidArgument", `Bad address "${local}"`);
    return {
      col: m[1] ? colIndex(m[1]) : undefined,
      row: m[2] ? parseInt(m[2], 10) - 1 : undefined,
    };
  };
  const a = one(parts[0]);
  const b = parts.length > 1 ? one(parts[1]) : a;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLS - 1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

export function rectLocal(r: FakeRect): string {
  const a = colName(r.col) + (r.row + 1);
  if (r.rows === 1 && r.cols === 1) return a;
  return a + ":" + colName(r.col + r.cols - 1) + (r.row + r.rows);
}

const key = (row: number, col: number): string => row + "," + col;

function overlaps(a: FakeRect, b: FakeRect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/* ----------------------------------------------------------------------------------------------- */
/* The workbook handle                                                                             */

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeId = "";
  selection: { sheetId: string; rect: FakeRect } = {
    sheetId: "",
    rect: { row: 0, col: 0, rows: 1, cols: 1 },
  };
  syncCount = 0;
  faults: FakeFaults = {};
  /** Names of every operation applied, in order (for tests that look at what was done). */
  log: string[] = [];
  settings: Record<string, unknown> = {};
  savedSettings: Record<string, unknown> = {};
  displayLanguage = "th-TH";
  apiVersion = 17;
  dialogApiVersion = 2;
  /** Dialogs opened with Office.context.ui.displayDialogAsync. */
  dialogs: FakeDialog[] = [];
  /** Workbook-scoped defined names. */
  names: FakeName[] = [];
  /** How many times the workbook was closed and opened again (reopen()). */
  sessions = 1;
  private nextId = 1;
  private syncsSinceFaults = 0;
  private faultsRef: FakeFaults = this.faults;

  newId(prefix: string): string {
    return "{" + prefix + "-" + String(this.nextId++).padStart(4, "0") + "}";
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(name);
    if (this.findSheet(name))
      throw new OfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    const s: FakeSheet = {
      id: this.newId("sheet"),
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      font: {},
      conditionalFormats: [],
      charts: [],
      validations: [],
      pageLayout: {},
    };
    this.sheets.push(s);
    if (!this.activeId) {
      this.activeId = s.id;
      this.selection = { sheetId: s.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    }
    return s;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    const lower = nameOrId.toLowerCase();
    return (
      this.sheets.find((s) => s.id === nameOrId) ??
      this.sheets.find((s) => s.name.toLowerCase() === lower)
    );
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet "${name}" in the fake workbook`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const r = parseRect(address);
    return this.sheet(sheet).cells.get(key(r.row, r.col));
  }

  /** Values of the used range from A1 (rows and columns up to the last non-empty cell). */
  values(sheet: string): unknown[][] {
    const s = this.sheet(sheet);
    const used = usedRect(s, true);
    if (!used) return [];
    const out: unknown[][] = [];
    for (let r = 0; r < used.row + used.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < used.col + used.cols; c++) row.push(s.cells.get(key(r, c))?.value ?? "");
      out.push(row);
    }
    return out;
  }

  setCells(sheet: string, at: string, cells: unknown[][]): void {
    const s = this.sheet(sheet);
    const origin = parseRect(at);
    cells.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === "") return;
        writeValue(cellAt(s, origin.row + i, origin.col + j), v);
      })
    );
  }

  setActive(sheet: string): void {
    this.activeId = this.sheet(sheet).id;
    this.selection = { sheetId: this.activeId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  setSelection(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.activeId = s.id;
    this.selection = { sheetId: s.id, rect: parseRect(address) };
  }

  /** The selection as "Sheet!A1:B2". */
  selectionAddress(): string {
    const s = this.sheets.find((x) => x.id === this.selection.sheetId);
    return (s ? quoteSheet(s.name) + "!" : "") + rectLocal(this.selection.rect);
  }

  activeName(): string {
    return this.sheets.find((s) => s.id === this.activeId)?.name ?? "";
  }

  /**
   * Models closing the workbook (saved) and opening it again in a new session, as Office does: worksheet
   * ids change (Microsoft: the id "remains constant within a single session but will change between
   * sessions"; here to a positional form, as reported), conditional format ids change, the in-memory
   * settings are replaced by the saved ones, defined names and their references are kept.
   */
  reopen(): void {
    this.sessions++;
    const oldActive = this.sheets.find((s) => s.id === this.activeId);
    const oldSel = this.sheets.find((s) => s.id === this.selection.sheetId);
    this.sheets.forEach((s, i) => {
      // The positional form reported after reopening: the same position gets the same id next session.
      s.id = "{00000000-" + String(i + 1).padStart(4, "0") + "-0000-0000-000000000000}";
      for (const cf of s.conditionalFormats) cf.id = this.newId("cf");
    });
    this.activeId = oldActive?.id ?? this.sheets[0]?.id ?? "";
    this.selection = { sheetId: oldSel?.id ?? this.activeId, rect: { ...this.selection.rect } };
    this.settings = clone(this.savedSettings) as Record<string, unknown>;
    this.dialogs = [];
  }

  /** A defined name's reference as Excel shows it ("='Sheet 1'!$A$1:$C$3", "=#REF!"). */
  nameValue(n: FakeName): string {
    if (n.constant !== undefined) return n.constant;
    if (!n.sheet || !this.sheets.includes(n.sheet) || !n.rect) return "=#REF!";
    const r = n.rect;
    const abs = (row: number, col: number): string => "$" + colName(col) + "$" + (row + 1);
    const local =
      r.rows === 1 && r.cols === 1
        ? abs(r.row, r.col)
        : abs(r.row, r.col) + ":" + abs(r.row + r.rows - 1, r.col + r.cols - 1);
    return "=" + quoteSheet(n.sheet.name) + "!" + local;
  }

  /** The whole state as a JSON string, to compare before and after. */
  snapshot(): string {
    return JSON.stringify({
      names: this.names.map((n) => ({ ...n, sheet: undefined, ref: this.nameValue(n) })),
      sheets: this.sheets.map((s) => ({
        ...s,
        cells: [...s.cells.entries()].sort(),
        columnWidths: [...s.columnWidths.entries()].sort(),
        hiddenColumns: [...s.hiddenColumns].sort(),
        rowHeights: [...s.rowHeights.entries()].sort(),
      })),
      activeId: this.activeId,
      selection: this.selection,
      settings: this.settings,
      savedSettings: this.savedSettings,
    });
  }

  /** Called by FakeContext.sync: counts and injects faults. */
  beginSync(): void {
    this.syncCount++;
    if (this.faultsRef !== this.faults) {
      this.faultsRef = this.faults;
      this.syncsSinceFaults = 0;
    }
    this.syncsSinceFaults++;
    if (this.faults.failSync !== undefined && this.syncsSinceFaults === this.faults.failSync) {
      throw new OfficeError(
        "GeneralException",
        `Injected failure of sync ${this.syncsSinceFaults}`
      );
    }
  }

  runOp(name: string, fn: () => void): void {
    if (this.faults.failOp && name.includes(this.faults.failOp)) {
      this.faults = { ...this.faults, failOp: undefined };
      this.faultsRef = this.faults;
      throw new OfficeError("GeneralException", `Injected failure of ${name}`);
    }
    fn();
    this.log.push(name);
  }
}

function checkSheetName(name: string): void {
  if (
    !name ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new OfficeError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  }
}

function cellAt(s: FakeSheet, row: number, col: number): FakeCell {
  let c = s.cells.get(key(row, col));
  if (!c) {
    c = { value: "", font: {}, borders: {} };
    s.cells.set(key(row, col), c);
  }
  return c;
}

/** Excel's cell limit: "Total number of characters that a cell can contain: 32,767 characters". */
export const MAX_CELL_CHARS = 32767;

const ERROR_LITERALS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
const MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";

/**
 * How Excel reads a string written to `values` of a General cell, like text typed into it (en-US):
 * a number in any of Excel's typed forms (1E5, 1,000, (5), $5, 5%, a fraction "1 1/2"), a date ("Jan 1",
 * "1-Jan", "2020-01-31", "1/2"), a time ("12 PM", "12:30"), TRUE/FALSE, an error literal ("#N/A"), or a
 * leading apostrophe, which Excel takes as the quote prefix and drops. Returns null for plain text.
 */
export function excelParse(v: string): { value: unknown } | null {
  const t = v.trim();
  if (t === "") return null;
  if (v.startsWith("'")) return { value: v.slice(1) };
  const num = /^\(?[+-]?[$]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(E[+-]?\d+)?\)?%?$/i;
  if (num.test(t) && /\d/.test(t)) {
    const neg = t.startsWith("(") && t.endsWith(")");
    let n = Number(t.replace(/[(),$%]/g, ""));
    if (t.endsWith("%") || t.endsWith("%)")) n /= 100;
    if (Number.isFinite(n)) return { value: neg ? -n : n };
  }
  const frac = /^([+-]?\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (frac && Number(frac[3]) > 0) {
    const whole = Number(frac[1]);
    const f = Number(frac[2]) / Number(frac[3]);
    return { value: whole < 0 ? whole - f : whole + f };
  }
  if (/^(TRUE|FALSE)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  if (ERROR_LITERALS.includes(t.toUpperCase())) return { value: t.toUpperCase() };
  const serial = (y: number, m: number, d: number): number =>
    Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
  const month = (name: string): number =>
    MONTHS.split("|").indexOf(name.slice(0, 3).toLowerCase()) + 1;
  let m = new RegExp(`^(${MONTHS})[a-z]*\\.?\\s+(\\d{1,2})(,?\\s+(\\d{4}))?$`, "i").exec(t);
  if (m) return { value: serial(m[4] ? Number(m[4]) : 2026, month(m[1]), Number(m[2])) };
  m = new RegExp(`^(\\d{1,2})[-\\s](${MONTHS})[a-z]*([-\\s](\\d{2,4}))?$`, "i").exec(t);
  if (m) return { value: serial(m[4] ? Number(m[4]) : 2026, month(m[2]), Number(m[1])) };
  m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m && Number(m[2]) <= 12 && Number(m[3]) <= 31)
    return { value: serial(Number(m[1]), Number(m[2]), Number(m[3])) };
  m = /^(\d{1,2})\/(\d{1,2})(\/(\d{2,4}))?$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= 31)
    return { value: serial(m[4] ? Number(m[4]) : 2026, Number(m[1]), Number(m[2])) };
  m = /^(\d{1,2})(:(\d{2}))?(:(\d{2}))?\s*(AM|PM)?$/i.exec(t);
  if (m && (m[2] || m[6]) && Number(m[1]) <= (m[6] ? 12 : 23)) {
    let h = Number(m[1]) % (m[6] ? 12 : 24);
    if (m[6] && m[6].toUpperCase() === "PM") h += 12;
    return { value: (h * 3600 + Number(m[3] ?? 0) * 60 + Number(m[5] ?? 0)) / 86400 };
  }
  return null;
}

/** Office semantics of assigning one value to a cell. */
function writeValue(c: FakeCell, v: unknown): void {
  if (typeof v === "string" && v.length > MAX_CELL_CHARS)
    throw new OfficeError(
      "InvalidArgument",
      `A cell can contain at most ${MAX_CELL_CHARS} characters (got ${v.length}).`
    );
  delete c.formula;
  delete c.isError;
  if (typeof v === "string") {
    if (c.numberFormat === "@") {
      c.value = v;
      return;
    }
    if (v.startsWith("=") && v.length > 1) {
      c.formula = v;
      c.value = /^=\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v.slice(1)) : "#NAME?";
      return;
    }
    const parsed = excelParse(v);
    if (parsed) {
      c.value = parsed.value;
      if (ERROR_LITERALS.includes(String(parsed.value)) && !v.startsWith("'")) c.isError = true;
      return;
    }
    if (/^[+\-@]/.test(v) && v.length > 1) {
      c.formula = "=" + v.replace(/^[+@]/, "");
      c.value = "#NAME?";
      return;
    }
    c.value = v;
    return;
  }
  c.value = v === null || v === undefined ? "" : v;
}

function usedRect(s: FakeSheet, valuesOnly: boolean): FakeRect | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  for (const [k, c] of s.cells) {
    const has = c.value !== "" || c.formula !== undefined;
    const formatted =
      c.numberFormat !== undefined ||
      c.fill !== undefined ||
      Object.keys(c.font).length > 0 ||
      Object.keys(c.borders).length > 0;
    if (!has && (valuesOnly || !formatted)) continue;
    const [r, col] = k.split(",").map(Number);
    r1 = Math.min(r1, r);
    c1 = Math.min(c1, col);
    r2 = Math.max(r2, r);
    c2 = Math.max(c2, col);
  }
  if (r2 < 0) return null;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/* ----------------------------------------------------------------------------------------------- */
/* Proxy machinery                                                                                 */

type Resolver<T> = () => T | null;

function notLoaded(cls: string, prop: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' of ${cls} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

function parseLoad(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoad(a));
  if (typeof arg === "object" && arg !== null) {
    const o = arg as { select?: unknown; $select?: unknown };
    return parseLoad(o.select ?? o.$select);
  }
  return [];
}

abstract class ClientObject<T> {
  protected readonly vals = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeContext,
    protected readonly resolver: Resolver<T>,
    protected readonly cls: string
  ) {}

  /** The live target; throws ItemNotFound if it is missing (for methods and setters). */
  protected target(): T {
    const t = this.resolver();
    if (t === null)
      throw new OfficeError("ItemNotFound", `The requested ${this.cls} doesn't exist.`);
    return t;
  }

  protected queue(name: string, fn: (t: T) => void): void {
    this.context.enqueue(this.cls + "." + name, () => fn(this.target()));
  }

  protected get_(prop: string): unknown {
    if (!this.vals.has(prop)) throw notLoaded(this.cls, prop);
    return this.vals.get(prop);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.cls, "isNullObject");
    return this.nullState;
  }

  /** Scalar properties this object can load, read from the live target. */
  protected abstract scalars(t: T): Record<string, () => unknown>;
  /** Navigation properties (child proxies) for load paths like "format/font/bold". */
  protected navigation(): Record<string, ClientObject<unknown>> {
    return {};
  }

  load(arg?: unknown): this {
    const names = parseLoad(arg);
    this.context.enqueue(this.cls + ".load", () => this.applyLoad(names));
    return this;
  }

  /** Runs at sync time. */
  applyLoad(names: string[]): void {
    const t = this.resolver();
    this.nullState = t === null;
    const nav = this.navigation();
    const direct: string[] = [];
    const nested = new Map<string, string[]>();
    for (const n of names) {
      const slash = n.indexOf("/");
      if (slash < 0) direct.push(n);
      else {
        const head = n.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), n.slice(slash + 1)]);
      }
    }
    if (t === null) {
      for (const n of direct) this.vals.set(n, null);
      return;
    }
    const sc = this.scalars(t);
    const wanted = direct.length === 0 && nested.size === 0 ? Object.keys(sc) : direct;
    for (const n of wanted) {
      if (nav[n]) {
        nav[n].applyLoad([]);
        continue;
      }
      if (!sc[n])
        throw new OfficeError("InvalidArgument", `${this.cls} has no property '${n}' to load.`);
      this.vals.set(n, sc[n]());
    }
    for (const [head, rest] of nested) {
      if (!nav[head])
        throw new OfficeError(
          "InvalidArgument",
          `${this.cls} has no navigation property '${head}'.`
        );
      nav[head].applyLoad(rest);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.vals);
  }
}

export class FakeContext {
  private ops: Array<{ name: string; fn: () => void }> = [];
  readonly workbook: WorkbookProxy;
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(name: string, fn: () => void): void {
    this.ops.push({ name, fn });
  }
  /** Operations waiting for the next sync. */
  get pending(): number {
    return this.ops.length;
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve();
    this.wb.beginSync();
    for (const op of ops) this.wb.runOp(op.name, op.fn);
  }
}

/* ----------------------------------------------------------------------------------------------- */
/* Workbook, worksheets                                                                            */

class WorkbookProxy extends ClientObject<FakeWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.wb, "Workbook");
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.names = new NamedItemCollectionProxy(ctx);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  getSelectedRange(): RangeProxy {
    const wb = this.context.wb;
    return new RangeProxy(this.context, () => {
      const s = wb.sheets.find((x) => x.id === wb.selection.sheetId);
      return s ? { sheet: s, rect: { ...wb.selection.rect } } : null;
    });
  }
  getActiveCell(): RangeProxy {
    const wb = this.context.wb;
    return new RangeProxy(this.context, () => {
      const s = wb.sheets.find((x) => x.id === wb.selection.sheetId);
      return s ? { sheet: s, rect: { ...wb.selection.rect, rows: 1, cols: 1 } } : null;
    });
  }
}

class WorksheetCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemsList: WorksheetProxy[] | undefined;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.wb, "WorksheetCollection");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  get items(): WorksheetProxy[] {
    if (!this.itemsList) throw notLoaded(this.cls, "items");
    return this.itemsList;
  }
  override applyLoad(names: string[]): void {
    const wb = this.context.wb;
    const itemProps = names.filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
    this.itemsList = wb.sheets.map((s) => {
      const p = new WorksheetProxy(
        this.context,
        () => wb.sheets.find((x) => x.id === s.id) ?? null
      );
      p.applyLoad(itemProps.length ? itemProps : ["name", "id", "position", "visibility"]);
      return p;
    });
  }
  getItem(keyOrName: string): WorksheetProxy {
    const wb = this.context.wb;
    return new WorksheetProxy(this.context, () => {
      const s = wb.findSheet(keyOrName);
      if (!s) throw new OfficeError("ItemNotFound", `The worksheet "${keyOrName}" doesn't exist.`);
      return s;
    });
  }
  getItemOrNullObject(keyOrName: string): WorksheetProxy {
    const wb = this.context.wb;
    return new WorksheetProxy(this.context, () => wb.findSheet(keyOrName) ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    const wb = this.context.wb;
    return new WorksheetProxy(
      this.context,
      () => wb.sheets.find((s) => s.id === wb.activeId) ?? null
    );
  }
  add(name?: string): WorksheetProxy {
    const wb = this.context.wb;
    let created: FakeSheet | null = null;
    this.context.enqueue("Worksheet.add", () => {
      let n = name;
      if (!n) {
        let i = wb.sheets.length + 1;
        while (wb.findSheet("Sheet" + i)) i++;
        n = "Sheet" + i;
      }
      created = wb.addSheet(n);
    });
    return new WorksheetProxy(this.context, () => {
      if (!created) return null;
      return wb.sheets.find((s) => s.id === (created as FakeSheet).id) ?? null;
    });
  }
  getCount(): { value: number } {
    const result = { value: 0 };
    this.context.enqueue("WorksheetCollection.getCount", () => {
      result.value = this.context.wb.sheets.length;
    });
    return result;
  }
}

class WorksheetProxy extends ClientObject<FakeSheet> {
  readonly freezePanes: FreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly charts: ChartCollectionProxy;
  readonly horizontalPageBreaks: PageBreakCollectionProxy;
  readonly protection: WorksheetProtectionProxy;
  constructor(ctx: FakeContext, resolver: Resolver<FakeSheet>) {
    super(ctx, resolver, "Worksheet");
    this.protection = new WorksheetProtectionProxy(ctx, resolver);
    this.freezePanes = new FreezePanesProxy(ctx, resolver);
    this.pageLayout = new PageLayoutProxy(ctx, resolver);
    this.charts = new ChartCollectionProxy(ctx, resolver);
    this.horizontalPageBreaks = new PageBreakCollectionProxy(ctx, resolver);
  }
  protected scalars(s: FakeSheet): Record<string, () => unknown> {
    const wb = this.context.wb;
    return {
      name: () => s.name,
      id: () => s.id,
      position: () => wb.sheets.indexOf(s),
      visibility: () => s.visibility,
      tabColor: () => s.tabColor ?? "",
      showGridlines: () => s.showGridlines ?? true,
    };
  }
  set showGridlines(v: boolean) {
    this.queue("showGridlines=", (s) => (s.showGridlines = v));
  }
  get showGridlines(): boolean {
    return this.get_("showGridlines") as boolean;
  }
  get name(): string {
    return this.get_("name") as string;
  }
  set name(v: string) {
    this.queue("name=", (s) => {
      checkSheetName(v);
      const other = this.context.wb.findSheet(v);
      if (other && other !== s)
        throw new OfficeError("ItemAlreadyExists", `A sheet named "${v}" already exists.`);
      s.name = v;
    });
  }
  get id(): string {
    return this.get_("id") as string;
  }
  get position(): number {
    return this.get_("position") as number;
  }
  set position(v: number) {
    this.queue("position=", (s) => {
      const list = this.context.wb.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, s);
    });
  }
  get visibility(): string {
    return this.get_("visibility") as string;
  }
  get tabColor(): string {
    return this.get_("tabColor") as string;
  }
  set tabColor(v: string) {
    this.queue("tabColor=", (s) => {
      s.tabColor = v;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this.target();
      if (address === undefined)
        return { sheet: s, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }, whole: true };
      const sp = splitAddress(address);
      return { sheet: s, rect: parseRect(sp.local) };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, () => ({
      sheet: this.target(),
      rect: { row, col, rows, cols },
    }));
  }
  /**
   * ExcelApi 1.9: several areas ("3:3, 5:9" or "A1:B2, D4") as one RangeAreas; its format setters apply
   * to every area (one operation in Office.js, one per area in this fake's log).
   */
  getRanges(address: string): RangeAreasProxy {
    const parts = address.split(",").map((p) => p.trim());
    if (parts.some((p) => p === ""))
      throw new OfficeError("InvalidArgument", `Bad address list "${address}"`);
    return new RangeAreasProxy(parts.map((p) => this.getRange(p)));
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this.target();
      return { sheet: s, rect: usedRect(s, !!valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this.target();
      const r = usedRect(s, !!valuesOnly);
      return r ? { sheet: s, rect: r } : null;
    });
  }
  delete(): void {
    this.queue("delete", (s) => {
      const wb = this.context.wb;
      const visible = wb.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s)
        throw new OfficeError("InvalidOperation", "Cannot delete the last visible sheet.");
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      if (wb.activeId === s.id) wb.setActive(wb.sheets[0].name);
      if (wb.selection.sheetId === s.id)
        wb.selection = { sheetId: wb.activeId, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
  activate(): void {
    this.queue("activate", (s) => this.context.wb.setActive(s.name));
  }
}

/** worksheet.protection (ExcelApi 1.2): protected, options.allowFormatCells. */
class WorksheetProtectionProxy extends ClientObject<FakeSheet> {
  constructor(ctx: FakeContext, r: Resolver<FakeSheet>) {
    super(ctx, r, "WorksheetProtection");
  }
  protected scalars(s: FakeSheet): Record<string, () => unknown> {
    return {
      protected: () => s.protection?.protected ?? false,
      options: () => ({ allowFormatCells: s.protection?.allowFormatCells ?? false }),
    };
  }
  get protected(): boolean {
    return this.get_("protected") as boolean;
  }
  get options(): { allowFormatCells: boolean } {
    return this.get_("options") as { allowFormatCells: boolean };
  }
}

class FreezePanesProxy extends ClientObject<FakeSheet> {
  constructor(ctx: FakeContext, r: Resolver<FakeSheet>) {
    super(ctx, r, "WorksheetFreezePanes");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  freezeRows(count: number): void {
    this.queue("freezeRows", (s) => {
      s.freeze = { rows: count, cols: 0 };
    });
  }
  freezeColumns(count: number): void {
    this.queue("freezeColumns", (s) => {
      s.freeze = { rows: 0, cols: count };
    });
  }
  freezeAt(range: string | RangeProxy): void {
    this.queue("freezeAt", (s) => {
      const rect =
        typeof range === "string" ? parseRect(splitAddress(range).local) : range.resolveNow().rect;
      s.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    this.queue("unfreeze", (s) => {
      delete s.freeze;
    });
  }
}

class PageLayoutProxy extends ClientObject<FakeSheet> {
  readonly headersFooters: { defaultForAllPages: HeaderFooterProxy; state: string };
  constructor(ctx: FakeContext, r: Resolver<FakeSheet>) {
    super(ctx, r, "PageLayout");
    const queue = (v: string): void =>
      this.queue("headersFooters.state=", (s) => {
        s.headerState = v;
      });
    this.headersFooters = {
      defaultForAllPages: new HeaderFooterProxy(ctx, r),
      set state(v: string) {
        queue(v);
      },
      get state(): string {
        return "";
      },
    };
    const props = [
      "paperSize",
      "orientation",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "headerMargin",
      "footerMargin",
      "zoom",
      "firstPageNumber",
      "centerHorizontally",
      "printGridlines",
    ];
    for (const p of props) {
      Object.defineProperty(this, p, {
        get: () => this.get_(p),
        set: (v: unknown) => {
          if (p === "zoom") {
            const z = v as {
              scale?: number;
              horizontalFitToPages?: number;
              verticalFitToPages?: number;
            };
            if (
              z.scale !== undefined &&
              (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined)
            ) {
              this.queue("zoom=", () => {
                throw new OfficeError(
                  "InvalidArgument",
                  "zoom: scale and fit-to-pages are exclusive"
                );
              });
              return;
            }
          }
          this.queue(p + "=", (s) => {
            s.pageLayout[p] = v;
          });
        },
        enumerable: true,
      });
    }
  }
  protected scalars(s: FakeSheet): Record<string, () => unknown> {
    return Object.fromEntries(Object.keys(s.pageLayout).map((k) => [k, () => s.pageLayout[k]]));
  }
  setPrintTitleRows(rows: string | RangeProxy): void {
    this.queue("setPrintTitleRows", (s) => {
      s.printTitleRows = typeof rows === "string" ? rows : rectLocal(rows.resolveNow().rect);
    });
  }
}

/** worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) puts a break before the range's top row. */
class PageBreakCollectionProxy extends ClientObject<FakeSheet> {
  constructor(ctx: FakeContext, r: Resolver<FakeSheet>) {
    super(ctx, r, "PageBreakCollection");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  add(range: string | RangeProxy): void {
    this.queue("add", (s) => {
      const rect = typeof range === "string" ? parseRect(range) : range.resolveNow().rect;
      const rows = s.pageBreakRows ?? (s.pageBreakRows = []);
      if (!rows.includes(rect.row)) rows.push(rect.row);
    });
  }
}

class HeaderFooterProxy extends ClientObject<FakeSheet> {
  constructor(ctx: FakeContext, r: Resolver<FakeSheet>) {
    super(ctx, r, "HeaderFooter");
  }
  protected scalars(s: FakeSheet): Record<string, () => unknown> {
    return { centerFooter: () => s.centerFooter ?? "" };
  }
  get centerFooter(): string {
    return this.get_("centerFooter") as string;
  }
  set centerFooter(v: string) {
    this.queue("centerFooter=", (s) => {
      s.centerFooter = v;
    });
  }
  set centerHeader(v: string) {
    this.queue("centerHeader=", (s) => {
      s.centerHeader = v;
    });
  }
}

/* ----------------------------------------------------------------------------------------------- */
/* Defined names (workbook.names, ExcelApi 1.4)                                                    */

function checkDefinedName(name: string): void {
  if (
    !/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) ||
    name.length > 255 ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name)
  )
    throw new OfficeError("InvalidArgument", `The name "${name}" is not valid.`);
}

class NamedItemCollectionProxy extends ClientObject<FakeWorkbook> {
  private itemsList: NamedItemProxy[] | undefined;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.wb, "NamedItemCollection");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  get items(): NamedItemProxy[] {
    if (!this.itemsList) throw notLoaded(this.cls, "items");
    return this.itemsList;
  }
  override applyLoad(names: string[]): void {
    const wb = this.context.wb;
    const props = names.filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
    this.itemsList = wb.names.map((n) => {
      const p = new NamedItemProxy(this.context, () => (wb.names.includes(n) ? n : null));
      p.applyLoad(props.length ? props : ["name", "type", "value", "comment", "visible"]);
      return p;
    });
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const wb = this.context.wb;
    let made: FakeName | null = null;
    this.queue("add", () => {
      checkDefinedName(name);
      if (wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
        throw new OfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      if (comment !== undefined && comment.length > 255)
        throw new OfficeError("InvalidArgument", "A name's comment is at most 255 characters.");
      let sheet: FakeSheet | null = null;
      let rect: FakeRect | undefined;
      let constant: string | undefined;
      if (typeof reference === "string") {
        const sp = splitAddress(reference.replace(/^=/, ""));
        const target = sp.sheet ? wb.findSheet(sp.sheet) : undefined;
        if (target && !/^"/.test(sp.local)) {
          sheet = target;
          rect = parseRect(sp.local);
        } else constant = reference.startsWith("=") ? reference : "=" + reference;
      } else {
        const t = reference.resolveNow();
        sheet = t.sheet;
        rect = { ...t.rect };
      }
      made = { name, sheet, rect, constant, comment: comment ?? "", visible: true };
      wb.names.push(made);
    });
    return new NamedItemProxy(this.context, () => made);
  }
  getItem(name: string): NamedItemProxy {
    const wb = this.context.wb;
    return new NamedItemProxy(this.context, () => {
      const n = wb.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw new OfficeError("ItemNotFound", `The name "${name}" doesn't exist.`);
      return n;
    });
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    const wb = this.context.wb;
    return new NamedItemProxy(
      this.context,
      () => wb.names.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null
    );
  }
}

class NamedItemProxy extends ClientObject<FakeName> {
  constructor(ctx: FakeContext, r: Resolver<FakeName>) {
    super(ctx, r, "NamedItem");
  }
  protected scalars(n: FakeName): Record<string, () => unknown> {
    const wb = this.context.wb;
    const ref = wb.nameValue(n);
    return {
      name: () => n.name,
      type: () => (n.constant !== undefined ? "String" : ref === "=#REF!" ? "Error" : "Range"),
      // Office: "For a named range, will return the range address" (without "=").
      value: () => (n.constant !== undefined ? n.constant.replace(/^="?|"$/g, "") : ref.slice(1)),
      formula: () => ref,
      comment: () => n.comment,
      visible: () => n.visible,
      scope: () => "Workbook",
    };
  }
  get name(): string {
    return this.get_("name") as string;
  }
  get type(): string {
    return this.get_("type") as string;
  }
  get value(): string {
    return this.get_("value") as string;
  }
  get formula(): string {
    return this.get_("formula") as string;
  }
  get comment(): string {
    return this.get_("comment") as string;
  }
  set comment(v: string) {
    this.queue("comment=", (n) => {
      if (v.length > 255)
        throw new OfficeError("InvalidArgument", "A name's comment is at most 255 characters.");
      n.comment = v;
    });
  }
  get visible(): boolean {
    return this.get_("visible") as boolean;
  }
  set visible(v: boolean) {
    this.queue("visible=", (n) => (n.visible = v));
  }
  delete(): void {
    this.queue("delete", (n) => {
      const wb = this.context.wb;
      wb.names = wb.names.filter((x) => x !== n);
    });
  }
  private rangeOf(n: FakeName | null): RangeTarget | null {
    if (!n || !n.sheet || !n.rect || !this.context.wb.sheets.includes(n.sheet)) return null;
    return { sheet: n.sheet, rect: { ...n.rect } };
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.rangeOf(this.target());
      if (!t) throw new OfficeError("InvalidReference", "The name does not refer to a range.");
      return t;
    });
  }
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, () => this.rangeOf(this.resolver()));
  }
}

/* ----------------------------------------------------------------------------------------------- */
/* Ranges                                                                                          */

interface RangeTarget {
  sheet: FakeSheet;
  rect: FakeRect;
  whole?: boolean;
}

function checkAlive(wb: FakeWorkbook, t: RangeTarget): RangeTarget {
  if (!wb.sheets.includes(t.sheet))
    throw new OfficeError("ItemNotFound", "The worksheet of this range was deleted.");
  return t;
}

function forEachCell(
  t: RangeTarget,
  fn: (row: number, col: number, i: number, j: number) => void
): void {
  const rows = t.whole ? 0 : t.rect.rows;
  const cols = t.whole ? 0 : t.rect.cols;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) fn(t.rect.row + i, t.rect.col + j, i, j);
}

function grid<T>(t: RangeTarget, input: unknown, what: string): (i: number, j: number) => T {
  if (!Array.isArray(input)) return () => input as T;
  const arr = input as unknown[][];
  if (
    arr.length !== t.rect.rows ||
    arr.some((r) => !Array.isArray(r) || r.length !== t.rect.cols)
  ) {
    throw new OfficeError(
      "InvalidArgument",
      `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range ${rectLocal(t.rect)}.`
    );
  }
  return (i, j) => arr[i][j] as T;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  readonly dataValidation: DataValidationProxy;
  constructor(ctx: FakeContext, resolver: Resolver<RangeTarget>) {
    const live: Resolver<RangeTarget> = () => {
      const t = resolver();
      return t ? checkAlive(ctx.wb, t) : null;
    };
    super(ctx, live, "Range");
    this.format = new RangeFormatProxy(ctx, () => this.target());
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, () => this.target());
    this.dataValidation = new DataValidationProxy(ctx, () => this.target());
  }
  /** For the fake's own use at sync time. */
  resolveNow(): RangeTarget {
    return this.target();
  }
  protected override navigation(): Record<string, ClientObject<unknown>> {
    return { format: this.format as ClientObject<unknown> };
  }
  protected scalars(t: RangeTarget): Record<string, () => unknown> {
    const matrix = (f: (c: FakeCell | undefined) => unknown): unknown[][] => {
      const out: unknown[][] = [];
      for (let i = 0; i < t.rect.rows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < t.rect.cols; j++)
          row.push(f(t.sheet.cells.get(key(t.rect.row + i, t.rect.col + j))));
        out.push(row);
      }
      return out;
    };
    return {
      address: () => quoteSheet(t.sheet.name) + "!" + rectLocal(t.rect),
      addressLocal: () => quoteSheet(t.sheet.name) + "!" + rectLocal(t.rect),
      rowIndex: () => t.rect.row,
      columnIndex: () => t.rect.col,
      rowCount: () => t.rect.rows,
      columnCount: () => t.rect.cols,
      values: () => matrix((c) => c?.value ?? ""),
      text: () => matrix((c) => (c?.value === undefined ? "" : String(c.value))),
      formulas: () => matrix((c) => c?.formula ?? c?.value ?? ""),
      numberFormat: () => matrix((c) => c?.numberFormat ?? "General"),
      valueTypes: () =>
        matrix((c) =>
          c === undefined || c.value === ""
            ? "Empty"
            : c.isError
              ? "Error"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : "String"
        ),
    };
  }
  get address(): string {
    return this.get_("address") as string;
  }
  get rowIndex(): number {
    return this.get_("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get_("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get_("rowCount") as number;
  }
  get columnCount(): number {
    return this.get_("columnCount") as number;
  }
  get values(): unknown[][] {
    return this.get_("values") as unknown[][];
  }
  /** Hides or shows whole columns (ExcelApi 1.2); only set, never read here. */
  set columnHidden(v: boolean) {
    this.queue("columnHidden=", (t) => {
      for (let j = 0; j < t.rect.cols; j++)
        if (v) t.sheet.hiddenColumns.add(t.rect.col + j);
        else t.sheet.hiddenColumns.delete(t.rect.col + j);
    });
  }
  set values(v: unknown[][]) {
    this.queue("values=", (t) => {
      const at = grid<unknown>(t, v, "values");
      forEachCell(t, (r, c, i, j) => writeValue(cellAt(t.sheet, r, c), at(i, j)));
    });
  }
  get formulas(): unknown[][] {
    return this.get_("formulas") as unknown[][];
  }
  get text(): string[][] {
    return this.get_("text") as string[][];
  }
  get numberFormat(): string[][] {
    return this.get_("numberFormat") as string[][];
  }
  get valueTypes(): string[][] {
    return this.get_("valueTypes") as string[][];
  }
  /**
   * ExcelApi 1.9: per-cell format properties, answered at sync. Supports format.fill.color,
   * format.font.{bold,italic,color,name,size}, format.rowHeight, format.columnWidth.
   */
  getCellProperties(opts: {
    format?: {
      fill?: { color?: boolean };
      font?: { bold?: boolean; italic?: boolean; color?: boolean; name?: boolean; size?: boolean };
      rowHeight?: boolean;
      columnWidth?: boolean;
    };
  }): { value: unknown[][] } {
    const result = {} as { value: unknown[][] };
    let ready = false;
    this.queue("getCellProperties", (t) => {
      const f = opts.format ?? {};
      const out: unknown[][] = [];
      for (let i = 0; i < t.rect.rows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < t.rect.cols; j++) {
          const c = t.sheet.cells.get(key(t.rect.row + i, t.rect.col + j));
          const fmt: Record<string, unknown> = {};
          if (f.fill?.color) fmt.fill = { color: c?.fill ?? "#FFFFFF" };
          if (f.font) {
            const font = { ...t.sheet.font, ...(c?.font ?? {}) };
            const o: Record<string, unknown> = {};
            if (f.font.bold) o.bold = font.bold ?? false;
            if (f.font.italic) o.italic = font.italic ?? false;
            if (f.font.color) o.color = font.color ?? "#000000";
            if (f.font.name) o.name = font.name ?? "Calibri";
            if (f.font.size) o.size = font.size ?? 11;
            fmt.font = o;
          }
          if (f.rowHeight) fmt.rowHeight = t.sheet.rowHeights.get(t.rect.row + i) ?? 15;
          if (f.columnWidth) fmt.columnWidth = t.sheet.columnWidths.get(t.rect.col + j) ?? 48;
          row.push({ format: fmt });
        }
        out.push(row);
      }
      result.value = out;
      ready = true;
    });
    return new Proxy(result, {
      get(target, prop) {
        if (prop === "value" && !ready)
          throw new OfficeError(
            "PropertyNotLoaded",
            "The value of getCellProperties is not available before sync."
          );
        return (target as Record<string | symbol, unknown>)[prop];
      },
    });
  }
  set numberFormat(v: string[][]) {
    this.queue("numberFormat=", (t) => {
      const at = grid<string>(t, v, "numberFormat");
      forEachCell(t, (r, c, i, j) => {
        cellAt(t.sheet, r, c).numberFormat = at(i, j);
      });
    });
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.target().sheet);
  }
  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      return {
        sheet: t.sheet,
        rect: { row: t.rect.row + row, col: t.rect.col + col, rows: 1, cols: 1 },
      };
    });
  }
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      const o =
        typeof other === "string" ? parseRect(splitAddress(other).local) : other.resolveNow().rect;
      const r1 = Math.max(t.rect.row, o.row);
      const c1 = Math.max(t.rect.col, o.col);
      const r2 = Math.min(t.rect.row + t.rect.rows, o.row + o.rows);
      const c2 = Math.min(t.rect.col + t.rect.cols, o.col + o.cols);
      if (r2 <= r1 || c2 <= c1) return null;
      return { sheet: t.sheet, rect: { row: r1, col: c1, rows: r2 - r1, cols: c2 - c1 } };
    });
  }
  /** ExcelApi 1.4: the used part of this range (null object when it holds nothing). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      const u = usedRect(t.sheet, !!valuesOnly);
      if (!u) return null;
      const r1 = Math.max(t.rect.row, u.row);
      const c1 = Math.max(t.rect.col, u.col);
      const r2 = Math.min(t.rect.row + t.rect.rows, u.row + u.rows);
      const c2 = Math.min(t.rect.col + t.rect.cols, u.col + u.cols);
      if (r2 <= r1 || c2 <= c1) return null;
      return { sheet: t.sheet, rect: { row: r1, col: c1, rows: r2 - r1, cols: c2 - c1 } };
    });
  }
  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      return {
        sheet: t.sheet,
        rect: { ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaCols },
      };
    });
  }
  merge(across?: boolean): void {
    this.queue("merge", (t) => {
      const areas: FakeRect[] = across
        ? Array.from({ length: t.rect.rows }, (_, i) => ({
            ...t.rect,
            row: t.rect.row + i,
            rows: 1,
          }))
        : [{ ...t.rect }];
      for (const a of areas) {
        t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, a));
        forEachCell({ sheet: t.sheet, rect: a }, (r, c, i, j) => {
          if (i === 0 && j === 0) return;
          const cell = t.sheet.cells.get(key(r, c));
          if (cell) {
            cell.value = "";
            delete cell.formula;
          }
        });
        t.sheet.merges.push(a);
      }
    });
  }
  unmerge(): void {
    this.queue("unmerge", (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
    });
  }
  select(): void {
    this.queue("select", (t) => {
      this.context.wb.activeId = t.sheet.id;
      this.context.wb.selection = { sheetId: t.sheet.id, rect: { ...t.rect } };
    });
  }
  clear(): void {
    this.queue("clear", (t) => {
      forEachCell(t, (r, c) => t.sheet.cells.delete(key(r, c)));
    });
  }
}

/** worksheet.getRanges(): the format of every area at once (the setters the add-in uses). */
class RangeAreasProxy {
  readonly format: Record<string, unknown> & {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
  };
  constructor(readonly areas: RangeProxy[]) {
    const fmt = (k: string) => ({
      set: (v: unknown) =>
        areas.forEach((a) => ((a.format as unknown as Record<string, unknown>)[k] = v)),
      get: () => {
        throw notLoaded("RangeAreas", k);
      },
    });
    const sub = (part: "font" | "fill", keys: string[]) => {
      const o: Record<string, unknown> = {};
      for (const k of keys)
        Object.defineProperty(o, k, {
          set: (v: unknown) =>
            areas.forEach((a) => ((a.format[part] as unknown as Record<string, unknown>)[k] = v)),
          get: () => {
            throw notLoaded("RangeAreas", `${part}.${k}`);
          },
        });
      return o;
    };
    const format = {
      font: sub("font", ["name", "size", "bold", "italic", "color"]),
      fill: sub("fill", ["color"]),
    } as Record<string, unknown> & { font: Record<string, unknown>; fill: Record<string, unknown> };
    for (const k of [
      "rowHeight",
      "columnWidth",
      "wrapText",
      "verticalAlignment",
      "horizontalAlignment",
      "indentLevel",
    ])
      Object.defineProperty(format, k, fmt(k));
    format.autofitRows = (): void =>
      areas.forEach((a) => (a.format as unknown as { autofitRows: () => void }).autofitRows());
    this.format = format;
  }
}

class RangeFormatProxy extends ClientObject<RangeTarget> {
  readonly font: FontProxy;
  readonly fill: FillProxy;
  readonly borders: BordersProxy;
  constructor(ctx: FakeContext, r: Resolver<RangeTarget>) {
    super(ctx, r, "RangeFormat");
    this.font = new FontProxy(ctx, r);
    this.fill = new FillProxy(ctx, r);
    this.borders = new BordersProxy(ctx, r);
  }
  protected override navigation(): Record<string, ClientObject<unknown>> {
    return { font: this.font as ClientObject<unknown>, fill: this.fill as ClientObject<unknown> };
  }
  protected scalars(t: RangeTarget): Record<string, () => unknown> {
    const first = (): FakeCell | undefined => t.sheet.cells.get(key(t.rect.row, t.rect.col));
    return {
      horizontalAlignment: () => first()?.hAlign ?? "General",
      verticalAlignment: () => first()?.vAlign ?? "Bottom",
      wrapText: () => first()?.wrap ?? false,
      indentLevel: () => first()?.indent ?? 0,
      columnWidth: () => t.sheet.columnWidths.get(t.rect.col) ?? 48,
      rowHeight: () => t.sheet.rowHeights.get(t.rect.row) ?? 15,
    };
  }
  private setCells(name: string, fn: (c: FakeCell) => void): void {
    this.queue(name, (t) => forEachCell(t, (r, c) => fn(cellAt(t.sheet, r, c))));
  }
  set horizontalAlignment(v: string) {
    this.setCells("horizontalAlignment=", (c) => (c.hAlign = v));
  }
  set verticalAlignment(v: string) {
    this.setCells("verticalAlignment=", (c) => (c.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText=", (c) => (c.wrap = v));
  }
  set indentLevel(v: number) {
    this.setCells("indentLevel=", (c) => (c.indent = v));
  }
  set columnWidth(v: number) {
    this.queue("columnWidth=", (t) => {
      for (let j = 0; j < Math.min(t.rect.cols, MAX_COLS); j++)
        t.sheet.columnWidths.set(t.rect.col + j, v);
    });
  }
  /** Sizes the rows to their text: the fake records the rows (and drops any fixed height). */
  autofitRows(): void {
    this.queue("autofitRows", (t) => {
      t.sheet.autofitRows ??= new Set();
      for (let i = 0; i < Math.min(t.rect.rows, 1048576); i++) {
        t.sheet.autofitRows.add(t.rect.row + i);
        t.sheet.rowHeights.delete(t.rect.row + i);
      }
    });
  }
  set rowHeight(v: number) {
    this.queue("rowHeight=", (t) => {
      if (t.rect.rows > 100000)
        throw new OfficeError(
          "InvalidArgument",
          "rowHeight on whole columns is not supported by the fake"
        );
      for (let i = 0; i < t.rect.rows; i++) t.sheet.rowHeights.set(t.rect.row + i, v);
    });
  }
  get horizontalAlignment(): string {
    return this.get_("horizontalAlignment") as string;
  }
  get verticalAlignment(): string {
    return this.get_("verticalAlignment") as string;
  }
  get wrapText(): boolean {
    return this.get_("wrapText") as boolean;
  }
  get indentLevel(): number {
    return this.get_("indentLevel") as number;
  }
  get columnWidth(): number {
    return this.get_("columnWidth") as number;
  }
  get rowHeight(): number {
    return this.get_("rowHeight") as number;
  }
}

class FontProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeContext, r: Resolver<RangeTarget>) {
    super(ctx, r, "RangeFont");
    for (const p of ["name", "size", "bold", "italic", "color"] as const) {
      Object.defineProperty(this, p, {
        get: () => this.get_(p),
        set: (v: never) =>
          this.queue(p + "=", (t) => {
            if (t.whole) t.sheet.font[p] = v;
            else forEachCell(t, (r, c) => (cellAt(t.sheet, r, c).font[p] = v));
          }),
        enumerable: true,
      });
    }
  }
  protected scalars(t: RangeTarget): Record<string, () => unknown> {
    const f = (): FakeFont => ({
      ...t.sheet.font,
      ...(t.sheet.cells.get(key(t.rect.row, t.rect.col))?.font ?? {}),
    });
    return {
      name: () => f().name ?? "Calibri",
      size: () => f().size ?? 11,
      bold: () => f().bold ?? false,
      italic: () => f().italic ?? false,
      color: () => f().color ?? "#000000",
    };
  }
}

class FillProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeContext, r: Resolver<RangeTarget>) {
    super(ctx, r, "RangeFill");
  }
  protected scalars(t: RangeTarget): Record<string, () => unknown> {
    return { color: () => t.sheet.cells.get(key(t.rect.row, t.rect.col))?.fill ?? "#FFFFFF" };
  }
  get color(): string {
    return this.get_("color") as string;
  }
  set color(v: string) {
    this.queue("color=", (t) => forEachCell(t, (r, c) => (cellAt(t.sheet, r, c).fill = v)));
  }
  clear(): void {
    this.queue("clear", (t) => forEachCell(t, (r, c) => delete cellAt(t.sheet, r, c).fill));
  }
}

class BordersProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeContext, r: Resolver<RangeTarget>) {
    super(ctx, r, "RangeBorderCollection");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  getItem(index: string): BorderProxy {
    return new BorderProxy(this.context, this.resolver, index);
  }
}

class BorderProxy extends ClientObject<RangeTarget> {
  constructor(
    ctx: FakeContext,
    r: Resolver<RangeTarget>,
    private readonly index: string
  ) {
    super(ctx, r, "RangeBorder");
    for (const p of ["style", "color", "weight"] as const) {
      Object.defineProperty(this, p, {
        get: () => this.get_(p),
        set: (v: string) =>
          this.queue(p + "=", (t) =>
            forEachCell(t, (r2, c, i, j) => {
              const last = { i: t.rect.rows - 1, j: t.rect.cols - 1 };
              const edges: string[] = [];
              const idx = this.index;
              if ((idx === "EdgeTop" && i === 0) || (idx === "InsideHorizontal" && i > 0))
                edges.push("top");
              if (
                (idx === "EdgeBottom" && i === last.i) ||
                (idx === "InsideHorizontal" && i < last.i)
              )
                edges.push("bottom");
              if ((idx === "EdgeLeft" && j === 0) || (idx === "InsideVertical" && j > 0))
                edges.push("left");
              if ((idx === "EdgeRight" && j === last.j) || (idx === "InsideVertical" && j < last.j))
                edges.push("right");
              const cell = cellAt(t.sheet, r2, c);
              for (const e of edges)
                cell.borders[e] = { ...(cell.borders[e] ?? { style: "Continuous" }), [p]: v };
            })
          ),
        enumerable: true,
      });
    }
  }
  protected scalars(t: RangeTarget): Record<string, () => unknown> {
    const b = t.sheet.cells.get(key(t.rect.row, t.rect.col))?.borders ?? {};
    const side =
      { EdgeTop: "top", EdgeBottom: "bottom", EdgeLeft: "left", EdgeRight: "right" }[this.index] ??
      "top";
    return {
      style: () => b[side]?.style ?? "None",
      color: () => b[side]?.color ?? "#000000",
      weight: () => b[side]?.weight ?? "Thin",
    };
  }
}

/* ----------------------------------------------------------------------------------------------- */
/* Conditional formats, data validation                                                            */

class ConditionalFormatCollectionProxy extends ClientObject<RangeTarget> {
  private itemsList: ConditionalFormatProxy[] | undefined;
  constructor(ctx: FakeContext, r: Resolver<RangeTarget>) {
    super(ctx, r, "ConditionalFormatCollection");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  get items(): ConditionalFormatProxy[] {
    if (!this.itemsList) throw notLoaded(this.cls, "items");
    return this.itemsList;
  }
  override applyLoad(names: string[]): void {
    const t = this.target();
    const props = names.filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
    this.itemsList = t.sheet.conditionalFormats
      .filter((cf) => overlaps(cf.rect, t.rect))
      .map((cf) => {
        const p = new ConditionalFormatProxy(
          this.context,
          () => t.sheet.conditionalFormats.find((x) => x.id === cf.id) ?? null
        );
        p.applyLoad(props.length ? props : ["id", "type"]);
        return p;
      });
  }
  add(type: string): ConditionalFormatProxy {
    let made: FakeConditionalFormat | null = null;
    let sheet: FakeSheet | null = null;
    this.queue("add", (t) => {
      if (t.sheet.protection?.protected && !t.sheet.protection.allowFormatCells)
        throw new OfficeError(
          "AccessDenied",
          "The cell or chart you're trying to change is on a protected sheet."
        );
      made = { id: this.context.wb.newId("cf"), type, rect: { ...t.rect } };
      sheet = t.sheet;
      t.sheet.conditionalFormats.push(made);
    });
    return new ConditionalFormatProxy(this.context, () =>
      made && sheet ? (sheet.conditionalFormats.find((x) => x === made) ?? null) : null
    );
  }
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, () => {
      const cf = this.target().sheet.conditionalFormats.find((x) => x.id === id);
      if (!cf) throw new OfficeError("ItemNotFound", `The conditional format ${id} doesn't exist.`);
      return cf;
    });
  }
  clearAll(): void {
    this.queue("clearAll", (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !overlaps(cf.rect, t.rect)
      );
    });
  }
}

class ConditionalFormatProxy extends ClientObject<FakeConditionalFormat> {
  readonly cellValue: CellValueCFProxy;
  /** A null object unless the format is of type CellValue (loading it is safe on any type). */
  readonly cellValueOrNullObject: CellValueCFProxy;
  constructor(ctx: FakeContext, r: Resolver<FakeConditionalFormat>) {
    super(ctx, r, "ConditionalFormat");
    this.cellValue = new CellValueCFProxy(ctx, r);
    this.cellValueOrNullObject = new CellValueCFProxy(ctx, () => {
      const cf = r();
      return cf && cf.type === "CellValue" ? cf : null;
    });
  }
  protected override navigation(): Record<string, ClientObject<unknown>> {
    return {
      cellValue: this.cellValue as ClientObject<unknown>,
      cellValueOrNullObject: this.cellValueOrNullObject as ClientObject<unknown>,
    };
  }
  protected scalars(cf: FakeConditionalFormat): Record<string, () => unknown> {
    return {
      id: () => cf.id,
      type: () => cf.type,
      priority: () => 0,
      stopIfTrue: () => false,
    };
  }
  get id(): string {
    return this.get_("id") as string;
  }
  get type(): string {
    return this.get_("type") as string;
  }
  delete(): void {
    this.queue("delete", (cf) => {
      for (const s of this.context.wb.sheets)
        s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const cf = this.target();
      const sheet = this.context.wb.sheets.find((s) => s.conditionalFormats.includes(cf));
      return sheet ? { sheet, rect: { ...cf.rect } } : null;
    });
  }
}

class CellValueCFProxy extends ClientObject<FakeConditionalFormat> {
  readonly format: {
    fill: { color: string };
    font: { color: string };
  };
  constructor(ctx: FakeContext, r: Resolver<FakeConditionalFormat>) {
    super(ctx, r, "CellValueConditionalFormat");
    const q = (n: string, fn: (cf: FakeConditionalFormat) => void): void => this.queue(n, fn);
    this.format = {
      fill: {
        set color(v: string) {
          q("format.fill.color=", (cf) => (cf.fill = v));
        },
        get color(): string {
          throw notLoaded("ConditionalRangeFill", "color");
        },
      },
      font: {
        set color(v: string) {
          q("format.font.color=", (cf) => (cf.fontColor = v));
        },
        get color(): string {
          throw notLoaded("ConditionalRangeFont", "color");
        },
      },
    };
  }
  protected scalars(cf: FakeConditionalFormat): Record<string, () => unknown> {
    return { rule: () => ({ ...cf.rule }) };
  }
  get rule(): { formula1?: string; formula2?: string; operator?: string } {
    return this.get_("rule") as { formula1?: string };
  }
  set rule(v: { formula1?: string; formula2?: string; operator?: string }) {
    this.queue("rule=", (cf) => {
      if (cf.type !== "CellValue")
        throw new OfficeError("InvalidOperation", "Not a cell value conditional format");
      if (!v.operator || v.formula1 === undefined)
        throw new OfficeError("InvalidArgument", "rule needs operator and formula1");
      cf.rule = { ...v };
    });
  }
}

class DataValidationProxy extends ClientObject<RangeTarget> {
  constructor(ctx: FakeContext, r: Resolver<RangeTarget>) {
    super(ctx, r, "DataValidation");
  }
  private find(t: RangeTarget): FakeValidation | undefined {
    return t.sheet.validations.find((v) => overlaps(v.rect, t.rect));
  }
  protected scalars(t: RangeTarget): Record<string, () => unknown> {
    return {
      rule: () => this.find(t)?.rule ?? {},
      prompt: () => this.find(t)?.prompt ?? {},
      errorAlert: () => this.find(t)?.errorAlert ?? {},
      type: () => (this.find(t) ? Object.keys(this.find(t)?.rule as object)[0] : "None"),
    };
  }
  private upsert(t: RangeTarget): FakeValidation {
    let v = t.sheet.validations.find(
      (x) => x.rect.row === t.rect.row && x.rect.col === t.rect.col && x.rect.rows === t.rect.rows
    );
    if (!v) {
      v = { rect: { ...t.rect }, rule: {} };
      t.sheet.validations.push(v);
    }
    return v;
  }
  get rule(): unknown {
    return this.get_("rule");
  }
  set rule(r: unknown) {
    this.queue("rule=", (t) => {
      this.upsert(t).rule = r;
    });
  }
  set prompt(p: unknown) {
    this.queue("prompt=", (t) => {
      this.upsert(t).prompt = p;
    });
  }
  set errorAlert(p: unknown) {
    this.queue("errorAlert=", (t) => {
      this.upsert(t).errorAlert = p;
    });
  }
  clear(): void {
    this.queue("clear", (t) => {
      t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.rect, t.rect));
    });
  }
}

/* ----------------------------------------------------------------------------------------------- */
/* Charts                                                                                          */

class ChartCollectionProxy extends ClientObject<FakeSheet> {
  private itemsList: ChartProxy[] | undefined;
  constructor(ctx: FakeContext, r: Resolver<FakeSheet>) {
    super(ctx, r, "ChartCollection");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  get items(): ChartProxy[] {
    if (!this.itemsList) throw notLoaded(this.cls, "items");
    return this.itemsList;
  }
  override applyLoad(names: string[]): void {
    const s = this.target();
    const props = names.filter((n) => n.startsWith("items/")).map((n) => n.slice(6));
    this.itemsList = s.charts.map((c) => {
      const p = new ChartProxy(this.context, () => (s.charts.includes(c) ? c : null));
      p.applyLoad(props.length ? props : ["name", "id"]);
      return p;
    });
  }
  add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy {
    let made: FakeChart | null = null;
    this.queue("add", (s) => {
      const src = source.resolveNow();
      if (src.sheet !== s)
        throw new OfficeError(
          "InvalidArgument",
          "Chart source must be on the same sheet in this fake"
        );
      made = {
        id: this.context.wb.newId("chart"),
        name: "Chart " + (s.charts.length + 1),
        type,
        source: rectLocal(src.rect),
        seriesBy: seriesBy ?? "Auto",
        series: [{ values: rectLocal(src.rect) }],
      };
      s.charts.push(made);
    });
    return new ChartProxy(this.context, () => made);
  }
}

class ChartProxy extends ClientObject<FakeChart> {
  readonly title: { text: string };
  readonly legend: { position: string; visible: boolean };
  readonly series: { getItemAt: (i: number) => SeriesProxy; add: (name?: string) => SeriesProxy };
  readonly axes: { valueAxis: { minimum: number; maximum: number; majorUnit: number } };
  constructor(ctx: FakeContext, r: Resolver<FakeChart>) {
    super(ctx, r, "Chart");
    const q = (n: string, fn: (c: FakeChart) => void): void => this.queue(n, fn);
    const axis = {} as { minimum: number; maximum: number; majorUnit: number };
    for (const k of ["minimum", "maximum", "majorUnit"] as const)
      Object.defineProperty(axis, k, {
        set: (v: number) => {
          q(`axes.valueAxis.${k}=`, (c) => ((c.valueAxis ??= {})[k] = v));
        },
        get: () => {
          throw notLoaded("ChartAxis", k);
        },
      });
    this.axes = { valueAxis: axis };
    this.title = {
      set text(v: string) {
        q("title.text=", (c) => (c.title = v));
      },
      get text(): string {
        throw notLoaded("ChartTitle", "text");
      },
    };
    this.legend = {
      set position(v: string) {
        q("legend.position=", (c) => (c.legendPosition = v));
      },
      get position(): string {
        throw notLoaded("ChartLegend", "position");
      },
      set visible(v: boolean) {
        q("legend.visible=", (c) => (c.legendVisible = v));
      },
      get visible(): boolean {
        throw notLoaded("ChartLegend", "visible");
      },
    };
    this.series = {
      getItemAt: (i: number) =>
        new SeriesProxy(ctx, () => {
          const c = this.target();
          if (!c.series[i]) throw new OfficeError("ItemNotFound", `No series ${i}`);
          return c.series[i];
        }),
      add: (name?: string) => {
        let made: FakeChartSeries | null = null;
        this.queue("series.add", (c) => {
          made = { name };
          c.series.push(made);
        });
        return new SeriesProxy(ctx, () => made);
      },
    };
  }
  protected scalars(c: FakeChart): Record<string, () => unknown> {
    return { name: () => c.name, id: () => c.id };
  }
  get name(): string {
    return this.get_("name") as string;
  }
  set name(v: string) {
    this.queue("name=", (c) => (c.name = v));
  }
  setPosition(start: string | RangeProxy, end?: string | RangeProxy): void {
    this.queue("setPosition", (c) => {
      const a = (x: string | RangeProxy): string =>
        typeof x === "string" ? x : rectLocal(x.resolveNow().rect);
      c.position = { from: a(start), to: end === undefined ? undefined : a(end) };
    });
  }
}

class SeriesProxy extends ClientObject<FakeChartSeries> {
  constructor(ctx: FakeContext, r: Resolver<FakeChartSeries>) {
    super(ctx, r, "ChartSeries");
  }
  protected scalars(s: FakeChartSeries): Record<string, () => unknown> {
    return { name: () => s.name ?? "", chartType: () => s.chartType ?? "" };
  }
  set name(v: string) {
    this.queue("name=", (s) => (s.name = v));
  }
  get name(): string {
    return this.get_("name") as string;
  }
  set chartType(v: string) {
    this.queue("chartType=", (s) => (s.chartType = v));
  }
  get chartType(): string {
    return this.get_("chartType") as string;
  }
  setValues(r: RangeProxy): void {
    this.queue("setValues", (s) => (s.values = rectLocal(r.resolveNow().rect)));
  }
  setXAxisValues(r: RangeProxy): void {
    this.queue("setXAxisValues", (s) => (s.xValues = rectLocal(r.resolveNow().rect)));
  }
  /** Moving a series in the plot order moves it in the chart's series list, as Excel does. */
  set plotOrder(v: number) {
    this.queue("plotOrder=", (s) => {
      const chart = this.context.wb.sheets
        .flatMap((sh) => sh.charts)
        .find((c) => c.series.includes(s));
      if (!chart) throw new OfficeError("ItemNotFound", "The series is not in a chart");
      if (!Number.isInteger(v) || v < 0 || v >= chart.series.length)
        throw new OfficeError("InvalidArgument", `plotOrder ${v} is out of range`);
      chart.series.splice(chart.series.indexOf(s), 1);
      chart.series.splice(v, 0, s);
    });
  }
  get plotOrder(): number {
    throw notLoaded("ChartSeries", "plotOrder");
  }
  set hasDataLabels(v: boolean) {
    this.queue("hasDataLabels=", (s) => (s.hasDataLabels = v));
  }
  get hasDataLabels(): boolean {
    throw notLoaded("ChartSeries", "hasDataLabels");
  }
  /** series.points (ExcelApi 1.1): getItemAt(i).dataLabel (ExcelApi 1.7), its numberFormat (1.8). */
  get points(): { getItemAt: (i: number) => { dataLabel: { numberFormat: string } } } {
    const q = (n: string, fn: (s: FakeChartSeries) => void): void => this.queue(n, fn);
    return {
      getItemAt: (i: number) => {
        const dataLabel = {} as { numberFormat: string };
        Object.defineProperty(dataLabel, "numberFormat", {
          set: (v: string) =>
            q("points.dataLabel.numberFormat=", (s) => {
              const n = (s.values?.match(/\d+/g) ?? []).map(Number);
              if (n.length === 2 && (i < 0 || i > n[1] - n[0]))
                throw new OfficeError("InvalidArgument", `point ${i} is out of range`);
              if (!s.hasDataLabels)
                throw new OfficeError("InvalidOperation", "The series has no data labels");
              (s.pointLabelFormats ??= {})[i] = v;
            }),
          get: () => {
            throw notLoaded("ChartDataLabel", "numberFormat");
          },
        });
        return { dataLabel };
      },
    };
  }
  get format(): {
    fill: { setSolidColor: (color: string) => void };
    line: { color: string; lineStyle: string };
  } {
    const q = (n: string, fn: (s: FakeChartSeries) => void): void => this.queue(n, fn);
    const line = {} as { color: string; lineStyle: string };
    for (const k of ["color", "lineStyle"] as const)
      Object.defineProperty(line, k, {
        set: (v: string) => {
          q(`format.line.${k}=`, (s) => ((s.line ??= {})[k] = v));
        },
        get: () => {
          throw notLoaded("ChartLineFormat", k);
        },
      });
    return {
      fill: {
        setSolidColor: (color: string) => q("format.fill.setSolidColor", (s) => (s.fill = color)),
      },
      line,
    };
  }
}

/* ----------------------------------------------------------------------------------------------- */
/* Office and Excel globals                                                                        */

export interface FakeOfficeGlobals {
  Office: unknown;
  Excel: unknown;
}

/**
 * Installs `Office` and `Excel` on `target` (globalThis in node, window in a browser) over a new
 * in-memory workbook and returns the workbook handle. `target.__fakeWorkbook` is set too.
 */
export function installFakeOffice(
  target: Record<string, unknown> | typeof globalThis,
  options: InstallOptions = {}
): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.displayLanguage = options.displayLanguage ?? "th-TH";
  wb.apiVersion = options.apiVersion ?? 17;
  wb.dialogApiVersion = options.dialogApiVersion ?? 2;
  for (const s of options.sheets ?? [{ name: "Sheet1" }]) {
    wb.addSheet(s.name);
    if (s.cells) wb.setCells(s.name, s.at ?? "A1", s.cells);
  }
  if (options.active) wb.setActive(options.active);
  if (options.selection) {
    const sp = splitAddress(options.selection);
    wb.setSelection(sp.sheet ?? wb.activeName(), sp.local);
  }
  wb.settings = { ...(options.settings ?? {}) };
  wb.savedSettings = JSON.parse(JSON.stringify(wb.settings)) as Record<string, unknown>;

  const actions = new Map<string, (event: unknown) => unknown>();
  const readyCallbacks: Array<(info: unknown) => void> = [];
  const info = { host: "Excel", platform: "PC" };
  const Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogParentMessageReceived: "dialogParentMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    onReady(cb?: (info: unknown) => void): Promise<unknown> {
      if (cb) readyCallbacks.push(cb);
      return Promise.resolve().then(() => {
        if (cb) cb(info);
        return info;
      });
    },
    context: {
      get displayLanguage(): string {
        return wb.displayLanguage;
      },
      contentLanguage: "th-TH",
      host: "Excel",
      platform: "PC",
      requirements: {
        isSetSupported(name: string, version?: string | number): boolean {
          const top =
            name === "ExcelApi" ? wb.apiVersion : name === "DialogApi" ? wb.dialogApiVersion : -1;
          if (top < 0) return false;
          const [major, minor] = String(version ?? "1.1")
            .split(".")
            .map((x) => parseInt(x, 10));
          return major === 1 && (minor || 0) <= top;
        },
      },
      ui: {
        /** Fake: records the dialog (wb.dialogs) and answers with a dialog object. */
        displayDialogAsync(url: string, options?: unknown, cb?: (r: unknown) => void): void {
          const callback = (typeof options === "function" ? options : cb) as
            ((r: unknown) => void) | undefined;
          const handlers: Array<(arg: unknown) => void> = [];
          const eventHandlers: Array<(arg: unknown) => void> = [];
          const dialog = {
            url,
            closed: false,
            messages: [] as string[],
            close(): void {
              dialog.closed = true;
            },
            messageChild(message: string): void {
              // Dialog API 1.2: Office throws where it is missing.
              if (wb.dialogApiVersion < 2) throw new Error("messageChild needs DialogApi 1.2");
              dialog.messages.push(message);
            },
            addEventHandler(type: string, handler: (arg: unknown) => void): void {
              if (type === "dialogMessageReceived") handlers.push(handler);
              if (type === "dialogEventReceived") eventHandlers.push(handler);
            },
            fromChild(message: string): void {
              for (const h of handlers) h({ message, origin: "https://localhost:3000" });
            },
            closeByUser(): void {
              dialog.closed = true;
              for (const h of eventHandlers) h({ error: 12006 });
            },
          };
          wb.dialogs.push(dialog);
          if (callback) setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
        },
      },
      document: {
        settings: {
          get: (name: string): unknown => (name in wb.settings ? clone(wb.settings[name]) : null),
          set: (name: string, value: unknown): void => {
            wb.settings[name] = clone(value);
          },
          remove: (name: string): void => {
            delete wb.settings[name];
          },
          saveAsync: (cbOrOptions?: unknown, cb?: (r: unknown) => void): void => {
            const callback = (typeof cbOrOptions === "function" ? cbOrOptions : cb) as
              ((r: unknown) => void) | undefined;
            wb.savedSettings = clone(wb.settings) as Record<string, unknown>;
            if (callback) setTimeout(() => callback({ status: "succeeded", value: undefined }), 0);
          },
          /** Like Office: the in-memory copy is replaced by what is saved in the document. */
          refreshAsync: (cb?: (r: unknown) => void): void => {
            wb.settings = clone(wb.savedSettings) as Record<string, unknown>;
            if (cb) setTimeout(() => cb({ status: "succeeded", value: undefined }), 0);
          },
        },
      },
    },
    actions: {
      associate(name: string, fn: (event: unknown) => unknown): void {
        actions.set(name, fn);
      },
    },
    addin: {
      shown: 0,
      showAsTaskpane(): Promise<void> {
        Office.addin.shown++;
        return Promise.resolve();
      },
      hide(): Promise<void> {
        return Promise.resolve();
      },
    },
    /** Fake only: run a ribbon action as Office would; resolves when the action calls event.completed(). */
    __runAction(name: string): Promise<void> {
      const fn = actions.get(name);
      if (!fn) return Promise.reject(new Error(`No action "${name}" associated`));
      return new Promise((resolve) => {
        void fn({ completed: () => resolve(), source: { id: name } });
      });
    },
    __actions: actions,
  };
  const Excel = {
    run: async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> =>
      batch(new FakeContext(wb)),
    ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ConditionalFormatType: { cellValue: "CellValue", custom: "Custom" },
    ConditionalCellValueOperator: { lessThan: "LessThan", between: "Between" },
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      propertyNotLoaded: "PropertyNotLoaded",
      generalException: "GeneralException",
    },
    __workbook: wb,
  };
  const t = target as Record<string, unknown>;
  t.Office = Office;
  t.Excel = Excel;
  t.__fakeWorkbook = wb;
  return wb;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
