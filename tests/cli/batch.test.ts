/**
 * Many agencies on the command line, end to end through the compiled CLI: `generate many -o outdir/`
 * (one workbook per agency and summary.xlsx, an agency with problems listed and skipped, exit 4; safe,
 * unique file names; worker threads and the main thread), `assess` on many (the summary as JSON), and
 * many.xlsx read as a stream past the single reader's 2,000-row window. Small batches: the national run
 * is measured by `npm run bench`, not here.
 */
import ExcelJS from "exceljs";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { syntheticAgencies } from "../../bench/synthetic";
import { toThaiDigits } from "../../src/core/thai";
import { runCli } from "./compiled";

jest.setTimeout(120000);

const tmp = mkdtempSync(join(tmpdir(), "ita-batch-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Plain progress lines (not a TTY, not CI): the tests read standard error as a log would. */
const ENV = { ...process.env, CI: "" };

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runCli(args, { env: ENV });
}

function json(name: string, value: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, JSON.stringify(value, null, 1));
  return p;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void out.push(String(c.value))));
  return out;
}

const GOOD = syntheticAgencies(3, 2562, 7);
const BAD = {
  fiscalYear: 2562,
  agency: { name: "อบต.ข้อมูลผิด" },
  indicators: { "1": "#N/A", "2": 150 },
};

describe("generate many -o outdir/", () => {
  test("one bad agency among good ones: the others written with the summary, the bad one listed, exit 4 (worker threads)", async () => {
    const input = json("mixed.json", [GOOD[0], BAD, GOOD[1], GOOD[2]]);
    const out = join(tmp, "mixed-out") + "/";
    const r = cli("generate", input, "-o", out, "--jobs", "2");
    expect(r.code).toBe(4);
    // Listed with its problems, each by its key.
    expect(r.stderr).toContain("skipped: [1] อบต.ข้อมูลผิด");
    expect(r.stderr).toContain("[[1].indicators.1]");
    expect(r.stderr).toMatch(/\[\[1\]\.indicators\.2\].*outside 0-100/);
    expect(r.stdout).toContain("reports written: 3");
    expect(r.stdout).toContain("2 worker threads");
    const files = readdirSync(out).sort();
    expect(files).toEqual([...GOOD.map((g) => `${g.agency.name}.xlsx`), "summary.xlsx"].sort());
    expect(files.some((f) => f.includes("ข้อมูลผิด"))).toBe(false);
    // Each report is that agency's report.
    for (const g of GOOD) {
      const wb = await load(join(out, `${g.agency.name}.xlsx`));
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        "วิเคราะห์ผล ITA 2562",
        "คะแนน ITA 2562",
        "มาตรการ ITA 2563",
      ]);
      // The report's text writes the name's digits as Thai digits (--digits mixed).
      expect(texts(wb.worksheets[0]).join("\n")).toContain(toThaiDigits(g.agency.name));
    }
    // The summary ranks the three and lists the skipped one.
    const summary = await load(join(out, "summary.xlsx"));
    const all = summary.worksheets.flatMap(texts).join("\n");
    for (const g of GOOD) expect(all).toContain(g.agency.name);
    expect(all).toContain("อบต.ข้อมูลผิด");
  });

  test("a report in a batch is the report generate writes for that agency alone", async () => {
    const seed = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8"));
    const single = join(tmp, "seed-alone.xlsx");
    expect(cli("generate", json("seed.json", seed), "-o", single).code).toBe(0);
    const out = join(tmp, "seed-batch") + "/";
    expect(cli("generate", json("seed-many.json", [seed]), "-o", out, "--jobs", "2").code).toBe(0);
    const a = await load(single);
    const b = await load(join(out, `${seed.agency.name}.xlsx`));
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    a.worksheets.forEach((ws, i) => expect(texts(b.worksheets[i])).toEqual(texts(ws)));
  });

  test("every agency fine: exit 0, no progress lines under CI", () => {
    const input = json("good.json", GOOD);
    const out = join(tmp, "good-out") + "/";
    const r = runCli(["generate", input, "-o", out, "--jobs", "1"], {
      env: { ...process.env, CI: "true" },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("main thread");
    expect(readdirSync(out)).toHaveLength(4);
  });

  test("progress: plain lines on standard error when it is not a terminal", () => {
    const input = json("progress.json", syntheticAgencies(10, 2562, 3));
    const r = cli("generate", input, "-o", join(tmp, "progress-out") + "/", "--jobs", "1");
    expect(r.code).toBe(0);
    const lines = r.stderr.split("\n").filter((l) => l.includes("written"));
    expect(lines.length).toBe(10);
    expect(lines[lines.length - 1]).toMatch(/^10\/10 100%: .*written 10, .*skipped 0/);
    expect(r.stderr).not.toContain("\r");
  });

  test("file names: Thai kept, duplicates numbered (case too), forbidden characters, device names, summary.xlsx taken", () => {
    const scores = GOOD[0].indicators;
    const names = [
      "องค์การบริหารส่วนตำบลกะหรอ",
      "องค์การบริหารส่วนตำบลกะหรอ",
      "เทศบาล/ตำบล: บ้าน*ใหม่?",
      'ABC "x" <y> |z|',
      "abc _x_ _y_ _z_",
      "CON",
      "summary",
      "  ...จุดนำ. ",
      "",
      "e\u0301",
    ];
    const input = json(
      "names.json",
      // No name at all (no "agency"): the fallback name.
      names.map((name) =>
        name
          ? { fiscalYear: 2562, agency: { name }, indicators: scores }
          : { fiscalYear: 2562, indicators: scores }
      )
    );
    const out = join(tmp, "names-out");
    const r = cli("generate", input, "-o", out + "/", "--jobs", "1");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        "องค์การบริหารส่วนตำบลกะหรอ.xlsx",
        "องค์การบริหารส่วนตำบลกะหรอ (2).xlsx",
        "เทศบาล_ตำบล_ บ้าน_ใหม่_.xlsx",
        "ABC _x_ _y_ _z_.xlsx",
        "abc _x_ _y_ _z_ (2).xlsx",
        "CON_.xlsx",
        "summary (2).xlsx",
        "summary.xlsx",
        "จุดนำ.xlsx",
        "หน่วยงาน.xlsx",
        "\u00e9.xlsx",
      ].sort()
    );
  });

  test("nothing written when the input has problems (exit 1) or every agency has (exit 1)", () => {
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, '[{ "fiscalYear": 2562, ');
    const out1 = join(tmp, "broken-out") + "/";
    const r1 = cli("generate", broken, "-o", out1);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/not valid JSON/);
    expect(existsSync(out1)).toBe(false);
    const out2 = join(tmp, "allbad-out") + "/";
    const r2 = cli("generate", json("allbad.json", [BAD, BAD]), "-o", out2, "--jobs", "1");
    expect(r2.code).toBe(1);
    // The folder the run made is removed again: nothing was written in it.
    expect(existsSync(out2)).toBe(false);
    // A folder that was there before stays, empty.
    const out3 = join(tmp, "allbad-existing");
    mkdirSync(out3);
    expect(cli("generate", json("allbad3.json", [BAD]), "-o", out3 + "/", "--jobs", "1").code).toBe(
      1
    );
    expect(readdirSync(out3)).toEqual([]);
  });

  test("usage: --row with a folder, --jobs with a file, an array into one file", () => {
    const input = json("two.json", GOOD.slice(0, 2));
    expect(cli("generate", input, "-o", join(tmp, "x") + "/", "--row", "3").code).toBe(2);
    expect(cli("generate", input, "-o", join(tmp, "x.xlsx"), "--jobs", "2").code).toBe(2);
    const r = cli("generate", input, "-o", join(tmp, "two.xlsx"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("give a folder (ending in /)");
  });
});

describe("assess on many", () => {
  test("a JSON array: the summary as JSON (ranks, levels, skipped with problems), exit 4", () => {
    const ties = [
      {
        fiscalYear: 2566,
        agency: { name: "ข" },
        indicators: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 95])),
      },
      {
        fiscalYear: 2566,
        agency: { name: "ก" },
        indicators: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 95])),
      },
      {
        fiscalYear: 2566,
        agency: { name: "ค" },
        indicators: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 80])),
      },
      BAD,
    ];
    const r = cli("assess", json("assess-many.json", ties));
    expect(r.code).toBe(4);
    const s = JSON.parse(r.stdout);
    expect(s.agencyCount).toBe(3);
    expect(s.years).toHaveLength(1);
    const y = s.years[0];
    expect(y.fiscalYear).toBe(2566);
    expect(y.agencies.map((a: { name: string; rank: number }) => [a.name, a.rank])).toEqual([
      ["ก", 1],
      ["ข", 1],
      ["ค", 3],
    ]);
    expect(y.levels.find((l: { id: string }) => l.id === y.agencies[0].level).count).toBe(2);
    expect(s.skipped).toEqual([expect.objectContaining({ name: "อบต.ข้อมูลผิด", order: 3 })]);
    expect(s.skipped[0].problems[0].cell).toBe("[3].indicators.1");
  });

  test("--each keeps one assessment per agency; every agency fine gives exit 0", () => {
    const p = json("assess-each.json", GOOD);
    const each = cli("assess", p, "--json", "--each");
    expect(each.code).toBe(0);
    expect(JSON.parse(each.stdout).map((o: { agency: string }) => o.agency)).toEqual(
      GOOD.map((g) => g.agency.name)
    );
    const r = cli("assess", p);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).agencyCount).toBe(3);
  });
});

describe("many.xlsx: a sheet with a row per agency", () => {
  /** A province table as NACC publishes them: a title with the year, a header row, a row per agency. */
  async function wideSheet(path: string, count: number, after?: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("อ่านก่อน").addRow(["คำอธิบาย"]);
    const ws = wb.addWorksheet("ITA 2562");
    ws.addRow(["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2562"]);
    ws.addRow([
      "ลำดับ",
      "หน่วยงาน",
      "จังหวัด",
      ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
    ]);
    syntheticAgencies(count, 2562, 11).forEach((a, i) => {
      const scores = Array.from({ length: 10 }, (_, k) => a.indicators[String(k + 1)] ?? null);
      ws.addRow([i + 1, a.agency.name, a.agency.province, ...scores]);
    });
    if (after) {
      ws.addRow([]);
      ws.addRow([after]);
    }
    await wb.xlsx.writeFile(path);
  }

  test("assess streams a sheet longer than the 2,000-row window: every row summarised", async () => {
    const p = join(tmp, "national.xlsx");
    await wideSheet(p, 2100, "หมายเหตุ: ข้อมูลจากสำนักงาน ป.ป.ช.");
    const r = cli("assess", p);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.agencyCount).toBe(2100);
    expect(s.years[0].fiscalYear).toBe(2562);
    expect(s.years[0].agencies.some((a: { order: number }) => a.order === 2102)).toBe(true);
    expect(s.years[0].agencies[0].province).toBeTruthy();
    // The note below the table is not an agency: reported, not read.
    expect(s.inputWarnings[0]).toMatchObject({
      code: "rows-after-table",
      cell: "'ITA 2562'!A2103",
    });
  });

  test("generate writes a report per row, the bad row listed by its cell", async () => {
    const p = join(tmp, "province.xlsx");
    await wideSheet(p, 3);
    const wb = await load(p);
    wb.getWorksheet("ITA 2562")!.getCell("F4").value = "#N/A";
    await wb.xlsx.writeFile(p);
    const out = join(tmp, "province-out") + "/";
    const r = cli("generate", p, "-o", out, "--jobs", "1");
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('sheet "ITA 2562"');
    expect(r.stderr).toMatch(/skipped: แถว 4 .*\n {2}- \['ITA 2562'!F4\]/);
    expect(readdirSync(out)).toHaveLength(3); // two reports and summary.xlsx
  });

  test("an input inside the output folder, named like a report, is never written over", async () => {
    const dir = join(tmp, "in-place");
    mkdirSync(dir, { recursive: true });
    const first = syntheticAgencies(1, 2562, 11)[0].agency.name;
    const p = join(dir, `${first}.xlsx`);
    await wideSheet(p, 2);
    const before = readFileSync(p);
    const r = cli("generate", p, "-o", dir, "--jobs", "1");
    expect(r.code).toBe(0);
    expect(readFileSync(p).equals(before)).toBe(true);
    expect(readdirSync(dir)).toContain(`${first} (2).xlsx`);
  });

  test("a sheet for one agency is not a batch: exit 1 and what to do", async () => {
    const p = join(tmp, "one.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("คะแนน");
    for (let i = 1; i <= 10; i++) ws.addRow([`ตัวชี้วัดที่ ${i}`, 90]);
    await wb.xlsx.writeFile(p);
    const r = cli("assess", p);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no table with a row per agency");
  });
});
