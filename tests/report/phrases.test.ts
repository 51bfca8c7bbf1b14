/**
 * The phrase library: complete defaults, the editable sheet, reading edits back (unknown keys, empty
 * texts, bad placeholders), and an edited phrase reaching the report.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import {
  composeReport,
  phraseSheetPlan,
  phrasesFromRows,
  PHRASE_SHEET_NAME,
} from "../../src/report";
import { defaultPhrases, keyForYear } from "../../src/report/phrases";
import { placeholdersOf } from "../../src/report/format";

const SEED = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8"));
const item = rawFromJson(SEED).items[0];
const assessment = assessRaw(item.raw).assessment;

function gridOf(plan: ReturnType<typeof phraseSheetPlan>): unknown[][] {
  return plan.rows.map((r) => r.cells.map((c) => c.value));
}

describe("default phrases", () => {
  test("every indicator, tool band and standing measure has Thai text", () => {
    for (let i = 1; i <= 10; i++) {
      for (const k of ["about", "strength", "develop", "issues", "improve"])
        expect(defaultPhrases[`indicator.${i}.${k}`]).toMatch(/[ก-๙]/);
      expect(defaultPhrases[`measure.indicator.${i}.title`]).toMatch(/[ก-๙]/);
      expect(defaultPhrases[`measure.indicator.${i}.steps`]).toMatch(/[ก-๙]/);
    }
    for (const t of ["IIT", "EIT", "OIT"])
      for (const b of ["title", "from90", "from85", "from70", "below70"])
        expect(defaultPhrases[`tool.${t}.${b}`]).toMatch(/[ก-๙]/);
    expect(defaultPhrases["measure.standing.1.title"]).toContain("เจตจำนงสุจริต");
  });

  test("no doubled spaces, no stray spaces at the ends, no Thai digits (digits are applied later)", () => {
    for (const [k, v] of Object.entries(defaultPhrases)) {
      expect({ k, bad: / {2}|^ | $|[๐-๙]/.test(v) }).toEqual({
        k,
        bad: false,
      });
    }
  });
});

describe("phrase sheet", () => {
  test("key | ข้อความ | คำอธิบาย, one row per key, placeholders listed", () => {
    const plan = phraseSheetPlan();
    expect(plan.role).toBe("phrases");
    expect(plan.name).toBe(PHRASE_SHEET_NAME);
    expect(plan.rows[0].cells.map((c) => c.value)).toEqual(["key", "ข้อความ", "คำอธิบาย"]);
    expect(plan.rows).toHaveLength(Object.keys(defaultPhrases).length + 1);
    const s2 = plan.rows.find((r) => r.cells[0].value === "s2.title");
    expect(String(s2?.cells[2].value)).toContain("{agencyFull}");
    // A variant by year says from which year it applies.
    const v = plan.rows.find((r) => r.cells[0].value === "indicator.10.about.fy2566");
    expect(String(v?.cells[2].value)).toContain("ตั้งแต่ปีงบประมาณ พ.ศ. 2566");
  });

  test("reading the unedited sheet gives the defaults, no warnings", () => {
    const r = phrasesFromRows(gridOf(phraseSheetPlan()));
    expect(r.warnings).toEqual([]);
    expect(r.phrases).toEqual(defaultPhrases);
  });

  test("edits are used; unknown keys, empty texts, bad placeholders warned with their cell; the rest default", () => {
    const grid = gridOf(phraseSheetPlan());
    const rowOf = (key: string): number => grid.findIndex((r) => r[0] === key);
    grid[rowOf("s1.title")][1] = "ความเป็นมาและเหตุผล";
    grid[rowOf("s3.intro")][1] = "ผลการวิเคราะห์ ใช้เกณฑ์ {threshold} คะแนน";
    grid[rowOf("s2.highest")][1] = "สูงสุดคือ {lst}";
    grid[rowOf("s2.lowest")][1] = "   ";
    grid.push(["no.such.key", "ข้อความ"]);
    const r = phrasesFromRows(grid);
    expect(r.phrases["s1.title"]).toBe("ความเป็นมาและเหตุผล");
    expect(r.phrases["s3.intro"]).toBe("ผลการวิเคราะห์ ใช้เกณฑ์ {threshold} คะแนน");
    expect(r.phrases["s2.highest"]).toBe(defaultPhrases["s2.highest"]);
    expect(r.phrases["s2.lowest"]).toBe(defaultPhrases["s2.lowest"]);
    const byCode = Object.fromEntries(r.warnings.map((w) => [w.code, w]));
    expect(byCode["phrase-placeholder"].cell).toBe(
      `'${PHRASE_SHEET_NAME}'!B${rowOf("s2.highest") + 1}`
    );
    expect(byCode["phrase-placeholder"].th).toContain("{lst}");
    expect(byCode["phrase-placeholder"].en).toContain("{lst}");
    expect(byCode["phrase-empty"].cell).toBe(`'${PHRASE_SHEET_NAME}'!B${rowOf("s2.lowest") + 1}`);
    expect(byCode["phrase-unknown-key"].cell).toBe(`'${PHRASE_SHEET_NAME}'!A${grid.length}`);
    // A sheet with only a few rows: the missing keys fall back to the default.
    const few = phrasesFromRows([
      ["key", "ข้อความ"],
      ["s4.title", "ข้อเสนอแนะ"],
    ]);
    expect(few.warnings).toEqual([]);
    expect(few.phrases["s4.title"]).toBe("ข้อเสนอแนะ");
    expect(few.phrases["s1.title"]).toBe(defaultPhrases["s1.title"]);
  });

  test("an edited phrase reaches the report", () => {
    const { phrases } = phrasesFromRows([
      ["key", "ข้อความ"],
      ["s1.title", "ความเป็นมาและเหตุผล"],
      ["indicator.8.develop", "ควรเร่งปรับปรุงระบบงานบริการ {x}"],
    ]);
    if (!assessment) throw new Error("seed does not assess");
    const plan = composeReport(
      assessment,
      { agency: item.agency ?? { name: "" }, digits: "thai" },
      phrases
    );
    const lines = plan.sheets[0].rows.map((r) => String(r.cells[0]?.value ?? ""));
    expect(lines).toContain("๑. ความเป็นมาและเหตุผล");
    expect(lines.some((l) => l.includes("ควรเร่งปรับปรุงระบบงานบริการ"))).toBe(false);
    // The edit used an unknown placeholder: the default (with its opening and band words) stays.
    expect(placeholdersOf(phrases["indicator.8.develop"])).toEqual(["lead", "who"]);
  });

  test("new keys read back from the sheet: a year variant and a measures column reach the report", () => {
    const { phrases, warnings } = phrasesFromRows([
      ["key", "ข้อความ"],
      ["indicator.9.about.fy2567", "สะท้อนข้อมูลบนเว็บไซต์ตามเกณฑ์ปี 2567"],
      ["s5.col.target", "เป้าหมาย"],
    ]);
    expect(warnings).toEqual([]);
    const a = assessRaw({ ...item.raw, fiscalYear: { value: 2567 } }).assessment;
    if (!a) throw new Error("does not assess");
    const plan = composeReport(a, { agency: { name: "กรมตัวอย่าง" }, digits: "arabic" }, phrases);
    const all = plan.sheets.flatMap((sh) =>
      sh.rows.flatMap((r) => r.cells.map((c) => String(c.value)))
    );
    expect(all).toContain("เป้าหมาย");
  });
});

describe("texts by year", () => {
  test("the latest variant not after the year is used; the base key before it", () => {
    expect(keyForYear(defaultPhrases, "indicator.10.about", 2565)).toBe("indicator.10.about");
    expect(keyForYear(defaultPhrases, "indicator.10.about", 2566)).toBe(
      "indicator.10.about.fy2566"
    );
    expect(keyForYear(defaultPhrases, "indicator.10.about", 2569)).toBe(
      "indicator.10.about.fy2567"
    );
    expect(keyForYear(defaultPhrases, "indicator.9.issues", 2566)).toBe("indicator.9.issues");
    expect(keyForYear(defaultPhrases, "s1.title", 2569)).toBe("s1.title");
  });

  test("No Gift and ethics items from FY2566; FY2567 sub-indicator names; none in other years", () => {
    expect(defaultPhrases["indicator.10.about"]).not.toContain("No Gift");
    expect(defaultPhrases["indicator.10.about.fy2566"]).toContain("No Gift");
    expect(defaultPhrases["indicator.10.about.fy2566"]).toContain("จริยธรรม");
    expect(defaultPhrases["indicator.10.issues"]).toContain("มาตรการภายในเพื่อป้องกันการทุจริต");
    expect(defaultPhrases["indicator.10.issues.fy2567"]).toContain(
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"
    );
    expect(defaultPhrases["indicator.9.issues"]).not.toContain("การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ");
    expect(defaultPhrases["indicator.9.issues.fy2567"]).toContain("การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ");
  });

  test("no software words in the document's phrases", () => {
    for (const [k, v] of Object.entries(defaultPhrases))
      expect({ k, bad: /ข้อมูลนำเข้า|อินพุต|input/i.test(v) }).toEqual({ k, bad: false });
  });
});
