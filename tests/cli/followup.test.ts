/**
 * The follow-up on the compiled command line: the seed's report -> track -> the tracking sheet filled
 * (as an officer would, here with ExcelJS) -> followup, to a workbook and to a Word file; track again
 * keeps what was typed; refusals by cell with nothing written; the JSON form (docs/followup.md).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readTrackingGrid } from "../../src/core/trackingGrid";
import { runCli } from "./compiled";

const TRACK = "ติดตามมาตรการ ITA 2563";
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ita-followup-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function grid(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = (row.values as unknown[]).slice(1);
  });
  return Array.from(out, (r) => r ?? []);
}

/** Fills rows of the tracking table by header key, as an officer would in Excel. */
async function fill(
  file: string,
  out: string,
  rows: Array<Record<string, unknown>>
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const read = readTrackingGrid(await grid(file, TRACK), TRACK);
  const h = read.header!;
  const ws = wb.getWorksheet(TRACK)!;
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r))
      ws.getCell(h.row + 2 + i, h.cols[k as keyof typeof h.cols]! + 1).value =
        v as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(out);
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<w:tab\/>/g, " ").replace(/<[^>]+>/g, "");
}

describe("track and followup on the command line", () => {
  test("seed report -> track -> filled -> followup (.xlsx and .docx)", async () => {
    const report = join(dir, "seed.xlsx");
    expect(runCli(["generate", "tests/fixtures/seed.json", "-o", report]).code).toBe(0);
    const tracking = join(dir, "tracking.xlsx");
    const t = runCli(["track", report, "-o", tracking, "--round", "6", "--date", "2020-04-10"]);
    expect(t.stderr).toBe("");
    expect(t.code).toBe(0);
    expect(t.stdout).toContain(TRACK);
    // The report's own sheets are kept beside the tracking sheet.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tracking);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["มาตรการ ITA 2563", TRACK])
    );
    const filled = join(dir, "filled.xlsx");
    await fill(tracking, filled, [
      { status: "ดำเนินการแล้วเสร็จ", actions: "ปรับปรุงเว็บไซต์", evidence: "https://a.go.th/1" },
      { status: "อยู่ระหว่างดำเนินการ", budget: 2500 },
    ]);
    const docx = join(dir, "followup.docx");
    const f = runCli(["followup", filled, "-o", docx, "--digits", "thai"]);
    expect(f.code).toBe(0);
    const text = await docxText(docx);
    expect(text).toContain("(รอบ ๖ เดือน: ตุลาคม ๒๕๖๒ - มีนาคม ๒๕๖๓)");
    expect(text).toContain("ข้อ O43");
    // The agency, read from the report's measures sheet (the report was written from JSON).
    expect(text).toContain("องค์การบริหารส่วนตำบลกะหรอ อำเภอนบพิตำ จังหวัดนครศรีธรรมราช");
    expect(text).toContain("ตำแหน่ง นายกองค์การบริหารส่วนตำบลกะหรอ");
    expect(text).toContain("๒,๕๐๐.๐๐ บาท");
    expect(text).toContain("https://a.go.th/1");
    const xlsx = join(dir, "followup.xlsx");
    expect(runCli(["followup", filled, "-o", xlsx]).code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(xlsx);
    expect(out.worksheets.map((w) => w.name)).toEqual([
      "รายงานผลมาตรการ ITA 2563",
      "ผลรายมาตรการ ITA 2563",
    ]);

    // track again: what was typed stays, nothing is added twice.
    const again = join(dir, "again.xlsx");
    const t2 = runCli(["track", filled, "-o", again]);
    expect(t2.code).toBe(0);
    expect(t2.stdout).toMatch(/เพิ่ม 0/);
    const read = readTrackingGrid(await grid(again, TRACK), TRACK);
    const first = read.rows[0];
    expect(first.status?.value).toBe("ดำเนินการแล้วเสร็จ");
    expect(first.evidence?.value).toBe("https://a.go.th/1");
    // The round typed before (6 months) is kept when --round is not given again.
    expect(String(read.fields.round?.value)).toBe("๖ เดือน");
  }, 120000);

  test("every refusal names its cell in Thai and English, exit 1, nothing written", async () => {
    const report = join(dir, "seed2.xlsx");
    expect(runCli(["generate", "tests/fixtures/seed.json", "-o", report]).code).toBe(0);
    const tracking = join(dir, "tracking2.xlsx");
    expect(runCli(["track", report, "-o", tracking]).code).toBe(0);
    const bad = join(dir, "bad.xlsx");
    await fill(tracking, bad, [
      { status: "เสร็จแล้ว" },
      { percent: 140 },
      { evidence: "ftp://a.go.th/x" },
    ]);
    const out = join(dir, "never.docx");
    const r = runCli(["followup", bad, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("'ติดตามมาตรการ ITA 2563'!D");
    expect(r.stderr).toMatch(/สถานะ "เสร็จแล้ว" ไม่อยู่ในรายการ/);
    expect(r.stderr).toMatch(/is not one of the list/);
    expect(r.stderr).toMatch(/ร้อยละความสำเร็จต้องอยู่ระหว่าง/);
    expect(r.stderr).toMatch(/is not a link starting with http/);
    expect(existsSync(out)).toBe(false);
  }, 120000);

  test("the JSON form: FY2568 measures serve O26 of ITA 2569; a measure without a title is refused", () => {
    const json = join(dir, "fu.json");
    writeFileSync(
      json,
      JSON.stringify({
        measuresYear: 2568,
        agency: { name: "องค์การบริหารส่วนจังหวัดตัวอย่าง", type: "องค์การบริหารส่วนจังหวัด" },
        measures: [{ title: "ประกาศเจตจำนงสุจริต", status: "ดำเนินการแล้วเสร็จ" }],
      })
    );
    const out = join(dir, "o26.docx");
    expect(runCli(["followup", json, "-o", out]).code).toBe(0);
    const bad = join(dir, "fu-bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        measuresYear: 2568,
        agency: "อบจ.ตัวอย่าง",
        measures: [{ status: "ดำเนินการแล้วเสร็จ" }],
      })
    );
    const r = runCli(["followup", bad, "-o", join(dir, "never2.docx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("measures[0].status");
    expect(r.stderr).toContain("ไม่มีชื่อมาตรการ");
    expect(r.stderr).toContain("no measure");
  }, 60000);

  test("usage errors in one bilingual voice", () => {
    const r = runCli(["track", "x.xlsx", "-o", "y.xlsx", "--roud", "6"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--round");
    const h = runCli(["help", "followup"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("followup <tracking.xlsx|file.json>");
  });
});

describe("agencyOfMeasures", () => {
  test("reads the agency line of a measures sheet, the title lines skipped", async () => {
    const { agencyOfMeasures } = await import("../../src/cli/followup");
    expect(
      agencyOfMeasures([
        ["๕. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"],
        ["ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"],
        ["องค์การบริหารส่วนตำบลกะหรอ อำเภอนบพิตำ จังหวัดนครศรีธรรมราช"],
        ["มาตรการ", "ขั้นตอนหรือวิธีการ"],
      ])
    ).toEqual({ name: "องค์การบริหารส่วนตำบลกะหรอ", district: "นบพิตำ", province: "นครศรีธรรมราช" });
    expect(agencyOfMeasures([["องค์การบริหารส่วนจังหวัดสงขลา"], ["มาตรการ", "x"]])).toEqual({
      name: "องค์การบริหารส่วนจังหวัดสงขลา",
    });
  });
});
