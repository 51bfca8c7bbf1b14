import { assess } from "../../src/core/assess";
import {
  adviseNextLevel,
  cheapestPoints,
  indicatorWeights,
  REALISTIC,
} from "../../src/core/advice";
import { getProfile } from "../../src/core/profiles";
import type { ScoreInput } from "../../src/core/types";
import { SEED_INDICATORS } from "../fixtures/seed";

function input(indicators: Record<string, number>, fiscalYear: number): ScoreInput {
  return { fiscalYear, indicators, cells: {}, typed: {} };
}

/** Ten indicators giving the tool scores asked for (each tool's indicators all equal). */
function tools(iit: number, eit: number, oit: number, fiscalYear: number): ScoreInput {
  const ind: Record<string, number> = {};
  for (const id of ["1", "2", "3", "4", "5"]) ind[id] = iit;
  for (const id of ["6", "7", "8"]) ind[id] = eit;
  for (const id of ["9", "10"]) ind[id] = oit;
  return input(ind, fiscalYear);
}

/** The total the raises give, recomputed independently from the indicator scores after the raises. */
function totalAfter(scores: Record<string, number>): number {
  const m = (ids: string[]): number => ids.reduce((s, id) => s + scores[id], 0) / ids.length;
  const t = 0.3 * m(["1", "2", "3", "4", "5"]) + 0.3 * m(["6", "7", "8"]) + 0.4 * m(["9", "10"]);
  return Math.round(t * 1e6) / 1e6;
}

describe("weights and room", () => {
  test("0.06 per IIT indicator point, 0.1 per EIT, 0.2 per OIT", () => {
    const w = indicatorWeights(getProfile(2566));
    expect([w["1"], w["5"], w["6"], w["8"], w["9"], w["10"]]).toEqual([
      0.06, 0.06, 0.1, 0.1, 0.2, 0.2,
    ]);
  });

  test("the seed: indicator 9 (55.85, OIT) is by far the cheapest source of points", () => {
    const a = assess({
      fiscalYear: 2562,
      indicators: { ...SEED_INDICATORS },
      cells: {},
      typed: { oit: 74.8 },
    });
    const ranked = cheapestPoints(a);
    expect(ranked[0]).toMatchObject({ id: "9", room: 44.15, weight: 0.2, value: 8.83 });
    // 8 (61.37, EIT): 38.63 x 0.1 = 3.86; IIT 4 (82.58): 17.42 x 0.06 = 1.05.
    expect(ranked[1]).toMatchObject({ id: "8", value: 3.86 });
    expect(ranked.find((r) => r.id === "4")?.value).toBe(1.05);
    // A perception score rises by at most 10 in a year, an OIT indicator by at most 30; the
    // realistic score is whole (rounded down).
    expect(ranked[1].realisticTo).toBe(71);
    expect(ranked[0].realisticTo).toBe(85);
    const values = ranked.map((r) => r.value);
    expect([...values].sort((x, y) => y - x)).toEqual(values);
  });
});

describe("letter scale: band edges", () => {
  test("84.99 (A needs 85.00): a gap of 0.01, one raise of the heaviest indicator with room", () => {
    // IIT 84.99, EIT 84.99, OIT 84.99 -> total 84.99 (B).
    const a = assess(tools(84.99, 84.99, 84.99, 2565));
    expect(a.level?.id).toBe("B");
    const adv = adviseNextLevel(a);
    expect(adv?.target.id).toBe("A");
    expect(adv?.totalGap).toBe(0.01);
    expect(adv?.raises).toHaveLength(1);
    // Whole points: the raise ends on a whole score (86: 85 would add only 0.002 to the total).
    expect(adv?.raises[0]).toMatchObject({ tool: "OIT", from: 84.99, to: 86 });
    expect(adv?.totalAfter).toBeGreaterThanOrEqual(85);
    expect(adv?.reachable).toBe(true);
  });

  test("exactly 85.00 is A; the next level is AA at 95", () => {
    const a = assess(tools(85, 85, 85, 2563));
    expect(a.level?.id).toBe("A");
    const adv = adviseNextLevel(a);
    expect(adv?.target.id).toBe("AA");
    expect(adv?.totalGap).toBe(10);
  });

  test("AA already: no advice", () => {
    expect(adviseNextLevel(assess(tools(96, 96, 96, 2563)))).toBeNull();
  });

  test("the seed (B, 76.05): 9 by 30 points, 10 to 100 and whole-point raises of 8 and 6 reach A", () => {
    const a = assess({
      fiscalYear: 2562,
      indicators: { ...SEED_INDICATORS },
      cells: {},
      typed: { oit: 74.8 },
    });
    const adv = adviseNextLevel(a);
    expect(adv?.totalGap).toBe(8.95);
    expect(adv?.raises.map((r) => r.id).slice(0, 2)).toEqual(["9", "10"]);
    expect(adv?.raises[0]).toMatchObject({ from: 55.85, to: 85, gain: 5.83 });
    for (const r of adv?.raises ?? []) expect(Number.isInteger(r.to)).toBe(true);
    const after: Record<string, number> = { ...(a.scores as Record<string, number>) };
    for (const r of adv?.raises ?? []) after[r.id] = r.to;
    expect(totalAfter(after)).toBeGreaterThanOrEqual(85);
    // One whole point less on the last raise would not do: the set is as small as it can be.
    const last = adv!.raises[adv!.raises.length - 1];
    after[last.id] = Math.max(last.from, last.to - 1);
    expect(totalAfter(after)).toBeLessThan(85);
  });

  test("not reachable with realistic raises: says so and lists every realistic raise", () => {
    // All at 40 (F): E needs 50 but OIT to 100 gives 24, IIT/EIT +10 gives 6: 40 + 24 + 6 = 70 -> reachable.
    const low = adviseNextLevel(assess(tools(40, 40, 40, 2564)));
    expect(low?.target.id).toBe("E");
    expect(low?.reachable).toBe(true);
    // B -> A needs 85 but every tool at 75 with OIT already 100: IIT/EIT +10 -> 0.3*85+0.3*85+40 = 91.
    const tight = adviseNextLevel(
      assess(
        input({ 1: 60, 2: 60, 3: 60, 4: 60, 5: 60, 6: 60, 7: 60, 8: 60, 9: 100, 10: 100 }, 2562)
      )
    );
    // 0.3*60 + 0.3*60 + 40 = 76 (B); A needs 9 more: IIT/EIT +10 each give at most 6.
    expect(tight?.target.id).toBe("A");
    expect(tight?.reachable).toBe(false);
    expect(tight?.raises).toHaveLength(8);
    expect(tight?.totalAfter).toBe(82);
  });
});

describe("five-level scale (FY2566 on): band edges and tool minimums", () => {
  test("total 85 with IIT 84.99: ผ่าน, not ผ่านดี; IIT must rise 0.01 and the advice raises only IIT", () => {
    const a = assess(tools(84.99, 90, 82, 2566));
    // total = 0.3*84.99 + 0.3*90 + 0.4*82 = 25.497 + 27 + 32.8 = 85.297 -> 85.30: pass, EIT fine, IIT and OIT below 85.
    expect(a.level?.id).toBe("pass");
    const adv = adviseNextLevel(a);
    expect(adv?.target.id).toBe("good");
    expect(adv?.toolGaps).toEqual([
      { tool: "IIT", score: 84.99, need: 0.01 },
      { tool: "OIT", score: 82, need: 3 },
    ]);
    expect(adv?.toolsAfter.IIT).toBeGreaterThanOrEqual(85);
    expect(adv?.toolsAfter.OIT).toBeGreaterThanOrEqual(85);
    // IIT needs 0.05 indicator points (0.01 x 5): one indicator; OIT 6 points: one indicator (room 18).
    expect(adv?.raises.map((r) => r.tool).sort()).toEqual(["IIT", "OIT"]);
    expect(adv?.reachable).toBe(true);
  });

  test("84.99 total: ต้องปรับปรุง; ผ่าน needs 0.01 of total", () => {
    const a = assess(tools(84.99, 84.99, 84.99, 2567));
    expect(a.level?.id).toBe("improve");
    const adv = adviseNextLevel(a);
    expect(adv?.target.id).toBe("pass");
    expect(adv?.totalGap).toBe(0.01);
    expect(adv?.toolGaps).toEqual([]);
    expect(adv?.raises).toHaveLength(1);
  });

  test("69.99: ต้องปรับปรุงโดยด่วน; 70 is the next edge", () => {
    const a = assess(tools(69.99, 69.99, 69.99, 2568));
    expect(a.level?.id).toBe("urgent");
    const adv = adviseNextLevel(a);
    expect(adv?.target.id).toBe("improve");
    expect(adv?.totalGap).toBe(0.01);
  });

  test("ผ่านดี with every tool at 94: ผ่านดีเยี่ยม needs each tool at 95", () => {
    const a = assess(tools(94, 94, 94, 2568));
    expect(a.level?.id).toBe("good");
    const adv = adviseNextLevel(a);
    expect(adv?.target.id).toBe("excellent");
    expect(adv?.toolGaps.map((g) => g.tool)).toEqual(["IIT", "EIT", "OIT"]);
    // IIT and EIT indicators may not rise above 95 in a year: 94 -> 95 for all of them, OIT one indicator.
    expect(adv?.toolsAfter).toEqual({ IIT: 95, EIT: 95, OIT: 95 });
    expect(adv?.reachable).toBe(true);
  });

  test("the realistic ceiling is a setting", () => {
    expect(REALISTIC.IIT).toEqual({ step: 10, ceiling: 95 });
    const a = assess(tools(94, 94, 94, 2568));
    const strict = adviseNextLevel(a, {
      IIT: { step: 0, ceiling: 95 },
      EIT: { step: 10, ceiling: 95 },
      OIT: { step: 100, ceiling: 100 },
    });
    expect(strict?.reachable).toBe(false);
  });
});
