/** Shared set-up for the Office.js edge tests: the fake host with the seed's scores in various layouts. */
import { installFakeOffice, type FakeWorkbook, type InstallOptions } from "../mocks/fake-office";
import { TEMPLATE } from "../../src/core/template";
import type { AddinSettings } from "../../src/excel/api";

export const SEED_SCORES: Array<[string, string, number | string]> = [
  ["1", "การปฏิบัติหน้าที่", 94.15],
  ["2", "การใช้งบประมาณ", 85.43],
  ["3", "การใช้อำนาจ", 87.52],
  ["4", "การใช้ทรัพย์สินของราชการ", 82.58],
  ["5", "การแก้ไขปัญหาการทุจริต", 87.64],
  ["6", "คุณภาพการดำเนินงาน", 67.05],
  ["7", "ประสิทธิภาพการสื่อสาร", 70.46],
  ["8", "การปรับปรุงระบบการทำงาน", 61.37],
  ["10.1", "การดำเนินการเพื่อป้องกันการทุจริต", 87.5],
  ["10.2", "มาตรการภายในเพื่อป้องกันการทุจริต", 100],
];

export const SETTINGS: AddinSettings = {
  fiscalYear: 2562,
  threshold: 90,
  digits: "thai",
  agency: {
    name: "องค์การบริหารส่วนตำบลกะหรอ",
    type: "องค์การบริหารส่วนตำบล",
    district: "นบพิตำ",
    province: "นครศรีธรรมราช",
    unit: "สำนักปลัด",
    responsible: ["สำนักปลัด", "กองคลัง", "กองช่าง"],
    date: "2020-02-15",
  },
};

/** A long table (ตัวชี้วัดที่ | ชื่อ | คะแนน) with the seed's scores, plus a typed OIT row. */
export function longTable(scores = SEED_SCORES): unknown[][] {
  return [
    ["ตัวชี้วัดที่", "ตัวชี้วัด", "คะแนน"],
    ...scores.map(([id, name, score]) => [id, name, score]),
    ["", "คะแนน OIT", 74.8],
  ];
}

export function install(options: InstallOptions): FakeWorkbook {
  return installFakeOffice(globalThis, options);
}

/** The seed's long table at D5 of "คะแนน" (an offset, with a note above it). */
export function installLongAtOffset(
  scores = SEED_SCORES,
  extra: InstallOptions = {}
): FakeWorkbook {
  const wb = install({
    sheets: [{ name: "คะแนน", cells: [["ผลคะแนน ITA ปี 2562 (จากระบบ ITAS)"]] }],
    ...extra,
  });
  wb.setCells("คะแนน", "D5", longTable(scores));
  return wb;
}

/** Every cell of a sheet, for "nothing has a formula" checks. */
export function allCells(
  wb: FakeWorkbook,
  sheet: string
): Array<{ key: string; value: unknown; formula?: string; numberFormat?: string }> {
  return [...wb.sheet(sheet).cells.entries()].map(([key, c]) => ({
    key,
    value: c.value,
    formula: c.formula,
    numberFormat: c.numberFormat,
  }));
}

/** All text of a sheet joined, to look for content. */
export function sheetText(wb: FakeWorkbook, sheet: string): string {
  return allCells(wb, sheet)
    .map((c) => String(c.value))
    .join("\n");
}

/** Types scores into the add-in's input template sheet, as an officer would. */
export function typeTemplateScores(
  wb: FakeWorkbook,
  sheet: string,
  scores: Array<[string, string, number | string]> = SEED_SCORES
): void {
  for (const [id, , score] of scores) {
    const row = TEMPLATE.table.firstRow + TEMPLATE.table.rows.indexOf(id);
    wb.setCells(sheet, `C${row + 1}`, [[score]]);
  }
}
