import { assessRaw } from "../../src/core";
import type { Assessment, RawInput } from "../../src/core";
import { levelLabel, summaryRows } from "../../src/taskpane/logic";
import seed from "../fixtures/seed.json";

function seedAssessment(threshold = 90): Assessment {
  const raw: RawInput = {
    fiscalYear: { value: seed.fiscalYear, cell: "fiscalYear" },
    indicators: Object.entries(seed.indicators).map(([id, value]) => ({
      id,
      value,
      cell: `indicators.${id}`,
    })),
    oit: { value: seed.oit, cell: "oit" },
    total: { value: seed.total, cell: "total" },
    level: { value: seed.level, cell: "level" },
  };
  const result = assessRaw(raw, { threshold });
  if (!result.assessment) throw new Error(JSON.stringify(result.problems));
  return result.assessment;
}

describe("task-pane summary of the seed", () => {
  it("lists every indicator best first with the profile's Thai names, below-threshold ones marked", () => {
    const rows = summaryRows(seedAssessment(), "th");
    const main = rows.filter((r) => !r.sub);
    expect(main.map((r) => r.id)).toEqual(["1", "10", "5", "3", "2", "4", "7", "6", "8", "9"]);
    expect(main.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(main[0].label).toBe("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่");
    expect(main[0].score).toBe("94.15");
    expect(main.filter((r) => !r.below).map((r) => r.id)).toEqual(["1", "10"]);
    const nine = rows.find((r) => r.id === "9");
    expect(nine?.score).toBe("55.85");
    expect(nine?.derived).toBe(true);
    expect(nine?.below).toBe(true);
    const sub = rows.find((r) => r.id === "10.1");
    expect(sub?.sub).toBe(true);
    expect(sub?.label.startsWith("ตัวชี้วัดย่อย 10.1 ")).toBe(true);
  });

  it("moves the mark with the threshold and speaks English when asked", () => {
    const rows = summaryRows(seedAssessment(85), "en");
    expect(rows.filter((r) => !r.sub && !r.below).map((r) => r.id)).toEqual([
      "1",
      "10",
      "5",
      "3",
      "2",
    ]);
    expect(rows.find((r) => r.id === "1")?.label).toMatch(/^Indicator 1 [A-Z]/);
  });

  it("shows the letter level for FY2562", () => {
    expect(levelLabel(seedAssessment(), "th")).toBe("B");
  });
});
