import {
  getProfile,
  indicatorIdFromName,
  ProfileError,
  SUPPORTED_YEARS,
  toSupportedYear,
} from "../../src/core/profiles";

describe("profiles", () => {
  test("every supported year has ten indicators, three tools and weights summing to 1", () => {
    expect(SUPPORTED_YEARS).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569]);
    for (const y of SUPPORTED_YEARS) {
      const p = getProfile(y);
      expect(p.fiscalYear).toBe(y);
      expect(p.indicators.map((d) => d.id)).toEqual([
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
      ]);
      expect(p.subIndicators.map((d) => d.id)).toEqual([
        "9.1",
        "9.2",
        "9.3",
        "9.4",
        "9.5",
        "10.1",
        "10.2",
      ]);
      expect(p.tools.map((t) => t.indicators.length)).toEqual([5, 3, 2]);
      expect(p.tools.reduce((s, t) => s + t.weight * 10, 0)).toBe(10);
      expect(p.passMark).toBe(85);
    }
  });

  test("scales: letters to 2565, five levels from 2566; 2569 provisional", () => {
    expect(getProfile(2565).scale).toBe("letter");
    expect(getProfile(2565).levels.map((l) => l.id)).toEqual(["AA", "A", "B", "C", "D", "E", "F"]);
    expect(getProfile(2566).scale).toBe("pass5");
    expect(getProfile(2566).levels.map((l) => l.labelTh)).toEqual([
      "ผ่านดีเยี่ยม",
      "ผ่านดี",
      "ผ่าน",
      "ต้องปรับปรุง",
      "ต้องปรับปรุงโดยด่วน",
    ]);
    expect(getProfile(2568).provisional).toBe(false);
    expect(getProfile(2569).provisional).toBe(true);
  });

  test("sub-indicator names and the analysis item change by year", () => {
    const name = (y: number, id: string) =>
      getProfile(y).subIndicators.find((d) => d.id === id)?.nameTh;
    expect(name(2566, "10.2")).toBe("มาตรการภายในเพื่อป้องกันการทุจริต");
    expect(name(2567, "10.2")).toBe("มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
    expect(name(2567, "9.2")).toBe("การบริหารงานและการใช้จ่ายงบประมาณ");
    expect(getProfile(2563).analysisItem.code).toBe("O42");
    expect(getProfile(2562).analysisItem.code).toBe("O42");
    expect(getProfile(2567).analysisItem.code).toBe("10.2");
    // The item list of ITA 2570 is not known: no code (the report leaves "ข้อ ......" to fill in).
    expect(getProfile(2569).analysisItem.code).toBe("");
  });

  test("the item that carries the report is keyed by the year it is published (FY N -> ITA N+1)", () => {
    const items = (y: number) => [
      getProfile(y).analysisItem.code,
      getProfile(y).implementationItem?.code ?? null,
    ];
    for (const y of [2562, 2563, 2564, 2565]) expect(items(y)).toEqual(["O42", "O43"]);
    // FY2566-2567 reports are published in ITA 2567-2568 under sub-indicator 10.2.
    expect(items(2566)).toEqual(["10.2", null]);
    expect(items(2567)).toEqual(["10.2", null]);
    expect(items(2568)).toEqual(["O25", "O26"]);
    expect(getProfile(2568).analysisItem.labelTh).toBe("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร");
  });

  test("policy framing by period", () => {
    const policy = (y: number) => getProfile(y).policy;
    expect([2562, 2563, 2564].map(policy)).toEqual(["strategy3", "strategy3", "strategy3"]);
    expect(policy(2565)).toBe("masterPlan");
    expect([2566, 2567, 2568, 2569].map(policy)).toEqual(Array(4).fill("actionPlan2"));
  });

  test("spelling variants are listed", () => {
    const p = getProfile(2562);
    expect(p.indicators[3].variantsTh).toContain("การใช้ทรัพย์สินของทางราชการ");
    expect(p.indicators[7].variantsTh).toContain("การปรับปรุงการทำงาน");
  });

  test("Christian-era years map to the Buddhist era; others throw a bilingual error", () => {
    expect(getProfile(2019).fiscalYear).toBe(2562);
    expect(toSupportedYear(2026)).toEqual({ year: 2569, fromCE: true });
    expect(toSupportedYear(2561)).toBeNull();
    try {
      getProfile(2561);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ProfileError);
      expect((e as ProfileError).th).toContain("2561");
      expect((e as ProfileError).th).toMatch(/ไม่รองรับ/);
      expect((e as ProfileError).en).toMatch(/not supported/);
    }
  });
});

describe("indicatorIdFromName", () => {
  test.each<[string, string | null]>([
    ["การปฏิบัติหน้าที่", "1"],
    [" การใช้ทรัพย์สินของทางราชการ ", "4"],
    ["การปรับปรุงการทำงาน", "8"],
    ["การปรับปรุงระบบการทำงาน (EIT)", "8"],
    ["มาตรการภายในเพื่อป้องกันการทุจริต", "10.2"],
    ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "10.2"],
    ["การบริหารงานและการใช้จ่ายงบประมาณ", "9.2"],
    ["การป้องกันการทุจริต", "10"],
    ["การทุจริต", null],
    ["", null],
  ])("%p -> %p", (name, id) => {
    expect(indicatorIdFromName(name)).toBe(id);
  });
});
