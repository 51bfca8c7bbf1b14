/**
 * Year over year on the command line: the earlier years given with the input ("previous") are compared
 * with this year (compareYears) by `assess` (printed, with --json as `comparison`) and `generate` (handed to
 * the composer; what is not comparable joins the warnings); a bad earlier year refuses the input.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const SEED_PREVIOUS = join(ROOT, "tests/fixtures/seed-previous.json");
const FY2567 = join(ROOT, "tests/fixtures/fy2567-previous-2566.json");
const tmp = mkdtempSync(join(tmpdir(), "ita-yoy-"));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
    }
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("cli year over year", () => {
  test("assess --json: the seed with a previous total of 70.00 gives +6.05", () => {
    const r = cli("assess", SEED_PREVIOUS, "--json");
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.total).toBe(76.05);
    expect(o.comparison.lastYear.previousYear).toBe(2561);
    expect(o.comparison.lastYear.total).toMatchObject({
      previous: 70,
      current: 76.05,
      change: 6.05,
    });
    // FY2561 is before the ten-indicator framework: only the total is compared, and the warnings say so.
    expect(o.warnings.map((w: { code: string }) => w.code)).toContain("older-framework");
  });

  test("assess, readable: the change is printed with its sign", () => {
    const r = cli("assess", SEED_PREVIOUS);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("เทียบกับปีงบประมาณ พ.ศ. 2561: คะแนนรวม 70.00 -> 76.05 (+6.05)");
  });

  test("assess --json: FY2567 against FY2566, renamed sub-indicators not compared", () => {
    const o = JSON.parse(cli("assess", FY2567, "--json").stdout);
    const last = o.comparison.lastYear;
    expect(last.total).toMatchObject({ previous: 82.87, current: 87.86, change: 4.99 });
    expect(last.level).toMatchObject({ comparable: true, changed: true, direction: "up" });
    expect(
      last.subIndicators.map((s: { id: string; comparable: boolean }) => [s.id, s.comparable])
    ).toEqual([
      ["9.1", true],
      ["9.2", false],
      ["9.3", false],
      ["10.1", true],
      ["10.2", false],
    ]);
    expect(o.warnings.map((w: { code: string }) => w.code)).toEqual(["sub-renamed"]);
  });

  test("assess without previous prints no comparison", () => {
    const o = JSON.parse(cli("assess", join(ROOT, "tests/fixtures/seed.json"), "--json").stdout);
    expect(o.comparison).toBeUndefined();
  });

  test("generate: written, the comparison's notes among the warnings", () => {
    const out = join(tmp, "fy2567.xlsx");
    const r = cli("generate", FY2567, "-o", out);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stderr).toContain("9.2, 9.3, 10.2");
  });

  test("generate: a bad earlier year refuses the input, naming the key; nothing written", () => {
    const input = join(tmp, "bad-previous.json");
    writeFileSync(
      input,
      JSON.stringify({
        fiscalYear: 2562,
        agency: "อบต.ทดสอบ",
        indicators: { "1": 90 },
        previous: [{ fiscalYear: 2561, indicators: { "3": 187.5 } }, { fiscalYear: 2563 }],
      })
    );
    const out = join(tmp, "bad-previous.xlsx");
    const r = cli("generate", input, "-o", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[previous[0].indicators.3]");
    expect(r.stderr).toContain("[previous[1].fiscalYear]");
    expect(existsSync(out)).toBe(false);
  });
});
