/**
 * composeSummary: the many-agency summary sheet's plan (ranking, level distribution, tools, per-indicator
 * averages with the agencies below the threshold, chart, skipped agencies, print setup, lean styles).
 */
import { assess } from "../../src/core/assess";
import { SummaryAccumulator, type Summary } from "../../src/core/summary";
import type { Assessment, ScoreInput } from "../../src/core/types";
import { planLimitProblems, type PlanCell, type SheetPlan } from "../../src/report";
import {
  BELOW_LIST_MAX,
  composeSummary,
  SUMMARY_SHEET_NAME,
  summarySheetNames,
} from "../../src/report/summary";
import {
  A4_LANDSCAPE_PRINTABLE_HEIGHT,
  columnsOuterWidthPt,
  LANDSCAPE_TEXT_BLOCK_WIDTH,
  LOW_FILL,
} from "../../src/report/layout";
import { unwrapText } from "./unwrap";
import { THAI_NUMFMT_2 } from "../../src/report/sections/context";

/** Ten indicators, each tool's indicators equal: IIT, EIT and OIT come out exactly as given. */
function byTools(fiscalYear: number, iit: number, eit: number, oit: number): Assessment {
  const ind: Record<string, number> = {};
  for (const id of ["1", "2", "3", "4", "5"]) ind[id] = iit;
  for (const id of ["6", "7", "8"]) ind[id] = eit;
  for (const id of ["9", "10"]) ind[id] = oit;
  const input: ScoreInput = { fiscalYear, indicators: ind, cells: {}, typed: {} };
  return assess(input);
}

const text = (c: PlanCell | undefined): string =>
  c && typeof c.value === "string" ? unwrapText(c.value) : "";

/** Rows whose first cell (or any cell) holds `needle`. */
function rowsWith(sheet: SheetPlan, needle: string): number[] {
  const out: number[] = [];
  sheet.rows.forEach((r, i) => {
    if (r.cells.some((c) => text(c).includes(needle))) out.push(i);
  });
  return out;
}

/** The ranking table's body rows (after its last header row copy), as [rank, name, total, level]. */
function ranking(sheet: SheetPlan): Array<Array<string | number | null>> {
  const heading = rowsWith(sheet, "ผลการประเมินรายหน่วยงาน เรียงตามคะแนนรวม")[0];
  const out: Array<Array<string | number | null>> = [];
  for (let r = heading + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r].cells;
    if (cells.length < 8 || text(cells[0]) === "ลำดับ") continue;
    out.push(cells.map((c) => (typeof c.value === "string" ? unwrapText(c.value) : c.value)));
  }
  return out;
}

function province(): Summary {
  const acc = new SummaryAccumulator();
  acc.add("อบต.สูง", byTools(2563, 96, 95, 97), 0);
  acc.add("เทศบาลตำบลก", byTools(2563, 85, 85, 85), 1);
  acc.add("องค์การบริหารส่วนตำบลข", byTools(2563, 85, 85, 85), 2);
  acc.add("อบต.ต่ำ", byTools(2563, 60, 70, 80), 3);
  acc.skip(
    "อบต.มีปัญหา",
    [
      { code: "not-number", th: "ช่อง Sheet1!C7: ไม่ใช่ตัวเลข", en: "Cell Sheet1!C7: not a number" },
      { code: "empty", th: "ช่อง Sheet1!D7: ว่าง", en: "Cell Sheet1!D7: empty" },
    ],
    4
  );
  return acc.finalize();
}

describe("composeSummary: one year", () => {
  const summary = province();
  const plan = composeSummary(summary, { digits: "arabic" });
  const sheet = plan.sheets[0];

  test("one sheet, the summary role, named สรุปภาพรวมหลายหน่วยงาน", () => {
    expect(plan.sheets).toHaveLength(1);
    expect(sheet.role).toBe("summary");
    expect(sheet.name).toBe(SUMMARY_SHEET_NAME);
    expect(plan.fiscalYear).toBe(2563);
    expect(planLimitProblems(plan.sheets)).toEqual([]);
  });

  test("every agency ranked by total with rank, level and tool scores; ties share a rank", () => {
    const rows = ranking(sheet);
    expect(rows.map((r) => r.slice(0, 8))).toEqual([
      [1, "อบต.สูง", 96.1, "AA", 96, 95, 97, "-"],
      [2, "เทศบาลตำบลก", 85, "A", 85, 85, 85, "1 2 3 4 5 6 7 8 9 10"],
      [2, "องค์การบริหารส่วนตำบลข", 85, "A", 85, 85, 85, "1 2 3 4 5 6 7 8 9 10"],
      [4, "อบต.ต่ำ", 71, "C", 60, 70, 80, "1 2 3 4 5 6 7 8 9 10"],
    ]);
    // Totals under the pass mark (85) are shaded, the others not.
    const low = ranking(sheet).length;
    expect(low).toBe(4);
    const last = sheet.rows.length - 1;
    expect(sheet.rows[last].cells[2].style?.fill).toBe(LOW_FILL);
    expect(sheet.rows[last - 1].cells[2].style?.fill).toBeUndefined();
  });

  test("the level distribution lists the whole scale, zero counts included, and sums to the agencies", () => {
    const year = summary.years[0];
    for (const l of year.levels) {
      const r = sheet.rows.find(
        (row) => text(row.cells[0]) === l.labelTh && typeof row.cells[2]?.value === "number"
      );
      expect(r?.cells[2].value).toBe(l.count);
      expect(r?.cells[3].value).toBe(l.percent);
    }
    const total = sheet.rows.find((row) => text(row.cells[0]) === "รวม");
    expect(total?.cells[2].value).toBe(4);
    expect(year.levels.map((l) => l.count)).toEqual([1, 2, 0, 1, 0, 0, 0]);
  });

  test("tool and total statistics: count, mean, median, lowest, highest", () => {
    const iit = sheet.rows.find((r) => text(r.cells[0]) === "IIT" && r.cells.length >= 7);
    expect(iit?.cells.slice(2, 7).map((c) => c.value)).toEqual([4, 81.5, 85, 60, 96]);
    const total = sheet.rows.find((r) => text(r.cells[0]) === "คะแนนรวม");
    expect(total?.cells[2].value).toBe(4);
    expect(total?.cells[3].value).toBe(summary.years[0].total.mean);
  });

  test("per-indicator averages with the count below the threshold, and a chart of them", () => {
    const year = summary.years[0];
    const [chart] = sheet.charts;
    expect(sheet.charts).toHaveLength(1);
    const { fromRow, toRow, col } = chart.values;
    expect(toRow - fromRow + 1).toBe(10);
    year.indicators.forEach((ind, k) => {
      const row = sheet.rows[fromRow + k];
      expect(text(row.cells[chart.categories.col])).toContain(`ตัวชี้วัดที่ ${ind.id} `);
      expect(row.cells[col].value).toBe(ind.mean);
      expect(row.cells[col + 3].value).toBe(ind.below.length);
      // The threshold column for the chart's threshold series is hidden (width 0).
      expect(row.cells[chart.threshold!.col].value).toBe(90);
    });
    expect(sheet.columns[chart.threshold!.col]).toBe(0);
    // Indicator 1: 96, 85, 85, 60 -> mean 81.5, three below 90; shaded as below the threshold.
    expect(sheet.rows[fromRow].cells[col].value).toBe(81.5);
    expect(sheet.rows[fromRow].cells[col].style?.fill).toBe(LOW_FILL);
    expect(sheet.rows[fromRow].cells[col + 3].value).toBe(3);
    // The chart sits below the table, on rows kept for it.
    expect(chart.anchor.row).toBeGreaterThan(toRow);
  });

  test("the agencies below the threshold, per indicator, lowest first", () => {
    const head = rowsWith(sheet, "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่: ต่ำกว่าเกณฑ์ 3 หน่วยงาน")[0];
    expect(head).toBeGreaterThan(0);
    // The three rows after the indicator's row (a header row repeated at a page break is passed over).
    const body = sheet.rows
      .slice(head + 1)
      .filter((r) => text(r.cells[1]) !== "หน่วยงาน")
      .slice(0, 3);
    expect(body.map((r) => text(r.cells[1]))).toEqual([
      "อบต.ต่ำ",
      "เทศบาลตำบลก",
      "องค์การบริหารส่วนตำบลข",
    ]);
    const scores = body.map((r) => r.cells.find((c, i) => i > 1 && c.value !== null)?.value);
    expect(scores).toEqual([60, 85, 85]);
  });

  test("skipped agencies are listed with their problems", () => {
    const r = rowsWith(sheet, "อบต.มีปัญหา");
    expect(r).toHaveLength(1);
    const problems = sheet.rows[r[0]].cells.map(text).join(" ");
    expect(problems).toContain("ช่อง Sheet1!C7: ไม่ใช่ตัวเลข");
    expect(problems).toContain("ช่อง Sheet1!D7: ว่าง");
    expect(rowsWith(sheet, "ไม่ได้นำมาสรุป 1 หน่วยงาน")).toHaveLength(1);
  });

  test("print-ready: TH SarabunPSK, A4 landscape with the report's margins and page number", () => {
    expect(sheet.font.name).toBe("TH SarabunPSK");
    expect(sheet.print.paper).toBe("A4");
    expect(sheet.print.orientation).toBe("landscape");
    expect(sheet.print.header).toBe("- &P -");
    expect(columnsOuterWidthPt(sheet.columns)).toBeLessThanOrEqual(LANDSCAPE_TEXT_BLOCK_WIDTH);
    // The ranking starts on a new page.
    const heading = rowsWith(sheet, "ผลการประเมินรายหน่วยงาน")[0];
    expect(sheet.pageBreaks).toContain(heading);
  });
});

describe("composeSummary: short tables", () => {
  test("the level distribution and the tool table are each whole on one page", () => {
    for (const digits of ["thai", "arabic"] as const) {
      const sheet = composeSummary(province(), { digits }).sheets[0];
      const starts = [0, ...(sheet.pageBreaks ?? []), sheet.rows.length];
      const pageOf = (row: number): number => starts.filter((b) => b <= row).length;
      for (const [title, last] of [
        ["การกระจายของระดับผลการประเมิน", "รวม"],
        ["คะแนนตามเครื่องมือการประเมินและคะแนนรวม", "คะแนนรวม"],
      ]) {
        const head = rowsWith(sheet, title)[0];
        const end = rowsWith(sheet, last).find((r) => r > head) as number;
        expect(end).toBeGreaterThan(head);
        expect(pageOf(end)).toBe(pageOf(head));
      }
    }
  });
});

describe("composeSummary: many agencies", () => {
  function many(n: number, years = [2567]): Summary {
    const acc = new SummaryAccumulator();
    for (let i = 0; i < n; i++) {
      const v = 50 + ((i * 37) % 50);
      acc.add(
        `องค์การบริหารส่วนตำบลทดสอบ${i}`,
        byTools(years[i % years.length], v, 100 - (i % 40), 60 + (i % 41)),
        i,
        { province: ["สงขลา", "นครศรีธรรมราช"][i % 2] }
      );
    }
    return acc.finalize();
  }

  test("1,000 agencies: every one ranked once, the header repeated on each page, styles shared", () => {
    const plan = composeSummary(many(1000), { digits: "thai" });
    const sheet = plan.sheets[0];
    const rows = ranking(sheet);
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r[1])).size).toBe(1000);
    // Ranks never go down the table.
    const ranks = rows.map((r) => r[0] as number);
    expect(ranks.every((x, i) => i === 0 || x >= ranks[i - 1])).toBe(true);
    // Each page of the ranking opens with the table's header row.
    const heading = rowsWith(sheet, "ผลการประเมินรายหน่วยงาน")[0];
    const breaks = (sheet.pageBreaks ?? []).filter((b) => b > heading + 3);
    expect(breaks.length).toBeGreaterThan(30);
    for (const b of breaks) expect(text(sheet.rows[b].cells[0])).toBe("ลำดับ");
    // Pages hold what was planned.
    const starts = [0, ...(sheet.pageBreaks ?? []), sheet.rows.length];
    for (let k = 1; k < starts.length; k++) {
      const h = sheet.rows
        .slice(starts[k - 1], starts[k])
        .reduce((t, r) => t + (r.height ?? 16 * 1.72), 0);
      expect(h).toBeLessThanOrEqual(A4_LANDSCAPE_PRINTABLE_HEIGHT + 0.01);
    }
    // Lean: the cells share a few dozen style objects.
    const styles = new Set(sheet.rows.flatMap((r) => r.cells.map((c) => c.style)));
    expect(styles.size).toBeLessThan(60);
    // Thai digits: numbers through the Thai number format, text with Thai digits.
    expect(sheet.rows.some((r) => r.cells.some((c) => c.style?.numFmt === THAI_NUMFMT_2))).toBe(
      true
    );
    // Names are written as given (their digits are the agency's, not the summary's).
    expect(rows[0][1]).toMatch(/ทดสอบ[0-9]+$/);
    expect(planLimitProblems(plan.sheets)).toEqual([]);
  });

  test("the province column appears only when an agency has a province", () => {
    const withP = composeSummary(many(5), { digits: "arabic" }).sheets[0];
    const acc = new SummaryAccumulator();
    acc.add("อบต.ก", byTools(2567, 90, 90, 90));
    const without = composeSummary(acc.finalize(), { digits: "arabic" }).sheets[0];
    expect(rowsWith(withP, "จังหวัด").length).toBeGreaterThan(0);
    expect(ranking(withP)[0]).toContain("สงขลา");
    expect(withP.columns.length).toBe(without.columns.length + 1);
  });

  test("the list under each indicator stops at belowListMax and says how many there are", () => {
    const sheet = composeSummary(many(40), { digits: "arabic", belowListMax: 3 }).sheets[0];
    const head = rowsWith(sheet, "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่: ต่ำกว่าเกณฑ์")[0];
    expect(text(sheet.rows[head].cells[0])).toMatch(/ต่ำกว่าเกณฑ์ \d+ หน่วยงาน \(แสดง 3 หน่วยงานแรก\)/);
    expect(text(sheet.rows[head + 4].cells[0])).toContain("ตัวชี้วัดที่ 2");
    expect(BELOW_LIST_MAX).toBe(10);
  });

  test("several fiscal years: one sheet each, names of at most 31 characters, skipped on the first", () => {
    const acc = new SummaryAccumulator();
    acc.add("อบต.ก", byTools(2566, 90, 90, 90));
    acc.add("อบต.ข", byTools(2567, 80, 80, 80));
    acc.skip("อบต.ค", [{ code: "x", th: "ปัญหา", en: "problem" }]);
    const plan = composeSummary(acc.finalize(), { digits: "arabic" });
    expect(plan.sheets.map((s) => s.name)).toEqual(summarySheetNames([2566, 2567]));
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "สรุปภาพรวมหลายหน่วยงาน 2566",
      "สรุปภาพรวมหลายหน่วยงาน 2567",
    ]);
    for (const s of plan.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(rowsWith(plan.sheets[0], "อบต.ค")).toHaveLength(1);
    expect(rowsWith(plan.sheets[1], "อบต.ค")).toHaveLength(0);
    // The five-level scale from FY2566.
    expect(rowsWith(plan.sheets[1], "ต้องปรับปรุงโดยด่วน").length).toBeGreaterThan(0);
    expect(plan.notes.map((n) => n.en).join(" ")).toContain("several fiscal years");
    expect(plan.fiscalYear).toBe(2567);
  });

  test("no agency assessed: one sheet listing the skipped agencies", () => {
    const acc = new SummaryAccumulator();
    acc.skip("อบต.ก", [{ code: "x", th: "ช่อง A1: ว่าง", en: "Cell A1: empty" }]);
    const plan = composeSummary(acc.finalize(), { digits: "arabic" });
    expect(plan.sheets).toHaveLength(1);
    expect(plan.sheets[0].name).toBe(SUMMARY_SHEET_NAME);
    expect(plan.sheets[0].charts).toEqual([]);
    expect(rowsWith(plan.sheets[0], "ช่อง A1: ว่าง")).toHaveLength(1);
  });

  test("deterministic: the same summary gives the same plan", () => {
    const a = composeSummary(many(50), { digits: "mixed", scope: "จังหวัดสงขลา" });
    const b = composeSummary(many(50), { digits: "mixed", scope: "จังหวัดสงขลา" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(rowsWith(a.sheets[0], "จังหวัดสงขลา").length).toBeGreaterThan(0);
  });
});

describe("composeSummary: findings, agency types, the shared province", () => {
  /** IIT 81.50, EIT 83.75, OIT 86.75 on average; types: two อบต., one เทศบาลตำบล, one without. */
  function songkhla(): Summary {
    const acc = new SummaryAccumulator();
    const p = { province: "สงขลา" };
    acc.add("อบต.สูง", byTools(2563, 96, 95, 97), 0, { ...p, type: "องค์การบริหารส่วนตำบล" });
    acc.add("เทศบาลตำบลก", byTools(2563, 85, 85, 85), 1, { ...p, type: "เทศบาลตำบล" });
    acc.add("องค์การบริหารส่วนตำบลข", byTools(2563, 85, 85, 85), 2, {
      ...p,
      type: "องค์การบริหารส่วนตำบล",
    });
    acc.add("สำนักงานต่ำ", byTools(2563, 60, 70, 80), 3, p);
    acc.skip("อบต.มีปัญหา", [{ code: "empty", th: "ช่อง Sheet1!D7: ว่าง", en: "empty" }], 4);
    return acc.finalize();
  }
  const texts = (sheet: SheetPlan): string[] =>
    sheet.rows.flatMap((r) => r.cells.map((c) => text(c)).filter(Boolean));

  test("the findings name the weakest tool and the three weakest indicators with their counts", () => {
    const sheet = composeSummary(songkhla(), { digits: "arabic" }).sheets[0];
    const all = texts(sheet);
    const head = rowsWith(sheet, "ข้อค้นพบสำคัญ")[0];
    // Near the top: before the first numbered section.
    expect(head).toBeLessThan(rowsWith(sheet, "1. การกระจายของระดับผลการประเมิน")[0]);
    expect(all).toContain(
      "• เครื่องมือการประเมินที่หน่วยงานได้คะแนนเฉลี่ยต่ำสุด คือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) เฉลี่ย 81.50 คะแนน (EIT เฉลี่ย 83.75 คะแนน OIT เฉลี่ย 86.75 คะแนน)"
    );
    expect(all).toContain("• ตัวชี้วัดที่ได้คะแนนเฉลี่ยต่ำสุด 3 ตัวชี้วัด ได้แก่");
    // Indicators 1-5 all average 81.50: the framework's order breaks the tie.
    expect(all).toContain(
      "1) ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ เฉลี่ย 81.50 คะแนน มีหน่วยงาน 3 จาก 4 หน่วยงานที่ได้คะแนนต่ำกว่าเกณฑ์ 90 คะแนน"
    );
    expect(all.filter((t) => /^[123]\) ตัวชี้วัดที่ [123] /.test(t))).toHaveLength(3);
    // Types: อบต. average (96.10 + 85.00) / 2 = 90.55, เทศบาลตำบล 85.00.
    expect(all).toContain(
      "• ประเภทหน่วยงานที่ได้คะแนนรวมเฉลี่ยต่ำสุด คือ เทศบาลตำบล (1 หน่วยงาน) เฉลี่ย 85.00 คะแนน ส่วนองค์การบริหารส่วนตำบล (2 หน่วยงาน) ได้คะแนนรวมเฉลี่ยสูงสุด 90.55 คะแนน"
    );
  });

  test("Thai digits in the findings with the digit option; a threshold above every score says so", () => {
    const thai = texts(composeSummary(songkhla(), { digits: "thai" }).sheets[0]);
    expect(thai.some((t) => t.includes("เฉลี่ย ๘๑.๕๐ คะแนน (EIT เฉลี่ย ๘๓.๗๕ คะแนน"))).toBe(true);
    expect(thai).toContain(
      "๑) ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ เฉลี่ย ๘๑.๕๐ คะแนน มีหน่วยงาน ๓ จาก ๔ หน่วยงานที่ได้คะแนนต่ำกว่าเกณฑ์ ๙๐ คะแนน"
    );
    const acc = new SummaryAccumulator({ threshold: 50 });
    acc.add("ก", byTools(2567, 96, 95, 94));
    acc.add("ข", byTools(2567, 90, 91, 94));
    const all = texts(composeSummary(acc.finalize(), { digits: "arabic" }).sheets[0]);
    expect(all).toContain(
      "• เครื่องมือการประเมินที่หน่วยงานได้คะแนนเฉลี่ยต่ำสุด คือ แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) และแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ซึ่งได้คะแนนเฉลี่ยเท่ากันที่ 93.00 คะแนน (OIT เฉลี่ย 94.00 คะแนน)"
    );
    expect(all.some((t) => t.endsWith("ทุกหน่วยงานได้คะแนนตั้งแต่เกณฑ์ 50 คะแนนขึ้นไป"))).toBe(true);
    // No types given: no type finding, no type table, no type column.
    expect(all.some((t) => t.includes("ประเภทหน่วยงาน"))).toBe(false);
  });

  test("the breakdown by agency type: count, mean total, levels; ไม่ระบุ for agencies without one", () => {
    const sheet = composeSummary(songkhla(), { digits: "arabic" }).sheets[0];
    const head = rowsWith(sheet, "3. ผลการประเมินจำแนกตามประเภทหน่วยงาน")[0];
    expect(head).toBeGreaterThan(rowsWith(sheet, "2. คะแนนตามเครื่องมือการประเมินและคะแนนรวม")[0]);
    expect(rowsWith(sheet, "4. คะแนนเฉลี่ยรายตัวชี้วัด").length).toBe(1);
    const body = (label: string): Array<string | number | null> => {
      const r = sheet.rows.findIndex((row, i) => i > head && text(row.cells[0]) === label);
      return sheet.rows[r].cells.map((c) =>
        typeof c.value === "string" ? unwrapText(c.value) : c.value
      );
    };
    // Columns: type (over rank, name, type), count, mean total, the levels (over the rest).
    const C = { count: 3, mean: 4, levels: 5 };
    const abt = body("องค์การบริหารส่วนตำบล");
    expect([abt[C.count], abt[C.mean], abt[C.levels]]).toEqual([2, 90.55, "AA 1, A 1"]);
    const tt = body("เทศบาลตำบล");
    expect([tt[C.count], tt[C.mean], tt[C.levels]]).toEqual([1, 85, "A 1"]);
    const none = body("ไม่ระบุ");
    expect([none[C.count], none[C.mean], none[C.levels]]).toEqual([1, 71, "C 1"]);
    const sum = body("รวม");
    expect([sum[C.count], sum[C.mean], sum[C.levels]]).toEqual([4, 84.28, "AA 1, A 2, C 1"]);
    // The skipped agencies moved to section 6, and the overview says so.
    expect(rowsWith(sheet, "6. หน่วยงานที่ไม่ได้นำมาสรุป").length).toBe(1);
    expect(rowsWith(sheet, "(รายชื่อและปัญหาอยู่ในหัวข้อที่ 6)").length).toBe(1);
  });

  test("the ranking has a type column (ไม่ระบุ for an agency without one); a shared province is in the title, not a column", () => {
    const sheet = composeSummary(songkhla(), { digits: "arabic" }).sheets[0];
    expect(text(sheet.rows[0].cells[0])).toBe(
      "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)"
    );
    expect(text(sheet.rows[1].cells[0])).toBe("ของหน่วยงานในจังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. 2563");
    const header = sheet.rows.find((r) => text(r.cells[0]) === "ลำดับ")!;
    expect(header.cells.map((c) => text(c))).toEqual([
      "ลำดับ",
      "หน่วยงาน",
      "ประเภท",
      "คะแนนรวม",
      "ระดับ",
      "IIT",
      "EIT",
      "OIT",
      "ตัวชี้วัดที่ต่ำกว่าเกณฑ์",
    ]);
    const rows = ranking(sheet);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [1, "อบต.สูง", "องค์การบริหารส่วนตำบล", 96.1],
      [2, "เทศบาลตำบลก", "เทศบาลตำบล", 85],
      [2, "องค์การบริหารส่วนตำบลข", "องค์การบริหารส่วนตำบล", 85],
      [4, "สำนักงานต่ำ", "ไม่ระบุ", 71],
    ]);
    expect(columnsOuterWidthPt(sheet.columns)).toBeLessThanOrEqual(LANDSCAPE_TEXT_BLOCK_WIDTH);
    expect(sheet.columns[1]).toBeGreaterThanOrEqual(23);
    // The type column fits "เทศบาลตำบล" on one line (at least 19 units).
    expect(sheet.columns[2]).toBeGreaterThanOrEqual(19);
    // A scope that names the province already: not repeated in the title.
    const scoped = composeSummary(songkhla(), { digits: "arabic", scope: "จังหวัดสงขลา" }).sheets[0];
    expect(text(scoped.rows[0].cells[0])).toMatch(/ITA\) ประจำปีงบประมาณ พ\.ศ\. 2563$/);
    expect(rowsWith(scoped, "ของหน่วยงานใน")).toEqual([]);
    expect(rowsWith(scoped, "ภาพรวม 4 หน่วยงาน จังหวัดสงขลา").length).toBe(1);
    // Provinces that differ: a province column, no province in the title.
    const acc = new SummaryAccumulator();
    acc.add("ก", byTools(2567, 90, 90, 90), 0, { province: "สงขลา" });
    acc.add("ข", byTools(2567, 80, 90, 90), 1, { province: "จังหวัดปัตตานี" });
    const two = composeSummary(acc.finalize(), { digits: "arabic" }).sheets[0];
    expect(text(two.rows[0].cells[0])).not.toContain("จังหวัด");
    expect(rowsWith(two, "จังหวัดปัตตานี").length).toBe(1);
  });

  test("the ranking note says equal totals share a rank in plain words", () => {
    const sheet = composeSummary(songkhla(), { digits: "thai" }).sheets[0];
    expect(rowsWith(sheet, "หน่วยงานที่ได้คะแนนรวมเท่ากันได้ลำดับเดียวกัน").length).toBe(1);
    expect(rowsWith(sheet, "ลำดับร่วม")).toEqual([]);
  });
});

describe("composeSummary: its texts", () => {
  test("an edited text replaces its default; a library without the summary's keys keeps the defaults", () => {
    const acc = new SummaryAccumulator();
    acc.add("อบต.หนึ่ง", byTools(2567, 90, 91, 92), 0);
    const summary = acc.finalize();
    const edited = composeSummary(summary, {
      digits: "arabic",
      phrases: { "summary.findings.heading": "สิ่งที่พบ" },
    }).sheets[0];
    expect(rowsWith(edited, "สิ่งที่พบ")).toHaveLength(1);
    expect(rowsWith(edited, "ข้อค้นพบสำคัญ")).toHaveLength(0);
    // Every other text is the default, not empty.
    const plain = composeSummary(summary, { digits: "arabic" }).sheets[0];
    const texts = (s: SheetPlan): string[] =>
      s.rows.map((r) => r.cells.map((c) => text(c)).join("|"));
    expect(texts(edited).filter((t) => !t.includes("สิ่งที่พบ"))).toEqual(
      texts(plain).filter((t) => !t.includes("ข้อค้นพบสำคัญ"))
    );
  });
});
