/**
 * The Word rendering (src/docx/render.ts), read back from the .docx package it writes: fonts and sizes
 * for Thai (complex script), the th-TH language, A4 and the margins, page numbers in the digits chosen
 * and none on the cover, headings kept with their text, real first-line indents, table headers that
 * repeat and rows that never split, 14 pt tables, the landscape section, a note under its mark, the
 * picture, and the signature kept with what comes before it.
 */
import JSZip from "jszip";
import { renderWord, type FigureImage } from "../../src/docx/render";
import { sampleDocument } from "./sampleDocument";

/** A 1x1 white PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==",
    "base64"
  )
);
const picture: FigureImage = { data: PNG, width: 600, height: 300 };

async function parts(digits: "thai" | "arabic" = "thai", figures = true) {
  const bytes = await renderWord(sampleDocument(digits), {
    figures: figures ? { "fig-scores": picture } : {},
  });
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  return {
    zip,
    document: await text("word/document.xml"),
    styles: await text("word/styles.xml"),
    footnotes: await text("word/footnotes.xml"),
    headers: await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .sort()
        .map(text)
    ),
  };
}

/** The paragraphs (w:p) of a document part, as XML strings. */
const paragraphs = (xml: string): string[] =>
  xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
const textOf = (p: string): string =>
  (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join("");
/** The cell margins (w:tcMar) of the cell holding paragraph p in table t. */
const cellMargins = (p: string, t: string): string => {
  const cell = (t.match(/<w:tc>.*?<\/w:tc>/g) ?? []).find((c) => c.includes(p)) ?? "";
  return /<w:tcMar>.*?<\/w:tcMar>/.exec(cell)?.[0] ?? "";
};
const sections = (xml: string): string[] => xml.match(/<w:sectPr[\s>].*?<\/w:sectPr>/g) ?? [];

describe("Word rendering: document defaults", () => {
  it("sets TH SarabunPSK 16 for Latin and complex script text, and Thai as the complex-script language", async () => {
    const { styles } = await parts();
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(defaults).toMatch(
      /<w:rFonts w:ascii="TH SarabunPSK" w:cs="TH SarabunPSK" w:eastAsia="TH SarabunPSK" w:hAnsi="TH SarabunPSK"\/>/
    );
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('<w:szCs w:val="32"/>');
    // Thai is complex script: its language is w:bidi; Latin words keep English rules.
    expect(defaults).toMatch(/<w:lang [^>]*w:bidi="th-TH"/);
    expect(defaults).toMatch(/<w:lang [^>]*w:val="en-US"/);
  });

  it("keeps headings with the next paragraph (their style) and bolds them for Thai too", async () => {
    const { styles, document } = await parts();
    const h1 = /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/.exec(styles)?.[0] ?? "";
    expect(h1).toContain("<w:keepNext/>");
    expect(h1).toContain("<w:bCs/>");
    const heading = paragraphs(document).find((p) => textOf(p) === "๒. ผลการประเมิน") ?? "";
    expect(heading).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it("has no line break inside any paragraph: Word breaks the Thai lines itself", async () => {
    const { document } = await parts();
    expect(document).not.toMatch(/<w:br\b/);
    expect(document).not.toMatch(/<w:cr\b/);
  });
});

describe("Word rendering: pages", () => {
  it("uses A4 with margins 3 cm left, 2 cm right and bottom, 2.5 cm top", async () => {
    const { document } = await parts();
    const first = sections(document)[0];
    expect(first).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(first).toMatch(/w:left="1701"/);
    expect(first).toMatch(/w:right="1134"/);
    expect(first).toMatch(/w:bottom="1134"/);
    expect(first).toMatch(/w:top="1417"/);
  });

  it("numbers pages '- n -' at the top centre, in Thai digits, from 1, none on the cover", async () => {
    const { document, headers } = await parts("thai");
    const secs = sections(document);
    expect(secs).toHaveLength(4);
    expect(secs[0]).toMatch(/<w:pgNumType w:start="1" w:fmt="thaiNumbers"\/>/);
    for (const s of secs.slice(1)) expect(s).toMatch(/<w:pgNumType w:fmt="thaiNumbers"\/>/);
    const withPage = headers.filter((h) => /PAGE/.test(h));
    expect(withPage.length).toBeGreaterThan(0);
    for (const h of withPage) {
      // The digits come from the section's format: a switch "\\* ThaiArabic" would print Thai letters
      // (ก ข ค) in LibreOffice 7.4.
      expect(h).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(h).not.toContain("\\*");
      expect(h).toContain('<w:jc w:val="center"/>');
      expect(h).toMatch(
        /<w:t xml:space="preserve">- <\/w:t>.*PAGE.*<w:t xml:space="preserve"> -<\/w:t>/
      );
    }
    // The cover's section refers to a header without a page number.
    const coverHeaderId = /<w:headerReference w:type="default" r:id="(rId\d+)"\/>/.exec(
      secs[0]
    )?.[1];
    const rels = await (
      await parts("thai")
    ).zip
      .file("word/_rels/document.xml.rels")!
      .async("string");
    const target =
      new RegExp(`Id="${coverHeaderId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${coverHeaderId}"`).exec(rels)?.[1];
    expect(target).toMatch(/header\d+\.xml/);
    const coverHeader = await (await parts("thai")).zip.file(`word/${target}`)!.async("string");
    expect(coverHeader).not.toMatch(/PAGE/);
  });

  it("numbers pages in Arabic digits when the report asks for them", async () => {
    const { document } = await parts("arabic");
    expect(sections(document)[0]).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    expect(document).not.toContain("thaiNumbers");
  });

  it("sets the measures in a landscape section and the cover's content in the middle of its page", async () => {
    const { document } = await parts();
    const secs = sections(document);
    expect(secs[3]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(secs[2]).not.toContain("landscape");
    expect(secs[0]).toContain('<w:vAlign w:val="center"/>');
  });
});

describe("Word rendering: blocks", () => {
  it("indents a body paragraph's first line by 2.5 cm, with no spaces", async () => {
    const { document } = await parts();
    const p = paragraphs(document).find((x) => textOf(x).startsWith("รายงานฉบับนี้")) ?? "";
    expect(p).toMatch(/<w:ind [^>]*w:firstLine="1417"/);
    expect(textOf(p)).not.toMatch(/^\s/);
  });

  it("repeats a table's header rows on each page and never splits a row", async () => {
    const { document } = await parts();
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const rows = t.match(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g) ?? [];
      expect(rows.length).toBeGreaterThan(1);
      expect(rows[0]).toContain("<w:tblHeader/>");
      for (const r of rows) expect(r).toContain("<w:cantSplit/>");
      for (const r of rows.slice(1)) expect(r).not.toContain("<w:tblHeader/>");
    }
  });

  it("leaves a table's hidden columns out and keeps the model's relative widths when no row gets shorter", async () => {
    const { document } = await parts();
    const scores = (document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [])[0] ?? "";
    const grid = (scores.match(/<w:gridCol w:w="(\d+)"\/>/g) ?? []).map((g) =>
      Number(/\d+/.exec(g)![0])
    );
    expect(grid).toHaveLength(3);
    // 1 : 4 : 2 of the 16 cm text width.
    expect(grid[1] / grid[0]).toBeCloseTo(4, 1);
    expect(grid[2] / grid[0]).toBeCloseTo(2, 1);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 1701 - 1134);
    expect(scores).not.toContain("เกณฑ์");
    // A cell holding a list: one paragraph per item.
    expect(paragraphs(scores).map(textOf)).toEqual(
      expect.arrayContaining(["การเปิดเผยข้อมูล", "(คำนวณ)"])
    );
  });

  it("sets a note once, right under the paragraph of its mark and kept with it, not as a footnote", async () => {
    const { document, footnotes } = await parts();
    const ps = paragraphs(document);
    const i = ps.findIndex((p) => textOf(p).startsWith("ตัวชี้วัดที่ ๙"));
    // The mark stays in the text as the composer wrote it.
    expect(textOf(ps[i])).toBe("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๕๕.๘๕* ซึ่งต่ำที่สุดในบรรดาตัวชี้วัดทั้งหมด");
    expect(ps[i]).toContain("<w:keepNext/>");
    // The note with the same mark follows it, at 14 pt, and is the only copy in the document.
    expect(textOf(ps[i + 1])).toBe("* คะแนนตัวชี้วัดที่ ๙ คำนวณจากคะแนน OIT และตัวชี้วัดที่ ๑๐");
    expect(ps[i + 1]).toContain('<w:sz w:val="28"/>');
    expect(ps.filter((p) => textOf(p).includes("คำนวณจากคะแนน OIT"))).toHaveLength(1);
    // No Word footnote carries it (a custom mark would print twice in LibreOffice: see src/docx/notes.ts).
    expect(document).not.toContain("<w:footnoteReference");
    expect(footnotes).not.toContain("คำนวณจากคะแนน OIT");
  });

  it("sets table text at 14 pt (28 half-points) with a line pitch of 0.8", async () => {
    const { document } = await parts();
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    // The signature set as the measures table's last row (no borders) keeps the body's 16 pt.
    const signatureRow = /<w:tr>(?:(?!<\/w:tr>).)*<w:top w:val="nil"(?:(?!<\/w:tr>).)*<\/w:tr>/g;
    for (const t of tables) {
      const cellParas = paragraphs(t.replace(signatureRow, ""));
      expect(cellParas.length).toBeGreaterThan(0);
      for (const p of cellParas) {
        expect(p).toContain('<w:spacing w:line="192" w:lineRule="auto"/>');
        // 2 pt at the cell's top keeps a first line's tone marks off the border above.
        expect(cellMargins(p, t)).toContain('<w:top w:type="dxa" w:w="40"/>');
        for (const run of p.match(/<w:r>.*?<\/w:r>/g) ?? []) {
          expect(run).toContain('<w:sz w:val="28"/>');
          expect(run).toContain('<w:szCs w:val="28"/>');
        }
      }
    }
  });

  it("hangs a list item's marker and keeps the first item with the next", async () => {
    const { document } = await parts();
    const items = paragraphs(document).filter((p) => /^\(๑\)|^\(๒\)/.test(textOf(p)));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/<w:ind w:left="\d+" w:hanging="567"\/>/);
    expect(items[0]).toContain("<w:tab/>");
    expect(items[0]).toContain("<w:keepNext/>");
  });

  it("puts the figure's picture in the document, scaled to the text width", async () => {
    const { document, zip } = await parts();
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(document).toContain('descr="คะแนนรายตัวชี้วัด"');
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(document)?.[1]);
    // 16 cm of text width is 5,760,000 EMU; the 600 px picture is drawn at most that wide.
    expect(cx).toBeGreaterThan(5_000_000);
    expect(cx).toBeLessThanOrEqual(5_760_000);
  });

  it("sets a figure without a picture as a table of its numbers", async () => {
    const { document, zip } = await parts("thai", false);
    expect(Object.keys(zip.files).some((f) => f.startsWith("word/media/"))).toBe(false);
    expect(document.match(/<w:tbl>/g)).toHaveLength(3);
    expect(document).toContain("55.85");
  });

  it("keeps a signature whole, in the right part of the page, and with the block before it", async () => {
    const { document } = await parts();
    const ps = paragraphs(document);
    const i = ps.findIndex((p) => textOf(p) === "สำนักปลัด");
    // Centred in the right 60 % of the 16 cm text width (9,071 twips).
    expect(ps[i]).toMatch(/<w:ind w:left="3628"\/>/);
    expect(ps[i]).toContain('<w:jc w:val="center"/>');
    expect(ps[i]).toContain("<w:keepNext/>");
    expect(ps[i - 1]).toContain("<w:keepNext/>");
    // The measures' signature is the table's own last row: one cell over the four columns, without
    // borders, never split, and the measure above it is kept with it (LibreOffice keeps a row with the
    // next row, not with a paragraph after the table).
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    const rows = tables[1].match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    const sig = rows[rows.length - 1];
    expect(textOf(sig)).toContain("(ลงชื่อ) ........................................");
    expect(textOf(sig)).toContain("นายก องค์การบริหารส่วนตำบลตัวอย่าง");
    expect(sig).toContain('<w:gridSpan w:val="4"/>');
    expect(sig).toContain("<w:cantSplit/>");
    for (const side of ["top", "left", "bottom", "right"])
      expect(sig).toMatch(new RegExp(`<w:tcBorders>.*<w:${side} w:val="nil"`));
    expect(textOf(rows[rows.length - 2])).toContain("มาตรการที่ 12");
    expect(rows[rows.length - 2]).toContain("<w:keepNext/>");
    // Nothing of the signature is left after the table.
    expect(document.slice(document.lastIndexOf("</w:tbl>"))).not.toContain("ลงชื่อ");
  });
});
