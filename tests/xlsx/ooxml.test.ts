/**
 * Every kind of .xlsx the project writes, validated against the ECMA-376 transitional schemas and the
 * [MS-XLSX] rules for the parts used (tests/ooxml/ooxml_check.py with xmllint): the report, the input
 * template, the phrase sheet, and an .xlsx input handed back by the command line with the report added.
 */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { assessRaw } from "../../src/core";
import { assess } from "../../src/core/assess";
import { compareYears } from "../../src/core/compare";
import { rawFromJson } from "../../src/core/json";
import { composeReport, inputTemplatePlan, phraseSheetPlan } from "../../src/report";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";

const ROOT = resolve(__dirname, "../..");
const CHECK = join(ROOT, "tests/ooxml/ooxml_check.py");
const tmp = mkdtempSync(join(tmpdir(), "ita-ooxml-"));
jest.setTimeout(120000);

function check(file: string): string[] {
  const r = spawnSync("python3", [CHECK, "-q", file], { encoding: "utf8" });
  if (r.status === 2) throw new Error(`ooxml_check could not run: ${r.stdout}${r.stderr}`);
  return r.stdout.split("\n").filter((l) => l.startsWith("ERROR") || l.startsWith("WARN"));
}

async function save(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = join(tmp, name);
  // As the command line writes it: ExcelJS's package plus the chart parts (src/xlsx/chart.ts).
  writeFileSync(file, await workbookToBuffer(wb));
  return file;
}

describe("ooxml_check: schema-valid output", () => {
  const seed = rawFromJson(
    JSON.parse(readFileSync(join(ROOT, "tests/fixtures/seed.json"), "utf8"))
  );
  const assessment = assessRaw(seed.items[0].raw).assessment!;

  test("the checker finds a real defect (a string past 32,767 characters)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = "ก".repeat(40000);
    const errors = check(await save(wb, "oversize.xlsx"));
    expect(errors.join("\n")).toMatch(/32767/);
  });

  test("the report (three sheets, Thai and Arabic digits)", async () => {
    for (const digits of ["thai", "mixed"] as const) {
      const plan = composeReport(assessment, {
        agency: seed.items[0].agency!,
        digits,
        date: "2020-02-15",
      });
      const wb = new ExcelJS.Workbook();
      writePlanToWorkbook(wb, plan.sheets);
      expect(check(await save(wb, `report-${digits}.xlsx`))).toEqual([]);
    }
  });

  test("the report with a year-over-year comparison: two charts, a previous-year series", async () => {
    const comparison = compareYears(assessment, [
      { fiscalYear: 2561, total: 70 },
      { fiscalYear: 2560, total: 66.4 },
    ]);
    const now = assess({
      fiscalYear: 2563,
      indicators: { ...assessment.scores },
      cells: {},
      typed: {},
    });
    for (const [a, cmp, name] of [
      [assessment, comparison, "seed-trend"],
      [
        now,
        compareYears(now, [{ fiscalYear: 2562, indicators: { "1": 80, "2": 70 }, total: 76.05 }]),
        "previous",
      ],
    ] as const) {
      const plan = composeReport(a, {
        agency: seed.items[0].agency!,
        digits: "thai",
        comparison: cmp,
      });
      expect(plan.sheets[1].charts.length).toBeGreaterThan(0);
      const wb = new ExcelJS.Workbook();
      writePlanToWorkbook(wb, plan.sheets);
      expect(check(await save(wb, `${name}.xlsx`))).toEqual([]);
    }
  });

  test("the input template and the phrase sheet", async () => {
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, [inputTemplatePlan(), phraseSheetPlan()]);
    expect(check(await save(wb, "template-phrases.xlsx"))).toEqual([]);
  });

  test("an .xlsx input handed back by the command line with the report added", async () => {
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, [inputTemplatePlan()]);
    const ws = wb.worksheets[0];
    const cells: Record<string, number | string> = {
      C5: "องค์การบริหารส่วนตำบลกะหรอ",
      C11: 2562,
    };
    const scores = [94.15, 85.43, 87.52, 82.58, 87.64, 67.05, 70.46, 61.37];
    scores.forEach((s, i) => (cells[`C${16 + i}`] = s));
    cells.C26 = 87.5;
    cells.C27 = 100;
    cells.C32 = 74.8;
    for (const [a, v] of Object.entries(cells)) ws.getCell(a).value = v;
    const input = await save(wb, "input.xlsx");
    const out = join(tmp, "roundtrip.xlsx");
    execFileSync(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "generate", input, "-o", out],
      {
        cwd: ROOT,
      }
    );
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.length).toBe(4);
    expect(check(out)).toEqual([]);
  });
});
