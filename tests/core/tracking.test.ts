import {
  followupItem,
  indicatorsInTitle,
  movesOf,
  parseTrackRows,
  trackingFromJson,
  trackOverview,
  type RawTrackRow,
  type TrackedMeasure,
} from "../../src/core/tracking";
import { agencyFromJson } from "../../src/core/json";

const row = (r: Record<string, unknown>, line = 8): RawTrackRow =>
  Object.fromEntries(
    Object.entries(r).map(([k, value], i) => [
      k,
      { value, cell: `ติดตาม!${String.fromCharCode(65 + i)}${line}` },
    ])
  );

describe("parseTrackRows", () => {
  test("reads a filled row; statuses, percent, budget and links checked", () => {
    const { measures, problems, warnings } = parseTrackRows([
      row({
        title: "1. เผยแพร่ข้อมูลต่อสาธารณะ (ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล)",
        responsible: "สำนักปลัด",
        target: "ร้อยละ ๑๐๐",
        status: " ดำเนินการแล้วเสร็จ ",
        actions: "ม.ค. 2563 ปรับปรุงเว็บไซต์",
        result: "ครบทุกข้อ",
        percent: "๑๐๐%",
        budget: "5,000 บาท",
        evidence: "https://example.go.th/a\nhttp://example.go.th/b",
      }),
    ]);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(measures).toHaveLength(1);
    expect(measures[0].status).toBe("ดำเนินการแล้วเสร็จ");
    expect(measures[0].percent).toBe(100);
    expect(measures[0].budget).toBe(5000);
    expect(measures[0].evidence).toEqual(["https://example.go.th/a", "http://example.go.th/b"]);
    expect(measures[0].indicators).toEqual(["9"]);
  });

  test("skips empty rows; an empty status is a warning, not a problem", () => {
    const { measures, problems, warnings } = parseTrackRows([
      row({ title: "", status: "" }),
      row({ title: "มาตรการ ก" }, 9),
    ]);
    expect(problems).toEqual([]);
    expect(measures.map((m) => m.status)).toEqual([null]);
    expect(warnings.map((w) => w.code)).toEqual(["status-empty"]);
  });

  test.each([
    [{ title: "ก", status: "เสร็จแล้ว" }, "status-invalid", "ติดตาม!B8"],
    [{ title: "ก", percent: 120 }, "out-of-range", "ติดตาม!B8"],
    [{ title: "ก", percent: "-1" }, "out-of-range", "ติดตาม!B8"],
    [{ title: "ก", percent: "มาก" }, "not-number", "ติดตาม!B8"],
    [{ title: "ก", budget: -5 }, "out-of-range", "ติดตาม!B8"],
    [{ title: "ก", evidence: "ftp://x.go.th/file" }, "link-invalid", "ติดตาม!B8"],
    [{ title: "ก", evidence: "javascript:alert(1)" }, "link-invalid", "ติดตาม!B8"],
    [{ title: "", status: "ดำเนินการแล้วเสร็จ" }, "measure-title-missing", "ติดตาม!A8"],
  ])("refuses %j by cell, in Thai and English", (r, code, cell) => {
    const { problems } = parseTrackRows([row(r)]);
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe(code);
    expect(problems[0].cell).toBe(cell);
    expect(problems[0].th).toContain(`ช่อง ${cell}`);
    expect(problems[0].en).toContain(`Cell ${cell}`);
  });

  test("a title starting with = stays text", () => {
    const { measures } = parseTrackRows([row({ title: "=1+1", status: "ยังไม่ได้ดำเนินการ" })]);
    expect(measures[0].title).toBe("=1+1");
  });
});

describe("indicatorsInTitle", () => {
  test("finds indicator numbers in Thai or Arabic digits, once each, not sub-indicators", () => {
    expect(indicatorsInTitle("ตัวชี้วัดที่ ๙ และตัวชี้วัดที่ 10 และตัวชี้วัดที่ ๙")).toEqual(["9", "10"]);
    expect(indicatorsInTitle("ตัวชี้วัดที่ 9.5 การส่งเสริมความโปร่งใส")).toEqual([]);
    expect(indicatorsInTitle("ประกาศเจตจำนงสุจริต")).toEqual([]);
  });
});

const measure = (
  status: TrackedMeasure["status"],
  extra: Partial<TrackedMeasure> = {}
): TrackedMeasure => ({
  title: "ม",
  responsible: "",
  target: "",
  status,
  actions: "",
  result: "",
  percent: null,
  budget: null,
  evidence: [],
  problems: "",
  suggestions: "",
  indicators: [],
  ...extra,
});

describe("trackOverview", () => {
  test("counts per status with shares adding up to 100, unfilled counted as not started", () => {
    const o = trackOverview([
      measure("ดำเนินการแล้วเสร็จ"),
      measure("ดำเนินการแล้วเสร็จ"),
      measure("อยู่ระหว่างดำเนินการ"),
      measure(null),
      measure("ยังไม่ได้ดำเนินการ"),
      measure("ดำเนินการแล้วเสร็จ"),
    ]);
    expect(o.total).toBe(6);
    expect(o.byStatus.map((s) => s.count)).toEqual([3, 1, 2]);
    expect(o.byStatus.map((s) => s.percent)).toEqual([50, 16.67, 33.33]);
    expect(o.unfilled).toBe(1);
    expect(o.budget).toBeNull();
  });

  test("shares of three equal parts still add up to 100.00", () => {
    const o = trackOverview([
      measure("ดำเนินการแล้วเสร็จ"),
      measure("อยู่ระหว่างดำเนินการ"),
      measure("ยังไม่ได้ดำเนินการ"),
    ]);
    const sum = o.byStatus.reduce((a, s) => a + Math.round(s.percent * 100), 0);
    expect(sum).toBe(10000);
  });

  test("budget is the sum of those given; mean percent of those given", () => {
    const o = trackOverview([
      measure("ดำเนินการแล้วเสร็จ", { budget: 1500.5, percent: 100 }),
      measure("อยู่ระหว่างดำเนินการ", { budget: 0, percent: 50 }),
      measure("ยังไม่ได้ดำเนินการ"),
    ]);
    expect(o.budget).toBe(1500.5);
    expect(o.meanPercent).toBe(75);
  });

  test("no measures: zero counts, no shares", () => {
    const o = trackOverview([]);
    expect(o.byStatus.map((s) => [s.count, s.percent])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });
});

describe("followupItem", () => {
  test("O43 of the same ITA year for measures of 2563-2566", () => {
    expect(followupItem(2563)).toMatchObject({ code: "O43", itaYear: 2563 });
    expect(followupItem(2565)).toMatchObject({ code: "O43", itaYear: 2565 });
    expect(followupItem(2566)).toMatchObject({ code: "O43", itaYear: 2566 });
  });
  test("O26 of ITA 2569 for the measures of FY2568", () => {
    expect(followupItem(2568)).toMatchObject({ code: "O26", itaYear: 2569, covers: 2568 });
  });
  test("no guess where the item list is not known", () => {
    expect(followupItem(2567)).toBeNull();
    expect(followupItem(2569)).toBeNull();
    expect(followupItem(2570)).toBeNull();
  });
});

describe("trackingFromJson", () => {
  const good = {
    measuresYear: 2563,
    round: 6,
    date: "2020-04-10",
    agency: { name: "องค์การบริหารส่วนตำบลกะหรอ", province: "นครศรีธรรมราช" },
    lastResult: {
      fiscalYear: 2562,
      total: 76.05,
      level: "B",
      indicators: { "9": 55.85, "8": 61.37 },
    },
    measures: [
      {
        title: "เผยแพร่ข้อมูล (ตัวชี้วัดที่ ๙)",
        status: "อยู่ระหว่างดำเนินการ",
        evidence: ["https://a.go.th/1", "https://a.go.th/2"],
        percent: 60,
      },
      "ประกาศเจตจำนงสุจริต",
    ],
    newResult: { fiscalYear: 2563, indicators: { "9": 80, "8": 70 } },
  };

  test("reads the documented form", () => {
    const r = trackingFromJson(good, agencyFromJson);
    expect(r.problems).toEqual([]);
    expect(r.data?.round).toBe(6);
    expect(r.data?.measures).toHaveLength(2);
    expect(r.data?.measures[0].evidence).toHaveLength(2);
    expect(r.warnings.map((w) => w.cell)).toEqual(["measures[1]"]);
  });

  test("moves of the targeted indicators when the new result is known", () => {
    const r = trackingFromJson(good, agencyFromJson);
    expect(movesOf(r.data!)).toEqual([
      { measure: 0, moves: [{ id: "9", from: 55.85, to: 80, change: 24.15 }] },
    ]);
  });

  test.each([
    [{ ...good, round: 3 }, "round", "round-invalid"],
    [{ ...good, measuresYear: 1999 }, "measuresYear", "year-invalid"],
    [
      { ...good, measures: [{ title: "ก", status: "done" }] },
      "measures[0].status",
      "status-invalid",
    ],
    [{ ...good, measures: [{ title: "ก", percent: 101 }] }, "measures[0].percent", "out-of-range"],
    [
      { ...good, measures: [{ title: "ก", evidence: "www.a.go.th" }] },
      "measures[0].evidence",
      "link-invalid",
    ],
    [
      { ...good, measures: [{ status: "ดำเนินการแล้วเสร็จ" }] },
      "measures[0].status",
      "measure-title-missing",
    ],
    [{ ...good, date: "10/04/2563" }, "date", "date-invalid"],
  ])("refuses by key (%#)", (input, key, code) => {
    const r = trackingFromJson(input, agencyFromJson);
    expect(r.data).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.cell])).toContainEqual([code, key]);
    for (const p of r.problems) {
      expect(p.th).toMatch(/[ก-๙]/);
      expect(p.en).toMatch(/[a-z]/);
    }
  });
});
