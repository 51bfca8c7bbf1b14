/**
 * Year-over-year sample workbooks, for looking at the comparison output before earlier years can be given
 * on the command line or in the template: assess + compareYears + composeReport + the .xlsx writer.
 *
 *   npx tsx scripts/render/yoy-samples.ts /tmp/yoy
 *   bash scripts/render/render.sh /tmp/yoy/seed-vs-70.xlsx /tmp/yoy/seed-render 80
 *
 * Writes seed-vs-70.xlsx (the seed against a previous total of 70.00: FY2561, total only),
 * school-4-years.xlsx (FY2566 against FY2562, 2563 and 2565: the scale change, a trend with a gap) and
 * weak-5-years.xlsx (FY2567 against FY2563-2566: a fall, levels on the pass scale), Thai digits, and
 * prints the comparison paragraphs of each.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { assessRaw, type AgencyDetails, type RawInput } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { compareYears, type EarlierYear } from "../../src/core/compare";
import { composeReport } from "../../src/report";
import { makeContext } from "../../src/report/sections/context";
import { comparisonParagraphs } from "../../src/report/sections/compare";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";

const FIXTURES = join(__dirname, "../../tests/fixtures");

async function sample(fixture: string, earlier: EarlierYear[], out: string): Promise<void> {
  const item = rawFromJson(JSON.parse(readFileSync(join(FIXTURES, fixture), "utf8"))).items[0];
  const { assessment, problems } = assessRaw(item.raw as RawInput, {});
  if (!assessment) throw new Error(`${fixture}: ${JSON.stringify(problems)}`);
  const comparison = compareYears(assessment, earlier);
  if (comparison.problems.length) throw new Error(JSON.stringify(comparison.problems));
  const options = { agency: item.agency as AgencyDetails, digits: "thai" as const, comparison };
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, composeReport(assessment, options));
  writeFileSync(out, await workbookToBuffer(wb));
  console.log(`${out}\n  ${comparisonParagraphs(makeContext(assessment, options)).join("\n  ")}\n`);
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? "out/yoy";
  mkdirSync(dir, { recursive: true });
  await sample("seed.json", [{ fiscalYear: 2561, total: 70 }], join(dir, "seed-vs-70.xlsx"));
  await sample(
    "fy2566-school-pass.json",
    [
      { fiscalYear: 2562, total: 71.2, level: "C" },
      { fiscalYear: 2563, total: 78.4, level: "B" },
      {
        fiscalYear: 2565,
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
        level: "B",
      },
    ],
    join(dir, "school-4-years.xlsx")
  );
  await sample(
    "weak-2567.json",
    [
      { fiscalYear: 2563, total: 71.2, level: "C" },
      { fiscalYear: 2564, total: 68.4 },
      { fiscalYear: 2565, total: 74.1, level: "C" },
      {
        fiscalYear: 2566,
        indicators: { "1": 88, "2": 80, "3": 90, "4": 85, "5": 87, "6": 80, "7": 79, "8": 81 },
        oit: 78,
        level: "ต้องปรับปรุง",
      },
    ],
    join(dir, "weak-5-years.xlsx")
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
