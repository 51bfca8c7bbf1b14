import { parseInput } from "../../src/core/parse";
import { normalizeIndicatorId, parseScore } from "../../src/core/score";
import { parseFiscalYear } from "../../src/core/fiscalYear";
import type { RawInput } from "../../src/core/types";

describe("parseScore", () => {
  test.each<[unknown, number]>([
    [87.46, 87.46],
    ["87.46", 87.46],
    [" 87.46 ", 87.46],
    ["๘๗.๔๖", 87.46],
    ["87.46%", 87.46],
    ["87.46 %", 87.46],
    ["๑๐๐", 100],
    ["0", 0],
    [0, 0],
    [100, 100],
    ["1,00", NaN],
    [{ result: 55.5, formula: "A1" }, 55.5],
    [{ richText: [{ text: "7" }, { text: "0.46" }] }, 70.46],
  ])("%p -> %p", (value, expected) => {
    const r = parseScore(value, "S!B2");
    if (Number.isNaN(expected)) {
      expect(r.value).toBeNull();
      expect(r.problem?.code).toBe("not-number");
    } else {
      expect(r.problem).toBeUndefined();
      expect(r.value).toBe(expected);
    }
  });

  test("a doubled dot is accepted with a warning naming the cell", () => {
    const r = parseScore("87..46", "Sheet1!C5");
    expect(r.value).toBe(87.46);
    expect(r.warning?.code).toBe("double-dot");
    expect(r.warning?.cell).toBe("Sheet1!C5");
    expect(r.warning?.th).toContain("Sheet1!C5");
    expect(r.warning?.en).toContain("Sheet1!C5");
  });

  test.each<[unknown, string]>([
    ["", "empty"],
    [null, "empty"],
    [undefined, "empty"],
    ["   ", "empty"],
    ["abc", "not-number"],
    ["87.4.6", "not-number"],
    [true, "not-number"],
    [NaN, "not-number"],
    [-0.01, "out-of-range"],
    [100.01, "out-of-range"],
    ["101%", "out-of-range"],
    ["#N/A", "excel-error"],
    ["#DIV/0!", "excel-error"],
    ["#VALUE!", "excel-error"],
    ["#REF!", "excel-error"],
    ["#NAME?", "excel-error"],
    ["#NUM!", "excel-error"],
    ["#NULL!", "excel-error"],
    [{ error: "#N/A" }, "excel-error"],
    [{ error: "#DIV/0!" }, "excel-error"],
  ])("%p is rejected as %s, naming the cell in Thai and English", (value, code) => {
    const r = parseScore(value, "Sheet1!B5");
    expect(r.value).toBeNull();
    expect(r.problem?.code).toBe(code);
    expect(r.problem?.cell).toBe("Sheet1!B5");
    expect(r.problem?.th).toMatch(/^ช่อง Sheet1!B5: /);
    expect(r.problem?.en).toMatch(/^Cell Sheet1!B5: /);
    expect(r.problem?.th).toMatch(/[ก-๙]/);
  });

  test("an empty optional value is no problem", () => {
    expect(parseScore("", "x", { required: false })).toEqual({ value: null });
  });

  test("thousands separators are removed (and the value then checked)", () => {
    expect(parseScore("1,000", "x").problem?.code).toBe("out-of-range");
  });
});

describe("normalizeIndicatorId", () => {
  test.each<[unknown, string | null]>([
    ["3", "3"],
    [3, "3"],
    ["๑๐.๑", "10.1"],
    ["ตัวชี้วัดที่ 1", "1"],
    ["ตัวชี้วัดที่ ๙", "9"],
    ["ตัวชี้วัดย่อยที่ 10.2", "10.2"],
    ["10.1.", "10.1"],
    ["07", "7"],
    ["การปฏิบัติหน้าที่", null],
    ["", null],
    [2562, null],
  ])("%p -> %p", (label, id) => {
    expect(normalizeIndicatorId(label)).toBe(id);
  });
});

describe("parseFiscalYear", () => {
  test.each<[unknown, number]>([
    [2562, 2562],
    ["2562", 2562],
    ["๒๕๖๒", 2562],
    ["พ.ศ. 2562", 2562],
    ["ปีงบประมาณ 2562", 2562],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๖", 2566],
    ["FY2568", 2568],
  ])("%p -> %p", (v, y) => {
    const r = parseFiscalYear(v, "fiscalYear");
    expect(r.problem).toBeUndefined();
    expect(r.warning).toBeUndefined();
    expect(r.value).toBe(y);
  });

  test("a Christian-era year is converted with a warning", () => {
    const r = parseFiscalYear(2019, "A1");
    expect(r.value).toBe(2562);
    expect(r.warning?.code).toBe("fiscal-year-ce");
  });

  test.each<[unknown, string]>([
    [undefined, "fiscal-year-missing"],
    ["", "fiscal-year-missing"],
    ["สองพันห้าร้อย", "fiscal-year-invalid"],
    [2562.5, "fiscal-year-invalid"],
    [2561, "fiscal-year-unsupported"],
    [2570, "fiscal-year-unsupported"],
  ])("%p -> %s", (v, code) => {
    const r = parseFiscalYear(v, "fiscalYear");
    expect(r.value).toBeNull();
    expect(r.problem?.code).toBe(code);
    expect(r.problem?.cell).toBe("fiscalYear");
  });
});

function raw(indicators: Record<string, unknown>, extra: Partial<RawInput> = {}): RawInput {
  return {
    fiscalYear: { value: 2562, cell: "fiscalYear" },
    indicators: Object.entries(indicators).map(([id, value]) => ({
      id,
      value,
      cell: `indicators.${id}`,
    })),
    ...extra,
  };
}

describe("parseInput", () => {
  test("valid input: scores, cells, typed values", () => {
    const r = parseInput(
      raw(
        { "1": 94.15, "2": "๘๕.๔๓", "10.1": "87.50%", "10.2": 100 },
        { oit: { value: "74.80", cell: "oit" }, level: { value: " B ", cell: "level" } }
      )
    );
    expect(r.problems).toEqual([]);
    expect(r.input?.fiscalYear).toBe(2562);
    expect(r.input?.indicators).toEqual({ "1": 94.15, "2": 85.43, "10.1": 87.5, "10.2": 100 });
    expect(r.input?.typed).toEqual({ oit: 74.8, level: "B" });
    expect(r.input?.cells["2"]).toBe("indicators.2");
    expect(r.input?.cells.oit).toBe("oit");
  });

  test("every problem is reported at once, each with its cell", () => {
    const r = parseInput(
      raw(
        { "1": "", "2": "x", "3": 120, "4": "#N/A", "5": { error: "#DIV/0!" }, "11": 50 },
        { iit: { value: -1, cell: "iit" } }
      )
    );
    expect(r.input).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.cell])).toEqual([
      ["empty", "indicators.1"],
      ["not-number", "indicators.2"],
      ["out-of-range", "indicators.3"],
      ["excel-error", "indicators.4"],
      ["excel-error", "indicators.5"],
      ["unknown-indicator", "indicators.11"],
      ["out-of-range", "iit"],
    ]);
    for (const p of r.problems) {
      expect(p.th.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
  });

  test("the same indicator twice: different values is a problem, the same value is fine", () => {
    const base: RawInput = {
      fiscalYear: { value: 2562 },
      indicators: [
        { id: "3", value: 87.52, cell: "S!C3" },
        { id: "ตัวชี้วัดที่ 3", value: "87.52", cell: "S!C9" },
      ],
    };
    expect(parseInput(base).problems).toEqual([]);
    base.indicators.push({ id: "3", value: 80, cell: "S!C12" });
    const r = parseInput(base);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].code).toBe("duplicate");
    expect(r.problems[0].cell).toBe("S!C12");
    expect(r.problems[0].en).toContain("S!C3");
    expect(r.problems[0].th).toContain("S!C3");
  });

  test("no scores at all, and a missing year, are problems", () => {
    expect(parseInput(raw({})).problems.map((p) => p.code)).toEqual(["no-scores"]);
    expect(
      parseInput({ indicators: [{ id: "1", value: 50 }] }).problems.map((p) => p.code)
    ).toEqual(["fiscal-year-missing"]);
  });

  test("doubled dot and CE year come back as warnings with an input", () => {
    const r = parseInput({
      fiscalYear: { value: 2020, cell: "B1" },
      indicators: [{ id: "1", value: "87..46", cell: "B5" }],
    });
    expect(r.problems).toEqual([]);
    expect(r.input?.fiscalYear).toBe(2563);
    expect(r.warnings.map((w) => w.code)).toEqual(["fiscal-year-ce", "double-dot"]);
  });

  test("an Excel error as the typed level is a problem", () => {
    const r = parseInput(raw({ "1": 50 }, { level: { value: "#REF!", cell: "L1" } }));
    expect(r.problems.map((p) => p.code)).toEqual(["excel-error"]);
  });
});

describe("messages name a JSON key as a key", () => {
  test("คีย์ / Key instead of ช่อง / Cell", () => {
    const r = parseScore("abc", "indicators.3");
    expect(r.problem?.th).toMatch(/^คีย์ indicators\.3: /);
    expect(r.problem?.en).toMatch(/^Key indicators\.3: /);
  });
});

describe("indicator keys by Thai name", () => {
  test("a name is as good as a number", () => {
    const r = parseInput({
      fiscalYear: { value: 2562 },
      indicators: [
        { id: "การปฏิบัติหน้าที่", value: 94.15, cell: "indicators.การปฏิบัติหน้าที่" },
        { id: "ตัวชี้วัดที่ 2", value: 85.43 },
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.input?.indicators).toEqual({ "1": 94.15, "2": 85.43 });
  });
});

describe("percent-formatted cells", () => {
  test("scores that are all fractions draw a warning", () => {
    const r = parseInput(raw({ "1": 0.9415, "2": 0.8543, "3": 0.8752 }));
    expect(r.warnings.map((w) => w.code)).toEqual(["looks-like-fraction"]);
    expect(parseInput(raw({ "1": 94.15, "2": 0.5 })).warnings).toEqual([]);
  });
});

describe("ambiguous numbers are refused, not guessed", () => {
  test.each([
    "0,095",
    "0,095.5",
    "8 7.46",
    "87 .46",
    "87\u200946",
    "1\u00a0000",
    "9\u200b0",
    "87. 46",
  ])("%p", (v) => {
    const r = parseScore(v, "S!C5");
    expect(r.value).toBeNull();
    expect(r.problem?.code).toBe("ambiguous-number");
    expect(r.problem?.cell).toBe("S!C5");
    expect(r.problem?.th).toContain("S!C5");
  });

  test("plain numbers around them still read", () => {
    expect(parseScore(" 87.46\u00a0", "x").value).toBe(87.46);
    expect(parseScore("87.46 %", "x").value).toBe(87.46);
    expect(parseScore("- 0", "x").value).toBe(0);
    expect(parseScore("1,000", "x").problem?.code).toBe("out-of-range");
  });

  test("a long value is quoted back cut short", () => {
    const r = parseScore("x".repeat(100000), "S!C5");
    expect(r.problem?.code).toBe("not-number");
    expect(r.problem!.en.length).toBeLessThan(200);
  });
});

describe("fiscal year: Excel errors and objects never print [object Object]", () => {
  test.each<unknown>([
    { error: "#DIV/0!" },
    "#DIV/0!",
    { result: { error: "#N/A" }, formula: "A1/0" },
  ])("%p", (v) => {
    const r = parseFiscalYear(v, "S!C11");
    expect(r.value).toBeNull();
    expect(r.problem?.code).toBe("excel-error");
    expect(r.problem!.th + r.problem!.en).not.toContain("[object");
    expect(r.problem!.en).toMatch(/#DIV\/0!|#N\/A/);
  });

  test("a date or an odd object is described, not stringified", () => {
    for (const v of [new Date(2020, 1, 15), { hyperlink: "x" }, [1]]) {
      const r = parseFiscalYear(v, "S!C11");
      expect(r.problem?.code).toBe("fiscal-year-invalid");
      expect(r.problem!.th + r.problem!.en).not.toContain("[object");
    }
  });
});
