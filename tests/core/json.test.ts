import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw } from "../../src/core/assess";
import { agencyFromJson, rawFromJson } from "../../src/core/json";

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
