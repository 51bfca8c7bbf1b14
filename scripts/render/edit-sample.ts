/**
 * Before and after an edit: writes the seed's report as .xlsx twice, the second time with the verdict
 * paragraph of section ๒ made 30 % longer, to <outdir>/before.xlsx and <outdir>/after.xlsx. Render
 * each with scripts/render/render.sh to look at the page that holds the paragraph.
 *   npx tsx scripts/render/edit-sample.ts <outdir>
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { assessRaw, type AgencyDetails, type RawInput } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { composeDocument } from "../../src/report/compose";
import { inlineText, type ParagraphBlock } from "../../src/report/document";
import { renderSheets } from "../../src/report/sheet";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";

async function main(): Promise<void> {
  const out = process.argv[2] ?? "out";
  mkdirSync(out, { recursive: true });
  const obj = JSON.parse(readFileSync(join(__dirname, "../../tests/fixtures/seed.json"), "utf8"));
  const item = rawFromJson(obj).items[0];
  const r = assessRaw(item.raw as RawInput);
  if (!r.assessment) throw new Error("seed: no assessment");
  const agency = item.agency as AgencyDetails;
  for (const name of ["before", "after"]) {
    const doc = composeDocument(r.assessment, { agency, digits: "mixed", date: agency.date });
    if (name === "after") {
      const p = doc.parts
        .flatMap((x) => x.blocks)
        .find(
          (b): b is ParagraphBlock =>
            b.kind === "paragraph" && inlineText(b.text).startsWith("เกณฑ์")
        );
      if (!p) throw new Error("no verdict paragraph");
      const t = inlineText(p.text);
      p.text = `${t} ${t.slice(0, Math.ceil(t.length * 0.3)).replace(/ [^ ]*$/, "")}`;
    }
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, renderSheets(doc));
    writeFileSync(join(out, `${name}.xlsx`), await workbookToBuffer(wb));
    process.stdout.write(`${join(out, `${name}.xlsx`)}\n`);
  }
}

void main();
