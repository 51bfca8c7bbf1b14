/**
 * Issue 20 on the compiled command line (build/cli/main.js, as `npm run cli` runs it): the user's data
 * never overwritten, whatever path reaches the input; the batch's report equals the single report, earlier
 * years included; file names at 254, 255 and 256 bytes and names Windows refuses; each refusal in Thai and
 * English with its exit status; the peak memory of decompression bombs; and Ctrl-C / SIGTERM while the
 * input is read, while reports are written and while the summary is written: no temporary file left, only
 * complete reports, the written ones listed, exit 130 / 143.
 */
import { spawn, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { createHash } from "crypto";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { syntheticAgencies } from "../../bench/synthetic";
import { ensureCli } from "../../scripts/build-cli";
import { CLI, ROOT, runCli } from "../cli/compiled";
import { generated, repack, rowsBomb, wideWorkbook, whitespaceBomb } from "./packages";

jest.setTimeout(10 * 60 * 1000);

const tmp = mkdtempSync(join(tmpdir(), "ita-faults-"));
/** The CLI's own temporary folder: ExcelJS once left copies of sheets there. */
const TMPDIR = join(tmp, "tmpdir");
mkdirSync(TMPDIR);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENV = { ...process.env, CI: "", TMPDIR, LANG: "C.UTF-8" };
const PEAK = join(__dirname, "peak.js");

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return runCli(args, { env: ENV });
}

/** The compiled CLI with its peak memory (MB), read by tests/hostile/peak.js at exit. */
function measured(...args: string[]): {
  code: number | null;
  err: string;
  peakMb: number;
  ms: number;
} {
  ensureCli({ quiet: true });
  const t0 = Date.now();
  const s = spawnSync(process.execPath, ["--require", PEAK, CLI, ...args], {
    cwd: ROOT,
    env: ENV,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /peak-rss-mb (\d+)/.exec(s.stderr);
  return { code: s.status, err: s.stderr, peakMb: m ? Number(m[1]) : NaN, ms: Date.now() - t0 };
}

const seed = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/seed.json"), "utf8"));
const hash = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");
const SCORES = [94.15, 85.43, 87.52, 82.58, 87.64, 67.05, 70.46, 61.37, 90, 80];

async function texts(path: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const out: string[] = [ws.name];
    ws.eachRow((row) => row.eachCell((c) => void out.push(String(c.value))));
    return out;
  });
}

function noTemporaryFiles(dir: string): void {
  const hidden = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.startsWith(".") || f.endsWith(".tmp"))
    : [];
  expect({ dir, hidden }).toEqual({ dir, hidden: [] });
  expect({ tmpdir: readdirSync(TMPDIR) }).toEqual({ tmpdir: [] });
}

describe("the input is never overwritten", () => {
  test("-o DIR/ where DIR/summary.xlsx is the input: the summary is summary (2).xlsx", async () => {
    const dir = join(tmp, "sum-in");
    mkdirSync(dir);
    const input = join(dir, "summary.xlsx");
    writeFileSync(
      input,
      await wideWorkbook([
        { name: "อบต.หนึ่ง", scores: SCORES },
        { name: "อบต.สอง", scores: SCORES },
      ])
    );
    const before = hash(input);
    const r = cli("generate", input, "-o", dir + "/", "--jobs", "1");
    expect(r.code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(
      ["summary.xlsx", "summary (2).xlsx", "อบต.หนึ่ง.xlsx", "อบต.สอง.xlsx"].sort()
    );
    expect(r.stdout).toContain("the summary is summary (2).xlsx, since summary.xlsx is the input");
    expect(r.stdout).toContain("reports written: 2");
  });

  test("the output folder through a symbolic link to the input's folder, an agency named as the input", async () => {
    const dir = join(tmp, "link-in");
    mkdirSync(dir);
    const input = join(dir, "อบต.หนึ่ง.xlsx");
    writeFileSync(input, await wideWorkbook([{ name: "อบต.หนึ่ง", scores: SCORES }]));
    const before = hash(input);
    const link = join(tmp, "link-out");
    symlinkSync(dir, link);
    const r = cli("generate", input, "-o", link + "/", "--jobs", "1");
    expect(r.code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(
      ["summary.xlsx", "อบต.หนึ่ง (2).xlsx", "อบต.หนึ่ง.xlsx"].sort()
    );
  });

  test("a hard link to the input inside the output folder, named as an agency", async () => {
    const input = join(tmp, "hard.json");
    writeFileSync(
      input,
      JSON.stringify([
        { ...seed, agency: { name: "ก" } },
        { ...seed, agency: { name: "ข" } },
      ])
    );
    const dir = join(tmp, "hard-out");
    mkdirSync(dir);
    linkSync(input, join(dir, "ก.xlsx"));
    const before = hash(input);
    const r = cli("generate", input, "-o", dir + "/", "--jobs", "1");
    expect(r.code).toBe(0);
    expect(hash(input)).toBe(before);
    expect(hash(join(dir, "ก.xlsx"))).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(
      ["summary.xlsx", "ก (2).xlsx", "ก.xlsx", "ข.xlsx"].sort()
    );
    expect(r.stdout).toContain("reports written: 2");
  });

  test("one report through a symbolic link to the input: refused, exit 2, the input as it was", () => {
    const input = join(tmp, "one.json");
    writeFileSync(input, JSON.stringify(seed));
    const link = join(tmp, "one-link.xlsx");
    symlinkSync(input, link);
    const before = hash(input);
    const r = cli("generate", input, "-o", link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ข้อมูลนำเข้า");
    expect(r.stderr).toContain("refusing to overwrite the input file");
    expect(hash(input)).toBe(before);
  });

  test("names equal but for case or Unicode form: two files, and the count is what exists", () => {
    const input = join(tmp, "case.json");
    writeFileSync(
      input,
      JSON.stringify(
        ["ABC", "abc", "Cafe\u0301", "Caf\u00e9"].map((name) => ({ ...seed, agency: { name } }))
      )
    );
    const dir = join(tmp, "case-out");
    const r = cli("generate", input, "-o", dir + "/", "--jobs", "2");
    expect(r.code).toBe(0);
    const files = readdirSync(dir).filter((f) => f !== "summary.xlsx");
    expect(files).toHaveLength(4);
    expect(r.stdout).toContain(`reports written: ${files.length}`);
  });
});

describe("the batch report equals the single report, earlier years included", () => {
  test("previous as one object and as an array of years", async () => {
    const one = {
      ...seed,
      agency: { ...seed.agency, name: "อบต.ปีก่อนหนึ่งปี" },
      previous: {
        fiscalYear: 2561,
        indicators: { "1": 90, "2": 80, "3": 85, "4": 80, "5": 85, "6": 60, "7": 65, "8": 55 },
        total: 70.1,
        level: "C",
      },
    };
    const two = {
      ...seed,
      agency: { ...seed.agency, name: "อบต.สองปีก่อน" },
      previous: [
        { fiscalYear: 2560, total: 60.5, level: "D" },
        { fiscalYear: 2561, total: 70.25, level: "C" },
      ],
    };
    const dir = join(tmp, "yoy-batch");
    const many = join(tmp, "yoy-many.json");
    writeFileSync(many, JSON.stringify([one, two]));
    expect(cli("generate", many, "-o", dir + "/", "--jobs", "2").code).toBe(0);
    for (const agency of [one, two]) {
      const single = join(tmp, `yoy-${agency.agency.name}.xlsx`);
      const input = join(tmp, `yoy-${agency.agency.name}.json`);
      writeFileSync(input, JSON.stringify(agency));
      expect(cli("generate", input, "-o", single).code).toBe(0);
      const a = await texts(single);
      const b = await texts(join(dir, `${agency.agency.name}.xlsx`));
      expect(b).toEqual(a);
      // The comparison is there: the earlier year's total appears in the report.
      expect(a.flat().join("\n")).toContain("2561");
    }
  });

  test("an earlier year that does not compare: the agency is skipped with its problem, as generate refuses it", () => {
    const bad = { ...seed, previous: { fiscalYear: 2562, total: 70 } };
    const input = join(tmp, "yoy-bad.json");
    writeFileSync(input, JSON.stringify([seed, { ...bad, agency: { name: "อบต.ปีซ้ำ" } }]));
    const r = cli("generate", input, "-o", join(tmp, "yoy-bad") + "/", "--jobs", "1");
    const single = join(tmp, "yoy-bad-one.json");
    writeFileSync(single, JSON.stringify(bad));
    const s = cli("generate", single, "-o", join(tmp, "yoy-bad-one.xlsx"));
    expect(s.code).toBe(1);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("skipped: [1] อบต.ปีซ้ำ");
  });
});

describe("file names from agency names", () => {
  /** A name whose file name (with .xlsx) is `bytes` long: Thai letters (3 bytes) and ASCII. */
  const nameOf = (bytes: number, letter = "ก"): string => {
    const stem = bytes - 5;
    return letter.repeat(Math.floor(stem / 3)) + "x".repeat(stem % 3);
  };

  test("254 and 255 bytes kept whole, 256 cut to 255 on a whole letter with a hash; temporary files fit too", () => {
    const names = [nameOf(254, "ข"), nameOf(255, "ค"), nameOf(256, "ง"), nameOf(256, "ง") + "ง"];
    // A real agency-plus-province name of 94 letters.
    names.push("องค์การบริหารส่วนตำบลบ้านใหม่สามัคคีพัฒนาอำเภอเฉลิมพระเกียรติจังหวัดนครศรีธรรมราชภาคใต้ตอนล่าง");
    const input = join(tmp, "long.json");
    writeFileSync(input, JSON.stringify(names.map((name) => ({ ...seed, agency: { name } }))));
    const dir = join(tmp, "long-out");
    const r = cli("generate", input, "-o", dir + "/", "--jobs", "2");
    expect(r.stderr).not.toContain("ENAMETOOLONG");
    expect(r.code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toContain(`${names[0]}.xlsx`);
    expect(files).toContain(`${names[1]}.xlsx`);
    expect(Buffer.byteLength(`${names[0]}.xlsx`)).toBe(254);
    expect(Buffer.byteLength(`${names[1]}.xlsx`)).toBe(255);
    const cut = files.filter((f) => f.startsWith("ง"));
    expect(cut).toHaveLength(2); // two 256+ byte names that start alike: two files
    for (const f of cut) {
      expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
      expect(f).toMatch(/^ง+~[0-9a-f]{6}\.xlsx$/);
    }
    expect(files).toContain("summary.xlsx");
    expect(files.every((f) => Buffer.byteLength(f) <= 255)).toBe(true);
    noTemporaryFiles(dir);
  });

  test("names Windows refuses or that hide characters are made safe", () => {
    const names = ["CON .txt", "aux.txt", "อบต.\u061Cก\u180E", "\u2066ข\u2069", "ค\u2067ค\u2068"];
    const input = join(tmp, "win.json");
    writeFileSync(input, JSON.stringify(names.map((name) => ({ ...seed, agency: { name } }))));
    const dir = join(tmp, "win-out");
    expect(cli("generate", input, "-o", dir + "/", "--jobs", "1").code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ["CON_ .txt.xlsx", "aux_.txt.xlsx", "อบต.ก.xlsx", "ข.xlsx", "คค.xlsx", "summary.xlsx"].sort()
    );
  });
});

describe("inputs refused in words, in Thai and English, with their exit status", () => {
  const cases: Array<{
    name: string;
    data: () => Promise<Buffer> | Buffer;
    th: string;
    en: string;
  }> = [
    { name: "empty", data: () => Buffer.alloc(0), th: "ไฟล์ว่างเปล่า", en: "the file is empty" },
    {
      name: "old-xls",
      data: () =>
        Buffer.concat([
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
          Buffer.alloc(4000),
        ]),
      th: "Excel 97-2003 (.xls)",
      en: "an Excel 97-2003 workbook (.xls) renamed",
    },
    {
      name: "csv",
      data: () => Buffer.from("หน่วยงาน,ตัวชี้วัดที่ 1\nอบต.ก,90\n"),
      th: "CSV",
      en: "a CSV text file renamed",
    },
    {
      name: "not-zip",
      data: () => Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7 + 1) % 256)),
      th: "ไม่ใช่แพ็กเกจ ZIP",
      en: "not the ZIP package of an Excel workbook",
    },
    {
      name: "truncated",
      data: async () => (await wideWorkbook([{ name: "ก", scores: SCORES }])).subarray(0, 3000),
      th: "เสียหายหรือไม่ครบ",
      en: "damaged or cut short",
    },
  ];
  for (const c of cases) {
    test(`${c.name}: exit 1, what the file is and what to do (generate, the batch, assess)`, async () => {
      const p = join(tmp, `refuse-${c.name}.xlsx`);
      writeFileSync(p, await c.data());
      for (const args of [
        ["generate", p, "-o", join(tmp, `refuse-${c.name}-out.xlsx`)],
        ["generate", p, "-o", join(tmp, `refuse-${c.name}-dir`) + "/"],
        ["assess", p],
      ]) {
        const r = cli(...args);
        expect({ args, code: r.code }).toEqual({ args, code: 1 });
        for (const want of [c.th, c.en, "บันทึกเป็น", "save it as"])
          expect({ args, want, found: r.stderr.includes(want) }).toEqual({
            args,
            want,
            found: true,
          });
        expect(r.stderr).not.toMatch(/invalid signature|FILE_ENDED|at .*\.js:\d+/);
      }
      expect(existsSync(join(tmp, `refuse-${c.name}-out.xlsx`))).toBe(false);
      expect(existsSync(join(tmp, `refuse-${c.name}-dir`))).toBe(false);
    });
  }

  const DOCTYPE =
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>';
  for (const part of ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]) {
    test(`a DOCTYPE or ENTITY in ${part}: refused by name, exit 1`, async () => {
      const base = await wideWorkbook([{ name: "อบต.ก", scores: SCORES }]);
      const p = join(tmp, `doctype-${part.replace(/\W/g, "_")}.xlsx`);
      const xml =
        part === "xl/sharedStrings.xml"
          ? `${DOCTYPE}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>`
          : `${DOCTYPE}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
      await repack(base, p, { replace: { [part]: xml } });
      for (const args of [
        ["generate", p, "-o", join(tmp, "doctype.xlsx")],
        ["generate", p, "-o", join(tmp, "doctype-dir") + "/"],
      ]) {
        const r = cli(...args);
        expect(r.code).toBe(1);
        expect(r.stderr).toContain(`ส่วน ${part} มีการประกาศ DOCTYPE หรือ ENTITY`);
        expect(r.stderr).toContain(`its part ${part} declares a DOCTYPE or an ENTITY`);
        expect(r.stderr).not.toContain("undefined entity");
      }
    });
  }

  test("odd workbooks: ExcelJS's own order with 8+ sheets reads; a negative row number is named", async () => {
    const base = await wideWorkbook(
      [
        { name: "อบต.หนึ่ง", scores: SCORES },
        { name: "อบต.สอง", scores: SCORES },
      ],
      { sheets: ["a", "b", "c", "d", "e", "f", "g", "h"] }
    );
    const order = join(tmp, "order.xlsx");
    // Worksheets first, the workbook part last: the order in which the streaming reader once crashed.
    await repack(base, order, {
      order: (names) => [
        ...names.filter((n) => n.startsWith("xl/worksheets/")),
        ...names.filter((n) => !n.startsWith("xl/worksheets/")),
      ],
    });
    const r = cli("generate", order, "-o", join(tmp, "order-out") + "/", "--jobs", "1");
    expect(r.stderr).not.toContain("reading 'sheets'");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("reports written: 2");

    // A row with a negative number (ExcelJS: "Invalid Address: A-5"), in the table's sheet.
    const neg = join(tmp, "negative.xlsx");
    const JSZip = (await import("jszip")).default;
    const z = await JSZip.loadAsync(base);
    const last = Object.keys(z.files)
      .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .sort((x, y) => Number(/\d+/.exec(x)?.[0]) - Number(/\d+/.exec(y)?.[0]))
      .pop() as string;
    const xml = (await z.files[last].async("string")).replace(
      "</sheetData>",
      '<row r="-5"><c r="A-5"><v>1</v></c></row></sheetData>'
    );
    await repack(base, neg, { replace: { [last]: xml } });
    for (const args of [
      ["generate", neg, "-o", join(tmp, "neg-out") + "/"],
      ["assess", neg],
    ]) {
      const n = cli(...args);
      expect(n.code).toBe(1);
      expect(n.stderr).toContain("อ่านสมุดงาน");
      expect(n.stderr).toContain("(Invalid Address: A-5)");
      expect(n.stderr).toContain("cannot read the workbook");
      expect(n.stderr).not.toContain("unexpected error");
    }
    expect(existsSync(join(tmp, "neg-out"))).toBe(false);
  });

  test("one indicator in two columns with different values is refused; a name with no scores is listed (exit 4)", async () => {
    const header = [
      "หน่วยงาน",
      "ปีงบประมาณ",
      ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
      "ตัวชี้วัดที่ 1",
    ];
    const p = join(tmp, "twice.xlsx");
    writeFileSync(
      p,
      await wideWorkbook(
        [
          { name: "อบต.เท่ากัน", scores: [...SCORES, 94.15] },
          { name: "อบต.ต่างกัน", scores: [...SCORES, 50] },
          { name: "อบต.ไม่มีคะแนน", scores: [] },
        ],
        { header }
      )
    );
    const r = cli("generate", p, "-o", join(tmp, "twice-out") + "/", "--jobs", "1");
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("skipped: แถว 3 อบต.ต่างกัน");
    expect(r.stderr).toMatch(/indicator 1 is given twice with different values/);
    expect(r.stderr).toContain("skipped: แถว 4 อบต.ไม่มีคะแนน");
    expect(readdirSync(join(tmp, "twice-out")).sort()).toEqual(["summary.xlsx", "อบต.เท่ากัน.xlsx"]);
  });

  test("one agency's years given with -o DIR/: exit 1, with what to do", async () => {
    const p = join(tmp, "years.xlsx");
    writeFileSync(
      p,
      await wideWorkbook([
        { name: "อบต.ก", scores: SCORES, year: 2566 },
        { name: "อบต.ก", scores: SCORES, year: 2567 },
      ])
    );
    const r = cli("generate", p, "-o", join(tmp, "years-out") + "/");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("แถวละหนึ่งปีของหน่วยงานเดียว");
    expect(r.stderr).toContain("give -o <file.xlsx> instead of a folder");
  });

  test("a JSON over the documented size is refused before it is read (file and standard input), exit 1", () => {
    const p = join(tmp, "huge.json");
    // A sparse file: 49 MB of size, next to nothing on disk.
    writeFileSync(p, "[");
    truncateSync(p, 49 * 1024 * 1024);
    const g = measured("generate", p, "-o", join(tmp, "huge-out") + "/");
    expect(g.code).toBe(1);
    expect(g.err).toContain("เกินขีดจำกัด 48 MB");
    expect(g.err).toContain("more than the 48 MB limit");
    expect(g.peakMb).toBeLessThan(200);
    const s = spawnSync(process.execPath, [CLI, "assess", "-"], {
      input: Buffer.alloc(49 * 1024 * 1024, 0x20),
      env: ENV,
      encoding: "utf8",
    });
    expect(s.status).toBe(1);
    expect(s.stderr).toContain("(standard input)");
    expect(s.stderr).toContain("more than the 48 MB limit");
  });

  test("--jobs 64 is capped at the machine's cores, and says so", () => {
    const input = join(tmp, "jobs.json");
    writeFileSync(input, JSON.stringify(syntheticAgencies(2, 2562, 3)));
    const r = cli("generate", input, "-o", join(tmp, "jobs-out") + "/", "--jobs", "64");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--jobs 64: เครื่องนี้มี \d+ แกน/);
    expect(r.stderr).toMatch(/this machine has \d+ core\(s\), so \d+ worker thread\(s\) are used/);
  });

  test("an output folder that cannot be created answers at once: exit 3, in words", () => {
    const input = join(tmp, "proc.json");
    writeFileSync(input, JSON.stringify([seed]));
    const t0 = Date.now();
    const r = cli("generate", input, "-o", "/proc/ita-no/such/");
    expect(Date.now() - t0).toBeLessThan(30000);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("ระบบไฟล์ตรงนั้นไม่ให้สร้างโฟลเดอร์");
    expect(r.stderr).toContain("the file system there does not allow creating a folder");
  });
});

describe("decompression bombs: refused or bounded, by name, under 1 GB", () => {
  const MB = 1024 * 1024;
  const results: string[] = [];
  afterAll(() => process.stdout.write(`bomb peak memory:\n${results.join("\n")}\n`));

  test("parts over the bound (a 200 MB whitespace sheet): refused before reading, by name", async () => {
    const base = await wideWorkbook([{ name: "ก", scores: SCORES }]);
    const p = join(tmp, "bomb-ws-200.xlsx");
    await repack(base, p, { replace: { "xl/worksheets/sheet1.xml": whitespaceBomb(200 * MB) } });
    for (const args of [
      ["generate", p, "-o", join(tmp, "bomb1.xlsx")],
      ["generate", p, "-o", join(tmp, "bomb1") + "/"],
    ]) {
      const m = measured(...args);
      results.push(
        `  200 MB whitespace ${args[3].endsWith("/") ? "batch" : "single"}: ${m.peakMb} MB, ${m.ms} ms`
      );
      expect(m.code).toBe(1);
      expect(m.err).toContain("เกินขีดจำกัด");
      expect(m.err).toContain("decompression bomb");
      expect(m.peakMb).toBeLessThan(1024);
    }
    noTemporaryFiles(tmp + "/bomb1");
  });

  test("within the bound: whitespace, rows past the row bound, inline strings; no temporary copies", async () => {
    const base = await wideWorkbook([{ name: "ก", scores: SCORES }]);
    const ws = join(tmp, "bomb-ws-30.xlsx");
    await repack(base, ws, { replace: { "xl/worksheets/sheet1.xml": whitespaceBomb(30 * MB) } });
    const rows = join(tmp, "bomb-rows.xlsx");
    // ~150,000 rows in 7 MB (no shared strings part at all: it was once copied whole to the temp folder).
    await repack(base, rows, {
      replace: { "xl/worksheets/sheet1.xml": rowsBomb(7 * MB, 3) },
      drop: ["xl/sharedStrings.xml"],
    });
    const inline = join(tmp, "bomb-inline.xlsx");
    await repack(base, inline, {
      replace: {
        "xl/worksheets/sheet1.xml": generated(
          10 * MB,
          (i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>x${i}</t></is></c></row>`
        ),
      },
    });
    for (const [label, p] of [
      ["30 MB whitespace", ws],
      ["7 MB of rows", rows],
      ["10 MB inline strings", inline],
    ]) {
      for (const args of [
        ["generate", p, "-o", join(tmp, "bomb2.xlsx")],
        ["generate", p, "-o", join(tmp, "bomb2") + "/"],
        ["assess", p],
      ]) {
        const m = measured(...args);
        results.push(
          `  ${label} ${args[0]} ${args[2] === "-o" ? (args[3].endsWith("/") ? "batch" : "single") : ""}: exit ${m.code}, ${m.peakMb} MB, ${m.ms} ms`
        );
        expect({ label, args, under1GB: m.peakMb < 1024 }).toEqual({ label, args, under1GB: true });
        expect([1, 2, 4]).toContain(m.code);
        expect(m.err).not.toMatch(/Invalid string length|unexpected error/);
      }
      noTemporaryFiles(join(tmp, "bomb2"));
    }
  });
});

/** The compiled CLI as a child, with its output gathered. */
function start(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...ENV, ITA_DEBUG: "1", ...env },
  });
  let err = "";
  let out = "";
  const waiters: Array<[RegExp, () => void]> = [];
  child.stderr.on("data", (c: Buffer) => {
    err += c.toString();
    for (const w of [...waiters])
      if (w[0].test(err)) {
        waiters.splice(waiters.indexOf(w), 1);
        w[1]();
      }
  });
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  const exit = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
  return {
    child,
    exit,
    err: () => err,
    out: () => out,
    when: (re: RegExp) => new Promise<void>((r) => (re.test(err) ? r() : waiters.push([re, r]))),
  };
}

describe("Ctrl-C (SIGINT) and SIGTERM in three phases: nothing half-done", () => {
  const many = join(tmp, "signals.json");
  beforeAll(async () => {
    writeFileSync(many, JSON.stringify(syntheticAgencies(24, 2562, 11)));
  });

  async function completeReports(dir: string): Promise<string[]> {
    const files = existsSync(dir) ? readdirSync(dir) : [];
    for (const f of files) await texts(join(dir, f)); // each one opens: complete
    return files;
  }

  for (const [sig, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    test(`${sig} while the input is read (a large sheet before the table): nothing written, no temporary file`, async () => {
      const base = await wideWorkbook([{ name: "อบต.ก", scores: SCORES }], { sheets: ["big"] });
      const p = join(tmp, `reading-${sig}.xlsx`);
      await repack(base, p, {
        replace: { "xl/worksheets/sheet1.xml": rowsBomb(4 * 1024 * 1024, 2) },
      });
      const dir = join(tmp, `reading-${sig}`);
      const run = start(["generate", p, "-o", dir + "/", "--jobs", "1"]);
      await run.when(/phase: reading/);
      run.child.kill(sig);
      expect(await run.exit).toBe(code);
      expect(run.err()).toContain(`interrupted (${sig}): 0 complete report(s) written`);
      expect(run.err()).toContain(`หยุดแล้ว (${sig})`);
      expect(await completeReports(dir)).toEqual([]);
      noTemporaryFiles(dir);
    });

    test(`${sig} while reports are written: the complete ones stay and are listed, no temporary file, no summary`, async () => {
      const dir = join(tmp, `writing-${sig}`);
      const run = start(["generate", many, "-o", dir + "/", "--jobs", "2"]);
      await run.when(/written [3-9]/);
      run.child.kill(sig);
      expect(await run.exit).toBe(code);
      const files = await completeReports(dir);
      expect(files).not.toContain("summary.xlsx");
      expect(files.length).toBeGreaterThanOrEqual(3);
      expect(files.length).toBeLessThan(24);
      expect(run.err()).toContain(
        `interrupted (${sig}): ${files.length} complete report(s) written`
      );
      for (const f of files) expect(run.err()).toContain(`  - ${f}`);
      noTemporaryFiles(dir);
    });

    test(`${sig} while the summary is written: every report complete, summary.xlsx not written`, async () => {
      const dir = join(tmp, `summary-${sig}`);
      const run = start(["generate", many, "-o", dir + "/", "--jobs", "2"], {
        ITA_DEBUG_PAUSE: "summary",
      });
      await run.when(/phase: summary/);
      run.child.kill(sig);
      expect(await run.exit).toBe(code);
      const files = await completeReports(dir);
      expect(files).toHaveLength(24);
      expect(files).not.toContain("summary.xlsx");
      expect(run.err()).toContain("24 complete report(s) written");
      expect(run.err()).toContain("summary.xlsx not written");
      noTemporaryFiles(dir);
    });
  }

  test("a later run over the same folder counts only its own reports", () => {
    const dir = join(tmp, "writing-SIGINT");
    writeFileSync(join(dir, ".ita-1-0-b7.tmp"), "leftover of a killed run");
    const input = join(tmp, "later.json");
    writeFileSync(input, JSON.stringify(syntheticAgencies(2, 2562, 5)));
    const r = cli("generate", input, "-o", dir + "/", "--jobs", "1");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("reports written: 2");
  });
});
