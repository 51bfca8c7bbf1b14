/**
 * The agency type and the province travel from the command line's inputs to the summary (issue 16):
 * JSON batch items' agency.type, and a many.xlsx sheet's "ประเภทหน่วยงาน" column; summary.xlsx has the
 * province in its title, the findings and the breakdown by type. Through the compiled CLI.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unwrapText } from "../report/unwrap";
import { runCli, ROOT } from "./compiled";

jest.setTimeout(120000);

const tmp = mkdtempSync(join(tmpdir(), "ita-summary-types-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENV = { ...process.env, CI: "" };
const BATCH = join(ROOT, "tests/fixtures/batch/songkhla-2568.json");

interface Item {
  agency: { name: string; type?: string; province: string };
  indicators: Record<string, number>;
}

describe("the agency type from the command line's inputs", () => {
  test("assess on a JSON batch: the types and the shared province in the summary", () => {
    const r = runCli(["assess", BATCH], { env: ENV });
    expect(r.code).toBe(0);
    const y = JSON.parse(r.stdout).years[0];
    expect(y.province).toBe("สงขลา");
    expect(y.types.map((g: { type: string | null; count: number }) => [g.type, g.count])).toEqual([
      ["องค์การบริหารส่วนตำบล", 3],
      ["เทศบาลตำบล", 2],
      ["เทศบาลเมือง", 1],
      ["โรงเรียน", 1],
      [null, 1],
    ]);
  });

  test("a many.xlsx sheet's ประเภทหน่วยงาน column gives the types", async () => {
    const items = JSON.parse(readFileSync(BATCH, "utf8")) as Item[];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ITA 2568");
    ws.addRow(["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568"]);
    ws.addRow([
      "หน่วยงาน",
      "ประเภทหน่วยงาน",
      "จังหวัด",
      ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
    ]);
    for (const it of items)
      ws.addRow([
        it.agency.name,
        it.agency.type ?? null,
        it.agency.province,
        ...Array.from({ length: 10 }, (_, k) => it.indicators[String(k + 1)]),
      ]);
    const p = join(tmp, "songkhla.xlsx");
    await wb.xlsx.writeFile(p);
    const r = runCli(["assess", p], { env: ENV });
    expect(r.code).toBe(0);
    const y = JSON.parse(r.stdout).years[0];
    expect(y.types.map((g: { type: string | null }) => g.type)).toEqual([
      "องค์การบริหารส่วนตำบล",
      "เทศบาลตำบล",
      "เทศบาลเมือง",
      "โรงเรียน",
      null,
    ]);
    const abt = y.agencies.find((a: { name: string }) => a.name === "องค์การบริหารส่วนตำบลคลองแห");
    expect(abt.type).toBe("องค์การบริหารส่วนตำบล");
  });

  test("generate: summary.xlsx has the province under the title, the findings and the types", async () => {
    const out = join(tmp, "out") + "/";
    const r = runCli(["generate", BATCH, "-o", out, "--jobs", "1"], { env: ENV });
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "summary.xlsx"));
    const values: string[] = [];
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((c) => void values.push(unwrapText(String(c.value))))
    );
    expect(values).toContain("ของหน่วยงานในจังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘");
    expect(values).toContain("ข้อค้นพบสำคัญ");
    // OIT: the mean of the eight agencies' OIT scores.
    expect(
      values.some((v) => v.includes("คือ แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) เฉลี่ย ๗๘.๔๗ คะแนน"))
    ).toBe(true);
    expect(values).toContain(
      "๑) ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล เฉลี่ย ๗๕.๗๕ คะแนน มีหน่วยงาน ๗ จาก ๘ หน่วยงานที่ได้คะแนนต่ำกว่าเกณฑ์ ๙๐ คะแนน"
    );
    expect(values).toContain("๓. ผลการประเมินจำแนกตามประเภทหน่วยงาน");
    expect(values).toContain("ไม่ระบุ");
    expect(values).toContain("ประเภท");
  });
});
