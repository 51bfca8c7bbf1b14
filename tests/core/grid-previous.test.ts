/**
 * Earlier years from sheets: the template's last-year column (with its own fiscal-year cell; old templates
 * without it read as before) and a wide sheet with a row per year of one agency (the latest year is this
 * year, the others its earlier years; different agencies still ask for a row).
 */
import { assessRaw } from "../../src/core/assess";
import { compareYears } from "../../src/core/compare";
import { findInputInGrid } from "../../src/core/grid";
import { getProfile } from "../../src/core/profiles";
import {
  TEMPLATE,
  templateGrid,
  templateRowOf,
  type TemplateValues,
} from "../../src/core/template";
import { SEED_INDICATORS } from "../fixtures/seed";

const SHEET = "ข้อมูล ITA";
const P = TEMPLATE.previous;
const typedRow = (k: string): number =>
  TEMPLATE.typed.firstRow + TEMPLATE.typed.rows.findIndex((r) => r.key === k);

function seedTemplate(previous?: TemplateValues["previous"]): unknown[][] {
  const g: unknown[][] = templateGrid(getProfile(2562), {
    agency: { name: "องค์การบริหารส่วนตำบลกะหรอ" },
    fiscalYear: 2562,
    scores: { ...SEED_INDICATORS },
    previous,
  });
  g[typedRow("oit")][TEMPLATE.typed.valueCol] = 74.8;
  g[typedRow("total")][TEMPLATE.typed.valueCol] = 76.05;
  return g;
}

describe("template: last year's column", () => {
  test("templateGrid lays out the column D header, the year field and last year's values", () => {
    const g = seedTemplate({
      fiscalYear: 2561,
      scores: { "1": 90 },
      typed: { total: 70, level: "C" },
    });
    expect(g[P.yearRow][P.yearLabelCol]).toBe("ปีงบประมาณของคะแนนปีที่แล้ว (พ.ศ.)");
    expect(g[P.yearRow][P.yearCol]).toBe(2561);
    expect(g[TEMPLATE.table.headerRow][P.col]).toBe("คะแนนปีที่แล้ว");
    expect(g[templateRowOf("1")][P.col]).toBe(90);
    expect(g[typedRow("total")][P.col]).toBe(70);
    expect(g[typedRow("level")][P.col]).toBe("C");
    expect(g[TEMPLATE.typed.sectionRow].slice(2)).toEqual(["ปีนี้", "ปีที่แล้ว"]);
  });

  test("last year's total 70.00 read with its cells: the seed compares to +6.05", () => {
    const g = seedTemplate({ fiscalYear: 2561, typed: { total: 70 } });
    const f = findInputInGrid(g, SHEET)!;
    expect(f.layout).toBe("template");
    expect(f.raw.previous).toEqual([
      {
        key: "'ข้อมูล ITA'!C14",
        indicators: [],
        total: { value: 70, cell: "'ข้อมูล ITA'!D33" },
        fiscalYear: { value: 2561, cell: "'ข้อมูล ITA'!C14" },
      },
    ]);
    const r = assessRaw(f.raw);
    expect(r.problems).toEqual([]);
    const c = compareYears(r.assessment!, r.input!.previous!);
    expect(c.lastYear?.total?.change).toBe(6.05);
  });

  test("indicator scores in column D; an empty year cell is the year before this one", () => {
    const g = seedTemplate({ scores: { "1": 90.15, "6": 70, "10.1": 80 } });
    const f = findInputInGrid(g, SHEET)!;
    const prev = f.raw.previous![0];
    expect(prev.fiscalYear).toBeUndefined();
    expect(prev.indicators).toEqual([
      { id: "1", value: 90.15, cell: "'ข้อมูล ITA'!D16" },
      { id: "6", value: 70, cell: "'ข้อมูล ITA'!D21" },
      { id: "10.1", value: 80, cell: "'ข้อมูล ITA'!D26" },
    ]);
    const r = assessRaw(f.raw);
    expect(r.input?.previous).toEqual([
      {
        fiscalYear: 2561,
        key: "'ข้อมูล ITA'!C14",
        indicators: { "1": 90.15, "6": 70, "10.1": 80 },
      },
    ]);
  });

  test("a bad score in column D refuses the input, naming its cell", () => {
    const g = seedTemplate({ fiscalYear: 2561 });
    g[templateRowOf("3")][P.col] = "#N/A";
    g[typedRow("eit")][P.col] = 120;
    const r = assessRaw(findInputInGrid(g, SHEET)!.raw);
    expect(r.assessment).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([
      ["excel-error", "'ข้อมูล ITA'!D18"],
      ["out-of-range", "'ข้อมูล ITA'!D31"],
    ]);
    expect(r.problems[1].th).toBe(
      "ช่อง 'ข้อมูล ITA'!D31: คะแนน EIT (ปีงบประมาณ 2561) 120 อยู่นอกช่วง 0-100"
    );
  });

  test("a year not before this one is refused at its cell", () => {
    const g = seedTemplate({ fiscalYear: 2562, typed: { total: 70 } });
    const r = assessRaw(findInputInGrid(g, SHEET)!.raw);
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([
      ["previous-year-invalid", "'ข้อมูล ITA'!C14"],
    ]);
  });

  test("only the year filled, or nothing: no earlier year", () => {
    expect(
      findInputInGrid(seedTemplate({ fiscalYear: 2561 }), SHEET)!.raw.previous
    ).toBeUndefined();
    expect(findInputInGrid(seedTemplate(), SHEET)!.raw.previous).toBeUndefined();
  });

  test("an old template (three columns, no year field) reads as before", () => {
    const old = seedTemplate().map((row, r) =>
      r === P.yearRow || r === TEMPLATE.typed.sectionRow ? row.slice(0, 1) : row.slice(0, 3)
    );
    const f = findInputInGrid(old, SHEET)!;
    expect(f.layout).toBe("template");
    expect(f.raw.previous).toBeUndefined();
    expect(assessRaw(f.raw).assessment?.total).toBe(76.05);
  });

  test("the template moved (not at A1) reads column D where it went", () => {
    const g = seedTemplate({ fiscalYear: 2561, typed: { total: 70 } });
    const shifted: unknown[][] = [[], ...g.map((r) => [null, ...r])];
    const prev = findInputInGrid(shifted, SHEET)!.raw.previous![0];
    expect(prev.total?.cell).toBe("'ข้อมูล ITA'!E34");
    expect(prev.fiscalYear?.cell).toBe("'ข้อมูล ITA'!D15");
  });
});

describe("wide sheet with a row per year", () => {
  const header = [
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
    "ระดับ",
  ];
  const seedRow = [
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
    76.05,
    "B",
  ];
  const oldRow = [90, 80, 85, 80, 85, 65, 70, 60, 50, 90, 72.4, "B"];

  test("one agency, several years: the latest is this year, the others earlier; nothing to pick", () => {
    const g: unknown[][] = [
      ["ผลการประเมิน ITA ย้อนหลัง"],
      header,
      ["อบต.กะหรอ", "2560", null, null, null, null, null, null, null, null, null, null, 65.2, "C"],
      ["อบต.กะหรอ", 2562, ...seedRow],
      [" อบต.กะหรอ ", "๒๕๖๑", ...oldRow],
    ];
    const f = findInputInGrid(g, "ย้อนหลัง")!;
    expect(f.layout).toBe("wide");
    expect(f.rows).toBeUndefined();
    expect(f.yearRows).toEqual([2, 4, 3]);
    expect(f.agency).toEqual({ name: "อบต.กะหรอ" });
    expect(f.raw.fiscalYear).toEqual({ value: 2562, cell: "ย้อนหลัง!B4" });
    expect(f.raw.previous?.map((p) => [p.key, p.total?.cell])).toEqual([
      ["ย้อนหลัง!B3", "ย้อนหลัง!M3"],
      ["ย้อนหลัง!B5", "ย้อนหลัง!M5"],
    ]);
    const r = assessRaw(f.raw);
    expect(r.problems).toEqual([]);
    expect(r.assessment?.total).toBe(76.05);
    expect(r.input?.previous?.map((p) => [p.fiscalYear, p.total])).toEqual([
      [2560, 65.2],
      [2561, 72.4],
    ]);
    const c = compareYears(r.assessment!, r.input!.previous!);
    expect(c.lastYear?.previousYear).toBe(2561);
    expect(c.trend?.points.map((p) => p.fiscalYear)).toEqual([2560, 2561, 2562]);
  });

  test("no agency column: the rows are one agency's years", () => {
    const g: unknown[][] = [header.slice(1), [2561, ...oldRow], [2562, ...seedRow]];
    const f = findInputInGrid(g, "S")!;
    expect(f.rows).toBeUndefined();
    expect(f.raw.fiscalYear?.value).toBe(2562);
    expect(f.raw.previous).toHaveLength(1);
  });

  test("a bad score in an earlier year's row refuses the input, naming its cell", () => {
    const bad = [...oldRow];
    bad[2] = "ก";
    const g: unknown[][] = [header.slice(1), [2561, ...bad], [2562, ...seedRow]];
    const r = assessRaw(findInputInGrid(g, "S")!.raw);
    expect(r.assessment).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["not-number", "S!D2"]]);
  });

  test("different agencies, a year given twice or no year column: pick a row as before", () => {
    const agencies: unknown[][] = [header, ["อบต.ก", 2561, ...oldRow], ["อบต.ข", 2562, ...seedRow]];
    expect(findInputInGrid(agencies, "S")!.rows).toHaveLength(2);
    const twice: unknown[][] = [header, ["อบต.ก", 2562, ...oldRow], ["อบต.ก", 2562, ...seedRow]];
    expect(findInputInGrid(twice, "S")!.rows).toHaveLength(2);
    const noYear: unknown[][] = [
      ["ปีงบประมาณ พ.ศ. 2562"],
      [header[0], ...header.slice(2)],
      ["อบต.ก", ...oldRow],
      ["อบต.ก", ...seedRow],
    ];
    const f = findInputInGrid(noYear, "S")!;
    expect(f.rows).toHaveLength(2);
    expect(f.raw.previous).toBeUndefined();
  });
});
