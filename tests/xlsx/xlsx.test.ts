/**
 * The ExcelJS writer and reader against real saved files: formula-like text stays text, layout and print
 * setup are written, input sheets are kept, and an .xlsx input (template + phrase sheet) reads back.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { assessRaw } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { TEMPLATE, templateRowOf } from "../../src/core/template";
import {
  composeReport,
  inputTemplatePlan,
  phraseSheetPlan,
  type SheetPlan,
} from "../../src/report";
import { writePlanToWorkbook } from "../../src/xlsx/write";
import { unwrapText } from "../report/unwrap";
import { readInputFromXlsx } from "./readFile";

const SEED = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8"));
const item = rawFromJson(SEED).items[0];
const assessment = assessRaw(item.raw).assessment;
if (!assessment) throw new Error("seed does not assess");
const tmp = mkdtempSync(join(tmpdir(), "ita-xlsx-"));

async function roundTrip(wb: ExcelJS.Workbook): Promise<{ wb: ExcelJS.Workbook; zip: JSZip }> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf);
  return { wb: back, zip: await JSZip.loadAsync(buf) };
}

const FORMULA_LIKE = [
  "=SUM(A1:A3)",
  "+66 81 234 5678",
  "-ไม่มีข้อมูล",
  "@ผู้รับผิดชอบ",
  '=HYPERLINK("http://x")',
];

describe("writePlanToWorkbook", () => {
  test("text starting with = + - @ is saved as text, never as a formula", async () => {
    const sheet: SheetPlan = {
      role: "analysis",
      name: "ทดสอบ",
      font: { name: "TH SarabunPSK", size: 16 },
      columns: [30],
      rows: FORMULA_LIKE.map((v) => ({ cells: [{ value: v }] })),
      merges: [],
      charts: [],
      print: {
        paper: "A4",
        orientation: "portrait",
        margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.3, footer: 0.3 },
        fitToWidth: true,
      },
    };
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, [sheet]);
    const { wb: back, zip } = await roundTrip(wb);
    const ws = back.getWorksheet("ทดสอบ");
    FORMULA_LIKE.forEach((v, i) => {
      const cell = ws?.getCell(i + 1, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value).toBe(v);
    });
    const xml = await zip.file("xl/worksheets/sheet1.xml")?.async("string");
    expect(xml).not.toMatch(/<f>|<f /);
    expect(xml).toMatch(/t="s"/);
  });

  test("the seed report: sheets, fonts, merges, heights, print setup, data bar, input sheets kept", async () => {
    const wb = new ExcelJS.Workbook();
    const input = wb.addWorksheet("ข้อมูลของฉัน");
    input.getCell("A1").value = "ข้อมูลเดิมของผู้ใช้";
    const plan = composeReport(assessment, {
      agency: item.agency ?? { name: "" },
      digits: "mixed",
      date: "2020-02-15",
    });
    writePlanToWorkbook(wb, plan);
    const path = join(tmp, "seed.xlsx");
    await wb.xlsx.writeFile(path);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      "ข้อมูลของฉัน",
      "วิเคราะห์ผล ITA 2562",
      "คะแนน ITA 2562",
      "มาตรการ ITA 2563",
    ]);
    expect(back.getWorksheet("ข้อมูลของฉัน")?.getCell("A1").value).toBe("ข้อมูลเดิมของผู้ใช้");

    const ws = back.getWorksheet("วิเคราะห์ผล ITA 2562") as ExcelJS.Worksheet;
    const rowOf = (start: string): number =>
      1 +
      plan.sheets[0].rows.findIndex((r) =>
        unwrapText(String(r.cells[0]?.value ?? "")).startsWith(start)
      );
    const title = ws.getCell(rowOf("รายงานการวิเคราะห์"), 1);
    expect(title.font).toMatchObject({ name: "TH SarabunPSK", bold: true, size: 20 });
    const p1 = rowOf("การประเมินคุณธรรม");
    expect(ws.getCell(p1, 1).font).toMatchObject({ name: "TH SarabunPSK", size: 16 });
    expect(ws.getCell(p1, 1).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    // One column, one cell per paragraph: nothing merged; the row holds the estimate of its height.
    expect(ws.getCell(p1, 1).isMerged).toBe(false);
    expect(plan.sheets[0].merges).toEqual([]);
    expect(plan.sheets[0].rows[p1 - 1].height).toBeUndefined();
    expect(ws.getRow(p1).height).toBe(plan.sheets[0].rows[p1 - 1].estimatedHeight);
    // Page breaks before the foreword and before section 1.
    const sheetXml = await (
      await JSZip.loadAsync(readFileSync(path))
    )
      .file("xl/worksheets/sheet2.xml")
      ?.async("string");
    const breaks = [...(sheetXml ?? "").matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    // Every break spans the columns up to the last column index (16383), never past it.
    expect([...(sheetXml ?? "").matchAll(/<brk [^>]*max="(\d+)"/g)].map((m) => m[1])).toEqual(
      breaks.map(() => "16383")
    );
    expect(breaks).toEqual((plan.sheets[0].pageBreaks ?? []).map((b) => b));
    expect(breaks).toEqual(
      expect.arrayContaining([rowOf("คำนำ") - 1, rowOf("๑. หลักการและเหตุผล") - 1])
    );
    // Thai official page: A4, left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm, at 100 %.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", scale: 100 });
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    const cm = (inches: number | undefined): number => Math.round((inches ?? 0) * 2.54 * 100) / 100;
    expect(cm(ws.pageSetup.margins?.left)).toBe(3);
    expect(cm(ws.pageSetup.margins?.right)).toBe(2);
    expect(cm(ws.pageSetup.margins?.top)).toBe(2.5);
    expect(cm(ws.pageSetup.margins?.bottom)).toBe(2);
    // Page number "- n -" at the top centre, none on the cover (different first page).
    expect(sheetXml).toMatch(/<headerFooter differentFirst="1">/);
    expect(sheetXml).toMatch(
      /<oddHeader>&amp;C&amp;&quot;TH SarabunPSK,Regular&quot;&amp;16- &amp;P -<\/oddHeader>/
    );
    expect(sheetXml).not.toMatch(/<firstHeader>[^<]*&amp;P/);

    const scores = back.getWorksheet("คะแนน ITA 2562") as ExcelJS.Worksheet;
    const chart = plan.sheets[1].charts[0];
    // Same margins on every sheet; page numbers run on from the analysis sheet's pages.
    expect(scores.pageSetup.margins).toEqual(ws.pageSetup.margins);
    const scoresXml = await (
      await JSZip.loadAsync(readFileSync(path))
    )
      .file("xl/worksheets/sheet3.xml")
      ?.async("string");
    // Page numbers run on through the workbook: no sheet sets its first page number (Excel: "Auto").
    expect(scoresXml).not.toMatch(/firstPageNumber|useFirstPageNumber/);
    // No data bar: the plan asks for none (the chart shows the scores), as in the Office.js writer.
    expect(scoresXml).not.toMatch(/dataBar/);
    const low = scores.getCell(chart.values.fromRow + 2, 3); // indicator 2, 85.43 < 90
    expect(low.value).toBe(85.43);
    expect((low.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFCE4D6");
    expect(low.numFmt).toBe("0.00");
    expect(low.alignment).toMatchObject({ horizontal: "right", indent: 1 });
    const cf = (
      scores as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }>;
      }
    ).conditionalFormattings;
    expect(cf.some((c) => c.rules.some((r) => r.type === "dataBar"))).toBe(false);

    const measures = back.getWorksheet("มาตรการ ITA 2563") as ExcelJS.Worksheet;
    expect(measures.pageSetup.margins).toEqual(ws.pageSetup.margins);
    const header = 1 + plan.sheets[2].rows.findIndex((r) => r.cells[0]?.value === "มาตรการ");
    expect(
      (measures.getRow(header).values as unknown[]).map((v) =>
        typeof v === "string" ? unwrapText(v) : v
      )
    ).toEqual([
      undefined,
      "มาตรการ",
      "ขั้นตอนหรือวิธีการ",
      "ผู้รับผิดชอบ",
      "ระยะเวลา",
      "เป้าหมาย/ตัวชี้วัดความสำเร็จ",
      "การกำกับติดตาม",
    ]);
    expect(measures.getCell(header, 1).border?.top?.style).toBe("thin");
  });

  test("a taken sheet name is not overwritten: the plan sheet gets a new name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("วิเคราะห์ผล ITA 2562").getCell("A1").value = "ของผู้ใช้";
    const plan = composeReport(assessment, { agency: { name: "x" }, digits: "arabic" });
    const created = writePlanToWorkbook(wb, plan);
    expect(created[0].name).toBe("วิเคราะห์ผล ITA 2562 (2)");
    expect(wb.getWorksheet("วิเคราะห์ผล ITA 2562")?.getCell("A1").value).toBe("ของผู้ใช้");
  });
});

describe("readInputFromXlsx", () => {
  test("template sheet (filled) + edited phrase sheet: scores, agency, threshold and phrases read back", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("บันทึก").getCell("A1").value = "ข้อความอื่น";
    const [tws, pws] = writePlanToWorkbook(wb, [
      inputTemplatePlan({
        fiscalYear: 2562,
        agency: { name: "เทศบาลตำบลท่าศาลา", unit: "สำนักปลัดเทศบาล" },
        threshold: 85,
      }),
      phraseSheetPlan(),
    ]);
    const scores: Record<string, number | string> = {
      "1": 94.15,
      "2": "85.43",
      "3": 87.52,
      "4": 82.58,
      "5": 87.64,
      "6": 67.05,
      "7": 70.46,
      "8": 61.37,
      "10.1": 87.5,
      "10.2": 100,
    };
    for (const [id, v] of Object.entries(scores))
      tws.getCell(templateRowOf(id) + 1, TEMPLATE.table.scoreCol + 1).value = v;
    tws.getCell(TEMPLATE.typed.firstRow + 3, TEMPLATE.typed.valueCol + 1).value = 74.8; // OIT
    pws.eachRow((row) => {
      if (row.getCell(1).value === "s1.title") row.getCell(2).value = "ความเป็นมา";
    });
    const path = join(tmp, "input.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await readInputFromXlsx(path);
    expect(r.problems).toEqual([]);
    expect(r.layout).toBe("template");
    expect(r.sheet).toBe(tws.name);
    expect(r.agency?.name).toBe("เทศบาลตำบลท่าศาลา");
    expect(r.threshold).toBe(85);
    expect(r.phrases?.["s1.title"]).toBe("ความเป็นมา");
    const a = assessRaw(r.raw!);
    expect(a.assessment?.total).toBe(76.05);
    expect(a.assessment?.threshold).toBe(90);
  });

  test("a wide sheet (a row per agency): the first row by default with a warning, or the row asked for", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ภาพรวม");
    ws.addRow(["หน่วยงาน", "ปีงบประมาณ", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    ws.addRow(["องค์การบริหารส่วนตำบลนาดี", 2565, 91, 88, 90, 86, 84, 80, 79, 77, 70, 92]);
    ws.addRow(["องค์การบริหารส่วนตำบลนาใต้", 2565, 81, 78, 80, 76, 74, 70, 69, 67, 60, 82]);
    const path = join(tmp, "wide.xlsx");
    await wb.xlsx.writeFile(path);
    const first = await readInputFromXlsx(path);
    expect(first.layout).toBe("wide");
    expect(first.agency?.name).toBe("องค์การบริหารส่วนตำบลนาดี");
    expect(first.warnings.map((w) => w.code)).toContain("wide-first-row");
    const second = await readInputFromXlsx(path, { row: 3 });
    expect(second.agency?.name).toBe("องค์การบริหารส่วนตำบลนาใต้");
    expect(second.warnings.map((w) => w.code)).not.toContain("wide-first-row");
    const none = await readInputFromXlsx(path, { row: 9 });
    expect(none.raw).toBeUndefined();
    expect(none.problems[0].code).toBe("row-not-found");
  });

  test("a plain sheet with indicator rows (long layout) is found; a workbook without one is a problem", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("คะแนน");
    ws.addRow(["ปีงบประมาณ", 2563]);
    ws.addRow(["ตัวชี้วัด", "คะแนน"]);
    [
      ["การปฏิบัติหน้าที่", 91.2],
      ["การใช้งบประมาณ", 88],
      ["การใช้อำนาจ", 90.5],
      ["การใช้ทรัพย์สินของราชการ", 86],
      ["การแก้ไขปัญหาการทุจริต", 84.1],
    ].forEach((r) => ws.addRow(r));
    const path = join(tmp, "long.xlsx");
    await wb.xlsx.writeFile(path);
    const r = await readInputFromXlsx(path);
    expect(r.layout).toBe("long");
    expect(r.raw?.indicators.length).toBe(5);

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("ว่าง").getCell("A1").value = "ไม่มีตาราง";
    const p2 = join(tmp, "empty.xlsx");
    await empty.xlsx.writeFile(p2);
    const r2 = await readInputFromXlsx(p2);
    expect(r2.raw).toBeUndefined();
    expect(r2.problems[0].code).toBe("no-input");
    expect(r2.problems[0].th).toMatch(/[ก-๙]/);
    expect(r2.problems[0].en).toMatch(/no ITA score table/);
  });
});

describe("native chart in the .xlsx", () => {
  test("workbookToBuffer adds a chart part over the reserved rows; the package passes the schema check", async () => {
    const { workbookToBuffer } = await import("../../src/xlsx/write");
    const wb = new ExcelJS.Workbook();
    const plan = composeReport(assessment, { agency: { name: "อบต.ทดสอบ" }, digits: "thai" });
    writePlanToWorkbook(wb, plan);
    const bytes = await workbookToBuffer(wb);
    const zip = await JSZip.loadAsync(bytes);
    const chart = (await zip.file("xl/charts/chart1.xml")?.async("string")) ?? "";
    const spec = plan.sheets[1].charts[0];
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("<c:lineChart>");
    // Series reference the score and threshold cells of the score sheet.
    expect(chart).toContain(
      `'คะแนน ITA 2562'!$C$${spec.values.fromRow + 1}:$C$${spec.values.toRow + 1}`
    );
    expect(chart).toContain(`'คะแนน ITA 2562'!$F$${spec.values.fromRow + 1}`);
    const drawing = (await zip.file("xl/drawings/drawing1.xml")?.async("string")) ?? "";
    expect(drawing).toContain(`<xdr:row>${spec.anchor.row}</xdr:row>`);
    const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    expect(sheet).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain(
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    );
    // Reloads in ExcelJS, and (where python3 and xmllint are installed) passes the OOXML schema check.
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(back.worksheets).toHaveLength(3);
    const checker = "/work/shared/tools/ooxml-check/ooxml_check.py";
    if (existsSync(checker)) {
      const path = join(tmp, "chart.xlsx");
      writeFileSync(path, bytes);
      const r = spawnSync("python3", [checker, path], { encoding: "utf8" });
      expect(r.stdout + r.stderr).toMatch(/0 error\(s\)/);
    }
  });
});
