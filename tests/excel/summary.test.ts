/**
 * "สรุปภาพรวมหลายหน่วยงาน" against the fake Excel host: one read and one write round trip whatever the
 * row count, rows with problems listed (not fatal), ownership and replacement like the report's sheets,
 * rollback, and the request-size estimate that splits the write only past the budget.
 */
import { createExcelGateway } from "../../src/excel";
import { estimateWrite, REQUEST_BUDGET, writeBudget } from "../../src/excel/requestSize";
import { SHEETS_KEY } from "../../src/excel/store";
import { SUMMARY_SHEET_NAME, composeSummary } from "../../src/report/summary";
import { SummaryAccumulator } from "../../src/core/summary";
import { assess } from "../../src/core/assess";
import { install, SETTINGS } from "./helpers";

const HEADER = ["หน่วยงาน", "จังหวัด", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

/** A sheet with a row per agency: `n` agencies, scores varying by row. */
function agencyRows(n: number): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    const s = (k: number): number => 50 + ((i * 7 + k * 13) % 50);
    rows.push([
      `อบต.ทดสอบ${i}`,
      i % 2 ? "สงขลา" : "พัทลุง",
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(s),
    ]);
  }
  return rows;
}

const SUM_SETTINGS = { ...SETTINGS, fiscalYear: 2567 };

describe("summarize: a sheet with a row per agency", () => {
  test.each([5, 300])("%i agencies: one read and one write round trip", async (n) => {
    const wb = install({ sheets: [{ name: "จังหวัด", cells: agencyRows(n) }] });
    const before = wb.values("จังหวัด");
    const gw = createExcelGateway();
    const r = await gw.summarize({ settings: SUM_SETTINGS, sheet: "จังหวัด" });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.batches).toBe(1);
    expect(r.agencies).toBe(n);
    expect(r.years).toEqual([2567]);
    expect(r.sheetsCreated).toEqual([SUMMARY_SHEET_NAME]);
    const values = wb.values(SUMMARY_SHEET_NAME);
    // Every agency is on the sheet once in the ranking (and maybe in the lists below the threshold).
    const names = values.flat().filter((v) => typeof v === "string" && v.startsWith("อบต.ทดสอบ"));
    expect(new Set(names).size).toBe(n);
    // The user's sheet is untouched.
    expect(wb.values("จังหวัด")).toEqual(before);
  });

  test("rows with problems are listed, not fatal", async () => {
    const rows = agencyRows(4);
    rows[2][4] = "ไม่ทราบ"; // indicator 3 of the second agency
    const wb = install({ sheets: [{ name: "ภาค", cells: rows }] });
    const r = await createExcelGateway().summarize({ settings: SUM_SETTINGS, sheet: "ภาค" });
    expect(r.status).toBe("done");
    expect(r.agencies).toBe(3);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0].name).toBe("อบต.ทดสอบ1");
    expect(r.skipped[0].problems[0].cell).toBe("ภาค!E3");
    const text = wb.values(SUMMARY_SHEET_NAME).flat().join(" ");
    expect(text).toContain("ภาค!E3");
  });

  test("a sheet without a row per agency: a problem, nothing written", async () => {
    const wb = install({ sheets: [{ name: "ว่าง", cells: [["หมายเหตุ"]] }] });
    const r = await createExcelGateway().summarize({ settings: SUM_SETTINGS, sheet: "ว่าง" });
    expect(r.status).toBe("problems");
    expect(r.problems[0].code).toBe("summary-no-rows");
    expect(wb.sheetNames()).toEqual(["ว่าง"]);
  });

  test("a missing sheet: a problem naming it", async () => {
    install({ sheets: [{ name: "ภาค", cells: agencyRows(2) }] });
    const r = await createExcelGateway().summarize({ settings: SUM_SETTINGS, sheet: "ไม่มี" });
    expect(r.status).toBe("problems");
    expect(r.problems[0].code).toBe("no-sheet");
  });

  test("again: asks, then replaces its own summary; a user's sheet of that name is never touched", async () => {
    const wb = install({
      sheets: [
        { name: "ภาค", cells: agencyRows(3) },
        { name: SUMMARY_SHEET_NAME, cells: [["ของผู้ใช้"]] },
      ],
    });
    const gw = createExcelGateway();
    const first = await gw.summarize({ settings: SUM_SETTINGS, sheet: "ภาค" });
    expect(first.status).toBe("done");
    expect(first.sheetsCreated).toEqual([`${SUMMARY_SHEET_NAME} (2)`]);
    expect(wb.values(SUMMARY_SHEET_NAME)).toEqual([["ของผู้ใช้"]]);
    const again = await gw.summarize({ settings: SUM_SETTINGS, sheet: "ภาค" });
    expect(again.status).toBe("confirm-replace");
    expect(again.sheetsReplaced).toEqual([`${SUMMARY_SHEET_NAME} (2)`]);
    const replaced = await gw.summarize({
      settings: SUM_SETTINGS,
      sheet: "ภาค",
      confirmReplace: true,
    });
    expect(replaced.status).toBe("done");
    expect(replaced.syncs).toBe(2);
    expect(wb.sheetNames().filter((n) => n.startsWith(SUMMARY_SHEET_NAME))).toEqual([
      SUMMARY_SHEET_NAME,
      `${SUMMARY_SHEET_NAME} (2)`,
    ]);
    expect(wb.values(SUMMARY_SHEET_NAME)).toEqual([["ของผู้ใช้"]]);
    const own = JSON.parse(JSON.stringify(wb.settings[SHEETS_KEY])) as Array<{ role: string }>;
    expect(own.filter((x) => x.role === "summary")).toHaveLength(1);
  });

  test("an edited summary is kept under a new name, not replaced", async () => {
    const wb = install({ sheets: [{ name: "ภาค", cells: agencyRows(3) }] });
    const gw = createExcelGateway();
    await gw.summarize({ settings: SUM_SETTINGS, sheet: "ภาค" });
    wb.setCells(SUMMARY_SHEET_NAME, "A1", [["แก้ไขแล้ว"]]);
    const r = await gw.summarize({ settings: SUM_SETTINGS, sheet: "ภาค", confirmReplace: true });
    expect(r.status).toBe("done");
    expect(r.sheetsKept).toEqual([
      { from: SUMMARY_SHEET_NAME, to: `${SUMMARY_SHEET_NAME} (แก้ไข)` },
    ]);
    expect(wb.values(`${SUMMARY_SHEET_NAME} (แก้ไข)`)[0][0]).toBe("แก้ไขแล้ว");
  });

  test("a failed write is rolled back: no sheet of this run is left", async () => {
    const wb = install({ sheets: [{ name: "ภาค", cells: agencyRows(3) }] });
    wb.faults = { failSync: 2 };
    const r = await createExcelGateway().summarize({ settings: SUM_SETTINGS, sheet: "ภาค" });
    expect(r.status).toBe("failed");
    expect(wb.sheetNames()).toEqual(["ภาค"]);
  });
});

describe("the write request's size", () => {
  function plan(n: number): ReturnType<typeof composeSummary> {
    const acc = new SummaryAccumulator();
    for (let i = 0; i < n; i++) {
      const ind: Record<string, number> = {};
      for (let k = 1; k <= 10; k++) ind[String(k)] = 50 + ((i * 7 + k * 13) % 50) + 0.25;
      acc.add(
        `องค์การบริหารส่วนตำบลทดสอบ${i}`,
        assess({ fiscalYear: 2567, indicators: ind, cells: {}, typed: {} }),
        i
      );
    }
    return composeSummary(acc.finalize(), { digits: "thai" });
  }

  test("grows with the rows; one batch under the budget", () => {
    const small = estimateWrite(plan(100).sheets);
    const large = estimateWrite(plan(1000).sheets);
    expect(small.batches).toBe(1);
    expect(large.batches).toBe(1);
    expect(large.bytes).toBeGreaterThan(small.bytes * 2);
    expect(large.bytes).toBeLessThan(REQUEST_BUDGET);
  });

  test("past the budget, the values are split in batches that each fit, every row once", () => {
    const sheets = plan(300).sheets;
    const whole = estimateWrite(sheets);
    const budget = Math.floor(whole.bytes / 3);
    const split = estimateWrite(sheets, budget);
    expect(split.batches).toBeGreaterThanOrEqual(3);
    const s = split.split[0];
    const covered = [[0, s.first] as [number, number], ...s.more];
    let next = 0;
    for (const [from, to] of covered) {
      expect(from).toBe(next);
      next = to;
    }
    expect(next).toBe(sheets[0].rows.length);
  });

  test("a write split in batches gives the same sheet as one batch", async () => {
    const wbA = install({ sheets: [{ name: "ภาค", cells: agencyRows(120) }] });
    const one = await createExcelGateway().summarize({ settings: SUM_SETTINGS, sheet: "ภาค" });
    const valuesOne = wbA.values(SUMMARY_SHEET_NAME);
    const wbB = install({ sheets: [{ name: "ภาค", cells: agencyRows(120) }] });
    writeBudget.bytes = 40_000;
    const many = await createExcelGateway()
      .summarize({ settings: SUM_SETTINGS, sheet: "ภาค" })
      .finally(() => (writeBudget.bytes = REQUEST_BUDGET));
    expect(one.batches).toBe(1);
    expect(many.status).toBe("done");
    expect(many.batches).toBeGreaterThan(1);
    expect(many.syncs).toBe(1 + many.batches);
    expect(wbB.values(SUMMARY_SHEET_NAME)).toEqual(valuesOne);
  });
});
