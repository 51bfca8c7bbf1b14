/**
 * composeReport on the seed's figures and on edge cases: sections, counts, order, digits, level scales,
 * thresholds, partial input, responsible units, determinism.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw, type AgencyDetails, type Assessment, type RawInput } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import {
  agencyFullName,
  agencyShortName,
  composeReport,
  defaultPhrases,
  reportSheetNames,
  responsibleUnits,
  writerName,
  type DigitMode,
  type ReportPlan,
  type SheetPlan,
} from "../../src/report";
import { rowHeightFor, columnsWidthPt, unwrapText } from "../../src/report/layout";

const SEED = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8"));
const item = rawFromJson(SEED).items[0];
const AGENCY = item.agency as AgencyDetails;

function assessJson(obj: unknown, threshold?: number): Assessment {
  const it = rawFromJson(obj).items[0];
  const r = assessRaw(it.raw as RawInput, threshold !== undefined ? { threshold } : {});
  if (!r.assessment) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
}

const seedAssessment = assessJson(SEED);

/** Row texts without the layout's line breaks; a paragraph split across pages is joined again. */
function texts(sheet: SheetPlan | undefined): string[] {
  if (!sheet) throw new Error("no sheet");
  const out: string[] = [];
  for (const r of sheet.rows) {
    const t = r.cells
      .map((c) => (c.value === null ? "" : unwrapText(String(c.value))))
      .join(" | ")
      .trim();
    if (r.continued && out.length) out[out.length - 1] += t;
    else out.push(t);
  }
  return out;
}

function sheet(plan: ReportPlan, role: SheetPlan["role"]): SheetPlan {
  const s = plan.sheets.find((x) => x.role === role);
  if (!s) throw new Error(`no ${role} sheet`);
  return s;
}

function compose(
  digits: DigitMode = "mixed",
  a: Assessment = seedAssessment,
  agency: AgencyDetails = AGENCY
): ReportPlan {
  return composeReport(a, { agency, digits, date: "2020-02-15" });
}

function indexOf(lines: string[], pattern: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i;
  return -1;
}

describe("composeReport on the seed (FY2562, อบต.กะหรอ)", () => {
  const plan = compose("mixed");
  const analysis = texts(sheet(plan, "analysis"));
  const measures = texts(sheet(plan, "measures"));

  test("three sheets named in Thai with the fiscal year; measures for the next year", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "วิเคราะห์ผล ITA 2562",
      "คะแนน ITA 2562",
      "มาตรการ ITA 2563",
    ]);
    expect(reportSheetNames(2562).measures).toBe("มาตรการ ITA 2563");
    for (const s of plan.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  test("every section is present, in order", () => {
    const marks = [
      /^คำนำ$/,
      /^๑\. หลักการและเหตุผล/,
      /^๒\. ผลการประเมิน/,
      /^๓\. การวิเคราะห์ข้อมูล/,
      /^๓\.๑ จุดแข็ง/,
      /^๓\.๒ จุดที่ควรพัฒนา/,
      /^๔\. ข้อเสนอแนะ/,
      /^๔\.๑ .*IIT\)/,
      /^๔\.๒ .*EIT\)/,
      /^๔\.๓ .*OIT\)/,
    ];
    let at = -1;
    for (const m of marks) {
      const i = indexOf(analysis, m, at + 1);
      expect({ mark: String(m), found: i > at }).toEqual({ mark: String(m), found: true });
      at = i;
    }
    expect(measures[0]).toMatch(/^๕\. มาตรการ.*พ\.ศ\. ๒๕๖๓$/);
    expect(measures).toContain("มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | การกำกับติดตาม");
  });

  test("foreword signed by the writing unit and dated in Thai month and BE year", () => {
    expect(analysis).toContain("| สำนักปลัดองค์การบริหารส่วนตำบลกะหรอ");
    expect(analysis).toContain("| กุมภาพันธ์ ๒๕๖๓");
  });

  test("total and letter level, the national target, the tool scores", () => {
    const total = analysis.find((l) => l.includes("ได้คะแนนรวม")) ?? "";
    expect(total).toContain("๗๖.๐๕ คะแนน อยู่ในระดับ B");
    expect(total).toContain("ยังไม่ผ่านเกณฑ์ค่าเป้าหมาย");
    expect(
      analysis.some(
        (l) =>
          l.includes("IIT ได้ ๘๗.๔๖") && l.includes("EIT ได้ ๖๖.๒๙") && l.includes("OIT ได้ ๗๔.๘๐")
      )
    ).toBe(true);
  });

  test("every indicator in descending order; 10.1 (87.50) right after indicator 3 (87.52)", () => {
    const s2 = analysis.slice(indexOf(analysis, /^๒\. /), indexOf(analysis, /^๓\. /));
    const ranked = s2.filter(
      (l) =>
        /^\([๐-๙]+\) ตัวชี้วัดที่ [๐-๙]+ .* ได้ [๐-๙.]+ คะแนน( \(คะแนนที่คำนวณ\))?$/.test(l) ||
        /^ตัวชี้วัดย่อยที่/.test(l)
    );
    expect(ranked).toHaveLength(12);
    const i3 = ranked.findIndex((l) => l.includes("ตัวชี้วัดที่ ๓ การใช้อำนาจ ได้ ๘๗.๕๒"));
    expect(ranked[i3 + 1]).toMatch(/^ตัวชี้วัดย่อยที่ ๑๐\.๑ .* ได้ ๘๗\.๕๐ คะแนน$/);
    expect(ranked[i3 + 2]).toContain("ตัวชี้วัดที่ ๒ การใช้งบประมาณ ได้ ๘๕.๔๓");
    // Descending scores.
    const nums = ranked.map((l) =>
      Number(
        (/ได้ ([๐-๙.]+) คะแนน/.exec(l) as RegExpExecArray)[1].replace(/[๐-๙]/g, (d) =>
          String(d.charCodeAt(0) - 0x0e50)
        )
      )
    );
    for (let i = 1; i < nums.length; i++) expect(nums[i]).toBeLessThanOrEqual(nums[i - 1]);
    // Highest and lowest of the ten (not the sub-indicator 10.2 at 100, the seed's slip).
    const hl = analysis.find((l) => l.startsWith("ตัวชี้วัดที่ได้คะแนนสูงสุด")) ?? "";
    expect(hl).toContain("สูงสุด คือ ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้ ๙๔.๑๕");
    expect(hl).toContain("ต่ำสุด คือ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้ ๕๕.๘๕");
  });

  test("strengths 2 and to-develop 8, indicator 9 (derived) among them, each with a paragraph", () => {
    const s31 = indexOf(analysis, /^๓\.๑ /);
    const s32 = indexOf(analysis, /^๓\.๒ /);
    const s4 = indexOf(analysis, /^๔\. /);
    expect(analysis[s31]).toContain("จำนวน ๒ ตัวชี้วัด");
    expect(analysis[s32]).toContain("จำนวน ๘ ตัวชี้วัด");
    const strengths = analysis.slice(s31 + 1, s32).filter((l) => /^\([๐-๙]+\) ตัวชี้วัดที่/.test(l));
    const develop = analysis.slice(s32 + 1, s4).filter((l) => /^\([๐-๙]+\) ตัวชี้วัดที่/.test(l));
    expect(strengths.map((l) => /ตัวชี้วัดที่ ([๐-๙]+)/.exec(l)?.[1])).toEqual(["๑", "๑๐"]);
    expect(develop.map((l) => /ตัวชี้วัดที่ ([๐-๙]+)/.exec(l)?.[1])).toEqual([
      "๕",
      "๓",
      "๒",
      "๔",
      "๗",
      "๖",
      "๘",
      "๙",
    ]);
    expect(develop[7]).toContain("(คะแนนที่คำนวณ)");
    for (const l of [...strengths, ...develop]) expect(l).toContain("ตัวชี้วัดนี้สะท้อน");
  });

  test("recommendation tables per tool name every indicator to develop, OIT included", () => {
    const rows = analysis.filter((l) => /^ตัวชี้วัดที่ \d+ .*\(\d+\.\d\d คะแนน\) \|/.test(l));
    expect(rows.map((l) => /^ตัวชี้วัดที่ (\d+)/.exec(l)?.[1])).toEqual([
      "5",
      "3",
      "2",
      "4",
      "7",
      "6",
      "8",
      "9",
    ]);
    const oit = indexOf(analysis, /^๔\.๓ /);
    expect(indexOf(analysis, /^ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล \(55\.85 คะแนน\)/, oit)).toBeGreaterThan(oit);
    // Tool wording depends on the score band: IIT 87.46 mid, EIT 66.29 low.
    expect(analysis.find((l) => l.startsWith("IIT ได้"))).toContain(defaultPhrases["tool.IIT.mid"]);
    expect(analysis.find((l) => l.startsWith("EIT ได้"))).toContain(defaultPhrases["tool.EIT.low"]);
  });

  test("measures: standing ones plus one per indicator to develop, units from the agency, follow-up", () => {
    const rows = measures.slice(1).filter((l) => /^\d+\. /.test(l));
    expect(rows).toHaveLength(6 + 8);
    expect(rows[0]).toContain("เจตจำนงสุจริต");
    expect(rows[0]).toContain("| สำนักปลัด |");
    expect(rows[1]).toContain("(จากตัวชี้วัดที่ 9 ซึ่งได้ 55.85 คะแนน)");
    expect(
      sheet(plan, "measures").rows.some((r) => r.cells[2]?.value === "สำนักปลัด\nกองคลัง\nกองช่าง")
    ).toBe(true);
    expect(rows.some((l) => l.includes("การจัดซื้อจัดจ้างของ อบต.กะหรอ"))).toBe(true);
    for (const l of rows) expect(l).toMatch(/\| รายงานความก้าวหน้าทุก 6 เดือน และสรุปผลเมื่อสิ้นปีงบประมาณ$/);
  });

  test("derived indicator 9 and the engine's warning are stated (analysis notes, score sheet)", () => {
    expect(plan.notes.some((n) => n.en.includes("indicator 9"))).toBe(true);
    const notes = indexOf(analysis, /^หมายเหตุ$/);
    expect(notes).toBeGreaterThan(0);
    expect(analysis[notes + 1]).toMatch(/ตัวชี้วัดที่ ๙/);
    const scores = texts(sheet(plan, "scores"));
    expect(scores.some((l) => l.startsWith("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล *"))).toBe(true);
    expect(scores.some((l) => l.startsWith("เครื่องหมาย *"))).toBe(true);
  });

  test("score sheet: below-threshold scores highlighted, chart spec over the ten rows with the threshold", () => {
    const s = sheet(plan, "scores");
    const chart = s.charts[0];
    expect(chart.values.toRow - chart.values.fromRow + 1).toBe(10);
    const fills = s.rows
      .slice(chart.values.fromRow, chart.values.toRow + 1)
      .map((r) => [r.cells[2].value, !!r.cells[2].style?.fill]);
    for (const [v, filled] of fills) expect(filled).toBe((v as number) < 90);
    expect(s.rows[chart.values.fromRow].cells[chart.threshold?.col ?? -1].value).toBe(90);
    // No print titles: the builder repeats each table's own header row where the table continues.
    expect(s.print.repeatRows).toBeUndefined();
  });

  test("the same input gives the same plan", () => {
    expect(JSON.stringify(compose("mixed"))).toBe(JSON.stringify(plan));
  });

  test("wrapped rows have heights that hold their text", () => {
    for (const s of plan.sheets) {
      const merged = new Map(s.merges.map((m) => [m.row * 1000 + m.col, m.cols]));
      s.rows.forEach((row, r) => {
        row.cells.forEach((c, col) => {
          if (typeof c.value !== "string" || !c.style?.wrap) return;
          const span = merged.get(r * 1000 + col) ?? 1;
          const need = rowHeightFor(
            c.value,
            columnsWidthPt(s.columns.slice(col, col + span)),
            c.style.size ?? 16,
            !!c.style.bold
          );
          expect(row.height ?? 0).toBeGreaterThanOrEqual(need);
          expect(row.height ?? 0).toBeLessThanOrEqual(409);
        });
      });
    }
  });
});

describe("digit options", () => {
  const strings = (plan: ReportPlan): string[] =>
    plan.sheets.flatMap((s) =>
      s.rows.flatMap((r) =>
        r.cells.map((c) => c.value).filter((v): v is string => typeof v === "string")
      )
    );

  test("thai: no Arabic digit in any text; numbers shown with the Thai-digit format", () => {
    const plan = compose("thai");
    expect(strings(plan).filter((t) => /[0-9]/.test(t))).toEqual([]);
    const s = sheet(plan, "scores");
    expect(
      s.rows.some((r) =>
        r.cells.some(
          (c) => typeof c.value === "number" && c.style?.numFmt?.startsWith("[$-D00041E]")
        )
      )
    ).toBe(true);
  });

  test("arabic: no Thai digit anywhere", () => {
    const plan = compose("arabic");
    expect(strings(plan).filter((t) => /[๐-๙]/.test(t))).toEqual([]);
    expect(texts(sheet(plan, "analysis")).some((l) => l.includes("76.05 คะแนน อยู่ในระดับ B"))).toBe(
      true
    );
  });

  test("mixed: Thai digits in text, Arabic in tables", () => {
    const lines = texts(sheet(compose("mixed"), "analysis"));
    expect(lines.some((l) => l.includes("๗๖.๐๕"))).toBe(true);
    expect(lines.some((l) => l.startsWith("ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (87.64 คะแนน) | (1)"))).toBe(
      true
    );
  });
});

describe("other years, thresholds and partial input", () => {
  const full2566 = {
    fiscalYear: 2566,
    indicators: {
      "1": 96.1,
      "2": 92.4,
      "3": 93,
      "4": 91.25,
      "5": 95.5,
      "6": 90.1,
      "7": 88.2,
      "8": 86.75,
      "9": 89.5,
      "10": 97,
    },
  };

  test("indicator 9 given (not derived): among those to develop, with its row in the OIT table and a measure", () => {
    const a = assessJson({ ...SEED, indicators: { ...SEED.indicators, "9": 55.85 } });
    expect(a.derived).not.toContain("9");
    const plan = compose("arabic", a);
    const lines = texts(sheet(plan, "analysis"));
    const s32 = indexOf(lines, /^3\.2 /);
    expect(lines[s32]).toContain("จำนวน 8 ตัวชี้วัด");
    const nine = lines
      .slice(s32, indexOf(lines, /^4\. /))
      .find((l) => l.includes("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 55.85 คะแนน"));
    expect(nine).toBeDefined();
    expect(nine).not.toContain("(คะแนนที่คำนวณ)");
    expect(
      indexOf(lines, /^ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล \(55\.85 คะแนน\) \|/, indexOf(lines, /^4\.3 /))
    ).toBeGreaterThan(0);
    expect(
      texts(sheet(plan, "measures")).some((l) => l.includes("(จากตัวชี้วัดที่ 9 ซึ่งได้ 55.85 คะแนน)"))
    ).toBe(true);
  });

  test("FY2566 uses the five-level pass scale wording", () => {
    const a = assessJson(full2566);
    const lines = texts(sheet(compose("arabic", a), "analysis"));
    const total = lines.find((l) => l.includes("ได้คะแนนรวม")) ?? "";
    expect(total).toMatch(/ผลการประเมินอยู่ในระดับ ผ่าน(ดี|ดีเยี่ยม)?$/);
    expect(total).not.toMatch(/ระดับ [A-F]/);
    expect(total).not.toContain("ค่าเป้าหมาย");
  });

  test("all strengths: no indicator to develop, no recommendation table, only standing measures", () => {
    const a = assessJson(full2566, 80);
    const plan = composeReport(a, {
      agency: { name: "กรมตัวอย่าง", type: "กรม" },
      digits: "arabic",
      threshold: 80,
    });
    const lines = texts(sheet(plan, "analysis"));
    expect(lines.some((l) => l.startsWith("3.1 จุดแข็ง") && l.includes("จำนวน 10 ตัวชี้วัด"))).toBe(true);
    expect(lines.some((l) => l.startsWith("3.2 จุดที่ควรพัฒนา") && l.includes("จำนวน 0 ตัวชี้วัด"))).toBe(
      true
    );
    expect(lines).toContain(defaultPhrases["s3.develop.none"].replace("{threshold}", "80"));
    expect(lines.some((l) => l.startsWith("ตัวชี้วัด | ประเด็นการประเมิน"))).toBe(false);
    const measures = texts(sheet(plan, "measures"))
      .slice(1)
      .filter((l) => /^\d+\. /.test(l));
    expect(measures).toHaveLength(6);
    // Not a local government: no "สำนักปลัด", no abbreviation.
    expect(measures[0]).toContain("| หน่วยงานที่รับผิดชอบ |");
    expect(measures.some((l) => l.includes("จัดซื้อจัดจ้างของกรมตัวอย่าง"))).toBe(true);
  });

  test("no strengths: the text says so; a threshold from the options overrides the assessment's", () => {
    const plan = composeReport(seedAssessment, { agency: AGENCY, digits: "arabic", threshold: 99 });
    const lines = texts(sheet(plan, "analysis"));
    expect(lines.some((l) => l.startsWith("3.1 จุดแข็ง") && l.includes("จำนวน 0 ตัวชี้วัด"))).toBe(true);
    expect(lines).toContain(defaultPhrases["s3.strengths.none"].replace("{threshold}", "99"));
    expect(lines.some((l) => l.startsWith("3.2 จุดที่ควรพัฒนา") && l.includes("จำนวน 10 ตัวชี้วัด"))).toBe(
      true
    );
  });

  test("ties share a rank", () => {
    const a = assessJson({
      fiscalYear: 2563,
      indicators: { ...full2566.indicators, "2": 96.1, "10": 95 },
    });
    const all = texts(sheet(compose("arabic", a), "analysis"));
    const lines = all.slice(indexOf(all, /^2\. /), indexOf(all, /^3\. /));
    expect(lines.filter((l) => l.startsWith("(1) ตัวชี้วัดที่"))).toHaveLength(2);
    expect(lines.find((l) => l.startsWith("ตัวชี้วัดที่ได้คะแนนสูงสุด"))).toContain(
      "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ และตัวชี้วัดที่ 2 การใช้งบประมาณ"
    );
  });

  test("partial input (no EIT indicators): says what is missing and does not crash", () => {
    const a = assessJson({
      fiscalYear: 2564,
      indicators: { "1": 91, "2": 88, "3": 90, "4": 85, "5": 79, "9": 70, "10": 95 },
    });
    const plan = compose("arabic", a);
    const lines = texts(sheet(plan, "analysis"));
    expect(lines.some((l) => l.includes("ยังคำนวณคะแนนรวมและระดับผลการประเมินไม่ได้"))).toBe(true);
    expect(lines.some((l) => l.startsWith("ไม่มีคะแนนของตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน ตัวชี้วัดที่ 7"))).toBe(
      true
    );
    expect(lines).toContain(defaultPhrases["s4.missing"].replace("{tool}", "EIT"));
    expect(lines.some((l) => l.includes("ไม่มีข้อมูล คะแนน"))).toBe(false);
    expect(lines).toContain(
      "เมื่อแยกตามเครื่องมือ IIT ได้ 86.60 คะแนน และ OIT ได้ 82.50 คะแนน ส่วน EIT ยังไม่มีคะแนนครบ"
    );
    expect(sheet(plan, "scores").rows.some((r) => r.cells[2]?.value === "ไม่มีข้อมูล")).toBe(true);
  });
});

describe("agency details", () => {
  test("names, abbreviation only where standard, responsible fallbacks", () => {
    expect(agencyFullName(AGENCY)).toBe("องค์การบริหารส่วนตำบลกะหรอ อำเภอนบพิตำ จังหวัดนครศรีธรรมราช");
    expect(
      agencyFullName({ name: "สำนักงานเขตบางรัก", district: "บางรัก", province: "กรุงเทพมหานคร" })
    ).toBe("สำนักงานเขตบางรัก เขตบางรัก กรุงเทพมหานคร");
    expect(agencyShortName(AGENCY)).toBe("อบต.กะหรอ");
    expect(agencyShortName({ name: "เทศบาลตำบลท่าศาลา" })).toBe("ทต.ท่าศาลา");
    expect(agencyShortName({ name: "กรมบัญชีกลาง" })).toBe("กรมบัญชีกลาง");
    expect(writerName("สำนักปลัด", "องค์การบริหารส่วนตำบลกะหรอ")).toBe("สำนักปลัดองค์การบริหารส่วนตำบลกะหรอ");
    expect(writerName("สำนักปลัดเทศบาล", "เทศบาลตำบลท่าศาลา")).toBe("สำนักปลัดเทศบาลตำบลท่าศาลา");
    expect(writerName("สำนักปลัดองค์การบริหารส่วนตำบล", "องค์การบริหารส่วนตำบลนาดี")).toBe(
      "สำนักปลัดองค์การบริหารส่วนตำบลนาดี"
    );
    expect(writerName("กลุ่มงานคุ้มครองจริยธรรม", "กรมบัญชีกลาง")).toBe("กลุ่มงานคุ้มครองจริยธรรม กรมบัญชีกลาง");
    expect(writerName(undefined, "กรมบัญชีกลาง")).toBe("กรมบัญชีกลาง");
    expect(responsibleUnits(AGENCY)).toEqual(["สำนักปลัด", "กองคลัง", "กองช่าง"]);
    expect(responsibleUnits({ name: "x", unit: "กองคลัง" })).toEqual(["กองคลัง"]);
    expect(responsibleUnits({ name: "องค์การบริหารส่วนตำบลนาดี" })).toEqual(["สำนักปลัด"]);
    expect(responsibleUnits({ name: "กรมบัญชีกลาง", type: "กรม" })).toEqual(["หน่วยงานที่รับผิดชอบ"]);
  });

  test("no date given: no date line, and no clock is read", () => {
    const plan = composeReport(seedAssessment, {
      agency: { ...AGENCY, date: undefined },
      digits: "thai",
    });
    const lines = texts(sheet(plan, "analysis"));
    expect(
      lines.some((l) =>
        /มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม/.test(
          l
        )
      )
    ).toBe(false);
  });
});
