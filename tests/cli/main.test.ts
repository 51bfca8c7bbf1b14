/**
 * The command line's entry (src/cli/main.ts) as a user runs it: help, unknown commands, and `--name=value`
 * for every option that takes a value.
 */
import { runCli } from "./compiled";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "tests/fixtures/seed.json");

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = runCli([...args]);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe("cli main", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ita-cli-main-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("help lists both commands and every option; help <command> and --help too", () => {
    for (const args of [["help"], ["--help"], ["-h"]]) {
      const r = cli(...args);
      expect(r.code).toBe(0);
      for (const opt of [
        "assess",
        "generate",
        "--json",
        "--threshold",
        "-o, --output",
        "--digits",
        "--row",
        "--sheet",
        "--phrases",
        "--name=value",
      ])
        expect({ args, opt, listed: r.out.includes(opt) }).toEqual({ args, opt, listed: true });
    }
    const g = cli("help", "generate");
    expect(g.code).toBe(0);
    expect(g.out).toContain("--row N");
    expect(g.out).not.toContain("--json");
    const viaFlag = cli("generate", "--help");
    expect(viaFlag).toEqual({ ...g, err: viaFlag.err });
    expect(cli("assess", "-h").out).toContain("--json");
    expect(cli("help", "frob")).toMatchObject({ code: 2, err: expect.stringContaining('"frob"') });
  });

  test("an unknown command is named, with the usage, exit 2; no command is a usage error", () => {
    const r = cli("genrate", SEED);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "genrate"');
    expect(r.err).toContain("--phrases");
    expect(cli().code).toBe(2);
  });

  test("--name=value works for every option that takes a value", () => {
    const out = join(dir, "eq.xlsx");
    const g = cli(
      "generate",
      SEED,
      `--output=${out}`,
      "--digits=thai",
      "--threshold=85",
      "--phrases"
    );
    expect(g.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const o = join(dir, "o.xlsx");
    expect(cli("generate", SEED, `-o=${o}`).code).toBe(0);
    expect(existsSync(o)).toBe(true);
    // The value is checked as with a space: a bad one is refused by name.
    const bad = cli("generate", SEED, `--output=${join(dir, "bad.xlsx")}`, "--digits=roman");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--digits must be thai, arabic or mixed (got roman)");
    expect(cli("generate", SEED, `-o=${join(dir, "r.xlsx")}`, "--row=0").err).toContain("--row");
    const json = cli("assess", SEED, "--json", "--threshold=95");
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).threshold ?? JSON.parse(json.out)[0]?.threshold).toBe(95);
  });
});
