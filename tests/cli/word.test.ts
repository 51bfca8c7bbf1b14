/**
 * The Word file from the command line, end to end through the compiled CLI: the format follows the
 * extension of -o, a batch takes --format xlsx|docx|both, and every Word file passes the
 * WordprocessingML schema check (tests/ooxml/ooxml_check.py) with the chart as a picture in it.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { syntheticAgencies } from "../../bench/synthetic";
import { runCli } from "./compiled";

jest.setTimeout(180000);

const ROOT = resolve(__dirname, "../..");
const CHECK = join(ROOT, "tests/ooxml/ooxml_check.py");
const tmp = mkdtempSync(join(tmpdir(), "ita-word-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENV = { ...process.env, CI: "" };
const cli = (...args: string[]) => runCli(args, { env: ENV });

/** ooxml_check's errors and warnings for a file (none when it is schema-valid). */
function check(file: string): string[] {
  const r = spawnSync("python3", [CHECK, "-q", file], { encoding: "utf8" });
  if (r.status === 2) throw new Error(`ooxml_check could not run: ${r.stdout}${r.stderr}`);
  return r.stdout.split("\n").filter((l) => l.startsWith("ERROR") || l.startsWith("WARN"));
}

async function documentXml(file: string): Promise<{ xml: string; media: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return {
    xml: (await zip.file("word/document.xml")?.async("string")) ?? "",
    media: Object.keys(zip.files).filter((f) => f.startsWith("word/media/")),
  };
}

const text = (xml: string): string =>
  (xml.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
    .map((t) => t.replace(/<[^>]+>/g, ""))
    .join("");

describe("generate -o report.docx", () => {
  test.each([
    ["seed.json", "thai"],
    ["fy2566-school-pass.json", "mixed"],
    ["fy2568-pao-improve.json", "arabic"],
    ["weak-2567.json", "mixed"],
    ["fy2567-previous-2566.json", "mixed"],
  ])(
    "%s (%s digits): a schema-valid Word file with the report and its chart",
    async (fixture, digits) => {
      const out = join(tmp, fixture.replace(".json", ".docx"));
      const r = cli(
        "generate",
        join(ROOT, "tests/fixtures", fixture),
        "-o",
        out,
        "--digits",
        digits
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(out);
      expect(check(out)).toEqual([]);
      const { xml, media } = await documentXml(out);
      // The chart as a picture (drawn on the command line), the measures in a landscape section.
      expect(media.some((m) => m.endsWith(".png"))).toBe(true);
      expect(xml).toContain('w:orient="landscape"');
      expect(xml).toContain(digits === "arabic" ? 'w:fmt="decimal"' : 'w:fmt="thaiNumbers"');
      expect(text(xml)).toContain("ข้อเสนอแนะ");
      expect(xml).not.toMatch(/<w:br\b/);
    }
  );

  test("another extension is refused with a usage error and nothing written", () => {
    const out = join(tmp, "report.pdf");
    const r = cli("generate", join(ROOT, "tests/fixtures/seed.json"), "-o", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(".xlsx or .docx");
    expect(existsSync(out)).toBe(false);
  });

  test("--format is for a batch only", () => {
    const r = cli(
      "generate",
      join(ROOT, "tests/fixtures/seed.json"),
      "-o",
      join(tmp, "x.docx"),
      "--format",
      "docx"
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format is for a folder");
  });
});

describe("generate many -o outdir/ --format", () => {
  const input = join(tmp, "many.json");
  beforeAll(() => writeFileSync(input, JSON.stringify(syntheticAgencies(2, 2566, 3))));

  test.each([
    ["xlsx", [".xlsx"]],
    ["docx", [".docx"]],
    ["both", [".docx", ".xlsx"]],
  ])("--format %s writes each agency's %j and summary.xlsx", (format, exts) => {
    const out = join(tmp, `batch-${format}`) + "/";
    const r = cli("generate", input, "-o", out, "--format", format, "--jobs", "1");
    expect(r.code).toBe(0);
    const files = readdirSync(out).filter((f) => f !== "summary.xlsx");
    expect(readdirSync(out)).toContain("summary.xlsx");
    const byExt = (e: string) => files.filter((f) => f.endsWith(e)).length;
    for (const e of [".xlsx", ".docx"]) expect(byExt(e)).toBe(exts.includes(e) ? 2 : 0);
    // A batch's Word file is the one generate writes (schema-checked above): here, that it is a package.
    for (const f of files.filter((x) => x.endsWith(".docx")))
      expect(readFileSync(join(out, f)).subarray(0, 2).toString()).toBe("PK");
  });

  test("worker threads write the Word files too", () => {
    const out = join(tmp, "batch-threads") + "/";
    expect(cli("generate", input, "-o", out, "--format", "docx", "--jobs", "2").code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".docx"))).toHaveLength(2);
  });

  test("a bad --format is a usage error", () => {
    const r = cli("generate", input, "-o", join(tmp, "bad") + "/", "--format", "pdf");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format must be xlsx, docx or both");
  });
});
