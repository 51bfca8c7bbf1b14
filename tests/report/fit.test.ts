/**
 * Issue 16, "Measures and words that fit the agency and the verdict": each point checked on the text of
 * the reports of every fixture (agency kinds FY2562-2569, and the new ones: a school, a provincial health
 * office, a department with its own units, a รพ.สต., an agency below 70, an agency whose total passes
 * while EIT does not). The tests read a sheet's text only (all its cells, row by row), so that they hold
 * whatever writes the sheets.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw, type AgencyDetails, type Assessment, type RawInput } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import {
  allCases,
  caseNamed,
  FIXTURES_DIR,
  loadCase,
  sheetLines,
  type FixtureCase,
} from "./fixtures";
import { composeReport, type ReportPlan, type SheetPlan } from "../../src/report";
import { agencyKind, canonicalUnit, headShort, headTitle, unitFor } from "../../src/report/agency";

type Case = FixtureCase;
const ALL: Case[] = allCases();
const byName = (n: string): Case => caseNamed(ALL, n);

/** Every cell's text of a sheet, a row a line. */
function sheetText(plan: ReportPlan, role: SheetPlan["role"]): string {
  return sheetLines(plan, role).join("\n");
}
const lines = (plan: ReportPlan, role: SheetPlan["role"]): string[] =>
  sheetText(plan, role).split("\n");
const everything = (plan: ReportPlan): string =>
  (["analysis", "scores", "measures"] as const).map((r) => sheetText(plan, r)).join("\n");

/** The measures table's rows: "n. title | steps | unit | period | target | follow-up". */
function measureRows(plan: ReportPlan): string[][] {
  return lines(plan, "measures")
    .filter((l) => /^\d+\. /.test(l) && l.split(" | ").length === 6)
    .map((l) => l.split(" | "));
}
const indicatorOf = (row: string[]): string | undefined => /\(ตัวชี้วัดที่ (\d+) ได้/.exec(row[0])?.[1];

/** The indicators the what-if raises, in order (sentence or table). */
function whatIfIds(plan: ReportPlan): string[] {
  const text = lines(plan, "analysis");
  const at = text.findIndex((l) => /^(จุดที่เพิ่มคะแนนได้คุ้มที่สุด|เนื่องจาก)/.test(l));
  if (at < 0) return [];
  const ids = [...text[at].matchAll(/ตัวชี้วัดที่ (\d+) เพิ่มจาก/g)].map((m) => m[1]);
  if (ids.length) return ids;
  const out: string[] = [];
  for (const l of text.slice(at + 1)) {
    const m = /^ตัวชี้วัดที่ (\d+) .* \| จาก /.exec(l);
    if (m) out.push(m[1]);
    else if (out.length && !/^ตัวชี้วัด \|/.test(l)) break;
  }
  return out;
}

describe("the new fixtures are what they say", () => {
  test("kinds, levels and the binding tool", () => {
    expect(agencyKind(byName("fy2568-school").agency)).toBe("school");
    expect(agencyKind(byName("fy2568-provincial-health").agency)).toBe("healthOffice");
    expect(agencyKind(byName("fy2567-department-responsible").agency)).toBe("department");
    expect(agencyKind(byName("fy2568-health-centre").agency)).toBe("healthCentre");
    expect(byName("fy2567-below-70").a.level?.id).toBe("urgent");
    expect(byName("fy2567-below-70").a.total).toBeLessThan(70);
    const tool = byName("fy2567-municipality-tool-below").a;
    expect(tool.total).toBeGreaterThanOrEqual(85);
    expect(tool.eit).toBeLessThan(85);
    expect(tool.level?.id).toBe("pass");
    expect(byName("fy2567-department-responsible").agency.responsible?.length).toBeGreaterThan(5);
  });
});

describe("measures follow the verdict", () => {
  test("the binding tool's weakest indicator is the what-if's and the first measure (total passes, a tool does not)", () => {
    for (const n of [
      "fy2567-municipality-tool-below",
      "fy2566-school-pass",
      "fy2567-previous-2566",
    ]) {
      const c = byName(n);
      const gaps = c.a.profile.tools.filter((t) => {
        const v = { IIT: c.a.iit, EIT: c.a.eit, OIT: c.a.oit }[t.id];
        return v !== null && v < 85;
      });
      expect({ n, binding: gaps.length }).toEqual({ n, binding: 1 });
      const first = indicatorOf(measureRows(c.plan)[0]);
      expect({ n, first }).toEqual({ n, first: whatIfIds(c.plan)[0] });
      expect({ n, inTool: gaps[0].indicators.includes(first as string) }).toEqual({
        n,
        inTool: true,
      });
      expect(measureRows(c.plan)[0][0]).toContain("(เร่งด่วน)");
      expect(everything(c.plan)).toContain(
        `โดยเริ่มจากตัวชี้วัดของแบบวัด ${gaps[0].id} ซึ่งเป็นเงื่อนไขที่ทำให้ผลการประเมินยังไม่ถึงระดับผ่านดี`
      );
    }
  });

  test("in every report the first measure is the first indicator the what-if raises", () => {
    for (const c of ALL) {
      const ids = whatIfIds(c.plan);
      if (!ids.length) continue;
      expect({ n: c.name, first: indicatorOf(measureRows(c.plan)[0]) }).toEqual({
        n: c.name,
        first: ids[0],
      });
    }
  });

  test("every tool above 90 but ผ่านดีเยี่ยม needs IIT and EIT higher: section ๔ says so, the measures do the work", () => {
    for (const n of ["fy2567-department-responsible", "fy2569-department-provisional"]) {
      const c = byName(n);
      const text = sheetText(c.plan, "analysis");
      expect(text).not.toMatch(/ไม่มีตัวชี้วัดของแบบวัด (IIT|EIT) ที่ได้คะแนนต่ำกว่า/);
      expect(text).toMatch(
        /ตัวชี้วัดทุกตัวของแบบวัด IIT ได้ตั้งแต่ 90 คะแนน แต่หากต้องการเลื่อนขึ้นเป็นระดับผ่านดีเยี่ยม ต้องได้คะแนนแบบวัด IIT ตั้งแต่ 95 คะแนน/
      );
      expect(text).toMatch(
        /ตัวชี้วัดทุกตัวของแบบวัด EIT ได้ตั้งแต่ 90 คะแนน แต่หากต้องการเลื่อนขึ้นเป็นระดับผ่านดีเยี่ยม/
      );
      const ids = measureRows(c.plan).map(indicatorOf);
      expect(ids.some((id) => ["1", "2", "3", "4", "5"].includes(id ?? ""))).toBe(true);
      expect(ids.some((id) => ["6", "7", "8"].includes(id ?? ""))).toBe(true);
    }
  });
});

describe("urgency that is true", () => {
  test("the urgent rule names the months the urgent rows carry, and only when a row is urgent; at most three", () => {
    for (const c of ALL) {
      const rows = measureRows(c.plan);
      const urgent = rows.filter((r) => r[0].includes("(เร่งด่วน)"));
      const intro =
        everything(c.plan)
          .split("\n")
          .find((l) => l.startsWith("มาตรการต่อไปนี้")) ?? "";
      expect(intro).not.toContain("ไตรมาสแรก");
      expect({ n: c.name, many: urgent.length <= 3 }).toEqual({ n: c.name, many: true });
      if (!urgent.length) {
        expect({ n: c.name, says: intro.includes("(เร่งด่วน)") }).toEqual({ n: c.name, says: false });
        continue;
      }
      const m = /ควรเริ่มในเดือน(\S+) (\d{4}) และดำเนินการให้แล้วเสร็จภายในเดือน(\S+) (\d{4})/.exec(intro);
      expect({ n: c.name, m: !!m }).toEqual({ n: c.name, m: true });
      // The urgent rows share one three-month period, and a target with a deadline names its end.
      expect(new Set(urgent.map((r) => r[3])).size).toBe(1);
      for (const r of urgent)
        if (r[4].includes("ภายในเดือน")) expect(r[4]).toContain(`ภายในเดือน${m![3]} ${m![4]}`);
    }
  });

  test("a report dated February: urgent measures start in March, after the date, not in October", () => {
    const c = byName("fy2567-below-70");
    expect(c.agency.date).toBe("2025-02-12");
    const intro =
      everything(c.plan)
        .split("\n")
        .find((l) => l.startsWith("มาตรการต่อไปนี้")) ?? "";
    expect(intro).toContain("ควรเริ่มในเดือนมีนาคม 2568 และดำเนินการให้แล้วเสร็จภายในเดือนพฤษภาคม 2568");
    for (const r of measureRows(c.plan))
      expect(r[3]).not.toMatch(/ต\.ค\.|พ\.ย\.|ธ\.ค\.|ม\.ค\.|ก\.พ\./);
  });

  test("no urgent row, no urgent rule (a strong department)", () => {
    const c = byName("fy2563-department-strong");
    expect(measureRows(c.plan).some((r) => r[0].includes("(เร่งด่วน)"))).toBe(false);
    expect(everything(c.plan)).not.toContain("(เร่งด่วน)");
  });
});

describe("OIT by its sub-indicators", () => {
  test("9.5 at 37 and 9.3 at 55: the advice and the measure name what they ask for", () => {
    const c = byName("fy2568-pao-improve");
    const oit = lines(c.plan, "analysis").find((l) => l.startsWith("แบบตรวจ OIT ได้")) ?? "";
    expect(oit).toContain("ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส ได้ 37.00 คะแนน ซึ่งตรวจ");
    expect(oit).toContain("ช่องทางแจ้งเรื่องร้องเรียน");
    expect(oit).toContain("การเปิดโอกาสให้มีส่วนร่วม");
    expect(oit).toContain("ตัวชี้วัดย่อยที่ 9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ได้ 55.00 คะแนน");
    expect(oit).toContain("สรุปผลการจัดซื้อจัดจ้างรายเดือน");
    // The lowest first.
    expect(oit.indexOf("9.5")).toBeLessThan(oit.indexOf("9.3"));
    const nine = measureRows(c.plan).find((r) => indicatorOf(r) === "9") as string[];
    expect(nine[1]).toContain("ช่องทางร้องเรียนการทุจริต");
    expect(nine[1]).toContain("สรุปผลการจัดซื้อจัดจ้างรายเดือน");
    expect(nine[1]).not.toContain("ตรวจรายการข้อมูลตามเกณฑ์");
  });

  test("the below-70 agency: sub-indicators named lowest first, at most three in the sentence", () => {
    const c = byName("fy2567-below-70");
    const oit = lines(c.plan, "analysis").find((l) => l.startsWith("แบบตรวจ OIT ได้")) ?? "";
    const named = [...oit.matchAll(/ตัวชี้วัดย่อยที่ (\d+\.\d)/g)].map((m) => m[1]);
    expect(named).toEqual(["9.5", "9.3", "10.2"]);
  });
});

describe("every measure has an owner of the agency", () => {
  test("the input's units by topic: property, budget, website, personnel, integrity", () => {
    const pao = measureRows(byName("fy2568-pao-improve").plan);
    const unitOf = (rows: string[][], id: string): string =>
      (rows.find((r) => indicatorOf(r) === id) ?? [])[2];
    expect(unitOf(pao, "4")).toBe("กองพัสดุและทรัพย์สิน");
    expect(unitOf(pao, "2")).toBe("กองยุทธศาสตร์และงบประมาณ");
    const dep = measureRows(byName("fy2567-department-responsible").plan);
    expect(unitOf(dep, "4")).toBe("กองพัสดุและทรัพย์สิน");
    expect(unitOf(dep, "2")).toBe("กองยุทธศาสตร์และแผนงาน");
    expect(unitOf(dep, "3")).toBe("กองการเจ้าหน้าที่");
    expect(unitOf(dep, "7")).toBe("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร");
    expect(unitOf(dep, "5")).toBe("ศูนย์ปฏิบัติการต่อต้านการทุจริต");
  });

  test("one name per unit in every measures table; every row has an owner", () => {
    for (const c of ALL) {
      const units = [...new Set(measureRows(c.plan).map((r) => r[2].replace(/\s*\(.*\)$/, "")))];
      for (const u of units)
        expect({ n: c.name, u: u.trim() !== "" }).toEqual({ n: c.name, u: true });
      for (const a of units)
        for (const b of units)
          if (a !== b)
            expect({ n: c.name, a, b, prefix: b.startsWith(a) }).toEqual({
              n: c.name,
              a,
              b,
              prefix: false,
            });
    }
    const pao = byName("fy2568-pao-improve").agency;
    expect(canonicalUnit(pao, "สำนักปลัดองค์การบริหารส่วนจังหวัด")).toBe("สำนักปลัด");
    expect(unitFor(pao, "integrity")).toBe("สำนักปลัด");
  });
});

describe("the agency's own vocabulary", () => {
  test("a school: students, parents, the school board; no queue of citizens, no new service", () => {
    for (const n of ["fy2568-school", "fy2566-school-pass"]) {
      const c = byName(n);
      const text = everything(c.plan);
      expect(text).not.toMatch(/ตามลำดับก่อนหลัง|บริการใหม่|ประชาชน/);
      expect(text).toContain("ผู้ปกครอง");
      expect(text).toContain("คณะกรรมการสถานศึกษาขั้นพื้นฐาน");
      expect(measureRows(c.plan).every((r) => r[5].startsWith("รายงานผู้อำนวยการโรงเรียน"))).toBe(
        true
      );
    }
    expect(sheetText(byName("fy2568-school").plan, "measures")).toContain(
      "ตำแหน่ง ผู้อำนวยการโรงเรียนวัดบ้านดอน"
    );
  });

  test("a provincial health office: กลุ่มงาน, not กอง; headed by the นายแพทย์สาธารณสุขจังหวัด", () => {
    for (const n of ["fy2568-provincial-health", "fy2569-department-provisional"]) {
      const c = byName(n);
      for (const r of measureRows(c.plan)) expect(r[2]).toMatch(/^(ทุก)?กลุ่มงาน/);
      expect(sheetText(c.plan, "measures")).not.toMatch(/\| กอง/);
      expect(measureRows(c.plan)[0][5]).toBe("รายงานนายแพทย์สาธารณสุขจังหวัด ทุก 3 เดือน");
    }
    expect(sheetText(byName("fy2568-provincial-health").plan, "measures")).toContain(
      "ตำแหน่ง นายแพทย์สาธารณสุขจังหวัดขอนแก่น"
    );
  });

  test("a department is headed by its อธิบดี; a รพ.สต. by its director", () => {
    const dep = byName("fy2567-department-responsible").plan;
    expect(sheetText(dep, "measures")).toContain("ตำแหน่ง อธิบดีกรมส่งเสริมสหกรณ์");
    expect(measureRows(dep)[0][5]).toBe("รายงานอธิบดี ทุก 3 เดือน");
    const hc = byName("fy2568-health-centre");
    expect(sheetText(hc.plan, "measures")).toContain(
      "ตำแหน่ง ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองไผ่"
    );
    expect(measureRows(hc.plan)[0][5]).toBe("รายงานผู้อำนวยการ รพ.สต. ทุก 3 เดือน");
    expect(everything(hc.plan)).not.toMatch(/\| กอง|สำนักปลัด/);
  });

  test("every kind of ita-framework.md, and the neutral fallback for a kind the name does not reveal", () => {
    const cases: Array<[AgencyDetails, string, string | null, string]> = [
      [{ name: "องค์การบริหารส่วนตำบลนาดี" }, "local", "นายกองค์การบริหารส่วนตำบลนาดี", "นายก อบต."],
      [{ name: "โรงเรียนบ้านโคก" }, "school", "ผู้อำนวยการโรงเรียนบ้านโคก", "ผู้อำนวยการโรงเรียน"],
      [{ name: "มหาวิทยาลัยขอนแก่น" }, "university", "อธิการบดีมหาวิทยาลัยขอนแก่น", "อธิการบดี"],
      [
        { name: "สำนักงานสาธารณสุขจังหวัดน่าน" },
        "healthOffice",
        "นายแพทย์สาธารณสุขจังหวัดน่าน",
        "นายแพทย์สาธารณสุขจังหวัด",
      ],
      [{ name: "สำนักงานสาธารณสุขอำเภอปัว" }, "healthOffice", "สาธารณสุขอำเภอปัว", "สาธารณสุขอำเภอ"],
      [{ name: "โรงพยาบาลน่าน" }, "hospital", "ผู้อำนวยการโรงพยาบาลน่าน", "ผู้อำนวยการโรงพยาบาล"],
      [{ name: "กรมบัญชีกลาง" }, "department", "อธิบดีกรมบัญชีกลาง", "อธิบดี"],
      [{ name: "การประปาส่วนภูมิภาค" }, "stateEnterprise", "ผู้ว่าการการประปาส่วนภูมิภาค", "ผู้ว่าการ"],
      [{ name: "ชมรมตัวอย่าง" }, "other", null, "หัวหน้าหน่วยงาน"],
    ];
    for (const [agency, kind, head, short] of cases) {
      expect({ n: agency.name, kind: agencyKind(agency) }).toEqual({ n: agency.name, kind });
      expect({ n: agency.name, head: headTitle(agency) }).toEqual({ n: agency.name, head });
      expect({ n: agency.name, short: headShort(agency) }).toEqual({ n: agency.name, short });
    }
    // The fallback: neutral units and people, the position left to fill in.
    const seed = JSON.parse(readFileSync(join(FIXTURES_DIR, "seed.json"), "utf8"));
    const it = rawFromJson(seed).items[0];
    const a = assessRaw(it.raw as RawInput).assessment as Assessment;
    const plan = composeReport(a, { agency: { name: "ชมรมตัวอย่าง" }, digits: "arabic" });
    const text = everything(plan);
    expect(text).not.toMatch(/สำนักปลัด|กองคลัง|ประชาชน/);
    expect(text).toContain("งานบริหารทั่วไป");
    expect(text).toContain("ผู้รับบริการ");
    expect(text).toContain("ตำแหน่ง ..................................................");
  });
});

describe("the standard internal measures an assessor looks for under O42", () => {
  test("in every measures table: No Gift, conflict of interest, complaints, procurement, discretion, audit, the declaration", () => {
    for (const c of ALL) {
      const m = sheetText(c.plan, "measures");
      for (const word of [
        "No Gift",
        "ผลประโยชน์ส่วนตนกับผลประโยชน์ส่วนรวม|ผลประโยชน์ทับซ้อน",
        "ร้องเรียน",
        "จัดซื้อจัดจ้าง",
        "ดุลพินิจ",
        "ผลการตรวจสอบ",
        "เจตจำนงสุจริต",
      ])
        expect({ n: c.name, word, found: new RegExp(word).test(m) }).toEqual({
          n: c.name,
          word,
          found: true,
        });
    }
  });

  test("they join the measure of the indicator they serve (procurement with budget, discretion with authority)", () => {
    const rows = measureRows(byName("fy2566-school-pass").plan);
    const two = rows.find((r) => indicatorOf(r) === "2") as string[];
    expect(two[1]).toContain("มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง");
    const three = rows.find((r) => indicatorOf(r) === "3") as string[];
    expect(three[1]).toContain("มาตรการตรวจสอบการใช้ดุลพินิจ");
  });
});

describe("every figure can be trusted", () => {
  test("every mark has its own note with its figures, on each sheet that carries the mark", () => {
    const seed = byName("seed").plan;
    const a = lines(seed, "analysis");
    expect(a).toContain(
      "* ตัวชี้วัดที่ 10 เป็นค่าที่คำนวณจากค่าเฉลี่ยของตัวชี้วัดย่อยที่ 10.1 และ 10.2: (87.50 + 100.00) ÷ 2 = 93.75 ไม่ใช่คะแนนที่ประกาศ"
    );
    expect(a.some((l) => l.startsWith("** ") && l.includes("2 × 74.80 − 93.75 = 55.85"))).toBe(
      true
    );
    for (const role of ["analysis", "scores", "measures"] as const) {
      const t = lines(seed, role);
      for (const mark of ["*", "**"]) {
        const carries = t.some((l) => l.includes(` ${mark})`) || l.includes(` ${mark} `));
        if (carries)
          expect({ role, mark, note: t.some((l) => l.startsWith(`${mark} `)) }).toEqual({
            role,
            mark,
            note: true,
          });
      }
    }
  });

  test("derived values are marked in the what-if and the cheapest-point sentence", () => {
    const a = sheetText(byName("seed").plan, "analysis");
    expect(a).toContain("จุดที่เพิ่มคะแนนได้คุ้มที่สุด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล **");
    expect(a).toContain("จาก 55.85 ** เป็น 85.00 คะแนน");
    expect(a).toContain("จาก 93.75 * เป็น 100.00 คะแนน");
  });

  test("FY2569: the NACC's level printed when the input gives one; the rules of FY2568 named; no item code", () => {
    const given = loadCase("fy2569-department-provisional", (o) => (o.level = "ผ่านดี"));
    const text = everything(given.plan);
    expect(text).toContain("ส่วนระดับที่สำนักงาน ป.ป.ช. แจ้งผลแก่หน่วยงาน คือ ระดับผ่านดี");
    expect(text).toContain("คำนวณตามเกณฑ์การประเมินประจำปีงบประมาณ พ.ศ. 2568 ซึ่งเป็นปีล่าสุดที่ยืนยันแล้ว");
    const none = everything(byName("fy2569-department-provisional").plan);
    expect(none).toContain("และอาจต่างจากระดับที่สำนักงาน ป.ป.ช. ประกาศ");
    expect(sheetText(given.plan, "analysis")).toContain(
      "รายงานฉบับนี้จัดทำเพื่อเผยแพร่ตามข้อ ...... ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570"
    );
    expect(text).not.toMatch(/\bO2[56]\b/);
  });

  test("the level's rule covers the band achieved; the way out of a failing level", () => {
    const low = sheetText(byName("fy2567-below-70").plan, "analysis");
    expect(low).toContain(
      "คะแนนรวมตั้งแต่ 70 ถึง 84.99 คะแนนอยู่ในระดับต้องปรับปรุง และคะแนนรวมต่ำกว่า 70 คะแนนอยู่ในระดับต้องปรับปรุงโดยด่วน"
    );
    expect(low).toContain(
      "หากต้องการพ้นจากระดับต้องปรับปรุงโดยด่วน ต้องได้คะแนนรวมตั้งแต่ 70 คะแนน คือเพิ่มขึ้นอีก 9.02 คะแนน"
    );
    expect(low).not.toContain("การเลื่อนขึ้นเป็นระดับต้องปรับปรุง");
    const improve = sheetText(byName("fy2568-pao-improve").plan, "analysis");
    expect(improve).toContain("ผลการประเมินจึงอยู่ในระดับต้องปรับปรุง ซึ่งยังไม่ผ่านการประเมิน");
    expect(improve).toContain("หากต้องการพ้นจากระดับต้องปรับปรุง ต้องได้คะแนนรวมตั้งแต่ 85 คะแนน");
  });

  test("a level out of reach in a year because of a tool, not the total, says which tool", () => {
    const text = sheetText(byName("fy2568-provincial-health").plan, "analysis");
    expect(text).toContain(
      "แม้ปรับปรุงทุกตัวชี้วัดเต็มที่เท่าที่ทำได้จริงในหนึ่งปีจนคะแนนรวมเป็น 95.00 คะแนน แบบวัด EIT ก็ยังไม่ถึง 95 คะแนน จึงยังไม่ถึงระดับผ่านดีเยี่ยม"
    );
    expect(text).not.toContain("คะแนนรวมจะเป็นเพียง 95.00 คะแนน");
  });

  test("realistic what-ifs: whole points, at most three in a sentence, a table beyond, no jump over 30 on OIT", () => {
    for (const c of ALL) {
      const text = lines(c.plan, "analysis");
      const at = text.findIndex((l) => /^(จุดที่เพิ่มคะแนนได้คุ้มที่สุด|เนื่องจาก)/.test(l));
      if (at < 0) continue;
      const raises = [...text[at].matchAll(/เพิ่มจาก ([\d.]+)(?: \*+)? เป็น ([\d.]+) คะแนน/g)];
      expect({ n: c.name, few: raises.length <= 3 }).toEqual({ n: c.name, few: true });
      const table = text
        .slice(at + 1)
        .map((l) => /^ตัวชี้วัดที่ (\d+) .* \| จาก ([\d.]+)(?: \*+)? เป็น ([\d.]+) คะแนน/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null);
      if (table.length) expect(text[at]).toContain("ตามตารางต่อไปนี้");
      const all = [
        ...raises.map((m) => ({ from: Number(m[1]), to: Number(m[2]), oit: false })),
        ...table.map((m) => ({
          from: Number(m[2]),
          to: Number(m[3]),
          oit: ["9", "10"].includes(m[1]),
        })),
      ];
      for (const r of all) {
        expect({ n: c.name, whole: Number.isInteger(r.to) }).toEqual({ n: c.name, whole: true });
        expect({ n: c.name, step: r.to - r.from <= 30 }).toEqual({ n: c.name, step: true });
      }
    }
  });
});

describe("words a head of agency signs", () => {
  test("interpretation by score band: ยังมี...ส่วนหนึ่ง at 85-90, firmer below; never ขั้นวิกฤต", () => {
    const school = sheetText(byName("fy2566-school-pass").plan, "analysis");
    expect(school).toContain("ยังมีบุคลากรส่วนหนึ่งที่ไม่เห็นความจริงจังในการป้องกันการทุจริต");
    expect(school).not.toContain("บุคลากรยังไม่เห็นความจริงจัง");
    expect(school).toContain("ยังมีผู้ปกครองและชุมชนส่วนหนึ่งที่ได้รับข้อมูล");
    expect(school).toContain("บุคลากรจำนวนไม่น้อยยังไม่เข้าใจแนวปฏิบัติการยืม");
    const low = sheetText(byName("fy2567-below-70").plan, "analysis");
    expect(low).toContain("บุคลากรจำนวนมากยังไม่เข้าใจแนวปฏิบัติการยืม");
    expect(low).toContain("รายการจำนวนมากยังไม่ได้เผยแพร่บนเว็บไซต์");
    for (const c of ALL)
      expect({ n: c.name, bad: everything(c.plan).includes("วิกฤต") }).toEqual({
        n: c.name,
        bad: false,
      });
  });

  test("a weak indicator says what it asks; the opening varies (no opening more than three times)", () => {
    for (const c of ALL) {
      const a = lines(c.plan, "analysis");
      const s32 = a.findIndex((l) => /^3\.2 /.test(l));
      const s4 = a.findIndex((l) => /^4\. /.test(l));
      const develop = a.slice(s32 + 1, s4).filter((l) => /^\(\d+\) ตัวชี้วัดที่/.test(l));
      for (const l of develop)
        expect({ n: c.name, asks: l.includes("ตัวชี้วัดนี้สะท้อน") }).toEqual({ n: c.name, asks: true });
      const text = a.join("\n");
      for (const lead of ["ผลนี้ชี้ว่า", "แสดงให้เห็นว่า", "ผลนี้แสดงว่า"])
        expect({ n: c.name, lead, few: text.split(lead).length - 1 <= 3 }).toEqual({
          n: c.name,
          lead,
          few: true,
        });
    }
  });

  test("grammar and register, in every report", () => {
    for (const c of ALL) {
      const t = everything(c.plan);
      const bad = [
        /ต้องเพิ่มแบบวัด/,
        /อ่อนที่สุด/,
        /เกณฑ์ของปีนี้/,
        /โดยมีผลต่าง/,
        /(^|\s)ไม่มีคะแนนตัวชี้วัดที่/m,
        /ผลจึงอยู่ในระดับ/,
        /และ\s*และ/,
        /(^|\s)การเลื่อนขึ้นเป็นระดับ/m,
      ].filter((re) => re.test(t));
      expect({ n: c.name, bad: bad.map(String) }).toEqual({ n: c.name, bad: [] });
      expect(everything(c.plan)).toContain(
        "เรียงตามลำดับความเร่งด่วน โดยพิจารณาจากคะแนนรวมที่จะเพิ่มขึ้นหากพัฒนาตัวชี้วัดนั้น"
      );
    }
    const seed = sheetText(byName("seed").plan, "analysis");
    expect(seed).toContain(
      "หากไม่นับตัวชี้วัดที่ 9 ซึ่งเป็นค่าที่คำนวณ ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน"
    );
    expect(seed).toContain("ผลที่หน่วยงานได้รับไม่ได้ระบุคะแนนตัวชี้วัดที่ 9");
    expect(sheetText(byName("fy2566-school-pass").plan, "analysis")).toContain(
      "ต้องเพิ่มคะแนนแบบวัด IIT อีก 1.52 คะแนน"
    );
    expect(sheetText(byName("fy2567-previous-2566").plan, "analysis")).toMatch(
      /เพิ่มขึ้น \d+\.\d\d คะแนน/
    );
  });
});
