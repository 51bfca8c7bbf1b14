/**
 * End to end: the command line as a user runs it (node over the compiled build/cli/main.js).
 */
import { runCli } from "./compiled";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const SEED = join(ROOT, "tests/fixtures/seed.json");
const tmp = mkdtempSync(join(tmpdir(), "ita-assess-"));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = runCli(["assess", ...args]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: unknown): string {
  const p = join(tmp, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}

describe("cli assess", () => {
  test("the seed, --json: the issue's keys and figures, exit 0", () => {
    const r = cli(SEED, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o).toMatchObject({
      fiscalYear: 2562,
      iit: 87.46,
      eit: 66.29,
      oit: 74.8,
      total: 76.05,
      level: "B",
    });
    expect(o.ranking[0]).toEqual({ id: "10.2", score: 100, rank: 1, sub: true, derived: false });
    expect(o.ranking.find((x: { id: string }) => x.id === "9")).toEqual({
      id: "9",
      score: 55.85,
      rank: 10,
      sub: false,
      derived: true,
    });
    expect(o.strengths).toEqual(["1", "10"]);
    expect(o.toDevelop).toEqual(["5", "3", "2", "4", "7", "6", "8", "9"]);
    expect(o.derived).toEqual(["10", "9"]);
    expect(o.problems).toEqual([]);
    expect(o.warnings.map((w: { code: string }) => w.code)).toEqual(["derived-9"]);
    expect(o.warnings[0].cell).toBe("oit");
    expect(o.checks.every((c: { consistent: boolean }) => c.consistent)).toBe(true);
    expect(o.agency).toBe("องค์การบริหารส่วนตำบลกะหรอ");
  });

  test("readable Thai summary without --json", () => {
    const r = cli(SEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ปีงบประมาณ พ.ศ. 2562");
    expect(r.stdout).toContain("คะแนนรวม 76.05");
    expect(r.stdout).toContain("ระดับ B");
    expect(r.stdout).toContain("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 55.85 (ค่าที่คำนวณ)");
  });

  test("--threshold changes strengths", () => {
    const o = JSON.parse(cli(SEED, "--json", "--threshold", "85").stdout);
    expect(o.strengths).toEqual(["1", "10", "5", "3", "2"]);
    expect(o.threshold).toBe(85);
  });

  test("a batch with --each gives an array; one bad item makes exit 1 and names its key", () => {
    const p = file("batch.json", [
      {
        fiscalYear: 2566,
        indicators: {
          "1": 95,
          "2": 95,
          "3": 95,
          "4": 95,
          "5": 95,
          "6": 95,
          "7": 95,
          "8": 95,
          "9": 95,
          "10": 95,
        },
      },
      { fiscalYear: "๒๕๖๓", indicators: { "1": "#N/A", "2": "87..46" } },
    ]);
    const r = cli(p, "--json", "--each");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0].level).toBe("ผ่านดีเยี่ยม");
    expect(out[0].total).toBe(95);
    expect(out[1].problems).toHaveLength(1);
    expect(out[1].problems[0]).toMatchObject({ code: "excel-error", cell: "[1].indicators.1" });
    expect(out[1].problems[0].message).toMatch(/ค่าความผิดพลาดของ Excel.*is an Excel error/);
    expect(out[1].warnings[0]).toMatchObject({ code: "double-dot", cell: "[1].indicators.2" });
  });

  test("partial input: only tool scores", () => {
    const o = JSON.parse(
      cli(file("tools.json", { fiscalYear: 2562, iit: 87.46, eit: 66.29, oit: 74.8 }), "--json")
        .stdout
    );
    expect(o.total).toBe(76.05);
    expect(o.ranking).toEqual([]);
    expect(o.missing).toContain("indicator:1");
  });

  test("input problems: exit 1 with problems on stdout", () => {
    const r = cli(file("bad.json", { fiscalYear: 2561, indicators: { "1": 50 } }), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems[0]).toMatchObject({
      code: "fiscal-year-unsupported",
      cell: "fiscalYear",
    });
    const syntax = cli(file("syntax.json", "{ not json"), "--json");
    expect(syntax.code).toBe(1);
    expect(JSON.parse(syntax.stdout).problems[0].code).toBe("json-syntax");
    const shape = cli(file("shape.json", "42"));
    expect(shape.code).toBe(1);
    expect(shape.stdout).toContain("ประเมินไม่ได้");
  });

  test("usage errors exit 2", () => {
    expect(cli().code).toBe(2);
    expect(cli(SEED, "--threshold", "abc").code).toBe(2);
    expect(cli(SEED, "--bogus").code).toBe(2);
    const missing = cli(join(tmp, "nope.json"));
    expect(missing.code).toBe(2);
    // As generate says it: in words, in Thai and English.
    expect(missing.stderr).toContain("ไม่พบไฟล์");
    expect(missing.stderr).toContain("file not found");
  });
});
