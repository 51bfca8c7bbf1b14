import { assess } from "../../src/core/assess";
import {
  agencyRow,
  SummaryAccumulator,
  type AgencyExtra,
  type Summary,
  type SummaryOptions,
} from "../../src/core/summary";
import type { Assessment, ScoreInput } from "../../src/core/types";
import { SEED, SEED_INDICATORS } from "../fixtures/seed";

/** Many agencies through one accumulator, in order (as the batch adds them). */
function summarize(
  agencies: ReadonlyArray<{ name: string; assessment: Assessment } & AgencyExtra>,
  options: SummaryOptions = {}
): Summary {
  const acc = new SummaryAccumulator(options);
  agencies.forEach((a, i) => {
    const extra: AgencyExtra = {};
    if (a.province !== undefined) extra.province = a.province;
    if (a.type !== undefined) extra.type = a.type;
    acc.add(a.name, a.assessment, i, extra);
  });
  return acc.finalize();
}

const seedAssessment = (): Assessment =>
  assess({
    fiscalYear: SEED.fiscalYear,
    indicators: { ...SEED_INDICATORS },
    cells: {},
    typed: { oit: SEED.oit },
  });

/** Ten indicators with each tool's indicators equal: IIT, EIT and OIT come out exactly as given. */
function byTools(fiscalYear: number, iit: number, eit: number, oit: number): Assessment {
  const ind: Record<string, number> = {};
  for (const id of ["1", "2", "3", "4", "5"]) ind[id] = iit;
  for (const id of ["6", "7", "8"]) ind[id] = eit;
  for (const id of ["9", "10"]) ind[id] = oit;
  const input: ScoreInput = { fiscalYear, indicators: ind, cells: {}, typed: {} };
  return assess(input);
}

function typedOnly(fiscalYear: number, total: number): Assessment {
  return assess({ fiscalYear, indicators: {}, cells: {}, typed: { total } });
}

describe("ranking", () => {
  // Totals: 90, 85, 85, 80 and one without a total.
  const agencies = [
    { name: "องค์การบริหารส่วนตำบลข", assessment: byTools(2563, 85, 85, 85) },
    { name: "เทศบาลตำบลก", assessment: byTools(2563, 85, 85, 85) },
    { name: "อบต.สูง", assessment: byTools(2563, 90, 90, 90) },
    { name: "อบต.ต่ำ", assessment: byTools(2563, 80, 80, 80) },
    {
      name: "อบต.ไม่ครบ",
      assessment: assess({ fiscalYear: 2563, indicators: { "1": 50 }, cells: {}, typed: {} }),
    },
  ];
  const s = summarize(agencies);
  const y = s.years[0];

  test("competition ranks: ties share a rank, the next rank skips; no total, no rank, last", () => {
    expect(y.agencies.map((a) => [a.name, a.total, a.rank])).toEqual([
      ["อบต.สูง", 90, 1],
      ["เทศบาลตำบลก", 85, 2],
      ["องค์การบริหารส่วนตำบลข", 85, 2],
      ["อบต.ต่ำ", 80, 4],
      ["อบต.ไม่ครบ", null, null],
    ]);
  });

  test("equal totals are in Thai dictionary order (เทศบาล before องค์การ, unlike code points)", () => {
    expect("เทศบาลตำบลก" < "องค์การบริหารส่วนตำบลข").toBe(false);
    expect(y.agencies[1].name).toBe("เทศบาลตำบลก");
  });

  test("the order rows arrive in does not matter (worker threads finish in any order)", () => {
    const forward = new SummaryAccumulator();
    const backward = new SummaryAccumulator();
    agencies.forEach((a, i) => forward.add(a.name, a.assessment, i));
    [...agencies]
      .reverse()
      .forEach((a, i) => backward.add(a.name, a.assessment, agencies.length - 1 - i));
    expect(backward.finalize()).toEqual(forward.finalize());
  });

  test("the same name twice keeps both, ordered by source order", () => {
    const twice = summarize([
      { name: "อบต.ซ้ำ", assessment: byTools(2563, 80, 80, 80) },
      { name: "อบต.ซ้ำ", assessment: byTools(2563, 80, 80, 80) },
    ]).years[0].agencies;
    expect(twice.map((a) => [a.order, a.rank])).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});

describe("level distribution per the year's scale", () => {
  test("letter scale: every level listed best first, zero counts included, with shares", () => {
    const s = summarize([
      { name: "ก", assessment: byTools(2564, 96, 96, 96) },
      { name: "ข", assessment: seedAssessment() },
      { name: "ค", assessment: byTools(2564, 76, 76, 76) },
      { name: "ง", assessment: byTools(2564, 40, 40, 40) },
    ]);
    expect(s.years.map((y) => y.fiscalYear)).toEqual([2562, 2564]);
    const y2564 = s.years[1];
    expect(y2564.scale).toBe("letter");
    expect(y2564.levels.map((l) => [l.id, l.count, l.percent])).toEqual([
      ["AA", 1, 33.33],
      ["A", 0, 0],
      ["B", 1, 33.33],
      ["C", 0, 0],
      ["D", 0, 0],
      ["E", 0, 0],
      ["F", 1, 33.33],
    ]);
    expect(y2564.passing).toBe(1);
    expect(s.years[0].levels.find((l) => l.id === "B")?.count).toBe(1);
    expect(s.notes.map((n) => n.code)).toEqual(["summary-mixed-years"]);
    expect(s.notes[0].th).toContain("2562, 2564");
  });

  test("pass scale: the five levels, and a level that cannot be decided counted apart", () => {
    const s = summarize([
      { name: "ก", assessment: byTools(2566, 96, 96, 96) },
      { name: "ข", assessment: byTools(2566, 96, 80, 92) },
      { name: "ค", assessment: byTools(2566, 90, 86, 88) },
      { name: "ง", assessment: byTools(2566, 60, 60, 60) },
      // 90 typed alone: on the pass scale the tools decide between ผ่าน and ผ่านดี.
      { name: "จ", assessment: typedOnly(2566, 90) },
    ]);
    const y = s.years[0];
    expect(y.scale).toBe("pass5");
    expect(y.levels.map((l) => [l.labelTh, l.count])).toEqual([
      ["ผ่านดีเยี่ยม", 1],
      ["ผ่านดี", 1],
      ["ผ่าน", 1],
      ["ต้องปรับปรุง", 0],
      ["ต้องปรับปรุงโดยด่วน", 1],
    ]);
    expect(y.noLevel).toBe(1);
    expect(y.levels.reduce((n, l) => n + l.count, 0) + y.noLevel).toBe(5);
    expect(y.passing).toBe(4);
    expect(y.agencies.find((a) => a.name === "จ")).toMatchObject({
      rank: 2,
      level: null,
      levelTh: null,
    });
  });
});

describe("tool scores and per-indicator averages", () => {
  test("means are decimal-exact (70.07 and 70.08 average 70.08; binary rounding gives 70.07)", () => {
    const s = summarize([
      { name: "ก", assessment: byTools(2563, 70.07, 60, 60) },
      { name: "ข", assessment: byTools(2563, 70.08, 70, 60) },
    ]);
    const y = s.years[0];
    expect(Math.round(((70.07 + 70.08) / 2) * 100) / 100).toBe(70.07);
    expect(y.tools.find((t) => t.id === "IIT")).toMatchObject({
      count: 2,
      mean: 70.08,
      min: 70.07,
      max: 70.08,
      median: 70.08,
    });
    expect(y.indicators.find((i) => i.id === "1")?.mean).toBe(70.08);
    expect(y.tools.find((t) => t.id === "EIT")).toMatchObject({ mean: 65, median: 65 });
  });

  test("a typed total with more than two decimals is averaged exactly, not as rounded hundredths", () => {
    const s = summarize([
      { name: "ก", assessment: typedOnly(2563, 80.125) },
      { name: "ข", assessment: byTools(2563, 70, 70, 70) },
    ]);
    // (80.125 + 70) / 2 = 75.0625 -> 75.06; rounding 80.125 to 80.13 first would give 75.07.
    expect(s.years[0].total).toMatchObject({ mean: 75.06, median: 75.06, max: 80.125 });
  });

  test("the seed's figures: IIT, EIT, OIT and total summaries; medians of an odd count", () => {
    const s = summarize([
      { name: "กะหรอ", assessment: seedAssessment() },
      { name: "ข", assessment: byTools(2562, 90, 90, 90) },
      { name: "ค", assessment: byTools(2562, 80, 80, 80) },
    ]);
    const y = s.years[0];
    expect(y.total).toEqual({ count: 3, mean: 82.02, min: 76.05, max: 90, median: 80 });
    // IIT: (87.46 + 90 + 80) / 3 = 85.82
    expect(y.tools.map((t) => [t.id, t.mean])).toEqual([
      ["IIT", 85.82],
      ["EIT", 78.76],
      ["OIT", 81.6],
    ]);
    // Indicator 9 is derived for the seed: the row says so.
    expect(y.agencies.find((a) => a.name === "กะหรอ")?.derived).toEqual(["9", "10"]);
  });

  test("agencies below the threshold on each indicator, lowest first; counts only those scored", () => {
    const s = summarize(
      [
        { name: "กะหรอ", assessment: seedAssessment() },
        { name: "ข", assessment: byTools(2562, 90, 84, 95) },
        { name: "ค", assessment: byTools(2562, 80, 95, 95) },
      ],
      { threshold: 85 }
    );
    const y = s.years[0];
    expect(y.threshold).toBe(85);
    const one = y.indicators.find((i) => i.id === "1")!;
    expect(one.below).toEqual([{ name: "ค", order: 2, score: 80 }]);
    const eight = y.indicators.find((i) => i.id === "8")!;
    expect(eight.below.map((b) => [b.name, b.score])).toEqual([
      ["กะหรอ", 61.37],
      ["ข", 84],
    ]);
    expect(y.agencies.find((a) => a.name === "กะหรอ")?.below).toEqual(["4", "6", "7", "8", "9"]);
    expect(y.indicators.map((i) => i.count)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  test("the default threshold is 90, the strength threshold; an invalid one falls back with a note", () => {
    const acc = new SummaryAccumulator({ threshold: 120 });
    acc.add("ข", byTools(2562, 89.99, 90, 90));
    const s = acc.finalize();
    expect(s.years[0].threshold).toBe(90);
    expect(s.notes.map((n) => n.code)).toEqual(["threshold-invalid"]);
    expect(s.years[0].indicators[0].below).toHaveLength(1);
  });
});

describe("streaming and skipped agencies", () => {
  test("skipped agencies are listed with their problems and not summarised", () => {
    const acc = new SummaryAccumulator();
    acc.add("ก", byTools(2563, 80, 80, 80));
    acc.skip("ข", [{ code: "empty", th: "ไม่มีคะแนน", en: "the score is empty", cell: "S!C5" }]);
    acc.add("ค", byTools(2563, 70, 70, 70));
    const s = acc.finalize();
    expect(s.agencyCount).toBe(2);
    expect(acc.agencyCount).toBe(2);
    expect(s.skipped).toEqual([
      { name: "ข", order: 1, problems: [expect.objectContaining({ cell: "S!C5" })] },
    ]);
    expect(s.years[0].agencies.map((a) => [a.name, a.order])).toEqual([
      ["ก", 0],
      ["ค", 2],
    ]);
  });

  test("a row is small, plain data: rows from workers give the same summary as assessments", () => {
    const a = seedAssessment();
    const row = agencyRow("กะหรอ", a, 0, { province: "นครศรีธรรมราช" });
    expect(Object.keys(row).sort()).toEqual(
      [
        "derived",
        "eit",
        "fiscalYear",
        "iit",
        "indicators",
        "level",
        "name",
        "oit",
        "order",
        "province",
        "total",
        "warnings",
      ].sort()
    );
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
    const viaRow = new SummaryAccumulator();
    viaRow.addRow(JSON.parse(JSON.stringify(row)));
    const direct = new SummaryAccumulator();
    direct.add("กะหรอ", a, 0, { province: "นครศรีธรรมราช" });
    expect(viaRow.finalize()).toEqual(direct.finalize());
  });

  test("the summary is JSON-safe (assess on many prints it)", () => {
    const s = summarize([
      { name: "ก", assessment: byTools(2567, 96, 96, 96) },
      { name: "ข", assessment: seedAssessment() },
    ]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  test("an empty batch gives no years", () => {
    const s = new SummaryAccumulator().finalize();
    expect(s).toEqual({ years: [], agencyCount: 0, skipped: [], notes: [] });
  });
});

describe("agency types and the shared province", () => {
  // Totals: 96.1 (A type), 85 (B), 85 (A), 71 (no type), 90 (B).
  const s = summarize([
    {
      name: "อบต.ก",
      assessment: byTools(2563, 96, 95, 97),
      type: "องค์การบริหารส่วนตำบล",
      province: "สงขลา",
    },
    { name: "ทต.ข", assessment: byTools(2563, 85, 85, 85), type: "เทศบาลตำบล", province: "สงขลา" },
    {
      name: "อบต.ค",
      assessment: byTools(2563, 85, 85, 85),
      type: " องค์การบริหารส่วนตำบล ",
      province: " สงขลา",
    },
    { name: "สำนักงานง", assessment: byTools(2563, 60, 70, 80), province: "สงขลา" },
    { name: "ทต.จ", assessment: byTools(2563, 90, 90, 90), type: "เทศบาลตำบล", province: "สงขลา" },
    {
      name: "อบต.ฉ",
      assessment: typedOnly(2563, 88),
      type: "องค์การบริหารส่วนตำบล",
      province: "สงขลา",
    },
  ]);
  const y = s.years[0];

  test("the type travels on the row and is plain data", () => {
    expect(y.agencies.find((a) => a.name === "อบต.ก")?.type).toBe("องค์การบริหารส่วนตำบล");
    expect(y.agencies.find((a) => a.name === "สำนักงานง")?.type).toBeUndefined();
    const row = agencyRow("ก", byTools(2567, 90, 90, 90), 0, { type: "โรงเรียน" });
    expect(row.type).toBe("โรงเรียน");
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  test("per type: count, total statistics, level counts; most agencies first, no type last", () => {
    expect(y.types.map((g) => [g.type, g.count])).toEqual([
      ["องค์การบริหารส่วนตำบล", 3],
      ["เทศบาลตำบล", 2],
      [null, 1],
    ]);
    const [abt, tt, none] = y.types;
    // อบต.: 96.1, 85 and a typed total of 88.
    expect(abt.total.count).toBe(3);
    expect(abt.total.mean).toBe(89.7);
    expect(abt.total.min).toBe(85);
    expect(abt.total.max).toBe(96.1);
    expect(tt.total.mean).toBe(87.5);
    expect(none.total.mean).toBe(71);
    const counts = (g: (typeof y.types)[number]): Record<string, number> =>
      Object.fromEntries(g.levels.filter((l) => l.count).map((l) => [l.id, l.count]));
    expect(counts(abt)).toEqual({ AA: 1, A: 2 });
    expect(counts(tt)).toEqual({ A: 2 });
    expect(counts(none)).toEqual({ C: 1 });
    expect(abt.levels.map((l) => l.id)).toEqual(y.levels.map((l) => l.id));
    // The types' counts add up to the year's.
    for (const l of y.levels)
      expect(
        y.types.reduce((n, g) => n + (g.levels.find((k) => k.id === l.id)?.count ?? 0), 0)
      ).toBe(l.count);
    expect(y.types.reduce((n, g) => n + g.noLevel, 0)).toBe(y.noLevel);
  });

  test("the province every agency shares (trimmed), null when they differ or one has none", () => {
    expect(y.province).toBe("สงขลา");
    const mixed = summarize([
      { name: "ก", assessment: byTools(2563, 90, 90, 90), province: "สงขลา" },
      { name: "ข", assessment: byTools(2563, 90, 90, 90), province: "ปัตตานี" },
    ]);
    expect(mixed.years[0].province).toBeNull();
    const partly = summarize([
      { name: "ก", assessment: byTools(2563, 90, 90, 90), province: "สงขลา" },
      { name: "ข", assessment: byTools(2563, 90, 90, 90) },
    ]);
    expect(partly.years[0].province).toBeNull();
    expect(partly.years[0].types).toEqual([expect.objectContaining({ type: null, count: 2 })]);
  });
});
