/**
 * The input template plan is laid out by the engine's constants: a grid of its values, filled in as a
 * user would, is read back by findInputInGrid as the template layout.
 */
import { assessRaw } from "../../src/core";
import { findInputInGrid } from "../../src/core/grid";
import { TEMPLATE, templateRowOf } from "../../src/core/template";
import { inputTemplatePlan } from "../../src/report";
import { SEED_INDICATORS } from "../fixtures/seed";

describe("inputTemplatePlan", () => {
  test("round trip: template plan -> values -> findInputInGrid", () => {
    const plan = inputTemplatePlan({
      fiscalYear: 2562,
      agency: {
        name: "องค์การบริหารส่วนตำบลกะหรอ",
        province: "นครศรีธรรมราช",
        responsible: ["สำนักปลัด", "กองคลัง"],
      },
      threshold: 85,
    });
    expect(plan.role).toBe("template");
    expect(plan.name.length).toBeLessThanOrEqual(31);
    const grid: unknown[][] = plan.rows.map((r) => r.cells.map((c) => c.value));
    const scores: Record<string, number> = { ...SEED_INDICATORS };
    for (const [id, v] of Object.entries(scores))
      grid[templateRowOf(id)][TEMPLATE.table.scoreCol] = v;
    grid[TEMPLATE.typed.firstRow + 2][TEMPLATE.typed.valueCol] = 74.8;
    const found = findInputInGrid(grid, plan.name);
    expect(found?.layout).toBe("template");
    expect(found?.agency.name).toBe("องค์การบริหารส่วนตำบลกะหรอ");
    expect(found?.agency.responsible).toEqual(["สำนักปลัด", "กองคลัง"]);
    const r = assessRaw(found!.raw);
    expect(r.problems).toEqual([]);
    expect(r.assessment?.fiscalYear).toBe(2562);
    expect(r.assessment?.total).toBe(76.05);
    expect(r.assessment?.scores["9"]).toBe(55.85);
  });

  test("score cells carry a 0-100 validation and the input fill", () => {
    const plan = inputTemplatePlan();
    const v = plan.validations?.find((x) => x.row === TEMPLATE.table.firstRow);
    expect(v).toMatchObject({
      col: TEMPLATE.table.scoreCol,
      rows: TEMPLATE.table.rows.length,
      min: 0,
      max: 100,
    });
    expect(
      plan.rows[TEMPLATE.table.firstRow].cells[TEMPLATE.table.scoreCol].style?.fill
    ).toBeDefined();
  });
});
