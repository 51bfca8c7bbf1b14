/**
 * The seed's sheets rendered by LibreOffice (the .xlsx through soffice to PDF, TH SarabunPSK mapped to
 * Laksaman as in scripts/render): a paragraph made 30 % longer, written and rendered again, shows every
 * line (its last words are on the page and no line of text overlaps another); the agency's name stands
 * whole on one line of the cover. Needs soffice and pdftotext; skipped without them unless
 * ITA_REQUIRE_SOFFICE=1.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { inlineText, type ParagraphBlock, type ReportDocument } from "../../src/report/document";
import { renderSheets } from "../../src/report/sheet";
import { workbookToBuffer, writePlanToWorkbook } from "../../src/xlsx/write";
import { fixtureReport } from "../report/fixtures";

const ROOT = resolve(__dirname, "../..");
const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const available = has("soffice") && has("pdftotext");
if (!available && process.env.ITA_REQUIRE_SOFFICE === "1")
  throw new Error("ITA_REQUIRE_SOFFICE=1 but soffice or pdftotext is missing");
const maybe = available ? describe : describe.skip;

/** The document rendered as sheets, written as .xlsx and converted to PDF by LibreOffice. */
async function renderPdf(doc: ReportDocument, dir: string, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  writePlanToWorkbook(wb, renderSheets(doc));
  const xlsx = join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, await workbookToBuffer(wb));
  const profile = mkdtempSync(join(tmpdir(), "ita-lo-"));
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    {
      env: { ...process.env, FONTCONFIG_FILE: join(ROOT, "scripts/render/fonts.conf") },
      timeout: 120000,
    }
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  return join(dir, `${name}.pdf`);
}

interface Line {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** The PDF's lines of text with their boxes (pdftotext -bbox-layout). */
function linesOf(pdf: string): Line[] {
  const xml = spawnSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  const out: Line[] = [];
  [...xml.matchAll(/<page [\s\S]*?<\/page>/g)].forEach((m, i) => {
    for (const l of m[0].matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g
    )) {
      const words = [...l[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(" ");
      out.push({ page: i + 1, x0: +l[1], y0: +l[2], x1: +l[3], y1: +l[4], text: words });
    }
  });
  return out;
}

/**
 * Text without spaces and Thai marks above and below the line (pdftotext sets some marks apart as
 * lines of their own): enough to find a text in the rendering.
 */
const bare = (t: string): string =>
  t.replace(/&amp;/g, "&").replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");

/** Pairs of lines of different rows drawn over each other (text clipped into the next row). */
function overlaps(lines: Line[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i];
      const b = lines[j];
      if (a.page !== b.page || Math.abs(a.y0 - b.y0) < 3 || Math.abs(a.y1 - b.y1) < 3) continue;
      if (a.x0 >= b.x1 || b.x0 >= a.x1) continue;
      const ov = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (ov > 0.3 * Math.min(a.y1 - a.y0, b.y1 - b.y0))
        out.push(`page ${a.page}: "${a.text}" / "${b.text}"`);
    }
  return out;
}

maybe("LibreOffice renders the sheets as they flow", () => {
  jest.setTimeout(240000);
  const dir = mkdtempSync(join(tmpdir(), "ita-render-"));
  const { doc } = fixtureReport("seed.json");
  // The verdict of section ๒ made 30 % longer, ending in a mark to find.
  const part = doc.parts.find((p) => p.name === "analysis");
  const para = part?.blocks.find(
    (b): b is ParagraphBlock => b.kind === "paragraph" && inlineText(b.text).startsWith("เกณฑ์")
  );
  const before = inlineText(para?.text ?? "");
  const extra = before.slice(0, Math.ceil(before.length * 0.3)).replace(/ [^ ]*$/, "");
  let lines: Line[] = [];
  let longer = "";

  beforeAll(async () => {
    if (!para) throw new Error("no verdict paragraph");
    longer = `${before} ${extra} ท้ายย่อหน้า QX7`;
    para.text = longer;
    lines = linesOf(await renderPdf(doc, dir, "longer"));
  });

  test("the longer paragraph shows every line: its last words are drawn, no line over another", () => {
    expect(longer.length).toBeGreaterThanOrEqual(before.length * 1.29);
    const pages = new Map<number, string>();
    for (const l of lines) pages.set(l.page, (pages.get(l.page) ?? "") + l.text);
    expect([...pages.values()].some((t) => bare(t).includes(bare(longer)))).toBe(true);
    expect(lines.some((l) => l.text.includes("QX7"))).toBe(true);
    expect(overlaps(lines)).toEqual([]);
  });

  test("the cover: the agency's name whole on one line", () => {
    const cover = lines.filter((l) => l.page === 1);
    expect(cover.some((l) => bare(l.text) === bare("องค์การบริหารส่วนตำบลกะหรอ"))).toBe(true);
  });

  test("a rendering of the unchanged report has no line over another either", async () => {
    const fresh = fixtureReport("seed.json").doc;
    const clean = linesOf(await renderPdf(fresh, dir, "seed"));
    expect(overlaps(clean)).toEqual([]);
    expect(readFileSync(join(dir, "seed.pdf")).length).toBeGreaterThan(1000);
  });
});
