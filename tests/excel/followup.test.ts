/**
 * The follow-up in the fake Excel host: the seed's report -> track -> the officer fills the tracking
 * sheet -> followup. One read and one write round trip each, through the own-sheet transaction (marked
 * sheets, found again after reopening), edits kept when track runs again, refusals by cell with nothing
 * written.
 */
import { createExcelGateway } from "../../src/excel";
import { SHEETS_KEY } from "../../src/excel/store";
import { readTrackingGrid } from "../../src/core/trackingGrid";
import { installLongAtOffset, SETTINGS, sheetText } from "./helpers";
import type { FakeWorkbook } from "../mocks/fake-office";

const TRACK = "ติดตามมาตรการ ITA 2563";

async function seedReport(): Promise<FakeWorkbook> {
  const wb = installLongAtOffset();
  const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
  expect(r.error ?? r.status).toBe("done");
  return wb;
}

/** Fills row i (0-based) of the tracking table: column by header text. */
function fill(wb: FakeWorkbook, rows: Array<Record<string, unknown>>): void {
  const grid = wb.values(TRACK);
  const read = readTrackingGrid(grid, TRACK);
  const h = read.header!;
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const col = h.cols[k as keyof typeof h.cols]!;
      const letter = String.fromCharCode(65 + col);
      wb.setCells(TRACK, `${letter}${h.row + 2 + i}`, [[v]]);
    }
  });
}

describe("track", () => {
  test("the seed's measures become the tracking sheet: one read, one write, the user's sheets untouched", async () => {
    const wb = await seedReport();
    const before = wb.values("คะแนน");
    const r = await createExcelGateway().track({ settings: SETTINGS });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.sheetsCreated).toEqual([TRACK]);
    expect(r.measures).toBeGreaterThanOrEqual(6);
    expect(r.added).toBe(r.measures);
    const read = readTrackingGrid(wb.values(TRACK), TRACK);
    expect(Object.keys(read.header!.cols)).toHaveLength(11);
    const text = sheetText(wb, TRACK);
    expect(text).toContain("องค์การบริหารส่วนตำบลกะหรอ");
    // The status column has the drop-down of the three statuses over the table's rows.
    const lists = wb
      .sheet(TRACK)
      .validations.filter((v) => (v.rule as { list?: unknown }).list !== undefined);
    expect(lists.map((v) => (v.rule as { list: { source: string } }).list.source)).toContain(
      "ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ,ยังไม่ได้ดำเนินการ"
    );
    // The result the report computed is quoted above the table.
    expect(read.fields.lastTotal?.value).toBe(76.05);
    expect(read.fields.lastLevel?.value).toBe("B");
    expect(wb.values("คะแนน")).toEqual(before);
  });

  test("track again keeps what the officer typed and appends measures added to the measures sheet", async () => {
    const wb = await seedReport();
    const gw = createExcelGateway();
    const first = await gw.track({ settings: SETTINGS });
    fill(wb, [{ status: "ดำเนินการแล้วเสร็จ", actions: "ประกาศแล้ว", evidence: "https://a.go.th/1" }]);
    // The officer adds a measure at the end of the measures sheet's table.
    const measures = wb.sheetNames().find((n) => n.startsWith("มาตรการ ITA"))!;
    const grid = wb.values(measures);
    const last = grid.findIndex((row, i) => i > 0 && row.every((v) => v === "" || v === null));
    const at = last > 0 ? last : grid.length;
    wb.setCells(measures, `A${at + 1}`, [["มาตรการเพิ่มเติมของหน่วยงาน", null, "กองช่าง"]]);
    wb.reopen();
    const again = await gw.track({ settings: SETTINGS });
    expect(again.status).toBe("done");
    expect(again.kept).toBe(first.measures);
    expect(again.added).toBe(1);
    expect(wb.sheetNames().filter((n) => n.startsWith("ติดตามมาตรการ"))).toEqual([TRACK]);
    const read = readTrackingGrid(wb.values(TRACK), TRACK);
    const row0 = wb.values(TRACK)[read.header!.row + 1];
    expect(row0[read.header!.cols.status!]).toBe("ดำเนินการแล้วเสร็จ");
    expect(row0[read.header!.cols.actions!]).toBe("ประกาศแล้ว");
    expect(sheetText(wb, TRACK)).toContain("มาตรการเพิ่มเติมของหน่วยงาน");
  });
});

describe("followup", () => {
  test("from the filled tracking sheet: the follow-up sheets, item O43 of ITA 2563, one read and one write", async () => {
    const wb = await seedReport();
    const gw = createExcelGateway();
    await gw.track({ settings: SETTINGS });
    fill(wb, [
      {
        status: "ดำเนินการแล้วเสร็จ",
        actions: "ม.ค. ๒๕๖๓ ปรับปรุงเว็บไซต์",
        evidence: "https://a.go.th/1",
      },
      { status: "อยู่ระหว่างดำเนินการ", budget: 5000 },
    ]);
    const r = await gw.followup({ settings: SETTINGS });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.sheetsCreated).toEqual(["รายงานผลมาตรการ ITA 2563", "ผลรายมาตรการ ITA 2563"]);
    const text = sheetText(wb, "รายงานผลมาตรการ ITA 2563");
    expect(text).toContain("ข้อ O43");
    expect(text).toContain("๕,๐๐๐.๐๐ บาท");
    // The table refers to the evidence by number; the links are listed on the report's sheet.
    expect(sheetText(wb, "ผลรายมาตรการ ITA 2563")).toContain("[๑]");
    expect(text).toContain("https://a.go.th/1");
    // Recorded as the add-in's own: a second run asks before replacing them.
    const records = wb.settings[SHEETS_KEY] as Array<{ role: string }>;
    expect(records.map((x: { role: string }) => x.role)).toEqual(
      expect.arrayContaining(["tracking", "followup", "followupResults"])
    );
    const again = await gw.followup({ settings: SETTINGS });
    expect(again.status).toBe("confirm-replace");
  });

  test("a status outside the list is refused by its cell, and nothing is written", async () => {
    const wb = await seedReport();
    const gw = createExcelGateway();
    await gw.track({ settings: SETTINGS });
    fill(wb, [{ status: "เสร็จแล้ว", percent: 150 }]);
    const names = wb.sheetNames();
    const r = await gw.followup({ settings: SETTINGS });
    expect(r.status).toBe("problems");
    expect(r.problems.map((p) => p.code).sort()).toEqual(["out-of-range", "status-invalid"]);
    for (const p of r.problems) expect(p.cell).toMatch(/^'ติดตามมาตรการ ITA 2563'!/);
    expect(wb.sheetNames()).toEqual(names);
  });

  test("no tracking sheet: the pane is told to track first", async () => {
    await seedReport();
    const r = await createExcelGateway().followup({ settings: SETTINGS });
    expect(r.status).toBe("problems");
    expect(r.problems[0].code).toBe("tracking-missing");
  });
});
