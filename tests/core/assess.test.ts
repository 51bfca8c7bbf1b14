import { assess, assessRaw } from "../../src/core/assess";
import { levelFor, matchLevel } from "../../src/core/level";
import { getProfile } from "../../src/core/profiles";
import type { ScoreInput } from "../../src/core/types";
import { SEED_INDICATORS } from "../fixtures/seed";

const SEED: ScoreInput = {
  fiscalYear: 2562,
  indicators: { ...SEED_INDICATORS },
  cells: { oit: "oit" },
  typed: { oit: 74.8 },
};

function input(
  indicators: Record<string, number>,
  typed: ScoreInput["typed"] = {},
  fiscalYear = 2562
): ScoreInput {
  return { fiscalYear, indicators, cells: {}, typed };
}

/** Ten indicators giving exactly the tool scores asked for (each tool's indicators all equal). */
function tools(iit: number, eit: number, oit: number, fiscalYear: number): ScoreInput {
  const ind: Record<string, number> = {};
  for (const id of ["1", "2", "3", "4", "5"]) ind[id] = iit;
  for (const id of ["6", "7", "8"]) ind[id] = eit;
  for (const id of ["9", "10"]) ind[id] = oit;
  return input(ind, {}, fiscalYear);
}

describe("the seed (อบต.กะหรอ FY2562)", () => {
  const a = assess(SEED);

  test("tool scores, total and level", () => {
    expect(a.iit).toBe(87.46);
    expect(a.eit).toBe(66.29);
    expect(a.oit).toBe(74.8);
    expect(a.total).toBe(76.05);
    expect(a.level?.id).toBe("B");
  });

  test("indicator 10 from 10.1/10.2 and indicator 9 derived from the typed OIT, both flagged", () => {
    expect(a.scores["10"]).toBe(93.75);
    expect(a.scores["9"]).toBe(55.85);
    expect(a.derived).toEqual(expect.arrayContaining(["9", "10", "iit", "eit", "total"]));
    expect(a.derived).not.toContain("oit");
    expect(a.warnings.map((w) => w.code)).toContain("derived-9");
    const nine = a.ranking.find((r) => r.id === "9");
    expect(nine).toMatchObject({ derived: true, rank: 10, sub: false });
  });

  test("ranking: all ten, descending, sub-indicators beside them but not counted", () => {
    const mainIds = a.ranking.filter((r) => !r.sub).map((r) => r.id);
    expect(mainIds).toEqual(["1", "10", "5", "3", "2", "4", "7", "6", "8", "9"]);
    expect(a.ranking.filter((r) => !r.sub).map((r) => r.rank)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const s1 = a.ranking.find((r) => r.id === "10.2");
    expect(s1).toMatchObject({ sub: true, score: 100, rank: 1 });
    const s2 = a.ranking.find((r) => r.id === "10.1");
    expect(s2).toMatchObject({ sub: true, score: 87.5, rank: 5 });
    expect(a.ranking.map((r) => r.id)).toEqual([
      "10.2",
      "1",
      "10",
      "5",
      "3",
      "10.1",
      "2",
      "4",
      "7",
      "6",
      "8",
      "9",
    ]);
  });

  test("strengths and indicators to develop cover every main indicator (none dropped)", () => {
    expect(a.strengths).toEqual(["1", "10"]);
    expect(a.toDevelop).toEqual(["5", "3", "2", "4", "7", "6", "8", "9"]);
    expect(a.strengths.length + a.toDevelop.length).toBe(10);
    expect(a.highest).toEqual(["1"]);
    expect(a.lowest).toEqual(["9"]);
    expect(a.missing).toEqual([]);
  });

  test("threshold 85 moves 3, 5 and 2 to strengths", () => {
    const b = assess(SEED, { threshold: 85 });
    expect(b.strengths).toEqual(["1", "10", "5", "3", "2"]);
    expect(b.threshold).toBe(85);
  });

  test("an invalid threshold is a problem and the default is used", () => {
    const b = assess(SEED, { threshold: 120 });
    expect(b.threshold).toBe(90);
    expect(b.problems.map((p) => p.code)).toEqual(["threshold-invalid"]);
  });
});

describe("letter levels FY2562-2565, every boundary", () => {
  test.each<[number, string]>([
    [100, "AA"],
    [95, "AA"],
    [94.99, "A"],
    [85, "A"],
    [84.99, "B"],
    [75, "B"],
    [74.99, "C"],
    [65, "C"],
    [64.99, "D"],
    [55, "D"],
    [54.99, "E"],
    [50, "E"],
    [49.99, "F"],
    [0, "F"],
  ])("total %p -> %s", (total, level) => {
    for (const y of [2562, 2563, 2564, 2565]) {
      expect(levelFor(getProfile(y), total)?.id).toBe(level);
      expect(assess(tools(total, total, total, y)).level?.id).toBe(level);
    }
  });
});

describe("five-level scale from FY2566, every boundary", () => {
  test.each<[number, number, number, string]>([
    [95, 95, 95, "ผ่านดีเยี่ยม"],
    [100, 100, 95, "ผ่านดีเยี่ยม"],
    [94.99, 94.99, 94.99, "ผ่านดี"],
    [100, 100, 94.99, "ผ่านดี"], // total 97.996 -> 98.00 >= 95, but OIT < 95
    [85, 85, 85, "ผ่านดี"],
    [100, 100, 84.99, "ผ่าน"], // total 93.996 -> 94.00 >= 85, OIT < 85
    [84.99, 100, 100, "ผ่าน"],
    [100, 60, 100, "ผ่าน"], // 30 + 18 + 40 = 88
    [84.99, 84.99, 84.99, "ต้องปรับปรุง"],
    [70, 70, 70, "ต้องปรับปรุง"],
    [69.99, 69.99, 69.99, "ต้องปรับปรุงโดยด่วน"],
    [0, 0, 0, "ต้องปรับปรุงโดยด่วน"],
  ])("IIT %p EIT %p OIT %p -> %s", (i, e, o, label) => {
    for (const y of [2566, 2567, 2568, 2569]) {
      expect(assess(tools(i, e, o, y)).level?.labelTh).toBe(label);
    }
  });

  test("the rounded total decides: 84.995 unrounded is 85.00", () => {
    // IIT 84.99, EIT 85, OIT 85: total 84.997 -> 85.00; IIT < 85 so "ผ่าน", not "ผ่านดี"
    const a = assess(tools(84.99, 85, 85, 2566));
    expect(a.total).toBe(85);
    expect(a.level?.id).toBe("pass");
    expect(assess(tools(84.99, 85, 85, 2562)).level?.id).toBe("A");
  });

  test("provisional FY2569 says so", () => {
    expect(assess(tools(90, 90, 90, 2569)).warnings.map((w) => w.code)).toContain(
      "provisional-year"
    );
  });
});

describe("rounding from unrounded parts", () => {
  test("x.xx5 totals round half up", () => {
    // 0.3*80 + 0.3*70 + 0.4*77.5125? use indicators: IIT 80, EIT 70, OIT mean(77.51, 77.52) = 77.515
    const a = assess(
      input({
        "1": 80,
        "2": 80,
        "3": 80,
        "4": 80,
        "5": 80,
        "6": 70,
        "7": 70,
        "8": 70,
        "9": 77.51,
        "10": 77.52,
      })
    );
    expect(a.oit).toBe(77.52); // 77.515 -> 77.52
    expect(a.total).toBe(76.01); // 24 + 21 + 31.006 = 76.006 -> 76.01
  });

  test("the total uses unrounded tool scores, not the rounded ones", () => {
    // IIT = 80.004 (rounds to 80.00); EIT = 80.0033..; OIT = 80.0025
    const a = assess(
      input({
        "1": 80.02,
        "2": 80,
        "3": 80,
        "4": 80,
        "5": 80,
        "6": 80.01,
        "7": 80,
        "8": 80,
        "9": 80.005,
        "10": 80,
      })
    );
    expect(a.iit).toBe(80);
    expect(a.eit).toBe(80);
    expect(a.oit).toBe(80);
    // 0.3*80.004 + 0.3*80.00333 + 0.4*80.0025 = 80.0032 -> 80.00 (from rounded parts also 80.00)
    expect(a.total).toBe(80);
    // a case where the two differ: IIT 84.994, EIT 84.996 (rounded 84.99 and 85.00)
    const b = assess(
      input({
        "1": 84.97,
        "2": 85,
        "3": 85,
        "4": 85,
        "5": 85,
        "6": 84.988,
        "7": 85,
        "8": 85,
        "9": 85,
        "10": 85,
      })
    );
    expect(b.iit).toBe(84.99);
    expect(b.eit).toBe(85);
    // exact: 0.3*84.994 + 0.3*84.996 + 0.4*85 = 84.997 -> 85.00; from rounded: 84.997 -> 85.00 too
    expect(b.total).toBe(85);
  });

  test("indicator 10 from sub-indicators with a third decimal", () => {
    const a = assess(input({ "10.1": 87.45, "10.2": 100 }));
    expect(a.scores["10"]).toBe(93.73); // 93.725 half up
  });
});

describe("ties share a rank", () => {
  test("competition ranking 1, 2, 2, 4 and several highest / lowest", () => {
    const a = assess(
      input({
        "1": 90,
        "2": 95,
        "3": 95,
        "4": 80,
        "5": 80,
        "6": 95,
        "7": 70,
        "8": 70,
        "9": 60,
        "10": 60,
      })
    );
    const main = a.ranking.filter((r) => !r.sub);
    expect(main.map((r) => [r.id, r.rank])).toEqual([
      ["2", 1],
      ["3", 1],
      ["6", 1],
      ["1", 4],
      ["4", 5],
      ["5", 5],
      ["7", 7],
      ["8", 7],
      ["9", 9],
      ["10", 9],
    ]);
    expect(a.highest).toEqual(["2", "3", "6"]);
    expect(a.lowest).toEqual(["9", "10"]);
    expect(a.strengths).toEqual(["2", "3", "6", "1"]);
  });

  test("a score exactly at the threshold is a strength", () => {
    const a = assess(input({ "1": 90, "2": 89.99 }));
    expect(a.strengths).toEqual(["1"]);
    expect(a.toDevelop).toEqual(["2"]);
  });
});

describe("partial input", () => {
  test("only IIT/EIT/OIT typed: total and level, indicators missing", () => {
    const a = assess(input({}, { iit: 87.46, eit: 66.29, oit: 74.8 }));
    expect(a.total).toBe(76.05); // 26.238 + 19.887 + 29.92 = 76.045
    expect(a.level?.id).toBe("B");
    expect(a.ranking).toEqual([]);
    expect(a.missing).toEqual(expect.arrayContaining(["indicator:1", "indicator:10"]));
    expect(a.missing).not.toContain("total");
    expect(a.derived).toEqual(["total"]);
  });

  test("some indicators and typed tool scores: typed tool scores used for the total, said so", () => {
    const a = assess(input({ "1": 90, "2": 80 }, { iit: 85, eit: 80, oit: 90 }));
    expect(a.iit).toBe(85);
    expect(a.total).toBe(85.5);
    const codes = a.warnings.map((w) => w.code);
    expect(codes).toContain("tool-from-typed");
    expect(codes).toContain("total-from-typed");
    expect(codes).toContain("indicators-missing");
    expect(a.ranking.map((r) => r.id)).toEqual(["1", "2"]);
  });

  test("indicators for two tools only: those tool scores, no total, no level", () => {
    const a = assess(
      input({ "1": 90, "2": 80, "3": 70, "4": 60, "5": 50, "6": 90, "7": 80, "8": 70 })
    );
    expect(a.iit).toBe(70);
    expect(a.eit).toBe(80);
    expect(a.oit).toBeNull();
    expect(a.total).toBeNull();
    expect(a.level).toBeNull();
    expect(a.missing).toEqual(["oit", "indicator:9", "indicator:10", "total", "level"]);
  });

  test("only a typed total: level on the letter scale; undecidable above 85 on the five-level scale", () => {
    expect(assess(input({}, { total: 80 })).level?.id).toBe("B");
    expect(assess(input({}, { total: 80 }, 2566)).level?.id).toBe("improve");
    const c = assess(input({}, { total: 90 }, 2566));
    expect(c.level).toBeNull();
    expect(c.missing).toContain("level");
  });

  test("indicator 9 cannot be derived outside 0-100", () => {
    const a = assess(input({ "10": 100 }, { oit: 40 }));
    expect(a.scores["9"]).toBeUndefined();
    expect(a.warnings.map((w) => w.code)).toContain("derive-9-impossible");
  });
});

describe("checks of typed figures", () => {
  const full = {
    "1": 94.15,
    "2": 85.43,
    "3": 87.52,
    "4": 82.58,
    "5": 87.64,
    "6": 67.05,
    "7": 70.46,
    "8": 61.37,
    "9": 55.85,
    "10": 93.75,
  };

  test("within 0.01 is consistent; beyond, a warning giving both", () => {
    const a = assess(input(full, { iit: 87.47, eit: 66.31, total: 76.05, level: "B" }));
    const byWhat = Object.fromEntries(a.checks.map((c) => [c.what, c]));
    expect(byWhat.iit).toMatchObject({ typed: 87.47, computed: 87.46, consistent: true });
    expect(byWhat.eit).toMatchObject({ typed: 66.31, computed: 66.29, consistent: false });
    expect(byWhat.total.consistent).toBe(true);
    expect(byWhat.level.consistent).toBe(true);
    const w = a.warnings.find((x) => x.code === "check-eit");
    expect(w?.en).toContain("66.31");
    expect(w?.en).toContain("66.29");
    expect(w?.th).toContain("66.31");
    expect(a.eit).toBe(66.29);
  });

  test("a wrong total and level are flagged", () => {
    const a = assess(input(full, { total: 80, level: "A" }));
    expect(a.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["check-total", "check-level"])
    );
    expect(a.total).toBe(76.05);
    expect(a.level?.id).toBe("B");
  });

  test("typed levels are matched in Thai, English or by id; unknown ones warned", () => {
    const p = getProfile(2566);
    expect(matchLevel(p, "ผ่านดี")?.id).toBe("good");
    expect(matchLevel(p, "ระดับ ผ่านดีเยี่ยม")?.id).toBe("excellent");
    expect(matchLevel(p, "Pass, good")?.id).toBe("good");
    expect(matchLevel(getProfile(2562), "b")?.id).toBe("B");
    const a = assess(input(full, { level: "ผ่าน" }));
    expect(a.warnings.map((w) => w.code)).toContain("level-unknown");
  });
});

describe("assessRaw", () => {
  test("problems when parse fails, an assessment otherwise", () => {
    const bad = assessRaw({
      fiscalYear: { value: 2562 },
      indicators: [{ id: "1", value: "#N/A", cell: "B2" }],
    });
    expect(bad.assessment).toBeUndefined();
    expect(bad.problems[0]).toMatchObject({ code: "excel-error", cell: "B2" });
    const good = assessRaw({
      fiscalYear: { value: "ปีงบประมาณ ๒๕๖๒" },
      indicators: [{ id: "1", value: "87..46", cell: "B2" }],
    });
    expect(good.assessment?.scores["1"]).toBe(87.46);
    expect(good.warnings.map((w) => w.code)).toContain("double-dot");
  });
});

describe("cross-check against integer arithmetic (seeded random inputs)", () => {
  /** mulberry32 */
  function rng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  /** Round half up of n / d for non-negative integers. */
  const halfUp = (n: number, d: number): number => Math.floor((2 * n + d) / (2 * d));

  test("5,000 inputs: tool scores and total equal the exact half-up result", () => {
    const next = rng(42);
    for (let i = 0; i < 5000; i++) {
      // scores in hundredths
      const h = Array.from({ length: 10 }, () => Math.floor(next() * 10001));
      const ind: Record<string, number> = {};
      h.forEach((x, k) => (ind[String(k + 1)] = x / 100));
      const a = assess(input(ind, {}, 2562 + (i % 8)));
      const s1 = h.slice(0, 5).reduce((x, y) => x + y, 0);
      const s2 = h.slice(5, 8).reduce((x, y) => x + y, 0);
      const s3 = h[8] + h[9];
      expect(a.iit).toBe(halfUp(s1, 5) / 100);
      expect(a.eit).toBe(halfUp(s2, 3) / 100);
      expect(a.oit).toBe(halfUp(s3, 2) / 100);
      // total in hundredths = 0.3*s1/5 + 0.3*s2/3 + 0.4*s3/2 = (9*s1 + 15*s2 + 30*s3) / 150
      expect(a.total).toBe(halfUp(9 * s1 + 15 * s2 + 30 * s3, 150) / 100);
    }
  });
});

describe("indicator 10 and its sub-indicators", () => {
  test("given together and agreeing: no warning; disagreeing: a warning with both", () => {
    expect(
      assess(input({ "10": 93.75, "10.1": 87.5, "10.2": 100 })).warnings.map((w) => w.code)
    ).not.toContain("check-10-subs");
    const a = assess(input({ "10": 90, "10.1": 87.5, "10.2": 100 }));
    const w = a.warnings.find((x) => x.code === "check-10-subs");
    expect(w?.en).toContain("90.00");
    expect(w?.en).toContain("93.75");
    expect(a.scores["10"]).toBe(90);
  });

  test("only one sub-indicator: indicator 10 is missing", () => {
    const a = assess(input({ "10.1": 87.5 }));
    expect(a.scores["10"]).toBeUndefined();
    expect(a.missing).toContain("indicator:10");
    expect(a.ranking.map((r) => [r.id, r.sub])).toEqual([["10.1", true]]);
    expect(a.strengths).toEqual([]);
  });
});

describe("published figures win within rounding", () => {
  const ten = { 1: 70, 2: 70, 3: 70, 4: 70, 5: 70, 6: 60, 7: 60, 8: 60, 9: 70.05, 10: 70 };
  // IIT 70, EIT 60, OIT 70.025 -> 70.03 computed; total 0.3*70 + 0.3*60 + 0.4*70.025 = 67.01.

  test("typed tool score and total within 0.01 are printed as typed and listed as NACC's", () => {
    const a = assess(input(ten, { oit: 70.02, total: 67.02 }));
    expect(a.oit).toBe(70.02);
    expect(a.total).toBe(67.02);
    expect(a.published).toEqual(["oit", "total"]);
    expect(a.warnings.map((w) => w.code)).not.toContain("check-total");
  });

  test("a province row published as 67.54 prints as 67.54, not the recomputed 67.53", () => {
    // 0.3*80 + 0.3*50 + 0.4*71.325 = 24 + 15 + 28.53 = 67.53 computed.
    const ind = { 1: 80, 2: 80, 3: 80, 4: 80, 5: 80, 6: 50, 7: 50, 8: 50, 9: 71.3, 10: 71.35 };
    const a = assess(input(ind, { total: 67.54 }));
    expect(a.total).toBe(67.54);
    expect(a.published).toEqual(["total"]);
  });

  test("beyond 0.01: the computed figure and the warning", () => {
    const a = assess(input(ten, { oit: 70.1, total: 67.2 }));
    expect(a.oit).toBe(70.03);
    expect(a.total).toBe(67.01);
    expect(a.published).toEqual([]);
    expect(a.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["check-oit", "check-total"])
    );
  });

  test("the level is decided on the published figures (a typed 84.99 stays B)", () => {
    const a = assess(tools(85, 85, 85, 2563));
    expect(a.level?.id).toBe("A");
    const typed = assess({ ...tools(85, 85, 85, 2563), typed: { total: 84.99 } });
    expect(typed.total).toBe(84.99);
    expect(typed.level?.id).toBe("B");
  });
});
