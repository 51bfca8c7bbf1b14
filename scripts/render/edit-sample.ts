/**
 * Before and after an officer's edit, in LibreOffice Calc: writes the seed's report as .xlsx
 * (<outdir>/before.xlsx), then opens it in Calc, types the verdict paragraph of section ๒ 30 % longer
 * into its cell (Calc's own editing, as by hand: tests/xlsx/officer-edit.bas) and prints it
 * (<outdir>/after.pdf, and the edited workbook as <outdir>/after.saved.xlsx). Render before.xlsx with
 * scripts/render/render.sh and compare the page that holds the paragraph. Needs soffice.
 *   npx tsx scripts/render/edit-sample.ts <outdir>
 */
import { mkdirSync, writeFileSync } from "fs";
import { resolve } from "path";
import ExcelJS from "exceljs";
import { renderSheets } from "../../src/report/sheet";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";
import { fixtureReport } from "../../tests/report/fixtures";
import { editInLibreOffice, findCell, lengthened } from "../../tests/xlsx/libreoffice";

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? "out");
  mkdirSync(out, { recursive: true });
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, renderSheets(fixtureReport("seed.json").doc));
  const before = resolve(out, "before.xlsx");
  writeFileSync(before, await workbookToBuffer(wb));
  const verdict = findCell(wb, (t) => t.startsWith("เกณฑ์"));
  if (!verdict) throw new Error("no verdict paragraph");
  const edit = { ...verdict, text: lengthened(verdict.text) };
  const after = editInLibreOffice(before, [edit], out, "after");
  process.stdout.write(`${before}\n${after.pdf}\n${after.xlsx}\n`);
}

void main();
