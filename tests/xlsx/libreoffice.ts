/**
 * LibreOffice as a test instrument: converts a workbook to PDF, or opens it and edits cells through the
 * application's own editing (a Basic macro, tests/xlsx/officer-edit.bas, in a throwaway profile), the way
 * an officer's edit reaches a row. Then reads the PDF back: its lines of text with their boxes
 * (pdftotext) and whether a box is inked on the page (pdftoppm), since text clipped by a row that did not
 * grow is still in the PDF but not drawn. TH SarabunPSK is mapped to Laksaman (scripts/render/fonts.conf).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type ExcelJS from "exceljs";

const ROOT = resolve(__dirname, "../..");
const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** soffice, pdftotext and pdftoppm are there; without them the tests that need them are skipped. */
export const libreOfficeAvailable = has("soffice") && has("pdftotext") && has("pdftoppm");
if (!libreOfficeAvailable && process.env.ITA_REQUIRE_SOFFICE === "1")
  throw new Error("ITA_REQUIRE_SOFFICE=1 but soffice, pdftotext or pdftoppm is missing");

const env = { ...process.env, FONTCONFIG_FILE: join(ROOT, "scripts/render/fonts.conf") };

function soffice(args: string[], profile: string): void {
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", ...args],
    {
      env,
      timeout: 180000,
      encoding: "utf8",
    }
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

/** LibreOffice Writer is installed too (it renders the Word file). */
export const writerAvailable =
  libreOfficeAvailable && existsSync("/usr/lib/libreoffice/program/libswlo.so");
if (!writerAvailable && process.env.ITA_REQUIRE_WRITER === "1")
  throw new Error("ITA_REQUIRE_WRITER=1 but LibreOffice Writer is missing");

/** The workbook or Word file converted to PDF in `dir`; returns the PDF's path. */
export function toPdf(file: string, dir: string): string {
  soffice(["--convert-to", "pdf", "--outdir", dir, file], mkdtempSync(join(tmpdir(), "ita-lo-")));
  return join(dir, file.replace(/^.*\//, "").replace(/\.(xlsx|docx)$/, ".pdf"));
}

/** The text of each page of a PDF (pdftotext, pages split at form feeds). */
export function pageTexts(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  return text.split("\f").slice(0, -1);
}

/** One cell's new text, typed as an officer would. */
export interface CellEdit {
  sheet: string;
  /** A1 address */
  cell: string;
  text: string;
}

const xmlText = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Opens `xlsx` in LibreOffice Calc, types the edits into their cells, prints to PDF and saves the edited
 * workbook; returns both paths (in `dir`, named after `name`).
 */
export function editInLibreOffice(
  xlsx: string,
  edits: CellEdit[],
  dir: string,
  name: string
): { pdf: string; xlsx: string } {
  const profile = mkdtempSync(join(tmpdir(), "ita-lo-"));
  soffice(["--terminate_after_init"], profile);
  const macro = readFileSync(join(__dirname, "officer-edit.bas"), "utf8");
  writeFileSync(
    join(profile, "user/basic/Standard/Module1.xba"),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n' +
      '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" ' +
      `script:language="StarBasic">${xmlText(macro)}</script:module>`
  );
  for (const e of edits)
    if (/[\t\n]/.test(e.text + e.sheet)) throw new Error("an edit holds a tab or a line break");
  const editsFile = join(dir, `${name}.edits.txt`);
  writeFileSync(editsFile, edits.map((e) => `${e.sheet}\t${e.cell}\t${e.text}\n`).join(""));
  const out = { pdf: join(dir, `${name}.pdf`), xlsx: join(dir, `${name}.saved.xlsx`) };
  const arg = (s: string): string => {
    if (s.includes('"')) throw new Error(`path with a quote: ${s}`);
    return `"${s}"`;
  };
  soffice(
    [
      `macro:///Standard.Module1.EditAndExport(${[xlsx, editsFile, out.pdf, out.xlsx].map(arg).join(",")})`,
    ],
    profile
  );
  return out;
}

/** A cell of a workbook found by its text: its sheet, A1 address, row (1-based) and text. */
export interface FoundCell {
  sheet: string;
  cell: string;
  row: number;
  text: string;
}

/** The first cell, sheet by sheet and row by row, whose text passes `test`. */
export function findCell(
  wb: ExcelJS.Workbook,
  test: (text: string) => boolean
): FoundCell | undefined {
  let found: FoundCell | undefined;
  wb.eachSheet((ws) =>
    ws.eachRow((row, r) =>
      row.eachCell((c) => {
        if (!found && test(c.text))
          found = { sheet: ws.name, cell: c.address, row: r, text: c.text };
      })
    )
  );
  return found;
}

/** The text made about 30 % longer, as an officer adds to it: its first words again (cut at a space). */
export function lengthened(text: string): string {
  return `${text} ${text.slice(0, Math.ceil(text.length * 0.3)).replace(/ [^ ]*$/, "")}`;
}

/** A line of text in the PDF with its box, in points from the page's top left. */
export interface PdfLine {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** The PDF's lines of text with their boxes (pdftotext -bbox-layout). */
export function linesOf(pdf: string): PdfLine[] {
  const xml = spawnSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" }).stdout;
  const out: PdfLine[] = [];
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
 * The share of dark pixels inside a line's box as drawn on its page (pdftoppm at 144 dpi, grey). Text
 * clipped away by its row is in the PDF's text but leaves its box blank.
 */
export function inkOf(pdf: string, line: PdfLine): number {
  const scale = 2;
  const x = Math.floor(line.x0 * scale);
  const y = Math.floor(line.y0 * scale);
  const w = Math.max(1, Math.ceil((line.x1 - line.x0) * scale));
  const h = Math.max(1, Math.ceil((line.y1 - line.y0) * scale));
  const p = String(line.page);
  const r = spawnSync("pdftoppm", [
    ...["-f", p, "-l", p, "-r", String(72 * scale), "-gray", "-singlefile"],
    ...["-x", String(x), "-y", String(y), "-W", String(w), "-H", String(h), pdf],
  ]);
  if (r.status !== 0 || !r.stdout?.length) throw new Error(`pdftoppm failed: ${r.stderr}`);
  return darkShare(r.stdout);
}

/** Share of pixels darker than mid-grey in a binary PGM (P5) image. */
function darkShare(pgm: Buffer): number {
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString("latin1"));
  if (!head) throw new Error("pdftoppm did not give a PGM image");
  const n = +head[1] * +head[2];
  const px = pgm.subarray(pgm.length - n);
  let dark = 0;
  for (const v of px) if (v < 128) dark++;
  return dark / n;
}

/** Pairs of lines of different rows drawn over each other (text clipped into the next row). */
export function overlaps(lines: PdfLine[]): string[] {
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

/**
 * Text without spaces and Thai marks above and below the line (pdftotext sets some marks apart as
 * lines of their own): enough to find a text in the rendering.
 */
export const bare = (t: string): string =>
  t.replace(/&amp;/g, "&").replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
