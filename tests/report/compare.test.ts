/**
 * Year over year in the report (src/report/sections/compare.ts): the paragraphs at the end of section ๒,
 * the score sheet's comparison and trend tables, and the chart specs; nothing changes without a
 * comparison.
 */
import { assess } from "../../src/core/assess";
import { compareYears, type EarlierYear } from "../../src/core/compare";
import type { AgencyDetails, Assessment, ScoreInput } from "../../src/core/types";
import {
  composeReport,
  phraseSheetPlan,
  phrasesFromRows,
  type DigitMode,
  type ReportPlan,
  type SheetPlan,
} from "../../src/report";
import { defaultPhrases, describeKey } from "../../src/report/phrases";
import { makeContext } from "../../src/report/sections/context";
import { comparisonParagraphs } from "../../src/report/sections/compare";
import { SEED, SEED_INDICATORS } from "../fixtures/seed";

const AGENCY = SEED.agency as AgencyDetails;

const seedAssessment = (): Assessment =>
  assess({
    fiscalYear: SEED.fiscalYear,
    indicators: { ...SEED_INDICATORS },
    cells: {},
    typed: { oit: SEED.oit },
  });

/** The seed as an earlier year, exactly as its JSON gives it. */
const SEED_AS_EARLIER: EarlierYear = {
  fiscalYear: SEED.fiscalYear,
  indicators: { ...SEED_INDICATORS },
  iit: SEED.iit,
  eit: SEED.eit,
  oit: SEED.oit,
  total: SEED.total,
  level: SEED.level,
};

function current(fiscalYear: number, indicators: Record<string, number>): Assessment {
  const input: ScoreInput = { fiscalYear, indicators, cells: {}, typed: {} };
  return assess(input);
}

/** Ten indicators with each tool's indicators equal: IIT, EIT and OIT come out exactly as given. */
function byTools(iit: number, eit: number, oit: number): Record<string, number> {
  const ind: Record<string, number> = {};
  for (const id of ["1", "2", "3", "4", "5"]) ind[id] = iit;
  for (const id of ["6", "7", "8"]) ind[id] = eit;
  for (const id of ["9", "10"]) ind[id] = oit;
  return ind;
}

function plan(
  a: Assessment,
  earlier: EarlierYear[] | null,
  digits: DigitMode = "arabic",
  phrases?: Record<string, string>
): ReportPlan {
  return composeReport(
    a,
    {
      agency: AGENCY,
      digits,
      date: "2020-02-15",
      ...(earlier ? { comparison: compareYears(a, earlier) } : {}),
    },
    phrases
  );
}

/** Row texts without the layout's line breaks; a paragraph split across pages is joined again. */
function texts(sheet: SheetPlan): string[] {
  const out: string[] = [];
  for (const r of sheet.rows) {
    const t = r.cells.map((c) => (c.value === null ? "" : String(c.source ?? c.value))).join(" | ");
    if (r.continued && out.length) out[out.length - 1] += t;
    else out.push(t);
  }
  // Empty cells at the end of a row (the hidden chart column, merged cells) are left out.
  return out.map((t) =>
    t
      .replace(/\n/g, "")
      .replace(/( \|\s*)+$/, "")
      .trim()
  );
}

const role = (p: ReportPlan, r: SheetPlan["role"]): SheetPlan =>
  p.sheets.find((s) => s.role === r) as SheetPlan;

/** The comparison's part of section ๒: from its heading to the heading of section ๓. */
function comparisonPart(p: ReportPlan): string[] {
  const lines = texts(role(p, "analysis"));
  const from = lines.findIndex((l) => l.startsWith("ผลการประเมินเทียบกับ"));
  const to = lines.findIndex((l) => /^(3|๓)\. การวิเคราะห์ข้อมูล/.test(l));
  if (from < 0) return [];
  return lines.slice(from, to);
}

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

describe("without an earlier year nothing changes", () => {
  test("no comparison, a comparison with no earlier year: the same plan, byte for byte", () => {
    const a = seedAssessment();
    for (const digits of ["thai", "arabic", "mixed"] as const) {
      const base = JSON.stringify(plan(a, null, digits));
      expect(JSON.stringify(plan(a, [], digits))).toBe(base);
      expect(base).not.toContain("เทียบกับปีงบประมาณ");
    }
  });
});

describe("the seed against a previous total of 70.00 (FY2561, the earlier framework)", () => {
  const a = seedAssessment();

  test("no subtraction across frameworks: the FY2561 total is shown for reference only, said once", () => {
    const thai = comparisonPart(plan(a, [{ fiscalYear: 2561, total: 70 }], "thai"));
    expect(thai[0]).toBe("ผลการประเมินเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๑");
    expect(thai[1]).toBe(
      "คะแนนรวมปีงบประมาณ พ.ศ. ๒๕๖๑ ซึ่งประเมินด้วยกรอบการประเมินเดิม คือ ๗๐.๐๐ คะแนน (แสดงไว้เพื่ออ้างอิงเท่านั้น เพราะวัดด้วยเครื่องมือต่างกัน)"
    );
    const arabic = comparisonPart(plan(a, [{ fiscalYear: 2561, total: 70 }], "arabic"));
    expect(arabic.join(" ")).not.toMatch(/6\.05|เพิ่มขึ้น/);
    expect(arabic).toHaveLength(3);
    expect(arabic[2]).toMatch(/^ทั้งนี้ ปีงบประมาณ พ\.ศ\. 2561 ยังใช้กรอบการประเมินเดิม/);
    expect(arabic[2]).toContain("แสดงไว้เพื่ออ้างอิงเท่านั้น ไม่นำมาหักลบ");
    // No indicator, tool or trend sentence: there is nothing to compare them with.
    expect(arabic.join(" ")).not.toMatch(/มากที่สุด|เมื่อแยกตามเครื่องมือ|ย้อนหลัง/);
  });

  test("last year's level as given is stated, not compared", () => {
    const lines = comparisonPart(plan(a, [{ fiscalYear: 2561, total: 70, level: "C" }]));
    expect(lines[1]).toContain("คือ 70.00 คะแนน อยู่ในระดับ C (แสดงไว้เพื่ออ้างอิงเท่านั้น");
    expect(lines.join(" ")).not.toMatch(/เลื่อนขึ้น|เช่นเดียวกับ/);
  });

  test("score sheet: the total row shows both years and no change across frameworks; no indicator rows, no previous series", () => {
    const p = plan(a, [{ fiscalYear: 2561, total: 70 }]);
    const scores = role(p, "scores");
    const lines = texts(scores);
    const at = lines.indexOf("เปรียบเทียบกับปีงบประมาณ พ.ศ. 2561");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("รายการ | 2561 | 2562 | ผลต่าง");
    expect(lines[at + 2]).toBe("คะแนนรวม | 70 | 76.05 | —");
    expect(lines[at + 3]).toBe("ระดับผลการประเมิน | — | B | —");
    expect(lines[at + 4]).toMatch(/^— หมายถึงเปรียบเทียบไม่ได้/);
    expect(lines.some((l) => /^ตัวชี้วัดที่ 1 \|/.test(l))).toBe(false);
    expect(scores.charts).toHaveLength(1);
    expect(scores.charts[0].previous).toBeUndefined();
    // The number cells carry the sheet's number format.
    const total = scores.rows[at + 2].cells;
    expect(total[1].style?.numFmt).toBe("0.00");
  });
});

describe("same framework: FY2563 against the seed (both on the letter scale)", () => {
  const now = current(2563, {
    "1": 95,
    "2": 88.43,
    "3": 87.52,
    "4": 85.58,
    "5": 90.64,
    "6": 70.05,
    "7": 68.46,
    "8": 71.37,
    "9": 80,
    "10": 93.75,
  });
  const p = plan(now, [SEED_AS_EARLIER]);
  const part = comparisonPart(p);
  const all = part.join(" ");

  test("total and level: up 6.52, still B", () => {
    expect(part[1]).toBe(
      "เมื่อเทียบกับปีงบประมาณ พ.ศ. 2562 ซึ่งได้คะแนนรวม 76.05 คะแนน อยู่ในระดับ B คะแนนรวมปีงบประมาณ พ.ศ. 2563 เพิ่มขึ้น 6.52 คะแนน ระดับผลการประเมินยังอยู่ในระดับ B เช่นเดียวกับปีงบประมาณ พ.ศ. 2562"
    );
  });

  test("tools, counts, and the indicators that rose and fell most", () => {
    expect(part[2]).toBe(
      "เมื่อแยกตามเครื่องมือ แบบวัด IIT เพิ่มขึ้น 1.97 คะแนน แบบวัด EIT เพิ่มขึ้น 3.67 คะแนน และแบบตรวจ OIT เพิ่มขึ้น 12.08 คะแนน" +
        " ตัวชี้วัดที่เปรียบเทียบได้ 10 ตัวชี้วัด มีคะแนนเพิ่มขึ้น 7 ตัวชี้วัด ลดลง 1 ตัวชี้วัด และเท่าเดิม 2 ตัวชี้วัด" +
        " ตัวชี้วัดที่คะแนนเพิ่มขึ้นมากที่สุด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (จาก 55.85 เป็น 80.00 คะแนน) เพิ่มขึ้น 24.15 คะแนน" +
        " ส่วนตัวชี้วัดที่คะแนนลดลงมากที่สุด คือ ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (จาก 70.46 เป็น 68.46 คะแนน) ลดลง 2.00 คะแนน"
    );
  });

  test("last year's derived indicators 9 and 10 are said once; no trend with two years", () => {
    expect(part[3]).toBe("ทั้งนี้ คะแนนตัวชี้วัดที่ 9 และ 10 ที่ใช้เปรียบเทียบเป็นค่าที่คำนวณขึ้น ไม่ใช่คะแนนที่ประกาศ");
    expect(part).toHaveLength(4);
    expect(count(texts(role(p, "analysis")).join(" "), "ที่ใช้เปรียบเทียบเป็นค่าที่คำนวณขึ้น")).toBe(1);
    expect(all).not.toContain("ย้อนหลัง");
  });

  test("score sheet: both years and the change per indicator, tool and total, in the profile's order", () => {
    const s = role(p, "scores");
    const lines = texts(s);
    const at = lines.indexOf("เปรียบเทียบกับปีงบประมาณ พ.ศ. 2562");
    expect(lines.slice(at + 1, at + 17)).toEqual([
      "รายการ | 2562 | 2563 | ผลต่าง",
      "ตัวชี้วัดที่ 1 | 94.15 | 95 | +0.85",
      "ตัวชี้วัดที่ 2 | 85.43 | 88.43 | +3.00",
      "ตัวชี้วัดที่ 3 | 87.52 | 87.52 | 0.00",
      "ตัวชี้วัดที่ 4 | 82.58 | 85.58 | +3.00",
      "ตัวชี้วัดที่ 5 | 87.64 | 90.64 | +3.00",
      "ตัวชี้วัดที่ 6 | 67.05 | 70.05 | +3.00",
      "ตัวชี้วัดที่ 7 | 70.46 | 68.46 | -2.00",
      "ตัวชี้วัดที่ 8 | 61.37 | 71.37 | +10.00",
      "ตัวชี้วัดที่ 9 | 55.85 | 80 | +24.15",
      "ตัวชี้วัดที่ 10 | 93.75 | 93.75 | 0.00",
      "IIT | 87.46 | 89.43 | +1.97",
      "EIT | 66.29 | 69.96 | +3.67",
      "OIT | 74.8 | 86.88 | +12.08",
      "คะแนนรวม | 76.05 | 82.57 | +6.52",
      "ระดับผลการประเมิน | B | B | เท่าเดิม",
    ]);
    // Everything was comparable: no "—" and no legend for it.
    expect(lines.some((l) => l.startsWith("— "))).toBe(false);
  });

  test("the chart draws last year beside this year, from the comparison table's cells", () => {
    const s = role(p, "scores");
    const chart = s.charts[0];
    expect(chart.title).toBe("คะแนนรายตัวชี้วัด พ.ศ. 2562 และ พ.ศ. 2563 เทียบกับเกณฑ์ 90 คะแนน");
    expect(chart.values.name).toBe("พ.ศ. 2563");
    const prev = chart.previous!;
    expect(prev.name).toBe("พ.ศ. 2562");
    expect(prev.toRow - prev.fromRow).toBe(chart.values.toRow - chart.values.fromRow);
    const cells = (col: number, from: number, to: number): unknown[] =>
      s.rows.slice(from, to + 1).map((r) => r.cells[col]?.value);
    expect(cells(prev.col, prev.fromRow, prev.toRow)).toEqual([
      94.15, 85.43, 87.52, 82.58, 87.64, 67.05, 70.46, 61.37, 55.85, 93.75,
    ]);
    // The categories and this year's values are the indicator table's, as without a comparison.
    const base = role(plan(now, null), "scores").charts[0];
    expect(chart.categories).toEqual(base.categories);
    expect(chart.values.fromRow).toBe(base.values.fromRow);
    expect(chart.threshold).toEqual(base.threshold);
    // A trend needs three years.
    expect(s.charts).toHaveLength(1);
  });
});

describe("levels on the same scale that changed", () => {
  test("up and down, with both level names", () => {
    const up = comparisonPart(
      plan(current(2563, byTools(90, 90, 90)), [{ fiscalYear: 2562, total: 80, level: "B" }])
    );
    expect(up[1]).toContain("ระดับผลการประเมินเลื่อนขึ้นจากระดับ B เป็นระดับ A");
    const down = comparisonPart(
      plan(current(2563, byTools(70, 70, 70)), [{ fiscalYear: 2562, total: 80 }])
    );
    expect(down[1]).toContain("ลดลง 10.00 คะแนน");
    expect(down[1]).toContain("ระดับผลการประเมินลดลงจากระดับ B เป็นระดับ C");
    // Only the total and level were given last year: the report says indicators were not compared.
    expect(down[2]).toBe("ทั้งนี้ ไม่มีคะแนนรายตัวชี้วัดของปีงบประมาณ พ.ศ. 2562 จึงไม่ได้เปรียบเทียบรายตัวชี้วัด");
  });

  test("same scale, level not known last year: said so", () => {
    const lines = comparisonPart(
      plan(current(2567, byTools(90, 90, 90)), [{ fiscalYear: 2566, level: "A" }])
    );
    expect(lines.join(" ")).toContain(
      "ไม่ทราบระดับผลการประเมินของปีงบประมาณ พ.ศ. 2566 จึงไม่ได้เปรียบเทียบระดับ"
    );
    expect(lines[1]).toContain("ไม่มีคะแนนรวมของปีงบประมาณ พ.ศ. 2566");
  });
});

describe("the scale changed (FY2565 letters -> FY2566 pass scale)", () => {
  const now = current(2566, byTools(90, 90, 90));
  const p = plan(now, [
    { fiscalYear: 2565, indicators: byTools(80, 80, 80), total: 80, level: "B" },
  ]);
  const part = comparisonPart(p);

  test("the levels are not compared; last year is placed on this year's scale, labelled computed", () => {
    expect(part[1]).toMatch(
      /^เมื่อเทียบกับปีงบประมาณ พ\.ศ\. 2565 ซึ่งได้คะแนนรวม 80\.00 คะแนน อยู่ในระดับ B /
    );
    expect(part[2]).toBe(
      "ปีงบประมาณ พ.ศ. 2565 ใช้ระดับ AA ถึง F ส่วนปีงบประมาณ พ.ศ. 2566 ใช้เกณฑ์ห้าระดับตั้งแต่ผ่านดีเยี่ยมถึงต้องปรับปรุงโดยด่วน จึงเทียบระดับของสองปีกันโดยตรงไม่ได้" +
        " หากคิดคะแนนของปีงบประมาณ พ.ศ. 2565 ตามเกณฑ์ของปีงบประมาณ พ.ศ. 2566 จะอยู่ในระดับต้องปรับปรุง (เป็นค่าที่คำนวณขึ้นเพื่อเปรียบเทียบ ไม่ใช่ผลที่ประกาศ)" +
        " เมื่อเทียบด้วยเกณฑ์เดียวกัน ผลปีงบประมาณ พ.ศ. 2566 จึงอยู่ในระดับที่ดีขึ้น"
    );
    expect(part.join(" ")).not.toMatch(/เลื่อนขึ้นจากระดับ|เช่นเดียวกับ/);
  });

  test("score sheet: the level row has no change; a computed row places last year on this scale", () => {
    const lines = texts(role(p, "scores"));
    expect(lines).toContain("ระดับผลการประเมิน | B | ผ่านดี | —");
    expect(lines).toContain("ระดับตามเกณฑ์ปี พ.ศ. 2566 (คำนวณ) | ต้องปรับปรุง | ผ่านดี | เลื่อนขึ้น");
  });

  test("without last year's tool scores the level cannot be placed: said so", () => {
    const lines = comparisonPart(
      plan(current(2566, byTools(90, 90, 90)), [{ fiscalYear: 2565, total: 86, level: "A" }])
    );
    expect(lines[2]).toContain(
      "จึงเทียบระดับของสองปีกันโดยตรงไม่ได้ และข้อมูลของปีงบประมาณ พ.ศ. 2565 ไม่พอที่จะคิดระดับตามเกณฑ์การประเมินประจำปีงบประมาณ พ.ศ. 2566"
    );
    expect(lines[2]).not.toContain("คำนวณขึ้นเพื่อเปรียบเทียบ");
  });
});

describe("what is not comparable is said once", () => {
  test("FY2567's renamed sub-indicators: named in the analysis, '—' in the score sheet", () => {
    const subs = {
      "9.1": 90,
      "9.2": 80,
      "9.3": 70,
      "9.4": 60,
      "9.5": 50,
      "10.1": 87.5,
      "10.2": 100,
    };
    const now = current(2567, { ...byTools(90, 90, 90), ...subs, "9.2": 85, "10.1": 90 });
    const p = plan(now, [{ fiscalYear: 2566, indicators: { ...byTools(88, 88, 88), ...subs } }]);
    const analysis = texts(role(p, "analysis")).join(" ");
    const sentence =
      "ตัวชี้วัดย่อยที่ 9.2 9.3 และ 10.2 ของปีงบประมาณ พ.ศ. 2567 มีชื่อและประเด็นการประเมินต่างจากปีงบประมาณ พ.ศ. 2566 จึงไม่นำมาเปรียบเทียบ";
    expect(count(analysis, sentence)).toBe(1);
    const scores = texts(role(p, "scores"));
    expect(scores).toContain("ตัวชี้วัดย่อยที่ 9.2 | — | 85 | —");
    expect(scores).toContain("ตัวชี้วัดย่อยที่ 10.1 | 87.5 | 90 | +2.50");
    expect(scores.filter((l) => l.startsWith("— หมายถึง"))).toHaveLength(1);
    // The score sheet points to the analysis instead of repeating the reason.
    expect(scores.join(" ")).not.toContain("ประเด็นการประเมินต่างจาก");
  });

  test("indicators missing last year: listed, '—' in the table, their previous bar left empty", () => {
    const prev = byTools(80, 80, 80);
    delete prev["6"];
    delete prev["7"];
    const now = current(2564, byTools(85, 85, 85));
    const p = plan(now, [{ fiscalYear: 2563, indicators: prev }]);
    const part = comparisonPart(p);
    expect(part.join(" ")).toContain(
      "ไม่มีคะแนนตัวชี้วัดที่ 6 และ 7 ของปีงบประมาณ พ.ศ. 2563 จึงไม่ได้เปรียบเทียบตัวชี้วัดดังกล่าว"
    );
    expect(part.join(" ")).toContain(
      "ตัวชี้วัดทั้ง 8 ตัวชี้วัดที่เปรียบเทียบได้มีคะแนนเพิ่มขึ้นทุกตัว ตัวชี้วัดที่คะแนนเพิ่มขึ้นมากที่สุด คือ"
    );
    // All rose by 5: a tie, named together.
    expect(part.join(" ")).toContain("เพิ่มขึ้นเท่ากันตัวละ 5.00 คะแนน");
    expect(part.join(" ")).not.toContain("ลดลงมากที่สุด");
    const s = role(p, "scores");
    const lines = texts(s);
    expect(lines).toContain("ตัวชี้วัดที่ 6 | — | 85 | —");
    const prevSeries = s.charts[0].previous!;
    const values = s.rows
      .slice(prevSeries.fromRow, prevSeries.toRow + 1)
      .map((r) => r.cells[prevSeries.col].value);
    expect(values.filter((v) => typeof v === "number")).toHaveLength(8);
  });

  test("this year's missing indicators are listed too; the rest is compared", () => {
    const ind = byTools(85, 85, 85);
    delete ind["8"];
    const p = plan(current(2564, ind), [{ fiscalYear: 2563, indicators: byTools(80, 80, 80) }]);
    expect(comparisonPart(p).join(" ")).toContain(
      "ไม่มีคะแนนตัวชี้วัดที่ 8 ของปีงบประมาณ พ.ศ. 2564 จึงไม่ได้เปรียบเทียบตัวชี้วัดดังกล่าว"
    );
  });

  test("all unchanged: one sentence, no 'most'", () => {
    const p = plan(current(2564, byTools(80, 80, 80)), [
      { fiscalYear: 2563, indicators: byTools(80, 80, 80) },
    ]);
    const all = comparisonPart(p).join(" ");
    expect(all).toContain("ตัวชี้วัดทั้ง 10 ตัวชี้วัดที่เปรียบเทียบได้มีคะแนนเท่าเดิม");
    expect(all).toContain("คะแนนรวมปีงบประมาณ พ.ศ. 2564 เท่าเดิม");
    expect(all).not.toContain("มากที่สุด");
  });

  test("all fell: the fall is not set against a rise", () => {
    const p = plan(current(2564, byTools(70, 72, 75)), [
      { fiscalYear: 2563, indicators: byTools(80, 80, 80) },
    ]);
    const all = comparisonPart(p).join(" ");
    expect(all).toContain("ตัวชี้วัดทั้ง 10 ตัวชี้วัดที่เปรียบเทียบได้มีคะแนนลดลงทุกตัว ตัวชี้วัดที่คะแนนลดลงมากที่สุด คือ");
    expect(all).not.toContain("ส่วนตัวชี้วัด");
  });
});

describe("three to five years: a trend paragraph, a table and a chart of the totals", () => {
  const now = current(2565, byTools(80, 80, 80));
  const p = plan(now, [
    { fiscalYear: 2563, total: 72.5 },
    { fiscalYear: 2562, total: 70 },
    { fiscalYear: 2564, total: 72.5 },
  ]);

  test("rising: every total, the overall change", () => {
    const part = comparisonPart(p);
    expect(part[0]).toBe("ผลการประเมินเทียบกับปีที่ผ่านมา");
    expect(part[part.length - 1]).toBe(
      "คะแนนรวมย้อนหลัง 4 ปี ได้แก่ พ.ศ. 2562 ได้ 70.00 คะแนน พ.ศ. 2563 ได้ 72.50 คะแนน พ.ศ. 2564 ได้ 72.50 คะแนน และพ.ศ. 2565 ได้ 80.00 คะแนน" +
        " คะแนนรวมมีแนวโน้มเพิ่มขึ้นโดยไม่มีปีใดลดลง ตลอดช่วงเพิ่มขึ้นรวม 10.00 คะแนน"
    );
  });

  test("mixed with a gap: best and worst years, net change, the missing year", () => {
    const mixed = comparisonPart(
      plan(current(2566, byTools(80, 80, 80)), [
        { fiscalYear: 2562, total: 80 },
        { fiscalYear: 2564, total: 75.3 },
      ])
    );
    const last = mixed[mixed.length - 1];
    expect(last).toContain("(ไม่มีคะแนนของปีงบประมาณ พ.ศ. 2563 และ 2565)");
    expect(last).toContain(
      "คะแนนรวมขึ้นลงสลับกัน ปีที่ได้คะแนนรวมสูงสุด คือ พ.ศ. 2562 และ 2566 และต่ำสุด คือ พ.ศ. 2564 โดยปีล่าสุดเท่ากับปีแรก"
    );
    const steady = comparisonPart(
      plan(current(2564, byTools(60, 60, 60)), [
        { fiscalYear: 2562, total: 60 },
        { fiscalYear: 2563, total: 60 },
      ])
    );
    // A level that did not move is said too.
    expect(steady[steady.length - 1]).toMatch(
      /คะแนนรวมคงที่ทุกปี ระดับผลการประเมินไม่เปลี่ยนเลยตั้งแต่ปีงบประมาณ พ\.ศ\. 2562 โดยทุกปีอยู่ในระดับ D$/
    );
    const falling = comparisonPart(
      plan(current(2564, byTools(60, 60, 60)), [
        { fiscalYear: 2562, total: 80 },
        { fiscalYear: 2563, total: 70.01 },
      ])
    );
    expect(falling[falling.length - 1]).toMatch(/ตลอดช่วงลดลงรวม 20\.00 คะแนน$/);
  });

  test("score sheet: the totals by year with their change and level, and a chart of them", () => {
    const s = role(p, "scores");
    const lines = texts(s);
    const at = lines.indexOf("คะแนนรวมย้อนหลัง");
    expect(lines.slice(at + 1, at + 6)).toEqual([
      "ปีงบประมาณ | คะแนนรวม | ผลต่าง | ระดับผลการประเมิน",
      "พ.ศ. 2562 | 70 | — | C",
      "พ.ศ. 2563 | 72.5 | +2.50 | C",
      "พ.ศ. 2564 | 72.5 | 0.00 | C",
      "พ.ศ. 2565 | 80 | +7.50 | B",
    ]);
    expect(s.charts).toHaveLength(2);
    const trend = s.charts[1];
    expect(trend.title).toBe("คะแนนรวม พ.ศ. 2562-2565");
    expect(trend.threshold).toBeUndefined();
    expect(trend.previous).toBeUndefined();
    const col = (c: number): unknown[] =>
      s.rows.slice(trend.values.fromRow, trend.values.toRow + 1).map((r) => r.cells[c].value);
    expect(col(trend.categories.col)).toEqual(["พ.ศ. 2562", "พ.ศ. 2563", "พ.ศ. 2564", "พ.ศ. 2565"]);
    expect(col(trend.values.col)).toEqual([70, 72.5, 72.5, 80]);
    // The chart sits on reserved empty rows after the indicator chart's, and never over a page break.
    const { row, rows } = trend.anchor;
    const main = s.charts[0].anchor;
    expect(row).toBeGreaterThanOrEqual(main.row + main.rows);
    for (const r of s.rows.slice(row, row + rows)) expect(r.cells).toEqual([]);
    for (const b of s.pageBreaks ?? []) expect(b <= row || b >= row + rows).toBe(true);
  });

  test("Thai digits in the trend table and the chart's category cells", () => {
    const s = role(
      plan(
        now,
        [
          { fiscalYear: 2562, total: 70 },
          { fiscalYear: 2563, total: 72.5 },
        ],
        "thai"
      ),
      "scores"
    );
    const trend = s.charts[1];
    expect(s.rows[trend.categories.fromRow].cells[0].value).toBe("พ.ศ. ๒๕๖๒");
    expect(s.rows[trend.values.fromRow].cells[1].style?.numFmt).toBe("[$-D00041E]0.00");
  });
});

describe("phrases", () => {
  test("every new key is described for the phrase sheet and listed in it", () => {
    const keys = Object.keys(defaultPhrases).filter((k) => /^(cmp|scores\.(cmp|trend))\./.test(k));
    expect(keys.length).toBeGreaterThan(40);
    for (const k of keys) expect({ k, d: describeKey(k) !== "" }).toEqual({ k, d: true });
    const sheetKeys = phraseSheetPlan().rows.map((r) => r.cells[0].value);
    for (const k of keys) expect(sheetKeys).toContain(k);
  });

  test("an edited comparison phrase read back from the sheet reaches the report", () => {
    const rows = phraseSheetPlan().rows.map((r) => r.cells.map((c) => c.value));
    const at = rows.findIndex((r) => r[0] === "cmp.total.reference");
    rows[at][1] = "คะแนนรวมปีงบประมาณ พ.ศ. {prevYear} คือ {prev} คะแนน (ใช้กรอบการประเมินเดิม)";
    const read = phrasesFromRows(rows);
    expect(read.warnings).toEqual([]);
    const part = comparisonPart(
      plan(seedAssessment(), [{ fiscalYear: 2561, total: 70 }], "arabic", read.phrases)
    );
    expect(part[1]).toBe("คะแนนรวมปีงบประมาณ พ.ศ. 2561 คือ 70.00 คะแนน (ใช้กรอบการประเมินเดิม)");
  });

  test("comparisonParagraphs is empty without a comparison", () => {
    const ctx = makeContext(seedAssessment(), { agency: AGENCY, digits: "thai" });
    expect(comparisonParagraphs(ctx)).toEqual([]);
  });
});

describe("trend: the years that stalled, a level that did not move, two scales in one column", () => {
  test("a year whose total moved less than a point is said, with its change", () => {
    const lines = comparisonPart(
      plan(current(2565, byTools(81, 81, 81)), [
        { fiscalYear: 2563, total: 79 },
        { fiscalYear: 2564, total: 80.45 },
      ])
    );
    const trend = lines[lines.length - 1];
    expect(trend).toContain("คะแนนรวมปี พ.ศ. 2565 เปลี่ยนจากปีก่อนหน้าไม่ถึง 1 คะแนน (พ.ศ. 2565 +0.55)");
    // B in every year: the level did not move.
    expect(trend).toContain("ระดับผลการประเมินไม่เปลี่ยนเลยตั้งแต่ปีงบประมาณ พ.ศ. 2563 โดยทุกปีอยู่ในระดับ B");
  });

  test("FY2566 changed the scale: the paragraph and the score sheet's trend table say the column mixes two scales", () => {
    const p = plan(current(2566, byTools(80, 80, 80)), [
      { fiscalYear: 2564, total: 72, level: "C" },
      { fiscalYear: 2565, total: 76, level: "B" },
    ]);
    const lines = comparisonPart(p);
    const note = defaultPhrases["cmp.trend.scaleNote"];
    expect(lines[lines.length - 1]).toContain(note);
    expect(lines.join(" ")).not.toContain("ไม่เปลี่ยนเลย");
    const scores = texts(role(p, "scores"));
    const at = scores.indexOf("คะแนนรวมย้อนหลัง");
    expect(at).toBeGreaterThan(0);
    expect(scores.slice(at).some((l) => l.includes("ต้องปรับปรุง"))).toBe(true);
    expect(scores.slice(at).some((l) => l.includes("| C"))).toBe(true);
    expect(scores).toContain(note);
  });
});

describe("a trend that starts with a year of the earlier instrument (FY2561)", () => {
  test("no rise or fall summed across it; no change beside the first ten-indicator year", () => {
    const p = plan(seedAssessment(), [
      { fiscalYear: 2560, total: 65 },
      { fiscalYear: 2561, total: 70 },
    ]);
    const lines = comparisonPart(p);
    const trend = lines[lines.length - 1];
    expect(trend).toContain("คะแนนรวมย้อนหลัง 3 ปี");
    expect(trend).toContain(
      "คะแนนของปีงบประมาณ พ.ศ. 2560 และ 2561 ใช้กรอบการประเมินเดิม จึงแสดงไว้เพื่ออ้างอิงเท่านั้น"
    );
    expect(trend).not.toMatch(/เพิ่มขึ้นรวม|ขึ้นลงสลับกัน|โดยปีล่าสุด/);
    const scores = texts(role(p, "scores"));
    const at = scores.indexOf("คะแนนรวมย้อนหลัง");
    expect(scores.slice(at).find((l) => l.startsWith("พ.ศ. 2562 |"))).toMatch(
      /^พ\.ศ\. 2562 \| 76\.05 \| — \|/
    );
  });
});

describe("last year's tool scores computed from its indicators are marked as computed", () => {
  test("FY2566 given by indicators only: the paragraph and the score sheet say its tools are computed", () => {
    const earlier: EarlierYear = {
      fiscalYear: 2562,
      indicators: { ...SEED_INDICATORS, "9": 55.85 },
      total: 76.05,
    };
    const p = plan(current(2563, byTools(85, 80, 82)), [earlier]);
    const text = comparisonPart(p).join(" ");
    expect(text).toContain(
      "คะแนน IIT EIT และ OIT ของปีงบประมาณ พ.ศ. 2562 เป็นค่าที่คำนวณจากคะแนนรายตัวชี้วัด ไม่ใช่คะแนนที่ประกาศ"
    );
    const scores = texts(role(p, "scores"));
    expect(scores.some((l) => l.startsWith("IIT (พ.ศ. 2562 คำนวณ) |"))).toBe(true);
    // Typed tool scores (the seed as published) are not marked.
    const typed = plan(current(2563, byTools(85, 80, 82)), [SEED_AS_EARLIER]);
    expect(comparisonPart(typed).join(" ")).not.toContain("เป็นค่าที่คำนวณจากคะแนนรายตัวชี้วัด");
    expect(texts(role(typed, "scores")).some((l) => l.startsWith("IIT |"))).toBe(true);
  });
});
