/**
 * Issue 16's open points: section ๔'s tool interpretation by score band (the same four bands as section
 * ๓: from 90, 85-90, 70-85, below 70) in the agency kind's words, never "keep" for a tool the next level
 * needs higher; a รพ.สต. transferred to an อบจ. (its own งาน, the อบจ.'s words where the report speaks
 * of the parent). Read on the text of the analysis and measures sheets of every fixture.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw, type Assessment, type RawInput } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { adviseNextLevel } from "../../src/core/advice";
import { allCases, caseNamed, FIXTURES_DIR, sheetLines, type FixtureCase } from "./fixtures";
import { composeReport, phrasesFromRows } from "../../src/report";
import {
  agencyFullName,
  agencyKind,
  headTitle,
  transferredTo,
  unitFor,
} from "../../src/report/agency";

type Case = FixtureCase;
const ALL: Case[] = allCases();
const byName = (n: string): Case => caseNamed(ALL, n);

const TOOLS = [
  { id: "IIT", name: "แบบวัด IIT", score: (a: Assessment) => a.iit },
  { id: "EIT", name: "แบบวัด EIT", score: (a: Assessment) => a.eit },
  { id: "OIT", name: "แบบตรวจ OIT", score: (a: Assessment) => a.oit },
] as const;

/** The band of a tool score, by the edges (written here, not taken from the code). */
const band = (v: number): "high" | "near" | "mid" | "low" =>
  v >= 90 ? "high" : v >= 85 ? "near" : v >= 70 ? "mid" : "low";

/** Words that only the band's interpretation carries, per tool. */
const MARKS: Record<string, Record<string, RegExp>> = {
  IIT: {
    high: /เกือบทั้งหมดเชื่อมั่น/,
    near: /ส่วนใหญ่เชื่อมั่น.*แต่ยังมีส่วนหนึ่งที่ยังไม่มั่นใจ/,
    mid: /จำนวนไม่น้อยยังไม่มั่นใจ/,
    low: /จำนวนมากยังไม่มั่นใจ.*ผู้บริหารต้องแก้ไขโดยเร่งด่วน/,
  },
  EIT: {
    high: /เกือบทั้งหมดเชื่อมั่น/,
    near: /ส่วนใหญ่เชื่อมั่น.*แต่ยังมีส่วนหนึ่งที่ยังไม่มั่นใจ/,
    mid: /จำนวนไม่น้อยยังไม่มั่นใจ/,
    low: /จำนวนมากยังไม่มั่นใจ.*ผู้บริหารต้องแก้ไขโดยเร่งด่วน/,
  },
  OIT: {
    high: /เกือบทุกรายการและเป็นปัจจุบัน/,
    near: /เป็นส่วนใหญ่ แต่ยังมีบางรายการ/,
    mid: /ในหลายรายการ/,
    low: /ในรายการจำนวนมาก ผู้บริหารต้อง/,
  },
};

/** Section ๔'s paragraph of a tool: "แบบวัด IIT ได้ 87.46 คะแนน ผลนี้บ่งชี้ว่า...". */
function toolParagraph(c: Case, tool: (typeof TOOLS)[number]): string | undefined {
  return sheetLines(c.plan, "analysis").find((l) => l.startsWith(`${tool.name} ได้ `));
}

describe("section ๔: the tool's words follow its score band", () => {
  test("every tool of every fixture: the band's words, and only that band's", () => {
    const seen = new Set<string>();
    for (const c of ALL) {
      for (const tool of TOOLS) {
        const v = tool.score(c.a);
        if (v === null) continue;
        const text = toolParagraph(c, tool);
        expect({ c: c.name, tool: tool.id, found: text !== undefined }).toEqual({
          c: c.name,
          tool: tool.id,
          found: true,
        });
        const b = band(v);
        seen.add(`${tool.id}.${b}`);
        for (const [other, re] of Object.entries(MARKS[tool.id]))
          expect({ c: c.name, tool: tool.id, v, band: other, has: re.test(text ?? "") }).toEqual({
            c: c.name,
            tool: tool.id,
            v,
            band: other,
            has: other === b,
          });
        expect(text).not.toMatch(/วิกฤต/);
      }
    }
    // The fixtures reach every band of every tool.
    for (const t of ["IIT", "EIT", "OIT"])
      for (const b of ["high", "near", "mid", "low"]) expect(seen).toContain(`${t}.${b}`);
  });

  test("the edges: 89.99 is near, 90 is high, 85 near, 84.99 mid, 70 mid, 69.99 low", () => {
    const c = byName("fy2568-school");
    const edited = (iit: number): string => {
      // The school's IIT indicators all set to one value: the tool's score is that value.
      const obj = JSON.parse(readFileSync(join(FIXTURES_DIR, "fy2568-school.json"), "utf8"));
      for (const id of ["1", "2", "3", "4", "5"]) obj.indicators[id] = iit;
      const it = rawFromJson(obj).items[0];
      const r = assessRaw(it.raw as RawInput);
      const plan = composeReport(r.assessment as Assessment, {
        agency: c.agency,
        digits: "arabic",
        date: c.agency.date,
      });
      return sheetLines(plan, "analysis").find((l) => l.startsWith("แบบวัด IIT ได้ ")) ?? "";
    };
    const cases: Array<[number, "high" | "near" | "mid" | "low"]> = [
      [90, "high"],
      [89.99, "near"],
      [85, "near"],
      [84.99, "mid"],
      [70, "mid"],
      [69.99, "low"],
    ];
    for (const [v, b] of cases)
      expect({ v, ok: MARKS.IIT[b].test(edited(v)) }).toEqual({ v, ok: true });
  });

  test("in the agency kind's words: a school's teachers and parents, a health office's units, a department's contacts", () => {
    const school = byName("fy2568-school");
    expect(toolParagraph(school, TOOLS[0])).toContain("ครูและบุคลากรทางการศึกษาจำนวนไม่น้อย");
    expect(toolParagraph(school, TOOLS[1])).toContain("ผู้ปกครองและชุมชนจำนวนไม่น้อย");
    expect(toolParagraph(school, TOOLS[1])).toContain("ให้นักเรียน ผู้ปกครอง และชุมชนรับรู้");
    const pho = byName("fy2568-provincial-health");
    expect(toolParagraph(pho, TOOLS[1])).toContain("ผู้รับบริการและหน่วยบริการที่ติดต่อส่วนใหญ่เชื่อมั่น");
    const centre = byName("fy2568-health-centre");
    expect(toolParagraph(centre, TOOLS[1])).toContain("ผู้รับบริการในพื้นที่ส่วนใหญ่");
    const dept = byName("fy2567-department-responsible");
    expect(toolParagraph(dept, TOOLS[1])).toContain("ผู้รับบริการและหน่วยงานที่ติดต่อเกือบทั้งหมด");
    const weak = byName("fy2567-below-70");
    expect(toolParagraph(weak, TOOLS[1])).toContain("ประชาชนผู้รับบริการจำนวนมาก");
    // No school word outside a school.
    for (const c of ALL.filter((x) => agencyKind(x.agency) !== "school"))
      expect({
        c: c.name,
        teachers: sheetLines(c.plan, "analysis").join("\n").includes("ครูและบุคลากร"),
      }).toEqual({ c: c.name, teachers: false });
  });

  test("a tool the next level needs higher is never told to keep its course", () => {
    let gaps = 0;
    for (const c of ALL) {
      const advice = adviseNextLevel(c.a);
      const analysis = sheetLines(c.plan, "analysis");
      for (const tool of TOOLS) {
        const gap = advice?.toolGaps.find((g) => g.tool === tool.id);
        if (!gap || tool.score(c.a) === null) continue;
        gaps++;
        const text = toolParagraph(c, tool) ?? "";
        expect(text).not.toMatch(/ควรรักษา/);
        expect(analysis.some((l) => l.startsWith(`ไม่มีตัวชี้วัดของ${tool.name} `))).toBe(false);
        // Said once: after the band's words, or in the paragraph naming the indicators to raise.
        const said =
          text.includes(`ทั้งนี้ หากต้องการเลื่อนขึ้นเป็นระดับ${advice?.target.labelTh}`) ||
          analysis.some((l) => l.startsWith(`ตัวชี้วัดทุกตัวของ${tool.name} ได้ตั้งแต่`));
        expect({ c: c.name, tool: tool.id, said }).toEqual({
          c: c.name,
          tool: tool.id,
          said: true,
        });
      }
    }
    expect(gaps).toBeGreaterThanOrEqual(6);
    // A health centre whose three tools are all below 95: each says what ผ่านดีเยี่ยม needs of it.
    const centre = byName("fy2568-health-centre");
    expect(toolParagraph(centre, TOOLS[0])).toContain(
      "ทั้งนี้ หากต้องการเลื่อนขึ้นเป็นระดับผ่านดีเยี่ยม ต้องได้คะแนนแบบวัด IIT ตั้งแต่ 95 คะแนน คือเพิ่มขึ้นอีก 5.30 คะแนน"
    );
  });
});

describe("a รพ.สต. transferred to an อบจ.", () => {
  const pao = byName("fy2567-health-centre-pao");

  test("the type marks it; the อบจ. is named from the type, else from the province", () => {
    expect(agencyKind(pao.agency)).toBe("healthCentre");
    expect(transferredTo(pao.agency)).toBe("องค์การบริหารส่วนจังหวัดขอนแก่น");
    const base = { name: "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านนา", province: "จังหวัดอุดรธานี" };
    expect(transferredTo({ ...base, type: "รพ.สต. สังกัด อบจ.อุดรธานี" })).toBe(
      "องค์การบริหารส่วนจังหวัดอุดรธานี"
    );
    expect(transferredTo({ ...base, type: "รพ.สต. ถ่ายโอนภารกิจ" })).toBe(
      "องค์การบริหารส่วนจังหวัดอุดรธานี"
    );
    // Not transferred: no mark in the type; not a รพ.สต.: never.
    expect(transferredTo({ ...base, type: "โรงพยาบาลส่งเสริมสุขภาพตำบล" })).toBeNull();
    expect(transferredTo(byName("fy2568-health-centre").agency)).toBeNull();
    expect(
      transferredTo({ name: "องค์การบริหารส่วนจังหวัดขอนแก่น", type: "องค์การบริหารส่วนจังหวัด" })
    ).toBeNull();
  });

  test("its own งาน and head where the report speaks of itself; the อบจ.'s words for its staff and audit", () => {
    expect(unitFor(pao.agency, "admin")).toBe("งานบริหารทั่วไป");
    expect(unitFor(pao.agency, "procurement")).toBe("งานการเงินและพัสดุ");
    expect(unitFor(pao.agency, "hr")).toBe("งานบริหารทั่วไป (ร่วมกับกองการเจ้าหน้าที่ อบจ.)");
    expect(unitFor(pao.agency, "audit")).toBe("หน่วยตรวจสอบภายใน อบจ.ขอนแก่น");
    // A รพ.สต. not transferred keeps its own units for both.
    const own = byName("fy2568-health-centre").agency;
    expect(unitFor(own, "hr")).toBe("งานบริหารทั่วไป");
    expect(unitFor(own, "audit")).not.toMatch(/อบจ/);
    // The head who approves is its own director.
    expect(headTitle(pao.agency)).toBe("ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสะอาด");
    const measures = sheetLines(pao.plan, "measures");
    expect(measures).toContain("ตำแหน่ง ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสะอาด");
    // Indicator 3 (81.35) is a measure of personnel: the อบจ.'s division is named with the รพ.สต.'s งาน.
    const rows = measures.filter((l) => /^\d+\. /.test(l) && l.split(" | ").length === 6);
    const hr = rows.find((l) => l.includes("(ตัวชี้วัดที่ 3 ได้ 81.35 คะแนน)"));
    expect(hr?.split(" | ")[2]).toBe("งานบริหารทั่วไป (ร่วมกับกองการเจ้าหน้าที่ อบจ.)");
    expect(rows.every((l) => /รายงานผู้อำนวยการ รพ\.สต\./.test(l.split(" | ")[5]))).toBe(true);
    // No กอง of its own: every other owner is one of its งาน or the อบจ.'s audit.
    for (const l of rows)
      expect(l.split(" | ")[2]).toMatch(/^(งาน|หน่วยตรวจสอบภายใน อบจ\.|เจ้าหน้าที่|ผู้ดูแล)/);
  });

  test("its full name says whose it is, in the title and the total sentence", () => {
    const full = "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสะอาด อำเภอชุมแพ สังกัดองค์การบริหารส่วนจังหวัดขอนแก่น";
    expect(agencyFullName(pao.agency)).toBe(full);
    const analysis = sheetLines(pao.plan, "analysis").join("\n");
    expect(analysis).toContain(full);
    expect(analysis).not.toContain("จังหวัดขอนแก่น สังกัด");
    // A รพ.สต. not transferred: the province, as before.
    expect(agencyFullName(byName("fy2568-health-centre").agency)).toBe(
      "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองไผ่ อำเภอชุมแพ จังหวัดขอนแก่น"
    );
  });
});

describe("re-read by eye: the verdict of a failing level", () => {
  test("names the edge that decides the level: below 70 for ต้องปรับปรุงโดยด่วน, below 85 for ต้องปรับปรุง", () => {
    const low = sheetLines(byName("fy2567-below-70").plan, "analysis").join("\n");
    expect(low).toContain(
      "หน่วยงานได้คะแนนรวมต่ำกว่า 70 คะแนน ผลการประเมินจึงอยู่ในระดับต้องปรับปรุงโดยด่วน ซึ่งยังไม่ผ่านการประเมิน"
    );
    const school = sheetLines(byName("fy2568-school").plan, "analysis").join("\n");
    expect(school).toContain(
      "หน่วยงานได้คะแนนรวมต่ำกว่า 85 คะแนน ผลการประเมินจึงอยู่ในระดับต้องปรับปรุง ซึ่งยังไม่ผ่านการประเมิน"
    );
    for (const c of ALL)
      expect({
        c: c.name,
        wrongEdge: /ต่ำกว่า 85 คะแนน ผลการประเมินจึงอยู่ในระดับต้องปรับปรุงโดยด่วน/.test(
          sheetLines(c.plan, "analysis").join("\n")
        ),
      }).toEqual({ c: c.name, wrongEdge: false });
  });

  test("the published-figures note: no space before ในรายงานนี้ after a Thai word, one after a Latin name", () => {
    let n = 0;
    for (const c of ALL)
      for (const l of sheetLines(c.plan, "analysis").filter((x) =>
        x.includes("ในรายงานนี้เป็นตัวเลข")
      )) {
        n++;
        const before = l.slice(0, l.indexOf("ในรายงานนี้เป็นตัวเลข"));
        expect({ c: c.name, before }).toEqual({
          c: c.name,
          before: /[A-Za-z] $/.test(before) ? before : before.trimEnd(),
        });
      }
    expect(n).toBeGreaterThan(5);
    expect(sheetLines(byName("fy2568-school").plan, "analysis")).toContain(
      "คะแนนรวมในรายงานนี้เป็นตัวเลขที่สำนักงาน ป.ป.ช. ประกาศ ซึ่งอาจต่างจากค่าที่คำนวณจากคะแนนรายตัวชี้วัดได้ไม่เกิน 0.01 คะแนนเพราะการปัดเศษ"
    );
  });
});

describe("the band keys in the editable phrase sheet", () => {
  test("an edited band text is used; a sheet of an earlier version (tool.X.mid, for 85-95) is reported, not misread", () => {
    const rows = [
      ["key", "ข้อความ"],
      ["tool.IIT.from70", "ข้อความที่แก้แล้วสำหรับ {staff}"],
      ["tool.IIT.mid", "ผลนี้บ่งชี้ว่าบุคลากรภายในส่วนใหญ่เชื่อมั่น"],
    ];
    const { phrases, warnings } = phrasesFromRows(rows);
    expect(phrases["tool.IIT.from70"]).toBe("ข้อความที่แก้แล้วสำหรับ {staff}");
    expect(phrases["tool.IIT.mid"]).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.cell])).toEqual([
      ["phrase-unknown-key", "'ข้อความรายงาน ITA'!A3"],
    ]);
    const c = byName("fy2568-school");
    const plan = composeReport(
      c.a,
      { agency: c.agency, digits: "arabic", date: c.agency.date },
      phrases
    );
    expect(sheetLines(plan, "analysis").find((l) => l.startsWith("แบบวัด IIT ได้"))).toBe(
      "แบบวัด IIT ได้ 80.94 คะแนน ข้อความที่แก้แล้วสำหรับ ครูและบุคลากรทางการศึกษา"
    );
  });
});
