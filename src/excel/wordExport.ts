/**
 * "ดาวน์โหลดไฟล์ Word": the Word file of the report the add-in wrote, built in the pane from the sheets'
 * CURRENT text (what the officer edited there is what goes to Word), with Excel's own picture of the
 * chart (Chart.getImage). One Excel.run, two syncs, none in a loop: every report sheet's values and
 * display text with its charts, then every chart's picture. The Word file is made by src/docx (the `docx`
 * library), which this module loads only when the officer asks for it (its own chunk, "word").
 *
 * Saving the file: a download (a link to the file's bytes) works in Excel on the web and in Excel on
 * Windows (WebView2). Excel on the Mac and on the iPad run add-ins in WKWebView, which does not download
 * files (OfficeDev/office-js issues #2700, "by design", and #3385); Microsoft's advice is to open a
 * browser window on a web page of the add-in's own (Office.context.ui.openBrowserWindow), which would
 * mean sending the report to a server, and our add-in sends agency data nowhere. There the pane says so
 * and offers what works: the same workbook opened in Excel on the web (the add-in runs there and the
 * download works), or the command line (`generate ... -o report.docx`).
 */
import { hostCannotSave, officePlatform, type WrittenReport } from "./writtenReport";
import type { FigureImage } from "../docx/render";
import type { SheetCells } from "../docx/fromSheets";

export type { WrittenReport };

export type WordExportResult =
  | { status: "saved"; fileName: string; edited: number; missing: string[] }
  /** The host cannot save files from the pane (Excel on the Mac or iPad): nothing was made. */
  | { status: "cannot-save"; platform: string }
  | { status: "failed"; error: string };

/** A chart picture's size from its PNG header (IHDR: width and height, big-endian, at bytes 16-23). */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return data.length >= 24
    ? { width: v.getUint32(16), height: v.getUint32(20) }
    : { width: 0, height: 0 };
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Width (pixels) asked of Excel for a chart's picture: 16 cm of text at about 190 dpi. */
const CHART_PICTURE_WIDTH = 1200;

/**
 * Reads the report sheets' cells and chart pictures (two syncs). A sheet that is gone is null; a chart
 * picture Excel cannot make is left out (the Word file then sets that figure as a table of numbers).
 */
export async function readReportSheets(report: WrittenReport): Promise<{
  cells: Record<string, SheetCells | null>;
  pictures: Record<string, FigureImage>;
}> {
  return Excel.run(async (ctx) => {
    const queued = report.sheets.map((sheet) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet.name);
      const cols = Math.max(1, ...sheet.rows.map((r) => r.cells.length));
      const rows = Math.max(1, sheet.rows.length);
      const range = ws.getRangeByIndexes(0, 0, rows, cols);
      range.load("values,text");
      // `charts` is a navigation property (a collection proxy), not a value read before the sync.
      // eslint-disable-next-line office-addins/call-sync-before-read
      const charts = sheet.charts.length ? ws.charts : null;
      charts?.load("items/name");
      return { sheet, ws, range, charts };
    });
    await ctx.sync();
    // The pictures: one getImage per chart, read in a second (and last) sync.
    const images = queued.flatMap(({ sheet, ws, charts }) =>
      ws.isNullObject || !charts
        ? []
        : charts.items.map((chart) => ({
            role: sheet.role,
            image: chart.getImage(CHART_PICTURE_WIDTH, undefined, Excel.ImageFittingMode.fit),
          }))
    );
    if (images.length) await ctx.sync();
    const cells: Record<string, SheetCells | null> = {};
    for (const { sheet, ws, range } of queued)
      cells[sheet.name] = ws.isNullObject
        ? null
        : { values: range.values, text: range.text as string[][] };
    // Figures of a part, in order, are the charts of its sheet, in order.
    const pictures: Record<string, FigureImage> = {};
    for (const part of report.document.parts) {
      const figures = part.blocks.filter((b) => b.kind === "figure" && b.id);
      const ofSheet = images.filter((i) => i.role === part.sheet.role);
      figures.forEach((f, i) => {
        const img = ofSheet[i];
        if (!img || !f.id) return;
        const data = base64Bytes(img.image.value);
        pictures[f.id] = { data, ...pngSize(data) };
      });
    }
    return { cells, pictures };
  });
}

/** Offers the bytes as a file download (Excel on the web and on Windows). */
function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Builds the Word file from the sheets' current text and offers it for download. */
export async function exportWord(report: WrittenReport): Promise<WordExportResult> {
  const platform = officePlatform();
  if (hostCannotSave(platform)) return { status: "cannot-save", platform: platform ?? "" };
  try {
    const [{ cells, pictures }, { renderWord }, { documentWithSheetText }] = await Promise.all([
      readReportSheets(report),
      import(/* webpackChunkName: "word" */ "../docx/render"),
      import(/* webpackChunkName: "word" */ "../docx/fromSheets"),
    ]);
    const current = documentWithSheetText(report.document, report.sheets, cells);
    const bytes = await renderWord(current.document, { figures: pictures });
    download(bytes, report.fileName);
    return {
      status: "saved",
      fileName: report.fileName,
      edited: current.edited,
      missing: current.missing,
    };
  } catch (e) {
    return { status: "failed", error: String((e as Error)?.message ?? e) };
  }
}
