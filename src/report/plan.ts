/**
 * ReportPlan: the declarative description of the sheets the product writes. The composer makes it
 * (pure, deterministic); two writers render it: Office.js into the open workbook (src/excel) and
 * ExcelJS into a .xlsx file (src/xlsx). Neither writer decides content or layout.
 *
 * Coordinates are 0-based (row 0 / col 0 is cell A1). Colours are "#RRGGBB".
 */

import type { BlockRef } from "./document";

export type DigitMode = "thai" | "arabic" | "mixed";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; the sheet's default (16) when absent. */
  size?: number;
  color?: string;
  fill?: string;
  hAlign?: "left" | "center" | "right" | "justify" | "distributed";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Indent level (Excel indent units). */
  indent?: number;
  /** Thin border on all four sides, in `borderColor` (BORDER_COLOR when absent). */
  border?: boolean;
  borderColor?: string;
  /** Excel number format, e.g. "0.00". Numbers only. */
  numFmt?: string;
}

export interface PlanCell {
  /**
   * A string is always written as text, even when it starts with "=", "+", "-" or "@"; a number as a
   * number; null leaves the cell empty.
   */
  value: string | number | null;
  style?: CellStyle;
  /**
   * The text before the layout broke it into lines (explicit "\n") and indented it; absent when the
   * value is the text as given (always, in sheets rendered from a ReportDocument). Writers ignore it.
   */
  source?: string;
  /** The document block this cell's text came from (sheets rendered from a ReportDocument). */
  ref?: BlockRef;
}

export interface PlanRow {
  /** Cells from column A on; shorter rows leave the rest empty. */
  cells: PlanCell[];
  /**
   * Fixed row height in points: only for rows without wrapped text (a spacer, the rows under a chart).
   * Absent: the row is sized to its text by the spreadsheet (Excel and LibreOffice on opening; the
   * Office.js writer also autofits these rows in its write batch).
   */
  height?: number;
  /**
   * A row without `height`: the composer's estimate of the height its text needs (points), written as
   * the row's current height WITHOUT marking it custom, so that a renderer that does not size rows on
   * opening (LibreOffice keeps a file's row heights) still shows every line, and Excel and LibreOffice
   * resize the row after each edit. The Office.js writer autofits the row instead.
   */
  estimatedHeight?: number;
  /**
   * The row continues the paragraph of the row above (a paragraph split across a page break); its
   * text follows that row's. Writers ignore it; it lets readers of the plan rejoin paragraphs.
   */
  continued?: boolean;
}

export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** How a chart looks: decided by the composer, carried out the same way by both writers. */
export interface ChartStyle {
  /** "#RRGGBB": this year's columns, the earlier year's columns, the threshold line (dashed). */
  colors: { values: string; previous: string; threshold: string };
  /** This year's values printed on its columns. */
  labels: boolean;
  legend: "bottom" | "none";
  /** The value axis: fixed range and step. */
  axis: { min: number; max: number; step: number };
  /**
   * Data labels of single points of this year's values that carry a mark (a derived score's "*"): the
   * label's number format prints the value, then the mark (`0.00" *"`), so it still follows the cell.
   * `point` counts from 0 in the values' rows.
   */
  markedLabels?: Array<{ point: number; mark: string; numFmt: string }>;
}

/** Chart colours and axis of the report (and of plans that give no style of their own). */
export const DEFAULT_CHART_STYLE: Omit<ChartStyle, "legend"> = {
  colors: { values: "#4472C4", previous: "#A5A5A5", threshold: "#C00000" },
  labels: true,
  axis: { min: 0, max: 100, step: 20 },
};

/** A chart's style: its own, or the default with a legend when it draws more than one series. */
export function chartStyleOf(chart: ChartSpec): ChartStyle {
  return (
    chart.style ?? {
      ...DEFAULT_CHART_STYLE,
      legend: chart.threshold || chart.previous ? "bottom" : "none",
    }
  );
}

/** Colour of table borders when a cell style gives none: black, as printed Thai tables have them. */
export const BORDER_COLOR = "#000000";

/** Whether a sheet shows gridlines: its own setting, else only the input template and phrase sheet. */
export function showsGridlines(sheet: SheetPlan): boolean {
  return sheet.gridlines ?? (sheet.role === "template" || sheet.role === "phrases");
}

export interface ChartSpec {
  /** Clustered vertical columns ("bar" is the older name of the same chart), threshold as a line. */
  type: "column" | "bar";
  style?: ChartStyle;
  title: string;
  /** Category labels: column `col`, rows `fromRow`..`toRow` of this sheet. */
  categories: { col: number; fromRow: number; toRow: number };
  /** Values: same rows, column `col`. */
  values: { col: number; fromRow: number; toRow: number; name: string };
  /** Optional second series drawn as the threshold (same rows, a column holding the threshold). */
  threshold?: { col: number; name: string };
  /**
   * Optional earlier year's series (year over year), drawn as columns beside `values` over the same
   * categories, before them: its own cells, as many rows as `values` (e.g. a comparison table's column).
   */
  previous?: { col: number; fromRow: number; toRow: number; name: string };
  /** Top-left cell and size in columns/rows. */
  anchor: { row: number; col: number; cols: number; rows: number };
}

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Inches. */
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page (0-based, inclusive), e.g. a table header. */
  repeatRows?: { from: number; to: number };
  /** Centered footer text, e.g. page numbers "&P". */
  footer?: string;
  /**
   * Centered header text in Excel's header codes, e.g. "- &P -" (the page number at the top centre, as
   * Thai official documents have it). &P prints Arabic digits in Excel and LibreOffice alike.
   */
  header?: string;
  /** The first printed page has no header or footer (a cover). */
  differentFirstPage?: boolean;
  /** Number of the sheet's first printed page, so numbers run on across the report's sheets. */
  firstPageNumber?: number;
}

export type SheetRole =
  | "analysis"
  | "measures"
  | "scores"
  | "phrases"
  | "template"
  | "summary"
  | "tracking"
  | "followup"
  | "followupResults";

export interface SheetPlan {
  role: SheetRole;
  /** Thai sheet name, at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Default font for the sheet. */
  font: { name: string; size: number };
  /** Column widths in Excel character units, from column A on. */
  columns: number[];
  rows: PlanRow[];
  merges: Merge[];
  charts: ChartSpec[];
  print: PrintSetup;
  /** Cells to freeze above/left of, if any. */
  freeze?: { rows: number; cols: number };
  /** Data validation: whole cells that must hold a number in [min, max]. */
  /**
   * Manual page breaks: each number is a row (0-based) that starts a new printed page, e.g. the first
   * section after the foreword. Optional: a writer that cannot set breaks may ignore it.
   */
  pageBreaks?: number[];
  validations?: Array<{
    row: number;
    col: number;
    rows: number;
    min: number;
    max: number;
    /** The input message shown on the cell, and the message of the stop alert for a bad value. */
    prompt: { title: string; text: string };
    error: { title: string; text: string };
  }>;
  /** Drop-down lists: whole cells that must hold one of `values` (e.g. the tracking sheet's statuses). */
  lists?: Array<{
    row: number;
    col: number;
    rows: number;
    values: string[];
    /** The input message shown on the cell, and the message of the stop alert for a value not in the list. */
    prompt: { title: string; text: string };
    error: { title: string; text: string };
  }>;
  /** Gridlines on screen: false on the report's sheets (they read as pages); see showsGridlines. */
  gridlines?: boolean;
}

export interface ReportPlan {
  fiscalYear: number;
  sheets: SheetPlan[];
  /** Engine warnings (derived figures, typed totals that disagree), stated in the report too. */
  notes: Array<{ th: string; en: string }>;
}
