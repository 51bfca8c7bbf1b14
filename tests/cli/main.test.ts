/**
 * The command line's entry (src/cli/main.ts) as a user runs it: help, unknown commands, and `--name=value`
 * for every option that takes a value.
 */
import { runCli } from "./compiled";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
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

  test("an unknown command is named in Thai and English with did you mean and the short usage, exit 2", () => {
    const r = cli("genrate", SEED);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ไม่รู้จักคำสั่ง "genrate" หมายถึง generate หรือไม่');
    expect(r.err).toContain('unknown command "genrate"; did you mean generate?');
    // The short usage (a few lines), not the whole help.
    expect(r.err).toContain("npm run cli -- generate <input> -o <out.xlsx|out.docx|outdir/>");
    expect(r.err).not.toContain("--phrases");
    expect(r.err.split("\n").length).toBeLessThan(8);
    const none = cli();
    expect(none.code).toBe(2);
    expect(none.err).toContain("ไม่ได้ระบุคำสั่ง");
    expect(none.err).toContain("missing command");
  });

  test("a mistyped option: did you mean, in Thai and English, with the command's short usage, exit 2", () => {
    const g = cli("generate", SEED, "-o", join(dir, "t.xlsx"), "--thresold", "80");
    expect(g.code).toBe(2);
    expect(g.err).toContain("ไม่รู้จักตัวเลือก --thresold หมายถึง --threshold หรือไม่");
    expect(g.err).toContain("unknown option --thresold; did you mean --threshold?");
    expect(g.err).toContain("วิธีใช้ / usage: npm run cli -- generate");
    const a = cli("assess", SEED, "--jsn");
    expect(a.code).toBe(2);
    expect(a.err).toContain("did you mean --json?");
    // Nothing close: no guess.
    expect(cli("assess", SEED, "--zzzzzz").err).not.toContain("did you mean");
    // Other usage errors speak both languages too.
    const missing = cli("generate", SEED);
    expect(missing.err).toContain("ไม่ได้ระบุ -o");
    expect(missing.err).toContain("missing -o <out.xlsx>");
  });

  test("--version prints the package's version; help is in Thai and English", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const v of ["--version", "-V"]) {
      const r = cli(v);
      expect(r).toMatchObject({ code: 0, out: `ita-analysis-excel ${pkg.version}\n` });
    }
    const h = cli("help");
    expect(h.out).toContain("วิธีใช้ / usage:");
    expect(h.out).toContain("สถานะเมื่อจบ / Exit status:");
    expect(h.out).toContain("130");
  });

  test("assess on a missing file answers in words like generate, not a raw ENOENT", () => {
    const r = cli("assess", join(dir, "nope.json"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("ไม่พบไฟล์");
    expect(r.err).toContain("file not found");
    expect(r.err).not.toContain("ENOENT");
  });

  test("a JSON syntax error in words, with line and column", () => {
    const p = join(dir, "syntax.json");
    writeFileSync(p, '{\n  "fiscalYear": 2562,\n}');
    const r = cli("assess", p);
    expect(r.code).toBe(1);
    expect(r.out).toContain("a key in double quotes was expected");
    expect(r.out).toContain("at line 3, column 1");
    expect(r.out).toContain("บรรทัด 3 ตำแหน่ง 1");
    expect(r.out).not.toContain("PropertyNameExpected");
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
