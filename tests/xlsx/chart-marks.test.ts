/**
 * Derived values are marked in the chart's data labels too (issue 16): the document's figure carries
 * each value's mark ("*" for indicator 10 from 10.1/10.2, "**" for indicator 9 from the OIT in the
 * seed), the plan turns it into the labels' number formats, and the three charts print it after the
 * value: the .xlsx chart (a c:dLbl of its own), the add-in's chart through Office.js (the point's data
 * label format) and the Word file's picture drawn on the command line (ECharts SVG).
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { installFakeOffice } from "../mocks/fake-office";
import { writePlan } from "../../src/excel/writePlan";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";
import { figureSvg } from "../../src/cli/chartImage";
import type { FigureBlock } from "../../src/report/document";
import type { ReportPlan } from "../../src/report/plan";
import { fixtureReport } from "../report/fixtures";

const figureOf = (file: string, digits: "mixed" | "thai" = "mixed"): FigureBlock => {
  const { doc } = fixtureReport(file, digits);
  const f = doc.parts.flatMap((p) => p.blocks).find((b) => b.kind === "figure");
  if (!f || f.kind !== "figure") throw new Error(`${file}: no figure`);
  return f;
};

const chartsOf = (plan: ReportPlan) => plan.sheets.flatMap((s) => s.charts);

/** The .xlsx file's chart parts. */
async function chartXmls(plan: ReportPlan): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, plan);
  const zip = await JSZip.loadAsync(await workbookToBuffer(wb));
  const parts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
  return Promise.all(parts.map((p) => zip.file(p)?.async("string") ?? ""));
}

describe("the seed: indicator 10 (*) and 9 (**) are derived", () => {
  const { plan } = fixtureReport("seed.json");

  test("the document's figure carries the marks of this year's values", () => {
    const values = figureOf("seed.json").chart.series.find((s) => s.labels);
    expect(values?.marks?.[8]).toBe("**");
    expect(values?.marks?.[9]).toBe("*");
    expect(values?.marks?.filter(Boolean)).toHaveLength(2);
  });

  test("the plan: one labelled point per mark, its format prints the value then the mark", () => {
    const [chart] = chartsOf(plan);
    expect(chart.style?.markedLabels).toEqual([
      { point: 8, mark: "**", numFmt: '0.00" **"' },
      { point: 9, mark: "*", numFmt: '0.00" *"' },
    ]);
  });

  test("the .xlsx chart: a data label of its own for each marked point", async () => {
    const [xml] = await chartXmls(plan);
    expect(xml).toContain('<c:dLbl><c:idx val="8"/><c:numFmt formatCode="0.00&quot; **&quot;"');
    expect(xml).toContain('<c:dLbl><c:idx val="9"/><c:numFmt formatCode="0.00&quot; *&quot;"');
    expect(xml.match(/<c:dLbl>/g)).toHaveLength(2);
    // The other points keep the series' own label format.
    expect(xml).toMatch(/<\/c:dLbl><c:numFmt formatCode="0\.00" sourceLinked="0"\/>/);
  });

  test("the add-in's chart (Office.js): the marked points' data labels get the format", async () => {
    const wb = installFakeOffice(globalThis, { sheets: [{ name: "Sheet1" }] });
    const Excel = (globalThis as unknown as { Excel: { run: typeof window.Excel.run } }).Excel;
    await Excel.run(async (ctx) => {
      writePlan(ctx as unknown as Excel.RequestContext, plan.sheets);
      await ctx.sync();
    });
    const sheet = plan.sheets.find((s) => s.charts.length);
    const [chart] = wb.sheet(sheet?.name ?? "").charts;
    const labelled = chart.series.find((s) => s.hasDataLabels);
    expect(labelled?.pointLabelFormats).toEqual({ 8: '0.00" **"', 9: '0.00" *"' });
  });

  test("the Word file's picture (ECharts): the labels read 55.85 ** and 93.75 *", () => {
    const svg = figureSvg(figureOf("seed.json"));
    expect(svg).toContain(">55.85 **<");
    expect(svg).toContain(">93.75 *<");
    expect(svg).toContain(">94.15<");
  });

  test("Thai digits: the picture's labels and the plan's formats keep them", () => {
    const fig = figureOf("seed.json", "thai");
    expect(figureSvg(fig)).toContain(">๕๕.๘๕ **<");
    const { plan: thai } = fixtureReport("seed.json", "thai");
    expect(chartsOf(thai)[0].style?.markedLabels?.[0].numFmt).toBe('[$-D00041E]0.00" **"');
  });
});

describe("a report with no derived score", () => {
  test("no marks in the figure, the plan, the .xlsx chart or the picture", async () => {
    const file = "fy2568-school.json";
    const { plan } = fixtureReport(file);
    const values = figureOf(file).chart.series.find((s) => s.labels);
    expect(values?.marks).toBeUndefined();
    expect(chartsOf(plan)[0].style?.markedLabels).toBeUndefined();
    const [xml] = await chartXmls(plan);
    expect(xml).not.toContain("<c:dLbl>");
    expect(figureSvg(figureOf(file))).not.toMatch(/\d \*/);
  });
});
