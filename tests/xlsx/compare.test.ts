/**
 * Year over year in the .xlsx: the indicator chart draws the previous year as grey columns before this
 * year's (its own cells, cached values), the threshold stays a line; with three or more years a second
 * chart shows the totals by year, its categories referring to the year cells. Schema-checked.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { assess } from "../../src/core/assess";
import { compareYears, type EarlierYear } from "../../src/core/compare";
import { composeReport, type DigitMode, type ReportPlan } from "../../src/report";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";
import { DEFAULT_CHART_STYLE } from "../../src/report/plan";
const PREVIOUS_COLOR = DEFAULT_CHART_STYLE.colors.previous.slice(1);
import { SEED, SEED_INDICATORS } from "../fixtures/seed";

const now = assess({
  fiscalYear: 2563,
  indicators: { ...byTools(85, 80, 75) },
  cells: {},
  typed: {},
});

function byTools(iit: number, eit: number, oit: number): Record<string, number> {
  const ind: Record<string, number> = {};
  for (const id of ["1", "2", "3", "4", "5"]) ind[id] = iit;
  for (const id of ["6", "7", "8"]) ind[id] = eit;
  for (const id of ["9", "10"]) ind[id] = oit;
  return ind;
}

const SEED_AS_EARLIER: EarlierYear = {
  fiscalYear: 2562,
  indicators: { ...SEED_INDICATORS },
  oit: SEED.oit,
  level: SEED.level,
};

async function write(
  earlier: EarlierYear[],
  digits: DigitMode = "thai"
): Promise<{ plan: ReportPlan; zip: JSZip; bytes: Uint8Array }> {
  const plan = composeReport(now, {
    agency: { name: "อบต.ทดสอบ" },
    digits,
    comparison: compareYears(now, earlier),
  });
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, plan);
  const bytes = await workbookToBuffer(wb);
  return { plan, zip: await JSZip.loadAsync(bytes), bytes };
}

const part = async (zip: JSZip, path: string): Promise<string> =>
  (await zip.file(path)?.async("string")) ?? "";

/** The <c:ser> elements of a chart part, in document order. */
const seriesOf = (xml: string): string[] => xml.match(/<c:ser>.*?<\/c:ser>/g) ?? [];

describe("the indicator chart with the previous year", () => {
  test("previous first (order 0, grey, no labels), this year (order 1, labelled), threshold (order 2)", async () => {
    const { plan, zip } = await write([SEED_AS_EARLIER]);
    const spec = plan.sheets[1].charts[0];
    const prev = spec.previous!;
    const xml = await part(zip, "xl/charts/chart1.xml");
    const [bar1, bar2, line] = seriesOf(xml);
    expect(xml.indexOf("<c:barChart>")).toBeLessThan(xml.indexOf(bar1));
    expect(bar1).toContain('<c:idx val="2"/><c:order val="0"/>');
    expect(bar1).toContain("<c:v>พ.ศ. ๒๕๖๒</c:v>");
    expect(bar1).toContain(`<a:srgbClr val="${PREVIOUS_COLOR}"/>`);
    expect(bar1).not.toContain("<c:dLbls>");
    expect(bar1).toContain(
      `<c:f>'คะแนน ITA 2563'!$B$${prev.fromRow + 1}:$B$${prev.toRow + 1}</c:f>`
    );
    // The cached values are last year's scores, in the categories' order (9 derived from the OIT).
    const cached = [...bar1.matchAll(/<c:pt idx="(\d+)"><c:v>([\d.]+)<\/c:v>/g)]
      .filter((m) => !/[ก-๙]/.test(m[2]))
      .map((m) => Number(m[2]));
    expect(cached.slice(-10)).toEqual([
      94.15, 85.43, 87.52, 82.58, 87.64, 67.05, 70.46, 61.37, 55.85, 93.75,
    ]);
    expect(bar2).toContain('<c:idx val="0"/><c:order val="1"/>');
    expect(bar2).toContain("<c:v>พ.ศ. ๒๕๖๓</c:v>");
    expect(bar2).toContain("<c:dLbls>");
    expect(bar2).toContain(
      `'คะแนน ITA 2563'!$C$${spec.values.fromRow + 1}:$C$${spec.values.toRow + 1}`
    );
    expect(line).toContain('<c:idx val="1"/><c:order val="2"/>');
    expect(xml.indexOf(line)).toBeGreaterThan(xml.indexOf("<c:lineChart>"));
    // Both bar series share the indicator numbers as categories.
    expect(bar1.match(/<c:cat>.*<\/c:cat>/)?.[0]).toBe(bar2.match(/<c:cat>.*<\/c:cat>/)?.[0]);
  });

  test("without a previous year the chart part is as before: two series, orders 0 and 1", async () => {
    const plan = composeReport(now, { agency: { name: "อบต.ทดสอบ" }, digits: "thai" });
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, plan);
    const xml = await part(
      await JSZip.loadAsync(await workbookToBuffer(wb)),
      "xl/charts/chart1.xml"
    );
    const ser = seriesOf(xml);
    expect(ser).toHaveLength(2);
    expect(ser[0]).toContain('<c:idx val="0"/><c:order val="0"/>');
    expect(ser[1]).toContain('<c:idx val="1"/><c:order val="1"/>');
    expect(xml).not.toContain(PREVIOUS_COLOR);
    // The categories are the indicator numbers only (the names are in the table above the chart).
    const cat = ser[0].match(/<c:cat>.*?<\/c:cat>/)?.[0] ?? "";
    const labels = [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(labels).toEqual(["๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙", "๑๐"]);
    // ...and they are the plan's cells (the score table's hidden column G), referenced as the Office.js
    // writer references them, not literals the .xlsx writer makes up.
    const c = plan.sheets[1].charts[0].categories;
    expect(c.col).toBe(6);
    expect(cat).toMatch(/^<c:cat><c:strRef><c:f>'[^']+'!\$G\$(\d+):\$G\$(\d+)<\/c:f>/);
    expect(cat).toContain(`$G$${c.fromRow + 1}:$G$${c.toRow + 1}`);
    const cells = plan.sheets[1].rows.slice(c.fromRow, c.toRow + 1).map((r) => r.cells[6]?.value);
    expect(cells).toEqual(labels);
  });
});

describe("the trend chart (three or more years)", () => {
  test("a second chart: totals by year, the years as referenced categories; unique data-bar priorities", async () => {
    const { plan, zip } = await write([
      SEED_AS_EARLIER,
      { fiscalYear: 2561, total: 70 },
      { fiscalYear: 2560, total: 66.5 },
    ]);
    const spec = plan.sheets[1].charts[1];
    const xml = await part(zip, "xl/charts/chart2.xml");
    const ser = seriesOf(xml);
    expect(ser).toHaveLength(1);
    expect(xml).not.toContain("<c:lineChart>");
    // One series: no legend (the title names it); the indicator chart keeps its legend.
    expect(xml).not.toContain("<c:legend>");
    expect(await part(zip, "xl/charts/chart1.xml")).toContain("<c:legend>");
    const c = spec.categories;
    expect(ser[0]).toContain(
      `<c:cat><c:strRef><c:f>'คะแนน ITA 2563'!$A$${c.fromRow + 1}:$A$${c.toRow + 1}</c:f>`
    );
    expect(ser[0]).toContain("<c:v>พ.ศ. ๒๕๖๐</c:v>");
    expect(ser[0]).toContain(
      `'คะแนน ITA 2563'!$B$${spec.values.fromRow + 1}:$B$${spec.values.toRow + 1}`
    );
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(drawing).toContain(`<xdr:row>${spec.anchor.row}</xdr:row>`);
    const sheet = await part(zip, "xl/worksheets/sheet2.xml");
    const priorities = [...sheet.matchAll(/<cfRule [^>]*priority="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(priorities).size).toBe(priorities.length);
  });
});
