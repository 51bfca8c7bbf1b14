/**
 * Year over year through Office.js (src/excel/writePlan.ts) against the fake host: the indicator chart
 * gets the previous year's series in the same batch (one sync), before this year's and grey; the trend
 * chart is a second chart on the score sheet. Without a comparison the chart is as before.
 */
import { assess } from "../../src/core/assess";
import { compareYears, type EarlierYear } from "../../src/core/compare";
import type { Assessment } from "../../src/core/types";
import { a1 } from "../../src/excel/address";
import { DEFAULT_CHART_STYLE } from "../../src/report/plan";
const PREVIOUS_SERIES_COLOR = DEFAULT_CHART_STYLE.colors.previous;
import { composeReport, type ChartSpec, type ReportPlan } from "../../src/report";
import type { FakeWorkbook } from "../mocks/fake-office";
import { install } from "./helpers";

function byTools(iit: number, eit: number, oit: number): Record<string, number> {
  const ind: Record<string, number> = {};
  for (const id of ["1", "2", "3", "4", "5"]) ind[id] = iit;
  for (const id of ["6", "7", "8"]) ind[id] = eit;
  for (const id of ["9", "10"]) ind[id] = oit;
  return ind;
}

const now: Assessment = assess({
  fiscalYear: 2565,
  indicators: byTools(85, 80, 75),
  cells: {},
  typed: {},
});

function compose(earlier: EarlierYear[] | null): ReportPlan {
  return composeReport(now, {
    agency: { name: "อบต.ทดสอบ" },
    digits: "thai",
    ...(earlier ? { comparison: compareYears(now, earlier) } : {}),
  });
}

async function writeScores(plan: ReportPlan): Promise<{ wb: FakeWorkbook; syncs: number }> {
  const wb = install({ sheets: [{ name: "Sheet1" }] });
  const { writePlan } = await import("../../src/excel");
  const before = wb.syncCount;
  await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (ctx) => {
    writePlan(ctx, [plan.sheets[1]]);
    await ctx.sync();
  });
  return { wb, syncs: wb.syncCount - before };
}

const range = (r: { col: number; fromRow: number; toRow: number }): string =>
  a1(r.fromRow, r.col, r.toRow - r.fromRow + 1, 1);

describe("the indicator chart in Office.js", () => {
  test("with a previous year: previous, this year, threshold, in one sync", async () => {
    const plan = compose([{ fiscalYear: 2564, indicators: byTools(80, 82, 70), total: 78 }]);
    const spec = plan.sheets[1].charts[0];
    const { wb, syncs } = await writeScores(plan);
    expect(syncs).toBe(1);
    const chart = wb.sheet(plan.sheets[1].name).charts[0];
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.title).toBe(spec.title);
    expect(chart.series.map((s) => s.name)).toEqual(["พ.ศ. ๒๕๖๔", "พ.ศ. ๒๕๖๕", "เกณฑ์"]);
    const [prev, cur, threshold] = chart.series;
    expect(prev.values).toBe(range(spec.previous as NonNullable<ChartSpec["previous"]>));
    expect(prev.xValues).toBe(range(spec.categories));
    expect(prev.fill).toBe(PREVIOUS_SERIES_COLOR);
    expect(prev.chartType).toBeUndefined();
    expect(cur.values).toBe(range(spec.values));
    expect(threshold.chartType).toBe("Line");
    // The previous series reads last year's scores.
    const cells = Array.from({ length: 10 }, (_, k) => {
      const p = spec.previous!;
      return wb.cell(plan.sheets[1].name, a1(p.fromRow + k, p.col))?.value;
    });
    expect(cells).toEqual([80, 80, 80, 80, 80, 82, 82, 82, 70, 70]);
  });

  test("without a comparison: this year and the threshold only, as before", async () => {
    const plan = compose(null);
    const { wb } = await writeScores(plan);
    const charts = wb.sheet(plan.sheets[1].name).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0].series.map((s) => s.name)).toEqual(["คะแนน", "เกณฑ์"]);
    // This year's columns take the plan's colour; no series is grey without a previous year.
    expect(charts[0].series.some((s) => s.fill === PREVIOUS_SERIES_COLOR)).toBe(false);
  });

  test("three or more years: a second chart of the totals by year, the years as its categories", async () => {
    const plan = compose([
      { fiscalYear: 2564, total: 78 },
      { fiscalYear: 2563, total: 74.25 },
    ]);
    const spec = plan.sheets[1].charts[1];
    const { wb, syncs } = await writeScores(plan);
    expect(syncs).toBe(1);
    const name = plan.sheets[1].name;
    const charts = wb.sheet(name).charts;
    expect(charts).toHaveLength(2);
    // Last year has no indicator scores: the indicator chart has no previous series.
    expect(charts[0].series.map((s) => s.name)).toEqual(["คะแนน", "เกณฑ์"]);
    expect(charts[1].title).toBe("คะแนนรวม พ.ศ. ๒๕๖๓-๒๕๖๕");
    expect(charts[1].series).toHaveLength(1);
    expect(charts[1].legendVisible).toBe(false);
    expect(charts[0].legendVisible).toBeUndefined();
    expect(charts[1].series[0].values).toBe(range(spec.values));
    expect(charts[1].series[0].xValues).toBe(range(spec.categories));
    expect(wb.cell(name, a1(spec.categories.fromRow, 0))?.value).toBe("พ.ศ. ๒๕๖๓");
    expect(charts[1].position?.from).toBe(a1(spec.anchor.row, 0));
  });
});
