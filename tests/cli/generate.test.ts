/**
 * End to end: `cli generate` as a user runs it (node over the compiled build/cli/main.js): exit codes 0 / 1 / 2,
 * nothing written on bad input, the input file never overwritten, .xlsx input sheets kept.
 */
import { runCli } from "./compiled";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const SEED = join(ROOT, "tests/fixtures/seed.json");
const tmp = mkdtempSync(join(tmpdir(), "ita-generate-"));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = runCli(["generate", ...args]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("cli generate", () => {
  test("seed JSON -> report workbook, exit 0, warning about derived indicator 9", async () => {
    // The output folder need not exist yet (the README's command writes to out/).
    const out = join(tmp, "new-folder", "seed.xlsx");
    const r = cli(SEED, "-o", out, "--digits", "thai");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    expect(r.stderr).toContain("indicator 9");
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "วิเคราะห์ผล ITA 2562",
      "คะแนน ITA 2562",
      "มาตรการ ITA 2563",
    ]);
    const ws = wb.getWorksheet("วิเคราะห์ผล ITA 2562") as ExcelJS.Worksheet;
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void all.push(String(c.value))));
    expect(all.some((t) => t.includes("๗๖.๐๕ คะแนน อยู่ในระดับ B"))).toBe(true);
    // Thai digits everywhere except item codes, which keep NACC's Arabic digits ("ข้อ O42").
    expect(all.filter((t) => /[0-9]/.test(t.replace(/\b[A-Z][0-9]+\b/g, "")))).toEqual([]);
  });

  test("--phrases adds the editable phrase sheet", async () => {
    const out = join(tmp, "phrases.xlsx");
    expect(cli(SEED, "-o", out, "--phrases").code).toBe(0);
    const ws = (await load(out)).getWorksheet("ข้อความรายงาน ITA") as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual([undefined, "key", "ข้อความ", "คำอธิบาย"]);
    expect(ws.rowCount).toBeGreaterThan(100);
  });

  test("no date in the input: a dotted line to fill, never today's date (the year may be past)", async () => {
    const input = join(tmp, "nodate.json");
    const seed = JSON.parse(readFileSync(SEED, "utf8"));
    delete seed.agency.date;
    writeFileSync(input, JSON.stringify(seed));
    const out = join(tmp, "nodate.xlsx");
    expect(cli(input, "-o", out, "--digits", "arabic").code).toBe(0);
    const ws = (await load(out)).getWorksheet("วิเคราะห์ผล ITA 2562") as ExcelJS.Worksheet;
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void all.push(String(c.value))));
    const now = new Date();
    expect(all.some((t) => t.includes(String(now.getFullYear() + 543)))).toBe(false);
    expect(all.some((t) => /^เดือน \.{10,} พ\.ศ\. \.{6,}$/.test(t))).toBe(true);
  });

  test("--threshold changes the analysis", async () => {
    const out = join(tmp, "t85.xlsx");
    expect(cli(SEED, "-o", out, "--threshold", "85", "--digits", "arabic").code).toBe(0);
    const ws = (await load(out)).getWorksheet("วิเคราะห์ผล ITA 2562") as ExcelJS.Worksheet;
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void all.push(String(c.value).replace(/\n/g, ""))));
    expect(
      all.some((t) => t.startsWith("3.1 จุดแข็ง (ตัวชี้วัดที่ได้คะแนนตั้งแต่ 85 คะแนนขึ้นไป) จำนวน 5 ตัวชี้วัด"))
    ).toBe(true);
  });

  test("bad input: problems printed in Thai and English with their place, nothing written, exit 1", () => {
    const bad = join(tmp, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ fiscalYear: 2562, indicators: { "1": 94.15, "2": "abc", "3": 120 } })
    );
    const out = join(tmp, "bad-out.xlsx");
    const r = cli(bad, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("indicators.2");
    expect(r.stderr).toContain("indicators.3");
    expect(r.stderr).toMatch(/[ก-๙]/);
    expect(existsSync(out)).toBe(false);
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, "{ not json");
    expect(cli(broken, "-o", out).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  test("usage errors exit 2 and write nothing", () => {
    const out = join(tmp, "usage.xlsx");
    expect(cli(SEED).code).toBe(2);
    expect(cli(SEED, "-o", out, "--digits", "roman").code).toBe(2);
    expect(cli(SEED, "-o", out, "--threshold", "150").code).toBe(2);
    expect(cli(SEED, "-o", join(tmp, "out.pdf")).code).toBe(2);
    expect(cli(join(tmp, "missing.json"), "-o", out).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  test(".xlsx input: input sheets kept, report added; the input itself is never overwritten", async () => {
    const input = join(tmp, "input.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("คะแนนของเรา");
    ws.addRow(["ปีงบประมาณ", 2564]);
    ws.addRow(["ตัวชี้วัด", "คะแนน"]);
    const rows: Array<[string, number | string]> = [
      ["ตัวชี้วัดที่ 1", 92.1],
      ["ตัวชี้วัดที่ 2", 89],
      ["ตัวชี้วัดที่ 3", 90.25],
      ["ตัวชี้วัดที่ 4", 87.4],
      ["ตัวชี้วัดที่ 5", 85.75],
      ["ตัวชี้วัดที่ 6", 91],
      ["ตัวชี้วัดที่ 7", 84.5],
      ["ตัวชี้วัดที่ 8", 80],
      ["ตัวชี้วัดที่ 9", 76.3],
      ["ตัวชี้วัดที่ 10", "=แก้ไข"],
    ];
    rows.forEach((r) => ws.addRow(r));
    await wb.xlsx.writeFile(input);

    // "=แก้ไข" is not a score: exit 1, nothing written.
    const out = join(tmp, "from-xlsx.xlsx");
    const bad = cli(input, "-o", out);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/คะแนนของเรา.*B12|B12/);
    expect(existsSync(out)).toBe(false);

    ws.getCell("B12").value = 95.5;
    await wb.xlsx.writeFile(input);
    const r = cli(input, "-o", out);
    expect(r.code).toBe(0);
    const back = await load(out);
    expect(back.worksheets.map((w) => w.name)).toEqual([
      "คะแนนของเรา",
      "วิเคราะห์ผล ITA 2564",
      "คะแนน ITA 2564",
      "มาตรการ ITA 2565",
    ]);
    expect(back.getWorksheet("คะแนนของเรา")?.getCell("A2").value).toBe("ตัวชี้วัด");

    const same = cli(input, "-o", input);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("overwrite the input");
    const mtime = statSync(input).mtimeMs;
    expect(cli(input, "-o", join(tmp, ".", "input.xlsx")).code).toBe(2);
    expect(statSync(input).mtimeMs).toBe(mtime);
  });
});
