/**
 * Year over year through the Office.js edge (the fake Excel host): the template's last-year column and a
 * sheet with a row per year are read in the same single read, compared (compareYears, handed to the
 * composer; what is not comparable joins the warnings), and a bad earlier year refuses with its cell and
 * nothing written.
 */
import { createExcelGateway } from "../../src/excel";
import { TEMPLATE } from "../../src/core/template";
import { install, SEED_SCORES, SETTINGS } from "./helpers";

const P = TEMPLATE.previous;
const typedRow = (k: string): number =>
  TEMPLATE.typed.firstRow + TEMPLATE.typed.rows.findIndex((r) => r.key === k);

async function seedTemplate(): Promise<{
  wb: ReturnType<typeof install>;
  gw: ReturnType<typeof createExcelGateway>;
  sheet: string;
}> {
  const wb = install({ sheets: [{ name: "Sheet1" }] });
  const gw = createExcelGateway();
  const t = await gw.createInputTemplate(SETTINGS);
  for (const [id, , score] of SEED_SCORES) {
    const row = TEMPLATE.table.firstRow + TEMPLATE.table.rows.indexOf(id);
    wb.setCells(t.sheet, `C${row + 1}`, [[score]]);
  }
  wb.setCells(t.sheet, `C${typedRow("oit") + 1}`, [[74.8]]);
  return { wb, gw, sheet: t.sheet };
}

describe("gateway: earlier years", () => {
  test("the template's last-year total: compared, the note on the earlier framework among the warnings", async () => {
    const { wb, gw, sheet } = await seedTemplate();
    wb.setCells(sheet, `C${P.yearRow + 1}`, [[2561]]);
    wb.setCells(sheet, `D${typedRow("total") + 1}`, [[70]]);
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.assessment?.total).toBe(76.05);
    expect(r.warnings.map((w) => w.code)).toContain("older-framework");
  });

  test("no last-year figures: no comparison note", async () => {
    const { gw } = await seedTemplate();
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.warnings.map((w) => w.code)).not.toContain("older-framework");
  });

  test("a bad last-year score refuses with its cell; nothing written", async () => {
    const { wb, gw, sheet } = await seedTemplate();
    const row = TEMPLATE.table.firstRow + TEMPLATE.table.rows.indexOf("4");
    wb.setCells(sheet, `D${row + 1}`, [[104]]);
    const snap = wb.snapshot();
    const r = await gw.generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("problems");
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([
      ["out-of-range", `'${sheet}'!D${row + 1}`],
    ]);
    expect(wb.snapshot()).toBe(snap);
  });

  test("a sheet with a row per year of one agency: no row to pick, the latest year reported", async () => {
    const header = ["หน่วยงาน", "ปีงบประมาณ", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    const wb = install({
      sheets: [
        {
          name: "ย้อนหลัง",
          cells: [
            header,
            ["อบต.กะหรอ", 2561, 90, 80, 85, 80, 85, 65, 70, 60, 50, 90],
            [
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
            ],
          ],
        },
      ],
    });
    const r = await createExcelGateway().generate({ settings: SETTINGS, source: { kind: "auto" } });
    expect(r.status).toBe("done");
    expect(r.syncs).toBe(2);
    expect(r.assessment?.fiscalYear).toBe(2562);
    expect(r.assessment?.scores["1"]).toBe(94.15);
    expect(wb.sheetNames().length).toBeGreaterThan(1);
  });
});
