/**
 * Earlier years from an .xlsx (the command line's path): the add-in's template written by ExcelJS with
 * last year's column filled, and a sheet with a row per year of one agency.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { assessRaw } from "../../src/core";
import { compareYears } from "../../src/core/compare";
import { TEMPLATE, templateRowOf } from "../../src/core/template";
import { inputTemplatePlan } from "../../src/report";
import { writePlanToWorkbook } from "../../src/xlsx/write";
import { readInputFromWorkbook } from "../../src/xlsx/read";
import { readInputFromXlsx } from "./readFile";
import { SEED_INDICATORS } from "../fixtures/seed";

const ROOT = resolve(__dirname, "../..");
const tmp = mkdtempSync(join(tmpdir(), "ita-read-previous-"));
const P = TEMPLATE.previous;
const typedRow = (k: string): number =>
  TEMPLATE.typed.firstRow + TEMPLATE.typed.rows.findIndex((r) => r.key === k);

async function seedTemplateFile(fill: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const [ws] = writePlanToWorkbook(wb, [
    inputTemplatePlan({ fiscalYear: 2562, agency: { name: "องค์การบริหารส่วนตำบลกะหรอ" } }),
  ]);
  for (const [id, v] of Object.entries(SEED_INDICATORS))
    ws.getCell(templateRowOf(id) + 1, TEMPLATE.table.scoreCol + 1).value = v;
  ws.getCell(typedRow("oit") + 1, TEMPLATE.typed.valueCol + 1).value = 74.8;
  fill(ws);
  const path = join(tmp, `template-${Math.random().toString(36).slice(2)}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

describe(".xlsx: last year's column of the template", () => {
  test("the written template validates column D (0-100) and labels it", async () => {
    const wb = new ExcelJS.Workbook();
    const [ws] = writePlanToWorkbook(wb, [inputTemplatePlan({ fiscalYear: 2567 })]);
    expect(ws.getCell(TEMPLATE.table.headerRow + 1, P.col + 1).value).toBe("คะแนนปีที่แล้ว");
    expect(ws.getCell(P.yearRow + 1, P.yearLabelCol + 1).value).toBe(P.yearLabelTh);
    const dv = ws.getCell(templateRowOf("1") + 1, P.col + 1).dataValidation;
    expect(dv).toMatchObject({ type: "decimal", formulae: [0, 100] });
    expect(ws.getColumn(P.col + 1).width).toBe(TEMPLATE.columns[P.col]);
  });

  test("filled: read with its cells, the range covers column D, the seed compares to +6.05", async () => {
    const path = await seedTemplateFile((ws) => {
      ws.getCell(P.yearRow + 1, P.yearCol + 1).value = 2561;
      ws.getCell(typedRow("total") + 1, P.col + 1).value = 70;
      ws.getCell(typedRow("level") + 1, P.col + 1).value = "C";
    });
    const r = await readInputFromXlsx(path);
    expect(r.problems).toEqual([]);
    expect(r.range).toBe("C11:D34");
    expect(r.raw?.previous?.[0].total).toEqual({ value: 70, cell: "'ข้อมูล ITA 2562'!D33" });
    const a = assessRaw(r.raw!);
    expect(a.input?.previous).toEqual([
      { fiscalYear: 2561, key: "'ข้อมูล ITA 2562'!C14", total: 70, level: "C" },
    ]);
    expect(compareYears(a.assessment!, a.input!.previous!).lastYear?.total?.change).toBe(6.05);
  });

  test("generate from the template: a bad last-year score refuses it, naming the cell", async () => {
    const path = await seedTemplateFile((ws) => {
      ws.getCell(templateRowOf("2") + 1, P.col + 1).value = "85..43.1";
    });
    const r = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(ROOT, "src/cli/main.ts"),
        "generate",
        path,
        "-o",
        join(tmp, "x.xlsx"),
      ],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("['ข้อมูล ITA 2562'!D17]");
  });
});

describe(".xlsx: a sheet with a row per year", () => {
  test("read as this year and earlier years, with no row to pick and no warning", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ย้อนหลัง");
    ws.addRow([
      "หน่วยงาน",
      "ปีงบประมาณ",
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "คะแนนรวม",
    ]);
    ws.addRow(["อบต.กะหรอ", 2561, 90, 80, 85, 80, 85, 65, 70, 60, 50, 90]);
    ws.addRow([
      "อบต.กะหรอ",
      2562,
      94.15,
      85.43,
      87.52,
      82.58,
      87.64,
      67.05,
      70.46,
      61.37,
      55.85,
      93.75,
    ]);
    const r = readInputFromWorkbook(wb);
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.finding?.yearRows).toEqual([1, 2]);
    expect(r.range).toBe("B2:L3");
    const a = assessRaw(r.raw!);
    expect(a.assessment?.fiscalYear).toBe(2562);
    expect(a.input?.previous?.map((p) => p.fiscalYear)).toEqual([2561]);
    // --row on such a sheet is not used, and the reader says so.
    const withRow = readInputFromWorkbook(wb, { row: 2 });
    expect(withRow.raw?.fiscalYear?.value).toBe(2562);
    expect(withRow.warnings.map((w) => w.code)).toEqual(["row-ignored-years"]);
    expect(withRow.warnings[0].en).toContain("the latest (row 3)");
  });
});
