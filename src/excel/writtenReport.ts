/**
 * What the pane keeps of a report it wrote, to make the report's Word file later from the sheets'
 * current text (./wordExport.ts): the document and the sheets under the names they were written with.
 * Plain data: the gateway makes it after the write, the Word export reads it. Also which hosts can save
 * a file from the pane (the only Office.js read here: the platform's name).
 */
import type { ReportDocument } from "../report/document";
import type { SheetPlan } from "../report/plan";

export interface WrittenReport {
  document: ReportDocument;
  /** The report's sheets as written (names as in the workbook; cells carry their BlockRef). */
  sheets: SheetPlan[];
  /** File name offered for the Word file (without folder). */
  fileName: string;
}

/** Characters no file system takes in a name. */
const UNSAFE = /[\\/:*?"<>|]+/g;

export function writtenReport(
  document: ReportDocument,
  sheets: SheetPlan[],
  names: string[]
): WrittenReport {
  // Named after the analysis sheet (or, for the follow-up report, its first sheet).
  const analysis =
    names[sheets.findIndex((s) => s.role === "analysis")] ??
    names[0] ??
    `ITA ${document.fiscalYear}`;
  return {
    document,
    sheets: sheets.map((s, i) => ({ ...s, name: names[i] ?? s.name })),
    fileName: `${analysis.replace(UNSAFE, " ").trim()}.docx`,
  };
}

/** Hosts whose web view cannot download a file (WKWebView: Excel on the Mac and on the iPad). */
export function hostCannotSave(platform: string | undefined): boolean {
  return platform === "Mac" || platform === "iOS";
}

/** The Office host's platform ("PC", "OfficeOnline", "Mac", "iOS", ...), if known. */
export function officePlatform(): string | undefined {
  try {
    return typeof Office !== "undefined"
      ? String(Office.context?.diagnostics?.platform)
      : undefined;
  } catch {
    return undefined;
  }
}
