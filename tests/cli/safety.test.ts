/**
 * The command line against hostile or unusual input and output (issue 9): duplicate JSON keys, BOM,
 * hidden sheets, which sheet and range were used, report-only output when the input's round trip through
 * ExcelJS would damage it, invalid template dates, atomic output with a documented exit status, and hard
 * links to the input.
 */
import { runCli } from "./compiled";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, linkSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { getProfile } from "../../src/core/profiles";
import { templateGrid } from "../../src/core/template";
import { writeFileAtomic, EXIT_WRITE_FAILED, type AtomicFs } from "../../src/cli/output";
import * as fs from "fs";

const ROOT = resolve(__dirname, "../..");
const SEED = join(ROOT, "tests/fixtures/seed.json");
const seed = JSON.parse(readFileSync(SEED, "utf8"));
const tmp = mkdtempSync(join(tmpdir(), "ita-safety-"));
jest.setTimeout(120000);

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = runCli([...args]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

const SCORES: Array<[string, number]> = [
  ["ตัวชี้วัดที่ 1", 92.1],
  ["ตัวชี้วัดที่ 2", 89],
  ["ตัวชี้วัดที่ 3", 90.25],
  ["ตัวชี้วัดที่ 4", 87.4],
  ["ตัวชี้วัดที่ 5", 85.75],
  ["ตัวชี้วัดที่ 6", 91],
  ["ตัวชี้วัดที่ 7", 84.5],
  ["ตัวชี้วัดที่ 8", 80],
  ["ตัวชี้วัดที่ 9", 76.3],
  ["ตัวชี้วัดที่ 10", 95.5],
];

function scoreSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(["ปีงบประมาณ", 2564]);
  ws.addRow(["ตัวชี้วัด", "คะแนน"]);
  SCORES.forEach((r) => ws.addRow(r));
  return ws;
}

describe("cli: JSON read strictly", () => {
  test("a duplicate key is refused by name: exit 1, nothing written", () => {
    const file = join(tmp, "dup.json");
    writeFileSync(file, '{"fiscalYear": 2562, "indicators": {"1": 94.15, "1": 12.5, "2": 80}}');
    const out = join(tmp, "dup.xlsx");
    const g = cli("generate", file, "-o", out);
    expect(g.code).toBe(1);
    expect(g.stderr).toContain("indicators.1");
    expect(g.stderr).toContain("json-duplicate-key".length ? "ซ้ำ" : "");
    expect(existsSync(out)).toBe(false);
    const a = cli("assess", file, "--json");
    expect(a.code).toBe(1);
    expect(JSON.parse(a.stdout).problems[0].code).toBe("json-duplicate-key");
  });

  test("a byte order mark is accepted by both commands; 20,000-deep nesting is a named problem", () => {
    const file = join(tmp, "bom.json");
    writeFileSync(file, "\uFEFF" + JSON.stringify(seed));
    expect(cli("assess", file).code).toBe(0);
    expect(cli("generate", file, "-o", join(tmp, "bom.xlsx")).code).toBe(0);
    const deep = join(tmp, "deep.json");
    writeFileSync(deep, "[".repeat(20000) + "]".repeat(20000));
    const r = cli("generate", deep, "-o", join(tmp, "deep.xlsx"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("64");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("--threshold goes through the engine's check (0x5A, 1e1, text are refused)", () => {
    for (const t of ["0x5A", "ninety", "", "Infinity"]) {
      expect(cli("generate", SEED, "-o", join(tmp, "t.xlsx"), "--threshold", t).code).toBe(2);
      expect(cli("assess", SEED, "--threshold", t).code).toBe(2);
    }
    expect(cli("assess", SEED, "--threshold", "๘๕").code).toBe(0);
  });
});

describe("cli: which sheet, and what is handed back", () => {
  test("hidden sheets are never chosen implicitly; --sheet names one; the sheet and range are printed", async () => {
    const wb = new ExcelJS.Workbook();
    scoreSheet(wb, "ซ่อน").state = "hidden";
    wb.addWorksheet("หน้าปก").getCell("A1").value = "สรุป";
    const input = join(tmp, "hidden.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(tmp, "hidden-out.xlsx");
    const r = cli("generate", input, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ซ่อน");
    expect(r.stderr).toContain("--sheet");
    expect(existsSync(out)).toBe(false);
    const ok = cli("generate", input, "-o", out, "--sheet", "ซ่อน");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('sheet "ซ่อน", range B1:B12');
  });

  test("a lossless input keeps its sheets; one with conditional formats or a drawing gets a report-only workbook", async () => {
    const wb = new ExcelJS.Workbook();
    scoreSheet(wb, "คะแนน");
    const plain = join(tmp, "plain.xlsx");
    await wb.xlsx.writeFile(plain);
    const out1 = join(tmp, "plain-out.xlsx");
    const r1 = cli("generate", plain, "-o", out1);
    expect(r1.code).toBe(0);
    expect(r1.stdout).toContain("the input's sheets are kept");
    const back1 = new ExcelJS.Workbook();
    await back1.xlsx.readFile(out1);
    expect(back1.worksheets[0].name).toBe("คะแนน");

    // An Excel-authored file: a data bar with an x14 extension and a chart drawing.
    const zip = await JSZip.loadAsync(readFileSync(plain));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheetXml.replace(
        "</worksheet>",
        '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/></extLst></worksheet>'
      )
    );
    zip.file(
      "xl/drawings/drawing1.xml",
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>'
    );
    const rich = join(tmp, "rich.xlsx");
    writeFileSync(rich, await zip.generateAsync({ type: "nodebuffer" }));
    const out2 = join(tmp, "rich-out.xlsx");
    const r2 = cli("generate", rich, "-o", out2);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain("report sheets only");
    expect(r2.stdout).toContain("xl/drawings/drawing1.xml");
    expect(r2.stdout).toContain("x14 extensions");
    const back2 = new ExcelJS.Workbook();
    await back2.xlsx.readFile(out2);
    expect(back2.worksheets.map((w) => w.name)).not.toContain("คะแนน");
    expect(back2.worksheets.length).toBe(3);
  });

  test("an invalid date in the template is refused by cell, as in JSON", async () => {
    for (const bad of ["2020-02-30", "31/02/2563", "พรุ่งนี้"]) {
      const grid = templateGrid(getProfile(2562), {
        agency: { name: "อบต.ก" },
        scores: {
          "1": 90,
          "2": 90,
          "3": 90,
          "4": 90,
          "5": 90,
          "6": 90,
          "7": 90,
          "8": 90,
          "9": 90,
          "10": 90,
        },
      });
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("ข้อมูล ITA");
      grid.forEach((row) => ws.addRow(row));
      ws.getCell("C13").value = bad;
      const input = join(tmp, "template-date.xlsx");
      await wb.xlsx.writeFile(input);
      const out = join(tmp, "template-date-out.xlsx");
      const r = cli("generate", input, "-o", out);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("C13");
      expect(r.stderr).toContain("not a real date");
      expect(existsSync(out)).toBe(false);
    }
  }, 60000);
});

describe("cli: output", () => {
  test("a hard link to the input counts as the input", () => {
    const input = join(tmp, "linked.json");
    writeFileSync(input, JSON.stringify(seed));
    const link = join(tmp, "linked.xlsx");
    linkSync(input, link);
    const r = cli("generate", input, "-o", link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("overwrite the input");
    expect(readFileSync(input, "utf8")).toBe(JSON.stringify(seed));
  });

  test("an unwritable target: a clear message, exit 3, no stack trace, no temporary file left", () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "x");
    const r = cli("generate", SEED, "-o", join(file, "out.xlsx"));
    expect(r.code).toBe(EXIT_WRITE_FAILED);
    expect(r.stderr).toMatch(/cannot write .*part of the path is a file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("a full disk mid-write leaves the existing report as it was and removes the temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "ita-atomic-"));
    const target = join(dir, "report.xlsx");
    writeFileSync(target, "old report");
    let written = 0;
    const full: AtomicFs = {
      ...fs,
      writeSync: (fd, data) => {
        if (written > 0)
          throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
        written += fs.writeSync(fd, data.subarray(0, 10));
        return 10;
      },
    };
    expect(() => writeFileAtomic(target, new Uint8Array(1000), full)).toThrow(/ENOSPC/);
    expect(readFileSync(target, "utf8")).toBe("old report");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
    writeFileAtomic(target, new TextEncoder().encode("new report"));
    expect(readFileSync(target, "utf8")).toBe("new report");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });
});
