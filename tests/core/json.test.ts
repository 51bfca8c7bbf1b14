import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw } from "../../src/core/assess";
import { agencyFromJson, MAX_JSON_DEPTH, parseJsonText, rawFromJson } from "../../src/core/json";

describe("rawFromJson", () => {
  test("the seed fixture: keys become cells, agency read", () => {
    const data: unknown = JSON.parse(
      readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8")
    );
    const r = rawFromJson(data);
    expect(r.batch).toBe(false);
    expect(r.problems).toEqual([]);
    const item = r.items[0];
    expect(item.problems).toEqual([]);
    expect(item.raw.fiscalYear).toEqual({ value: 2562, cell: "fiscalYear" });
    expect(item.raw.indicators.find((e) => e.id === "10.1")).toEqual({
      id: "10.1",
      value: 87.5,
      cell: "indicators.10.1",
    });
    expect(item.raw.oit).toEqual({ value: 74.8, cell: "oit" });
    expect(item.agency).toEqual({
      name: "องค์การบริหารส่วนตำบลกะหรอ",
      type: "องค์การบริหารส่วนตำบล",
      district: "นบพิตำ",
      province: "นครศรีธรรมราช",
      unit: "สำนักปลัด",
      responsible: ["สำนักปลัด", "กองคลัง", "กองช่าง"],
      date: "2020-02-15",
    });
    const a = assessRaw(item.raw).assessment!;
    expect([a.iit, a.eit, a.oit, a.total, a.level?.id]).toEqual([87.46, 66.29, 74.8, 76.05, "B"]);
    expect(a.scores["9"]).toBe(55.85);
  });

  test("a batch prefixes cells with the index; other keys ignored", () => {
    const r = rawFromJson([
      { fiscalYear: 2562, indicators: { "1": 50 }, note: "ignored" },
      {
        fiscalYear: 2563,
        indicators: [{ id: "2", score: 60 }],
        threshold: 85,
        agency: "เทศบาลตำบล ง",
      },
    ]);
    expect(r.batch).toBe(true);
    expect(r.items[0].raw.indicators[0].cell).toBe("[0].indicators.1");
    expect(r.items[1].raw.indicators[0]).toEqual({ id: "2", value: 60, cell: "[1].indicators[0]" });
    expect(r.items[1].threshold).toBe(85);
    expect(r.items[1].agency).toEqual({ name: "เทศบาลตำบล ง" });
  });

  test("shape problems name their keys", () => {
    expect(rawFromJson(42).problems[0].code).toBe("json-shape");
    expect(rawFromJson([]).problems[0].code).toBe("json-empty");
    const r = rawFromJson({
      fiscalYear: 2562,
      indicators: 5,
      threshold: "x",
      agency: { name: "ก", date: "15/2/2020" },
    });
    expect(r.items[0].problems.map((p) => [p.code, p.cell])).toEqual([
      ["json-shape", "indicators"],
      ["not-number", "threshold"],
      ["agency-date", "agency.date"],
    ]);
    expect(agencyFromJson({ province: "ตรัง" }).problems[0].code).toBe("agency-name");
    expect(
      agencyFromJson({ name: "ก", responsible: "สำนักปลัด, กองคลัง" }).agency?.responsible
    ).toEqual(["สำนักปลัด", "กองคลัง"]);
  });
});

describe("parseJsonText (jsonc-parser, strict)", () => {
  test("a key given twice in one object is refused by key and lines", () => {
    const r = parseJsonText('{ "fiscalYear": 2562,\n  "indicators": { "1": 94.15,\n "1": 12.5 } }');
    expect(r.value).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].code).toBe("json-duplicate-key");
    expect(r.problems[0].cell).toBe("indicators.1");
    expect(r.problems[0].en).toContain("lines 2 and 3");
    expect(r.problems[0].th).toContain("ซ้ำ");
  });

  test("the same key in two objects is fine; a byte order mark is accepted", () => {
    const r = parseJsonText('\uFEFF[{"a": 1}, {"a": 2}]');
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual([{ a: 1 }, { a: 2 }]);
  });

  test("nesting 20,000 deep is a named problem, not a stack overflow", () => {
    for (const text of [
      "[".repeat(20000) + "]".repeat(20000),
      '{"a":'.repeat(20000) + "1" + "}".repeat(20000),
    ]) {
      const r = parseJsonText(text);
      expect(r.problems.map((p: { code: string }) => p.code)).toEqual(["json-too-deep"]);
      expect(r.problems[0].en).toContain(String(MAX_JSON_DEPTH));
    }
  });

  test("syntax errors, comments and trailing commas are refused with their line", () => {
    for (const text of ["{ not json", '{"a": 1,}', '{"a": 1} // c', "", '{"a": 1} x']) {
      const r = parseJsonText(text);
      expect(r.problems[0].code).toBe("json-syntax");
      expect(r.problems[0].en).toMatch(/line 1|empty/);
    }
  });

  test("keys such as __proto__ and constructor are plain keys", () => {
    const r = parseJsonText(
      '{"__proto__": {"polluted": 1}, "constructor": 2, "indicators": {"toString": 3}}'
    );
    expect(r.problems).toEqual([]);
    const v = r.value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["__proto__", "constructor", "indicators"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const j = rawFromJson(v);
    expect(j.items[0].raw.indicators).toEqual([
      { id: "toString", value: 3, cell: "indicators.toString" },
    ]);
  });
});

describe("agency texts are capped and checked", () => {
  test("a 100,000-character name is refused by key, in Thai and English", () => {
    const r = rawFromJson({
      fiscalYear: 2562,
      indicators: { "1": 90 },
      agency: { name: "ก".repeat(100000) },
    });
    expect(r.items[0].problems.map((p) => [p.code, p.cell])).toEqual([
      ["text-too-long", "agency.name"],
    ]);
    expect(r.items[0].problems[0].th).toContain("100,000");
    expect(r.items[0].problems[0].en.length).toBeLessThan(300);
  });

  test("noncharacters and control characters are refused by key, naming the character", () => {
    for (const [bad, shown] of [
      ["\uFFFE", "U+FFFE"],
      ["\uFFFF", "U+FFFF"],
      ["\u0001", "U+0001"],
      ["\uD800", "U+D800"],
      ["\uFDD0", "U+FDD0"],
    ]) {
      const r = rawFromJson({
        fiscalYear: 2562,
        indicators: { "1": 90 },
        agency: { name: "อบต.ก", district: `นบ${bad}พิตำ` },
      });
      expect(r.items[0].problems.map((p) => [p.code, p.cell])).toEqual([
        ["text-bad-char", "agency.district"],
      ]);
      expect(r.items[0].problems[0].en).toContain(shown);
    }
    const ok = rawFromJson({ fiscalYear: 2562, indicators: { "1": 90 }, agency: "อบต.ก\tข 😀" });
    expect(ok.items[0].problems).toEqual([]);
  });

  test("a text threshold is refused the same way as everywhere else", () => {
    const r = rawFromJson({ fiscalYear: 2562, indicators: { "1": 90 }, threshold: "ninety" });
    expect(r.items[0].problems.map((p) => [p.code, p.cell])).toEqual([["not-number", "threshold"]]);
    expect(
      rawFromJson({ fiscalYear: 2562, indicators: { "1": 90 }, threshold: "๘๕" }).items[0].threshold
    ).toBe(85);
  });
});

test("an indicators object with 60,000 entries is refused by key, not assessed one by one", () => {
  const indicators = Object.fromEntries(Array.from({ length: 60000 }, (_, i) => [`k${i}`, i]));
  const r = rawFromJson({ fiscalYear: 2562, indicators });
  expect(r.items[0].problems.map((p) => [p.code, p.cell])).toEqual([
    ["json-too-many", "indicators"],
  ]);
  expect(r.items[0].raw.indicators).toEqual([]);
});
