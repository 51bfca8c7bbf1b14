import { assess } from "../../src/core/assess";
import { buildTrend, compareYears, formatChange, type EarlierYear } from "../../src/core/compare";
import type { Assessment, ScoreInput } from "../../src/core/types";
import { SEED, SEED_INDICATORS } from "../fixtures/seed";

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

const codes = (ms: Array<{ code: string }>): string[] => ms.map((m) => m.code);

describe("formatChange", () => {
  test("signs and two decimals", () => {
    expect(formatChange(6.05)).toBe("+6.05");
    expect(formatChange(-1.2)).toBe("-1.20");
    expect(formatChange(0)).toBe("0.00");
  });
});

describe("the seed against a previous total of 70.00", () => {
  test("the change in total is +6.05, decimal-exact (76.05 - 70 is 6.049999... in binary)", () => {
    const c = compareYears(seedAssessment(), [{ fiscalYear: 2561, total: 70 }]);
    expect(c.problems).toEqual([]);
    expect(c.lastYear?.total).toMatchObject({ previous: 70, current: 76.05, change: 6.05 });
    expect(formatChange(c.lastYear?.total?.change as number)).toBe("+6.05");
    expect(76.05 - 70).not.toBe(6.05);
  });

  test("FY2561 used the earlier framework: only the total is compared, and the notes say so", () => {
    const c = compareYears(seedAssessment(), [
      { fiscalYear: 2561, total: 70, level: "C", indicators: { "1": 80 } },
    ]);
    const y = c.lastYear!;
    expect(y.previousYear).toBe(2561);
    expect(y.indicators).toEqual([]);
    expect(y.tools).toEqual([]);
    expect(y.level.comparable).toBe(false);
    expect(y.level.previousText).toBe("C");
    const note = y.notes.find((n) => n.code === "older-framework");
    expect(note?.th).toContain("2561");
    expect(note?.en).toContain("only the total is compared");
  });
});

describe("same framework (FY2562 -> FY2563, both on the letter scale)", () => {
  // Hand-worked: IIT = 447.17 / 5 = 89.434, EIT = 209.88 / 3 = 69.96, OIT = 173.75 / 2 = 86.875,
  // total = 26.8302 + 20.988 + 34.75 = 82.5682 -> 82.57 (B).
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
  const c = compareYears(now, [SEED_AS_EARLIER]);
  const y = c.lastYear!;

  test("total, tools and every indicator, exact", () => {
    expect(c.problems).toEqual([]);
    expect(y.total).toMatchObject({ previous: 76.05, current: 82.57, change: 6.52 });
    expect(y.tools.map((t) => [t.id, t.previous, t.current, t.change])).toEqual([
      ["IIT", 87.46, 89.43, 1.97],
      ["EIT", 66.29, 69.96, 3.67],
      ["OIT", 74.8, 86.88, 12.08],
    ]);
    expect(Object.fromEntries(y.indicators.map((i) => [i.id, i.change]))).toEqual({
      "1": 0.85,
      "2": 3,
      "3": 0,
      "4": 3,
      "5": 3,
      "6": 3,
      "7": -2,
      "8": 10,
      "9": 24.15,
      "10": 0,
    });
  });

  test("what rose and fell most, ties in id order, unchanged listed", () => {
    expect(y.rose.map((r) => r.id)).toEqual(["9", "8", "2", "4", "5", "6", "1"]);
    expect(y.roseMost).toEqual(["9"]);
    expect(y.fell.map((r) => r.id)).toEqual(["7"]);
    expect(y.fellMost).toEqual(["7"]);
    expect(y.unchanged).toEqual(["3", "10"]);
  });

  test("last year's indicator 9 was derived from its OIT: compared, flagged, and noted", () => {
    expect(y.indicators.find((i) => i.id === "9")).toMatchObject({
      previous: 55.85,
      derived: true,
    });
    expect(y.indicators.find((i) => i.id === "1")?.derived).toBe(false);
    expect(codes(y.notes)).toContain("compared-derived");
  });

  test("the level is comparable and did not change (B both years)", () => {
    expect(y.level).toMatchObject({ comparable: true, changed: false, direction: "same" });
    expect(y.level.previous?.id).toBe("B");
    expect(y.level.current?.id).toBe("B");
    expect(codes(y.notes)).not.toContain("level-scale-changed");
  });

  test("a level that changed on the same scale says which way", () => {
    const up = compareYears(current(2563, byTools(90, 90, 90)), [SEED_AS_EARLIER]).lastYear!;
    expect(up.level).toMatchObject({ comparable: true, changed: true, direction: "up" });
    expect(up.level.current?.id).toBe("A");
    const down = compareYears(current(2563, byTools(60, 60, 60)), [SEED_AS_EARLIER]).lastYear!;
    expect(down.level).toMatchObject({ changed: true, direction: "down" });
  });
});

describe("framework change FY2565 -> FY2566: letter levels and the pass scale", () => {
  // This year: IIT 96, EIT 80, OIT 92 -> total 28.8 + 24 + 36.8 = 89.60: "ผ่าน" (EIT below 85).
  const now = current(2566, byTools(96, 80, 92));

  test("the levels are not comparable; last year's scores are placed on this year's scale", () => {
    const y = compareYears(now, [{ fiscalYear: 2565, indicators: byTools(86, 86, 86) }]).lastYear!;
    expect(now.level?.id).toBe("pass");
    expect(y.level.previous?.id).toBe("A");
    expect(y.level).toMatchObject({ comparable: false, changed: null, direction: null });
    // 86 in every tool and in total is "ผ่านดี" on the FY2566 scale: this year is one level lower.
    expect(y.level.previousOnCurrentScale?.id).toBe("good");
    expect(y.level.directionOnCurrentScale).toBe("down");
    const note = y.notes.find((n) => n.code === "level-scale-changed");
    expect(note?.th).toContain("จึงเปรียบเทียบระดับกันโดยตรงไม่ได้");
    expect(note?.th).toContain("ผ่านดี");
    expect(note?.en).toContain("not comparable");
    expect(note?.en).toContain("computed, not published");
  });

  test("the indicators, tools and total are still compared", () => {
    const y = compareYears(now, [{ fiscalYear: 2565, indicators: byTools(86, 86, 86) }]).lastYear!;
    expect(y.total).toMatchObject({ previous: 86, current: 89.6, change: 3.6 });
    expect(y.tools.map((t) => t.change)).toEqual([10, -6, 6]);
    expect(y.indicators).toHaveLength(10);
  });

  test("with only last year's total and letter, the pass-scale level cannot be placed (tools needed)", () => {
    const y = compareYears(now, [{ fiscalYear: 2565, total: 86, level: "A" }]).lastYear!;
    expect(y.level.previous?.id).toBe("A");
    expect(y.level.previousOnCurrentScale).toBeNull();
    expect(y.level.comparable).toBe(false);
    expect(codes(y.notes)).toEqual(
      expect.arrayContaining(["level-scale-changed", "previous-no-indicators"])
    );
    expect(y.total?.change).toBe(3.6);
  });

  test("a letter typed for a pass-scale year is kept as text; the level comes from the total", () => {
    const later = current(2567, byTools(96, 80, 92));
    const y = compareYears(later, [{ fiscalYear: 2566, total: 80, level: "B" }]).lastYear!;
    expect(y.level.previousText).toBe("B");
    expect(y.level.previous?.id).toBe("improve");
    expect(y.level).toMatchObject({ comparable: true, changed: true, direction: "up" });
  });

  test("a pass-scale level that cannot be decided (total 85+, no tools) is not compared", () => {
    const later = current(2567, byTools(96, 80, 92));
    const y = compareYears(later, [{ fiscalYear: 2566, total: 90, level: "A" }]).lastYear!;
    expect(y.level.previous).toBeNull();
    expect(y.level.previousText).toBe("A");
    expect(y.level.comparable).toBe(false);
    expect(codes(y.notes)).toContain("level-previous-unknown");
  });
});

describe("framework change FY2566 -> FY2567: renamed sub-indicators", () => {
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
  const y = compareYears(now, [
    { fiscalYear: 2566, indicators: { ...byTools(88, 88, 88), ...subs } },
  ]).lastYear!;

  test("main indicators compared, renamed sub-indicators listed but not compared", () => {
    expect(y.indicators.map((i) => i.id)).toEqual([
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
    const byId = Object.fromEntries(y.subIndicators.map((s) => [s.id, s]));
    expect(byId["9.1"]).toMatchObject({ comparable: true, change: 0 });
    expect(byId["10.1"]).toMatchObject({ comparable: true, change: 2.5 });
    expect(byId["9.2"]).toMatchObject({
      comparable: false,
      change: null,
      previous: 80,
      current: 85,
    });
    expect(byId["9.2"].previousNameTh).toBe("การบริหารงาน");
    expect(byId["9.2"].currentNameTh).toBe("การบริหารงานและการใช้จ่ายงบประมาณ");
    expect(byId["9.3"].comparable).toBe(false);
    expect(byId["10.2"].comparable).toBe(false);
    const note = y.notes.find((n) => n.code === "sub-renamed");
    expect(note?.en).toContain("9.2, 9.3, 10.2");
    expect(note?.th).toContain("เปรียบเทียบเฉพาะตัวชี้วัดหลัก");
  });

  test("both years on the pass scale: the level is comparable", () => {
    expect(y.level.comparable).toBe(true);
    expect(y.level.previous?.id).toBe("good");
    expect(y.level.current?.id).toBe("good");
    expect(y.level.changed).toBe(false);
  });

  test("FY2567 -> FY2568 keep the same names: nothing flagged", () => {
    const next = current(2568, { ...byTools(90, 90, 90), ...subs });
    const z = compareYears(next, [
      { fiscalYear: 2567, indicators: { ...byTools(90, 90, 90), ...subs } },
    ]).lastYear!;
    expect(z.subIndicators.every((s) => s.comparable)).toBe(true);
    expect(codes(z.notes)).not.toContain("sub-renamed");
  });
});

describe("indicators missing last year", () => {
  test("listed and noted, never invented", () => {
    const now = current(2563, byTools(90, 80, 70));
    const partial = { ...byTools(85, 75, 65) };
    delete partial["9"];
    delete partial["10"];
    const y = compareYears(now, [{ fiscalYear: 2562, indicators: partial }]).lastYear!;
    expect(y.missingPrevious).toEqual(["9", "10"]);
    expect(y.indicators.map((i) => i.id)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(y.tools.map((t) => t.id)).toEqual(["IIT", "EIT"]);
    expect(y.total).toBeNull();
    const note = y.notes.find((n) => n.code === "previous-indicators-missing");
    expect(note?.th).toContain("ตัวชี้วัดที่ 9, 10");
    expect(note?.en).toContain("indicators 9, 10");
    expect(codes(y.notes)).toContain("total-missing");
  });

  test("indicators this year lacks are listed too", () => {
    const partial = byTools(90, 80, 70);
    delete partial["7"];
    const now = current(2563, partial);
    const y = compareYears(now, [{ fiscalYear: 2562, indicators: byTools(85, 75, 65) }]).lastYear!;
    expect(y.missingCurrent).toEqual(["7"]);
    expect(codes(y.notes)).toContain("current-indicators-missing");
  });
});

describe("problems with earlier years", () => {
  const now = current(2564, byTools(90, 80, 70));

  test("not earlier, given twice, not a year, a score outside 0-100: dropped, with the key", () => {
    const c = compareYears(now, [
      { fiscalYear: 2564, total: 70 },
      { fiscalYear: 2563, total: 70 },
      { fiscalYear: 2563, total: 71 },
      { fiscalYear: 1999, total: 71 },
      { fiscalYear: 2562, total: 170, key: "previous" },
    ]);
    expect(codes(c.problems)).toEqual([
      "previous-year-not-earlier",
      "previous-year-duplicate",
      "previous-year-invalid",
      "previous-score-invalid",
    ]);
    expect(c.problems[3].cell).toBe("previous.total");
    expect(c.problems[3].th).toContain("คีย์ previous.total");
    expect(c.years.map((y) => y.fiscalYear)).toEqual([2563, 2564]);
    expect(c.lastYear?.total?.previous).toBe(70);
  });

  test("an indicator the year does not have, and a level that is not text, are problems", () => {
    const c = compareYears(now, [
      { fiscalYear: 2563, indicators: { "11": 80, "3": 70 }, key: "previous" },
      { fiscalYear: 2562, total: 70, level: 5 as unknown as string, key: "older" },
    ]);
    expect(c.problems.map((p) => [p.code, p.cell])).toEqual([
      ["previous-indicator-unknown", "previous.indicators.11"],
      ["previous-level-invalid", "older.level"],
    ]);
    expect(c.lastYear).toBeNull();
  });

  test("last year with no level and no total: no note about level scales", () => {
    const later = current(2566, byTools(90, 90, 90));
    const y = compareYears(later, [{ fiscalYear: 2565, indicators: { "1": 80 } }]).lastYear!;
    expect(y.level.comparable).toBe(false);
    expect(codes(y.notes)).not.toContain("level-scale-changed");
    expect(y.indicators.map((i) => i.id)).toEqual(["1"]);
  });

  test("a Christian-era year is read as its Buddhist-era year", () => {
    const c = compareYears(now, [{ fiscalYear: 2020, total: 70 }]);
    expect(c.lastYear?.previousYear).toBe(2563);
  });

  test("last year's own inconsistencies come back as warnings naming the year", () => {
    const c = compareYears(now, [{ fiscalYear: 2563, indicators: byTools(80, 80, 80), total: 75 }]);
    const w = c.warnings.find((m) => m.code === "check-total");
    expect(w?.th).toMatch(/^ปีงบประมาณ 2563: /);
    expect(w?.en).toMatch(/^FY2563: /);
    expect(c.lastYear?.total?.previous).toBe(80);
  });

  test("a year given as a subset is not warned about; a dropped year's warnings are dropped too", () => {
    const c = compareYears(now, [
      { fiscalYear: 2563, total: 70 },
      { fiscalYear: 2562, iit: 80, eit: 80, oit: 80 },
      { fiscalYear: 2564, total: 70, level: "Z" },
    ]);
    expect(c.warnings).toEqual([]);
    expect(c.years.map((y) => [y.fiscalYear, y.total])).toEqual([
      [2562, 80],
      [2563, 70],
      [2564, 79],
    ]);
  });

  test("a level that is not on the year's scale is warned about, and kept as text", () => {
    const c = compareYears(now, [{ fiscalYear: 2563, total: 70, level: "ผ่าน" }]);
    expect(c.warnings.map((w) => w.code)).toEqual(["level-unknown"]);
    expect(c.warnings[0].th).toMatch(/^ปีงบประมาณ 2563: /);
    expect(c.lastYear?.level.previousText).toBe("ผ่าน");
    expect(c.lastYear?.level.previous?.id).toBe("C");
  });

  test("no earlier year: no comparison, no trend", () => {
    const c = compareYears(now, []);
    expect(c.lastYear).toBeNull();
    expect(c.trend).toBeNull();
    expect(c.years).toHaveLength(1);
  });
});

describe("trend over three to five years", () => {
  test("four years, rising with a level step, best and worst", () => {
    const now = current(2565, byTools(80, 80, 80));
    const c = compareYears(now, [
      { fiscalYear: 2563, total: 72.5 },
      { fiscalYear: 2562, total: 70 },
      { fiscalYear: 2564, total: 72.5 },
    ]);
    const t = c.trend!;
    expect(t.points.map((p) => [p.fiscalYear, p.total, p.change])).toEqual([
      [2562, 70, null],
      [2563, 72.5, 2.5],
      [2564, 72.5, 0],
      [2565, 80, 7.5],
    ]);
    expect(t.direction).toBe("rising");
    expect(t.change).toBe(10);
    expect(t.best).toEqual([2565]);
    expect(t.worst).toEqual([2562]);
    expect(t.levelsComparable).toBe(true);
    expect(t.gaps).toEqual([]);
    expect(c.lastYear?.previousYear).toBe(2564);
  });

  test("mixed, falling and steady; ties share best and worst; gaps listed", () => {
    const mixed = compareYears(current(2566, byTools(80, 80, 80)), [
      { fiscalYear: 2562, total: 80 },
      { fiscalYear: 2564, total: 75.3 },
    ]).trend!;
    expect(mixed.direction).toBe("mixed");
    expect(mixed.best).toEqual([2562, 2566]);
    expect(mixed.gaps).toEqual([2563, 2565]);
    expect(mixed.levelsComparable).toBe(false);

    const falling = compareYears(current(2564, byTools(60, 60, 60)), [
      { fiscalYear: 2562, total: 80 },
      { fiscalYear: 2563, total: 70.01 },
    ]).trend!;
    expect(falling.direction).toBe("falling");
    expect(falling.change).toBe(-20);
    expect(falling.worst).toEqual([2564]);

    const steady = compareYears(current(2564, byTools(60, 60, 60)), [
      { fiscalYear: 2562, total: 60 },
      { fiscalYear: 2563, total: 60 },
    ]).trend!;
    expect(steady.direction).toBe("steady");
  });

  test("more than five years: the latest five; fewer than three with a total: none", () => {
    const now = current(2568, byTools(80, 80, 80));
    const earlier = [2562, 2563, 2564, 2565, 2566, 2567].map((y) => ({ fiscalYear: y, total: 70 }));
    const t = compareYears(now, earlier).trend!;
    expect(t.points.map((p) => p.fiscalYear)).toEqual([2564, 2565, 2566, 2567, 2568]);
    const none = compareYears(now, [
      { fiscalYear: 2567, total: 70 },
      { fiscalYear: 2566, level: "ผ่าน" },
    ]);
    expect(none.trend).toBeNull();
    expect(buildTrend(none.years)).toBeNull();
  });

  test("earlier assessments can be given as they are", () => {
    const c = compareYears(current(2564, byTools(80, 80, 80)), [
      seedAssessment(),
      current(2563, byTools(78, 78, 78)),
    ]);
    expect(c.trend?.points.map((p) => p.total)).toEqual([76.05, 78, 80]);
    expect(c.trend?.direction).toBe("rising");
  });
});
