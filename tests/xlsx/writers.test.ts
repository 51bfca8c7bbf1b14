/**
 * One presentation, two sheet writers (issue 15): for every fixture's report, the sheets the Office.js
 * writer makes in the fake host and the sheets of the .xlsx file the ExcelJS writer makes hold the same
 * cells (values), styles (font, fill, alignment, wrap, indent, borders and their colour, number formats
 * of numbers), sizes (column widths; fixed row heights; the same rows left to the spreadsheet to size),
 * merges, gridlines, print setup and charts (type, series colours, marked data labels). Neither writer
 * decides any of it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { installFakeOffice, type FakeSheet } from "../mocks/fake-office";
import { writePlan } from "../../src/excel/writePlan";
import { charsToPoints } from "../../src/excel/fingerprint";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";
import { BORDER_COLOR, type SheetPlan } from "../../src/report/plan";
import { fixtureFiles, fixtureReport } from "../report/fixtures";

interface CellView {
  value: string | number | null;
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  fill: string;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  indent: number;
  border: string;
  numFmt: string;
}

const H: Record<string, string> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  Distributed: "distributed",
};
const V: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };
const up = (c: string | undefined): string =>
  (c ?? "").replace(/^#|^FF(?=[0-9A-F]{6}$)/i, "").toUpperCase();

/** The fake host's cell, normalised. */
function fakeCell(s: FakeSheet, r: number, c: number): CellView {
  const cell = s.cells.get(`${r},${c}`);
  const v = cell?.value;
  const sides = Object.values(cell?.borders ?? {});
  return {
    value: v === "" || v === undefined || v === null ? null : (v as string | number),
    bold: !!cell?.font.bold,
    italic: !!cell?.font.italic,
    size: cell?.font.size ?? s.font.size ?? 11,
    color: up(cell?.font.color) || "000000",
    fill: up(cell?.fill),
    hAlign: cell?.hAlign ? (H[cell.hAlign] ?? cell.hAlign) : "",
    vAlign: cell?.vAlign ? (V[cell.vAlign] ?? cell.vAlign) : "bottom",
    wrap: !!cell?.wrap,
    indent: cell?.indent ?? 0,
    border: sides.length ? up(sides[0].color ?? BORDER_COLOR) : "",
    numFmt: typeof v === "number" ? (cell?.numberFormat ?? "General") : "",
  };
}

/** The .xlsx cell, normalised. */
function xlsxCell(ws: ExcelJS.Worksheet, r: number, c: number): CellView {
  const cell = ws.getCell(r + 1, c + 1);
  // A merged cell other than the top-left holds nothing (ExcelJS reads it as the top-left's value).
  const v = (cell.isMerged && cell.master !== cell ? null : cell.value) as unknown;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const b = cell.border;
  return {
    value: v === null || v === undefined || v === "" ? null : (v as string | number),
    bold: !!cell.font?.bold,
    italic: !!cell.font?.italic,
    size: cell.font?.size ?? 11,
    color: up(cell.font?.color?.argb) || "000000",
    fill: up(fill?.fgColor?.argb),
    hAlign: cell.alignment?.horizontal ?? "",
    vAlign: cell.alignment?.vertical ?? "bottom",
    wrap: !!cell.alignment?.wrapText,
    indent: cell.alignment?.indent ?? 0,
    border: b?.top ? up(b.top.color?.argb) : "",
    numFmt: typeof v === "number" ? cell.numFmt || "General" : "",
  };
}

/** Rows with a fixed height (custom) and rows left to the spreadsheet, from the sheet XML. */
function xlsxRows(xml: string): { fixed: Map<number, number>; auto: Set<number> } {
  const fixed = new Map<number, number>();
  const auto = new Set<number>();
  for (const m of xml.matchAll(/<row r="(\d+)"([^>]*)>/g)) {
    const r = Number(m[1]) - 1;
    const ht = /ht="([\d.]+)"/.exec(m[2]);
    if (/customHeight="1"/.test(m[2]) && ht) fixed.set(r, Number(ht[1]));
    else auto.add(r);
  }
  return { fixed, auto };
}

describe.each(fixtureFiles())(
  "%s: the fake host's sheets and the .xlsx file's are the same",
  (file) => {
    const { plan } = fixtureReport(file);
    let fake: FakeSheet[] = [];
    let back: ExcelJS.Workbook;
    let zip: JSZip;
    let paths: string[] = [];

    beforeAll(async () => {
      const wb = installFakeOffice(globalThis, { sheets: [{ name: "Sheet1" }] });
      const Excel = (globalThis as unknown as { Excel: { run: typeof window.Excel.run } }).Excel;
      await Excel.run(async (ctx) => {
        writePlan(ctx as unknown as Excel.RequestContext, plan.sheets);
        await ctx.sync();
      });
      fake = plan.sheets.map((s) => wb.sheet(s.name));
      const x = new ExcelJS.Workbook();
      writePlanToWorkbook(x, plan);
      const bytes = await workbookToBuffer(x);
      back = new ExcelJS.Workbook();
      await back.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      zip = await JSZip.loadAsync(bytes);
      paths = plan.sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    });

    const sheets = (): Array<[SheetPlan, FakeSheet, ExcelJS.Worksheet, number]> =>
      plan.sheets.map((s, i) => [s, fake[i], back.getWorksheet(s.name) as ExcelJS.Worksheet, i]);

    test("same cells and styles", () => {
      for (const [s, f, x] of sheets()) {
        const cols = Math.max(s.columns.length, ...s.rows.map((r) => r.cells.length));
        for (let r = 0; r < s.rows.length; r++)
          for (let c = 0; c < cols; c++)
            expect({ sheet: s.name, r, c, ...fakeCell(f, r, c) }).toEqual({
              sheet: s.name,
              r,
              c,
              ...xlsxCell(x, r, c),
            });
      }
    });

    test("same sizes: column widths, fixed row heights, the rows the spreadsheet sizes; same merges", async () => {
      for (const [s, f, x, i] of sheets()) {
        s.columns.forEach((w, c) => {
          if (w > 0) {
            expect(f.columnWidths.get(c)).toBeCloseTo(
              charsToPoints(x.getColumn(c + 1).width ?? 0),
              1
            );
          } else {
            expect(f.hiddenColumns.has(c)).toBe(true);
            expect(x.getColumn(c + 1).hidden).toBe(true);
          }
        });
        const xml = (await zip.file(paths[i])?.async("string")) ?? "";
        const rows = xlsxRows(xml);
        expect([...f.rowHeights.entries()].sort((a, b) => a[0] - b[0])).toEqual(
          [...rows.fixed.entries()].sort((a, b) => a[0] - b[0])
        );
        // Every row of text: autofitted in Excel's batch, and without a custom height in the file.
        const textRows = s.rows.map((_, r) => r).filter((r) => !s.rows[r].height);
        for (const r of textRows) {
          expect(f.autofitRows?.has(r)).toBe(true);
          expect(rows.fixed.has(r)).toBe(false);
        }
        const merges = (ms: string[]): string[] => [...ms].sort();
        expect(merges(f.merges.map((m) => `${m.row},${m.col},${m.rows},${m.cols}`))).toEqual(
          merges(
            Object.values(
              (
                x as unknown as {
                  _merges: Record<
                    string,
                    { model: { top: number; left: number; bottom: number; right: number } }
                  >;
                }
              )._merges
            ).map(
              ({ model: m }) =>
                `${m.top - 1},${m.left - 1},${m.bottom - m.top + 1},${m.right - m.left + 1}`
            )
          )
        );
      }
    });

    test("same gridlines, print setup and page breaks", async () => {
      for (const [s, f, x, i] of sheets()) {
        const xml = (await zip.file(paths[i])?.async("string")) ?? "";
        expect(f.showGridlines).toBe(!/showGridLines="0"/.test(xml));
        expect(f.pageLayout.orientation).toBe(
          x.pageSetup.orientation === "landscape" ? "Landscape" : "Portrait"
        );
        expect(f.pageLayout.leftMargin).toBeCloseTo((x.pageSetup.margins?.left ?? 0) * 72);
        expect(f.pageLayout.topMargin).toBeCloseTo((x.pageSetup.margins?.top ?? 0) * 72);
        const header = /<oddHeader>&amp;C([^<]*)<\/oddHeader>/
          .exec(xml)?.[1]
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"');
        expect(f.centerHeader).toBe(header);
        expect(f.headerState === "FirstAndDefault").toBe(/differentFirst="1"/.test(xml));
        const titles = /<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*\$(\d+):\$(\d+)</.exec(
          (await zip.file("xl/workbook.xml")?.async("string")) ?? ""
        );
        expect(f.printTitleRows ?? null).toBe(
          s.print.repeatRows
            ? `$${s.print.repeatRows.from + 1}:$${s.print.repeatRows.to + 1}`
            : null
        );
        if (s.print.repeatRows) expect(titles).not.toBeNull();
        const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
        expect(f.pageBreakRows ?? []).toEqual(breaks);
      }
    });

    test("same charts: type and series colours", async () => {
      for (const [s, f] of sheets()) {
        const parts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
        expect(f.charts.length).toBe(s.charts.length);
        for (const [k, chart] of f.charts.entries()) {
          expect(chart.type).toBe("ColumnClustered");
          const fills = chart.series.map((x) => x.fill ?? x.line?.color ?? "");
          const xmls = await Promise.all(parts.map((p) => zip.file(p)?.async("string") ?? ""));
          const xml = xmls.find((t) => t.includes(`<a:t>${s.charts[k].title}</a:t>`)) ?? "";
          for (const c of fills) expect(xml).toContain(`<a:srgbClr val="${up(c)}"/>`);
          const line = chart.series.find((x) => x.chartType === "Line");
          expect(!!line).toBe(/<c:lineChart>/.test(xml));
          // The same marked data labels (a derived value's "*"): point and number format.
          const labelled = chart.series.find((x) => x.hasDataLabels);
          const dLbls = [
            ...xml.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:numFmt formatCode="([^"]*)"/g),
          ].map((m) => [Number(m[1]), m[2].replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
          expect(
            Object.entries(labelled?.pointLabelFormats ?? {}).map(([i, f]) => [+i, f])
          ).toEqual(dLbls);
        }
      }
    });
  }
);
