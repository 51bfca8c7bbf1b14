/**
 * The seed's sheets as an officer meets them in LibreOffice Calc (TH SarabunPSK mapped to Laksaman as in
 * scripts/render): the written .xlsx is opened, the verdict paragraph of section ๒ is typed 30 % longer
 * into its cell through Calc's own editing, and the workbook is printed to PDF. Every line of the
 * longer paragraph is drawn (its last line is inked on the page, no line of text overlaps another), and
 * the agency's name stands whole on one line of the cover. The same edit on a copy whose row was given
 * a fixed height is seen clipped, so the check can fail. Needs soffice, pdftotext and pdftoppm; skipped
 * without them unless ITA_REQUIRE_SOFFICE=1.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { renderSheets } from "../../src/report/sheet";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";
import { fixtureReport } from "../report/fixtures";
import {
  bare,
  editInLibreOffice,
  findCell,
  lengthened,
  inkOf,
  libreOfficeAvailable,
  linesOf,
  overlaps,
  toPdf,
  type FoundCell,
  type PdfLine,
} from "./libreoffice";

const maybe = libreOfficeAvailable ? describe : describe.skip;

/** The written workbook `xlsx` and its verdict paragraph's cell. */
async function withVerdict(xlsx: string): Promise<{ wb: ExcelJS.Workbook; cell: FoundCell }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const cell = findCell(wb, (t) => t.startsWith("เกณฑ์"));
  if (!cell) throw new Error("no verdict paragraph in the workbook");
  return { wb, cell };
}

/** The line holding `marker`, and the share of its box inked on the page. */
function markerInk(pdf: string, lines: PdfLine[], marker: string): number {
  const line = lines.find((l) => l.text.includes(marker));
  if (!line) throw new Error(`no line holds ${marker}`);
  return inkOf(pdf, line);
}

maybe("LibreOffice: an officer's edit in the written .xlsx, printed again", () => {
  jest.setTimeout(300000);
  const dir = mkdtempSync(join(tmpdir(), "ita-render-"));
  const seed = join(dir, "seed.xlsx");
  let before = "";
  let longer = "";
  let edited = { pdf: "", xlsx: "" };
  let lines: PdfLine[] = [];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, renderSheets(fixtureReport("seed.json").doc));
    writeFileSync(seed, await workbookToBuffer(wb));
    const { cell } = await withVerdict(seed);
    before = cell.text;
    longer = `${lengthened(before)} ท้ายย่อหน้า QX7`;
    edited = editInLibreOffice(
      seed,
      [{ sheet: cell.sheet, cell: cell.cell, text: longer }],
      dir,
      "edited"
    );
    lines = linesOf(edited.pdf);
  });

  test("the longer paragraph shows every line: its last line is drawn, no line over another", () => {
    expect(longer.length).toBeGreaterThanOrEqual(before.length * 1.29);
    const pages = new Map<number, string>();
    for (const l of lines) pages.set(l.page, (pages.get(l.page) ?? "") + l.text);
    expect([...pages.values()].some((t) => bare(t).includes(bare(longer)))).toBe(true);
    expect(markerInk(edited.pdf, lines, "QX7")).toBeGreaterThan(0.02);
    expect(overlaps(lines)).toEqual([]);
  });

  test("the row grew with its text: Calc saved it taller than it was written", async () => {
    const read = async (f: string): Promise<number> => {
      const { wb, cell } = await withVerdict(f);
      return wb.getWorksheet(cell.sheet)?.getRow(cell.row).height ?? 0;
    };
    expect(await read(edited.xlsx)).toBeGreaterThan((await read(seed)) * 1.2);
  });

  test("the check sees clipping: the same edit on a row of fixed height is not all drawn", async () => {
    const { wb, cell } = await withVerdict(seed);
    const row = wb.getWorksheet(cell.sheet)?.getRow(cell.row);
    if (!row) throw new Error("no verdict row");
    const written = row.height;
    row.height = written; // set by hand: written back with customHeight="1"
    const fixed = join(dir, "fixed.xlsx");
    writeFileSync(fixed, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = editInLibreOffice(fixed, [{ ...cell, text: longer }], dir, "fixed-edited");
    const fixedLines = linesOf(out.pdf);
    const clipped =
      markerInk(out.pdf, fixedLines, "QX7") < 0.005 || overlaps(fixedLines).length > 0;
    expect(clipped).toBe(true);
  });

  test("the unchanged report: the agency's name whole on one line of the cover, no line over another", () => {
    const pdf = toPdf(seed, dir);
    const clean = linesOf(pdf);
    expect(
      clean
        .filter((l) => l.page === 1)
        .some((l) => bare(l.text) === bare("องค์การบริหารส่วนตำบลกะหรอ"))
    ).toBe(true);
    expect(overlaps(clean)).toEqual([]);
  });
});
