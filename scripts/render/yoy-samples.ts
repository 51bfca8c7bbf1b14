// Scratch: seed + previous 70.00, and a 4-year case, to .xlsx (not committed).
import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import { join } from "path";
import { assessRaw, type RawInput, type AgencyDetails } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { compareYears, type EarlierYear } from "../../src/core/compare";
import { composeReport, type DigitMode } from "../../src/report";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";
import { unwrapText } from "../../src/report/layout";

async function make(file: string, earlier: EarlierYear[], out: string, digits: DigitMode = "thai") {
  const item = rawFromJson(JSON.parse(readFileSync(file, "utf8"))).items[0];
  const r = assessRaw(item.raw as RawInput, {});
  const a = r.assessment!;
  const comparison = compareYears(a, earlier);
  const plan = composeReport(a, { agency: item.agency as AgencyDetails, digits, comparison });
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, plan);
  writeFileSync(out, await workbookToBuffer(wb));
  const an = plan.sheets[0];
  const i = an.rows.findIndex((x) =>
    x.cells.some((c) => String(c.source ?? c.value ?? "").startsWith("ผลการประเมินเทียบ"))
  );
  for (const row of an.rows.slice(i, i + 8))
    console.log(row.cells.map((c) => unwrapText(String(c.source ?? c.value ?? ""))).join(" | "));
  console.log("---", out);
}
(async () => {
  const dir = join(__dirname, "../../tests/fixtures/");
  await make(dir + "seed.json", [{ fiscalYear: 2561, total: 70 }], "/tmp/yoy/seed70.xlsx");
  await make(
    dir + "fy2566-school-pass.json",
    [
      { fiscalYear: 2562, total: 71.2, level: "C" },
      { fiscalYear: 2563, total: 78.4, level: "B" },
      {
        fiscalYear: 2565,
        total: 84.1,
        iit: 88.1,
        eit: 83.2,
        oit: 82.9,
        level: "B",
        indicators: {
          "1": 90,
          "2": 86,
          "3": 88,
          "4": 85,
          "5": 91.5,
          "6": 84,
          "7": 82,
          "8": 83.6,
          "9": 80,
          "10": 85.8,
        },
      },
    ],
    "/tmp/yoy/four.xlsx"
  );
  await make(
    dir + "weak-2567.json",
    [
      {
        fiscalYear: 2566,
        total: 80.5,
        iit: 86,
        eit: 80,
        oit: 78,
        level: "ต้องปรับปรุง",
        indicators: {
          "1": 88,
          "2": 80,
          "3": 90,
          "4": 85,
          "5": 87,
          "6": 80,
          "7": 79,
          "8": 81,
          "9.1": 70,
          "9.2": 80,
          "10.1": 90,
          "10.2": 60,
        },
      },
    ],
    "/tmp/yoy/weak.xlsx"
  );
})();
