/**
 * The own-sheet transaction (src/excel/transaction.ts) with a write callback of its own, as a future sheet
 * of the add-in's would use it: one sync, marks "done", records remembered, replacement and rollback of
 * only its own sheets. The report, summary, template and phrase sheet go through it in gateway.test.ts,
 * summary.test.ts and trust.test.ts.
 */
import { writeOwnSheets, type OwnSheetWrite } from "../../src/excel/transaction";
import { ownSheets, SHEETS_KEY } from "../../src/excel/store";
import { ownStateOf, queueOwnSheet } from "../../src/excel/ownSheets";
import { planReplacement } from "../../src/excel/marks";
import { hashGrid } from "../../src/excel/fingerprint";
import type { SheetPlan } from "../../src/report/plan";
import { install } from "./helpers";

const PLAN: SheetPlan = {
  name: "ติดตามมาตรการ ITA 2563",
  role: "measures",
  font: { name: "TH SarabunPSK", size: 16 },
  columns: [30, 20],
  rows: [{ cells: [{ value: "มาตรการ" }, { value: "สถานะ" }] }],
  merges: [],
  charts: [],
  print: {
    orientation: "portrait",
    margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.5, footer: 0.5 },
  },
} as unknown as SheetPlan;

/** A write of its own: the values only, straight into the sheet. */
const write: OwnSheetWrite["write"] = (ws) => {
  const values = [["มาตรการ", "สถานะ"]];
  ws.getRange("A1:B1").values = values;
  return { hash: hashGrid(values), rows: 1, cols: 2 };
};

async function run(counter = { n: 0 }) {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    const own = ownSheets().map((rec) => queueOwnSheet(ctx.workbook, rec));
    await ctx.sync();
    const earlier = own.map(ownStateOf);
    const plan = planReplacement(
      [PLAN.name],
      earlier,
      sheets.items.map((s) => s.name)
    );
    return writeOwnSheets(ctx, () => counter.n++, {
      sheets: [{ plan: PLAN, name: plan.names[0], role: "measures", fiscalYear: 2562 }],
      write,
      replace: plan.replace,
      keep: plan.keep,
      namesBefore: sheets.items.map((s) => s.name),
      fingerprint: true,
      records: ownSheets,
    });
  });
}

describe("writeOwnSheets with a write of its own", () => {
  test("one sync; the sheet marked done and remembered; a second run replaces it", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    const counter = { n: 0 };
    const first = await run(counter);
    expect(first.ok).toBe(true);
    expect(counter.n).toBe(1);
    expect(wb.values(PLAN.name)).toEqual([["มาตรการ", "สถานะ"]]);
    const recs = wb.savedSettings[SHEETS_KEY] as Array<{ key: string; name: string }>;
    expect(recs.map((r) => r.name)).toEqual([PLAN.name]);
    expect(wb.names.find((n) => n.name === recs[0].key)?.comment).toMatch(/\|done$/);

    const second = await run();
    expect(second.ok).toBe(true);
    expect(wb.sheetNames()).toEqual(["Sheet1", PLAN.name]);
    const after = wb.savedSettings[SHEETS_KEY] as Array<{ key: string }>;
    expect(after).toHaveLength(1);
    expect(after[0].key).not.toBe(recs[0].key);
  });

  test("an edited sheet is kept under a new name, not replaced", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    await run();
    wb.setCells(PLAN.name, "A2", [["งานของผู้ใช้"]]);
    const r = await run();
    expect(r.ok).toBe(true);
    expect(wb.sheetNames()).toEqual(["Sheet1", `${PLAN.name} (แก้ไข)`, PLAN.name]);
    expect(wb.values(`${PLAN.name} (แก้ไข)`)[1][0]).toBe("งานของผู้ใช้");
  });

  test("a failed write removes only this run's sheet and gives the renamed one its name back", async () => {
    const wb = install({ sheets: [{ name: "Sheet1" }] });
    await run();
    const before = wb.values(PLAN.name);
    wb.faults = { failOp: "Range.values" };
    const r = await run();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rolledBack).toBe(true);
    expect(wb.sheetNames()).toEqual(["Sheet1", PLAN.name]);
    expect(wb.values(PLAN.name)).toEqual(before);
  });
});
