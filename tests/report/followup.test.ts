import { readFileSync } from "fs";
import { join } from "path";
import { assess } from "../../src/core/assess";
import { rawFromJson, agencyFromJson } from "../../src/core/json";
import { parseInput } from "../../src/core/parse";
import { parseTrackRows, trackingFromJson, type TrackingData } from "../../src/core/tracking";
import { measuresFromGrid, mergeTrackRows, readTrackingGrid } from "../../src/core/trackingGrid";
import { composeReport } from "../../src/report/compose";
import { blockTexts, checkDocument, type ReportDocument } from "../../src/report/document";
import { composeFollowup } from "../../src/report/followup";
import { toThaiDigits } from "../../src/core/thai";
import { format2 } from "../../src/core/decimal";
import { trackingSheetPlan } from "../../src/report/trackingSheet";
import type { SheetPlan } from "../../src/report/plan";

const valuesOf = (s: SheetPlan): unknown[][] => s.rows.map((r) => r.cells.map((c) => c.value));
const textOf = (doc: ReportDocument): string =>
  doc.parts.flatMap((p) => p.blocks.flatMap((b) => blockTexts(b))).join("\n");

/** The seed's report -> its measures sheet -> the tracking sheet, filled as an officer would. */
function seedChain(round: 6 | 12, fill: (row: number) => Record<string, unknown>): TrackingData {
  const json = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8"));
  const item = rawFromJson(json).items[0];
  const assessment = assess(parseInput(item.raw).input!);
  const plan = composeReport(assessment, { agency: item.agency!, digits: "thai" });
  const measures = plan.sheets.find((s) => s.role === "measures")!;
  const rows = mergeTrackRows(null, measuresFromGrid(valuesOf(measures), measures.name)!).rows;
  const sheet = trackingSheetPlan(
    {
      measuresYear: 2563,
      round,
      agency: item.agency!,
      lastResult: {
        fiscalYear: 2562,
        total: assessment.total,
        level: assessment.level?.labelTh ?? null,
      },
    },
    rows
  );
  const grid = valuesOf(sheet);
  const read = readTrackingGrid(grid, sheet.name);
  const h = read.header!;
  rows.forEach((_, i) => {
    for (const [k, v] of Object.entries(fill(i)))
      grid[h.row + 1 + i][h.cols[k as keyof typeof h.cols]!] = v;
  });
  const parsed = parseTrackRows(readTrackingGrid(grid, sheet.name).rows);
  expect(parsed.problems).toEqual([]);
  return {
    measuresYear: 2563,
    round,
    date: "2020-09-30",
    agency: item.agency!,
    lastResult: {
      fiscalYear: 2562,
      total: assessment.total,
      level: assessment.level?.labelTh ?? null,
    },
    measures: parsed.measures,
  };
}

describe("composeFollowup", () => {
  test("the seed's measures, twelve-month round: title, item O43 of ITA 2563, overview, one row a measure", () => {
    const data = seedChain(12, (i) => ({
      status: i < 6 ? "ดำเนินการแล้วเสร็จ" : "อยู่ระหว่างดำเนินการ",
      actions: `ดำเนินการเดือน ${i + 1}`,
      evidence: i === 0 ? "https://www.karor.go.th/ita/o43-1" : null,
      budget: i === 1 ? 12500 : null,
    }));
    const doc = composeFollowup(data, { digits: "thai" });
    expect(checkDocument(doc)).toEqual([]);
    const text = textOf(doc);
    expect(text).toContain(
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"
    );
    expect(text).not.toContain("รอบ ๖ เดือน");
    expect(text).toContain("ข้อ O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    expect(text).toContain("ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๓");
    expect(text).toContain("ได้คะแนนรวม ๗๖.๐๕ คะแนน อยู่ในระดับ B");
    expect(text).toContain("งบประมาณที่ใช้ในการดำเนินการตามมาตรการทั้งสิ้น ๑๒,๕๐๐.๐๐ บาท");
    // The URL keeps its own characters under Thai digits.
    expect(text).toContain("https://www.karor.go.th/ita/o43-1");
    const parts = doc.parts.map((p) => [p.sheet.role, p.orientation]);
    expect(parts).toEqual([
      ["followup", "portrait"],
      ["followupResults", "landscape"],
      ["followup", "portrait"],
    ]);
    // Section ๓: one table row per measure, header repeated (header rows are the table's own).
    const table = doc.parts[1].blocks.find((b) => b.kind === "table");
    expect(table && table.kind === "table" && table.rows.length).toBe(data.measures.length);
    expect(table && table.kind === "table" && table.header[0].cells.map((c) => c.value)).toEqual([
      "ที่",
      "มาตรการ",
      "การดำเนินการ",
      "ผู้รับผิดชอบ",
      "ผลเทียบเป้าหมาย",
      "สถานะ",
      "หลักฐาน",
    ]);
    // Section ๒'s table adds up.
    const overview = doc.parts[0].blocks.find((b) => b.kind === "table");
    const counts =
      overview && overview.kind === "table"
        ? overview.rows.map((r) => r.cells.map((c) => c.value))
        : [];
    // Six of the seed's measures done (the table has as many rows as the measures sheet had).
    const n = data.measures.length;
    expect(n).toBeGreaterThanOrEqual(6);
    expect(counts[0]).toEqual(["ดำเนินการแล้วเสร็จ", "๖", toThaiDigits(format2((6 * 100) / n))]);
    expect(counts[counts.length - 1]).toEqual(["รวม", toThaiDigits(String(n)), "๑๐๐.๐๐"]);
    expect(text).toContain("ไม่มี");
    expect(text).toContain("ตำแหน่ง นายกองค์การบริหารส่วนตำบลกะหรอ");
    expect(text).toContain("วันที่ ๓๐ เดือนกันยายน พ.ศ. ๒๕๖๓");
  });

  test("six-month round: named in the title, the period to March, what follows in the second half", () => {
    const data = seedChain(6, (i) => ({ status: i % 2 ? "อยู่ระหว่างดำเนินการ" : "ยังไม่ได้ดำเนินการ" }));
    const text = textOf(composeFollowup(data, { digits: "thai" }));
    expect(text).toContain("(รอบ ๖ เดือน: ตุลาคม ๒๕๖๒ - มีนาคม ๒๕๖๓)");
    expect(text).toContain("ตั้งแต่เดือนตุลาคม ๒๕๖๒ ถึงเดือนมีนาคม ๒๕๖๓");
    expect(text).toContain("ดำเนินการต่อในครึ่งปีหลัง");
    expect(text).toContain("การดำเนินการตามมาตรการทั้งหมดไม่ใช้งบประมาณ");
  });

  const json = (measuresYear: number, extra: Record<string, unknown> = {}) => ({
    measuresYear,
    round: 12,
    agency: { name: "องค์การบริหารส่วนจังหวัดตัวอย่าง", type: "องค์การบริหารส่วนจังหวัด" },
    measures: [{ title: "ประกาศเจตจำนงสุจริต", status: "ดำเนินการแล้วเสร็จ" }],
    ...extra,
  });

  test("FY2565 measures serve O43 of ITA 2565; FY2568 measures serve O26 of ITA 2569", () => {
    const a = trackingFromJson(json(2565), agencyFromJson);
    expect(textOf(composeFollowup(a.data!, { digits: "arabic" }))).toContain(
      "ข้อ O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565"
    );
    const b = trackingFromJson(json(2568), agencyFromJson);
    expect(textOf(composeFollowup(b.data!, { digits: "arabic" }))).toContain(
      "ข้อ O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569"
    );
  });

  test("a year whose item is not known leaves it to fill, never a guess", () => {
    const c = trackingFromJson(json(2567), agencyFromJson);
    const text = textOf(composeFollowup(c.data!, { digits: "arabic" }));
    expect(text).toContain("ข้อ ......");
    expect(text).not.toMatch(/ข้อ O\d+/);
  });

  test("when next year's scores are known: how the targeted indicators moved", () => {
    const c = trackingFromJson(
      json(2563, {
        lastResult: { fiscalYear: 2562, total: 76.05, level: "B", indicators: { "9": 55.85 } },
        newResult: { fiscalYear: 2563, total: 88.1, level: "A", indicators: { "9": 90 } },
        measures: [
          { title: "เปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)", status: "ดำเนินการแล้วเสร็จ" },
          { title: "ประกาศเจตจำนงสุจริต", status: "ดำเนินการแล้วเสร็จ" },
        ],
      }),
      agencyFromJson
    );
    const text = textOf(composeFollowup(c.data!, { digits: "arabic" }));
    expect(text).toContain("ได้คะแนนรวม 88.10 คะแนน ระดับ A เทียบกับ 76.05 คะแนนในปีงบประมาณ พ.ศ. 2562");
    expect(text).toContain("มีคะแนนเพิ่มขึ้น 1 จาก 1 ตัวชี้วัด");
    expect(text).toContain("+34.15");
  });

  test("problems and suggestions by measure; 'ไม่มี' only where none is given", () => {
    const c = trackingFromJson(
      json(2563, {
        measures: [
          { title: "ก", status: "อยู่ระหว่างดำเนินการ", problems: "งบประมาณไม่เพียงพอ" },
          { title: "ข", status: "ดำเนินการแล้วเสร็จ" },
        ],
      }),
      agencyFromJson
    );
    const text = textOf(composeFollowup(c.data!, { digits: "arabic" }));
    expect(text).toContain("มาตรการที่ 1: งบประมาณไม่เพียงพอ");
    expect(text.match(/^ไม่มี$/gm)).toHaveLength(1);
  });
});
