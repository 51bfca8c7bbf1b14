/**
 * Earlier years given with this year's input ("previous" in JSON): parsed like this year's scores, every
 * message naming its key, a bad earlier year refusing the whole input, and the result carried as
 * EarlierYear[] on the parsed input for compareYears.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw } from "../../src/core/assess";
import { compareYears } from "../../src/core/compare";
import { rawFromJson } from "../../src/core/json";
import { parseInput } from "../../src/core/parse";
import { parseEarlierYears } from "../../src/core/earlierYears";
import type { RawEarlier } from "../../src/core/types";

const seed = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8")) as Record<
  string,
  unknown
>;

function withPrevious(previous: unknown): ReturnType<typeof assessRaw> {
  const j = rawFromJson({ ...seed, previous });
  expect(j.items[0].problems).toEqual([]);
  return assessRaw(j.items[0].raw);
}

describe("JSON previous", () => {
  test("an object: keys become cells, scores parsed, carried on the input", () => {
    const j = rawFromJson({
      ...seed,
      previous: { fiscalYear: 2561, indicators: { "3": "๘๗.๕๐" }, total: 70, level: "C" },
    });
    const prev = j.items[0].raw.previous!;
    expect(prev).toHaveLength(1);
    expect(prev[0].key).toBe("previous");
    expect(prev[0].fiscalYear).toEqual({ value: 2561, cell: "previous.fiscalYear" });
    expect(prev[0].indicators[0]).toEqual({
      id: "3",
      value: "๘๗.๕๐",
      cell: "previous.indicators.3",
    });
    expect(prev[0].total).toEqual({ value: 70, cell: "previous.total" });
    const r = assessRaw(j.items[0].raw);
    expect(r.problems).toEqual([]);
    expect(r.input?.previous).toEqual([
      { fiscalYear: 2561, key: "previous", indicators: { "3": 87.5 }, total: 70, level: "C" },
    ]);
  });

  test("the seed with a previous total of 70.00 compares to +6.05", () => {
    const r = withPrevious({ fiscalYear: 2561, total: 70.0 });
    const c = compareYears(r.assessment!, r.input!.previous!);
    expect(c.problems).toEqual([]);
    expect(c.lastYear?.total?.change).toBe(6.05);
  });

  test("an array: every year kept, oldest first; keys carry the index, also inside a batch", () => {
    const r = withPrevious([
      { fiscalYear: 2561, total: 70 },
      { fiscalYear: 2560, total: 65.5 },
    ]);
    expect(r.input?.previous?.map((p) => [p.fiscalYear, p.key, p.total])).toEqual([
      [2560, "previous[1]", 65.5],
      [2561, "previous[0]", 70],
    ]);
    const b = rawFromJson([{ ...seed, previous: [{ fiscalYear: 2561, total: 101 }] }]);
    const p = parseInput(b.items[0].raw).problems;
    expect(p.map((x) => x.cell)).toEqual(["[0].previous[0].total"]);
  });

  test("a lone earlier year without a fiscal year is the year before; several need one each", () => {
    expect(withPrevious({ total: 70 }).input?.previous?.[0].fiscalYear).toBe(2561);
    const r = withPrevious([{ total: 70 }, { fiscalYear: 2560, total: 60 }]);
    expect(r.assessment).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([
      ["previous-year-missing", "previous[0].fiscalYear"],
    ]);
  });

  test("bad earlier scores refuse the whole input, in Thai and English, naming the key", () => {
    const r = withPrevious({
      fiscalYear: 2561,
      indicators: { "3": 101, "4": "abc", "12": 50 },
      total: "#N/A",
      eit: "0,095",
    });
    expect(r.assessment).toBeUndefined();
    expect(r.input).toBeUndefined();
    const byCell = Object.fromEntries(r.problems.map((p) => [p.cell, p]));
    expect(byCell["previous.indicators.3"].code).toBe("out-of-range");
    expect(byCell["previous.indicators.3"].th).toBe(
      "คีย์ previous.indicators.3: คะแนนตัวชี้วัดที่ 3 (ปีงบประมาณ 2561) 101 อยู่นอกช่วง 0-100"
    );
    expect(byCell["previous.indicators.3"].en).toBe(
      "Key previous.indicators.3: the FY2561 score of indicator 3 101 is outside 0-100"
    );
    expect(byCell["previous.indicators.4"].code).toBe("not-number");
    expect(byCell["previous.indicators.12"].code).toBe("unknown-indicator");
    expect(byCell["previous.total"].code).toBe("excel-error");
    expect(byCell["previous.eit"].code).toBe("ambiguous-number");
  });

  test("the earlier year must be a year, B.E. 2554 or later, before this one, given once", () => {
    const code = (prev: unknown): Array<[string, string | undefined]> =>
      withPrevious(prev).problems.map((p) => [p.code, p.cell]);
    expect(code({ fiscalYear: 2562, total: 70 })).toEqual([
      ["previous-year-invalid", "previous.fiscalYear"],
    ]);
    expect(code({ fiscalYear: 2563, total: 70 })[0][0]).toBe("previous-year-invalid");
    expect(code({ fiscalYear: 2550, total: 70 })[0][0]).toBe("previous-year-invalid");
    expect(code({ fiscalYear: "last year", total: 70 })[0][0]).toBe("previous-year-invalid");
    expect(code({ fiscalYear: 2561.5, total: 70 })[0][0]).toBe("previous-year-invalid");
    expect(
      code([
        { fiscalYear: 2561, total: 70 },
        { fiscalYear: "พ.ศ. ๒๕๖๑", total: 71 },
      ])
    ).toEqual([["previous-year-duplicate", "previous[1].fiscalYear"]]);
    expect(code({ fiscalYear: 2561 })).toEqual([["previous-empty", "previous.fiscalYear"]]);
  });

  test("a Christian-era earlier year is converted with a warning", () => {
    const r = withPrevious({ fiscalYear: 2018, total: 70 });
    expect(r.input?.previous?.[0].fiscalYear).toBe(2561);
    expect(r.warnings.find((w) => w.cell === "previous.fiscalYear")?.code).toBe("fiscal-year-ce");
  });

  test("an earlier year's indicators are those of its own framework", () => {
    // FY2566 had no 9.x sub-indicators named as FY2567's, but the ids exist; "11" exists in no year.
    const base = { fiscalYear: 2567, indicators: { "1": 90 } };
    const ok = assessRaw(
      rawFromJson({ ...base, previous: { fiscalYear: 2566, indicators: { "10.1": 80 } } }).items[0]
        .raw
    );
    expect(ok.problems).toEqual([]);
    const bad = assessRaw(
      rawFromJson({ ...base, previous: { fiscalYear: 2566, indicators: { "11": 80 } } }).items[0]
        .raw
    );
    expect(bad.problems[0].code).toBe("unknown-indicator");
    expect(bad.problems[0].cell).toBe("previous.indicators.11");
  });

  test("a level that is no text (an object from JSON) is refused, this year's and last year's alike", () => {
    const r = withPrevious({ fiscalYear: 2561, level: { id: "B" } });
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["level-invalid", "previous.level"]]);
    expect(r.problems[0].th).toBe(
      'คีย์ previous.level: ระดับผลการประเมิน (ปีงบประมาณ 2561) ต้องเป็นข้อความ เช่น "B" หรือ "ผ่าน"'
    );
    const now = assessRaw(rawFromJson({ ...seed, level: [] }).items[0].raw);
    expect(now.problems.map((p) => [p.code, p.cell])).toEqual([["level-invalid", "level"]]);
  });

  test("shape problems: not an object, too many years", () => {
    const j = rawFromJson({ ...seed, previous: 70 });
    expect(j.items[0].problems.map((p) => [p.code, p.cell])).toEqual([["json-shape", "previous"]]);
    const a = rawFromJson({ ...seed, previous: [{ fiscalYear: 2561, total: 1 }, "x"] });
    expect(a.items[0].problems.map((p) => [p.code, p.cell])).toEqual([
      ["json-shape", "previous[1]"],
    ]);
    const many = rawFromJson({ ...seed, previous: Array.from({ length: 21 }, () => ({})) });
    expect(many.items[0].problems[0].code).toBe("json-too-many");
  });

  test("no previous, null or an empty array: the input is as before", () => {
    for (const previous of [undefined, null, []]) {
      const j = rawFromJson({ ...seed, previous });
      expect(j.items[0].raw.previous).toBeUndefined();
      const r = assessRaw(j.items[0].raw);
      expect(r.problems).toEqual([]);
      expect(r.input?.previous).toBeUndefined();
    }
  });
});

describe("parseEarlierYears with sheet cells", () => {
  test("messages name the cell; the key is kept for compareYears", () => {
    const prev: RawEarlier[] = [
      {
        key: "Sheet1!A3",
        fiscalYear: { value: "2566", cell: "Sheet1!A3" },
        indicators: [{ id: "1", value: 120, cell: "Sheet1!B3" }],
      },
    ];
    const r = parseEarlierYears(prev, 2567);
    expect(r.previous).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([["out-of-range", "Sheet1!B3"]]);
    expect(r.problems[0].th.startsWith("ช่อง Sheet1!B3: ")).toBe(true);
  });
});
