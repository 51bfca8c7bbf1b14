/**
 * The pane's Word file is made from the sheets' CURRENT text (src/docx/fromSheets.ts): the seed's report
 * rendered as sheets, some cells edited as an officer would, then read back into the document and
 * rendered to Word.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join, resolve } from "path";
import { assessRaw } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { documentWithSheetText, type SheetCells } from "../../src/docx/fromSheets";
import { renderWord } from "../../src/docx/render";
import { composeDocument, renderSheets, type SheetPlan } from "../../src/report";
import { inlineText, type ReportDocument } from "../../src/report/document";

const ROOT = resolve(__dirname, "../..");

function seed(): { doc: ReportDocument; sheets: SheetPlan[] } {
  const j = rawFromJson(JSON.parse(readFileSync(join(ROOT, "tests/fixtures/seed.json"), "utf8")));
  const item = j.items[0];
  const assessment = assessRaw(item.raw).assessment!;
  const doc = composeDocument(assessment, {
    agency: item.agency ?? { name: "" },
    digits: "thai",
    date: item.agency?.date,
  });
  return { doc, sheets: renderSheets(doc).sheets };
}

/** The cells as the writers put them in the workbook (values; numbers as numbers). */
function written(sheet: SheetPlan): SheetCells {
  return { values: sheet.rows.map((r) => r.cells.map((c) => c.value)) };
}

/** Where a block's text sits in a sheet. */
function cellOf(
  sheet: SheetPlan,
  block: string,
  extra: Record<string, number> = {}
): [number, number] {
  for (let r = 0; r < sheet.rows.length; r++)
    for (let c = 0; c < sheet.rows[r].cells.length; c++) {
      const ref = sheet.rows[r].cells[c].ref;
      if (ref?.block === block && Object.entries(extra).every(([k, v]) => ref[k as "row"] === v))
        return [r, c];
    }
  throw new Error(`no cell for ${block}`);
}

function blockById(doc: ReportDocument, id: string) {
  for (const p of doc.parts) for (const b of p.blocks) if (b.id === id) return b;
  throw new Error(`no block ${id}`);
}

describe("the Word file from the sheets' current text", () => {
  it("without edits: the document as composed, nothing counted as edited", () => {
    const { doc, sheets } = seed();
    const current = Object.fromEntries(sheets.map((s) => [s.name, written(s)]));
    const r = documentWithSheetText(doc, sheets, current);
    expect(r.edited).toBe(0);
    expect(r.missing).toEqual([]);
    expect(JSON.stringify(r.document)).toBe(JSON.stringify(doc));
  });

  it("takes an edited paragraph, list item, table cell and signature line; keeps the rest", async () => {
    const { doc, sheets } = seed();
    const current = Object.fromEntries(sheets.map((s) => [s.name, written(s)]));
    const analysis = sheets.find((s) => s.role === "analysis")!;
    const measures = sheets.find((s) => s.role === "measures")!;
    const a = current[analysis.name].values;
    const m = current[measures.name].values;

    // A body paragraph made longer, with a line break the officer typed (Alt+Enter).
    const para = doc.parts
      .flatMap((p) => p.blocks)
      .find((b) => b.kind === "paragraph" && inlineText(b.text).startsWith("เมื่อแยกตามเครื่องมือ"))!;
    const [pr, pc] = cellOf(analysis, para.id!);
    a[pr][pc] = `${a[pr][pc]}\nซึ่งผู้บริหารได้รับทราบแล้ว`;
    // A list item.
    const list = doc.parts.flatMap((p) => p.blocks).find((b) => b.kind === "list")!;
    const [lr, lc] = cellOf(analysis, list.id!, { item: 0 });
    a[lr][lc] = "(๑) ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้ ๙๔.๑๕ คะแนน (สูงสุด)";
    // A measures cell holding a list (one item a line).
    const table = doc.parts
      .find((p) => p.name === "measures")!
      .blocks.find((b) => b.kind === "table")!;
    const [tr, tc] = cellOf(measures, table.id!, { row: 1, col: 1 });
    m[tr][tc] = "๑. ขั้นตอนแรกที่แก้ไข\n๒. ขั้นตอนที่สอง";
    // The signature's first line.
    const sig = doc.parts.flatMap((p) => p.blocks).find((b) => b.kind === "signature")!;
    const [sr, sc] = cellOf(analysis, sig.id!, { line: 0 });
    a[sr][sc] = "งานนโยบายและแผน สำนักปลัด";

    const r = documentWithSheetText(doc, sheets, current);
    expect(r.edited).toBe(4);
    const p2 = blockById(r.document, para.id!);
    expect(p2.kind === "paragraph" && p2.text).toBe(
      `${inlineText((para as { text: string }).text)} ซึ่งผู้บริหารได้รับทราบแล้ว`
    );
    const l2 = blockById(r.document, list.id!);
    expect(l2.kind === "list" && inlineText(l2.items[0].text)).toBe(
      "(๑) ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้ ๙๔.๑๕ คะแนน (สูงสุด)"
    );
    const t2 = blockById(r.document, table.id!);
    expect(t2.kind === "table" && t2.rows[0].cells[1].value).toEqual([
      "๑. ขั้นตอนแรกที่แก้ไข",
      "๒. ขั้นตอนที่สอง",
    ]);
    const s2 = blockById(r.document, sig.id!);
    expect(s2.kind === "signature" && s2.lines[0]).toBe("งานนโยบายและแผน สำนักปลัด");
    // The untouched blocks are the same objects (marks kept).
    expect(r.document.parts[0].blocks[0]).toBe(doc.parts[0].blocks[0]);

    // And the Word file says what the sheets say.
    const zip = await JSZip.loadAsync(await renderWord(r.document));
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(xml).toContain("ซึ่งผู้บริหารได้รับทราบแล้ว");
    expect(xml).toContain("๑. ขั้นตอนแรกที่แก้ไข");
    expect(xml).toContain("งานนโยบายและแผน สำนักปลัด");
  });

  it("leaves out a paragraph the officer emptied, and names a sheet that is gone", () => {
    const { doc, sheets } = seed();
    const current: Record<string, SheetCells | null> = Object.fromEntries(
      sheets.map((s) => [s.name, written(s)])
    );
    const analysis = sheets.find((s) => s.role === "analysis")!;
    const scores = sheets.find((s) => s.role === "scores")!;
    const para = doc.parts
      .find((p) => p.name === "foreword")!
      .blocks.find((b) => b.kind === "paragraph")!;
    const [r, c] = cellOf(analysis, para.id!);
    current[analysis.name]!.values[r][c] = null;
    current[scores.name] = null;
    const out = documentWithSheetText(doc, sheets, current);
    expect(out.missing).toEqual([scores.name]);
    expect(out.document.parts.flatMap((p) => p.blocks).some((b) => b.id === para.id)).toBe(false);
    // The scores part as generated.
    expect(out.document.parts.find((p) => p.name === "scores")).toEqual(
      doc.parts.find((p) => p.name === "scores")
    );
  });

  it("joins a paragraph the sheet split at a sentence boundary", () => {
    const { doc, sheets } = seed();
    const analysis = sheets.find((s) => s.role === "analysis")!;
    const para = doc.parts
      .flatMap((p) => p.blocks)
      .find((b) => b.kind === "paragraph" && b.firstLine)!;
    const [r, c] = cellOf(analysis, para.id!);
    // As the sheet rendering writes a split: the same ref with piece 0, 1 on consecutive rows.
    const text = inlineText((para as { text: string }).text);
    const cut = text.indexOf(" ");
    const split: SheetPlan = {
      ...analysis,
      rows: [
        ...analysis.rows.slice(0, r),
        { cells: [{ value: text.slice(0, cut), ref: { block: para.id! } }] },
        { cells: [{ value: text.slice(cut + 1), ref: { block: para.id!, piece: 1 } }] },
        ...analysis.rows.slice(r + 1),
      ],
    };
    expect(c).toBe(0);
    const out = documentWithSheetText(doc, [split], { [split.name]: written(split) });
    expect(out.edited).toBe(0);
    expect(inlineText((blockById(out.document, para.id!) as { text: string }).text)).toBe(text);
  });
  it("takes an edited line of a table the sheet of text shows as a list into the Word table", async () => {
    const { doc, sheets } = seed();
    const current = Object.fromEntries(sheets.map((s) => [s.name, written(s)]));
    const analysis = sheets.find((s) => s.role === "analysis")!;
    const a = current[analysis.name].values;
    // The what-if table: on the sheet of text one line per row, its ref naming the row only.
    const table = doc.parts
      .filter((p) => p.sheet.role === "analysis")
      .flatMap((p) => p.blocks)
      .find((b) => b.kind === "table" && b.rows.length > 1)!;
    expect(table.kind).toBe("table");
    if (table.kind !== "table") return;
    const r0 = table.header.length;
    const [lr, lc] = cellOf(analysis, table.id!, { row: r0 });
    expect(analysis.rows[lr].cells[lc].ref?.col).toBeUndefined();
    a[lr][lc] = "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล: ปรับข้อมูลบนเว็บไซต์ให้ครบภายในไตรมาสที่สอง";
    const [er, ec] = cellOf(analysis, table.id!, { row: r0 + 1 });
    a[er][ec] = "";

    const r = documentWithSheetText(doc, sheets, current);
    expect(r.edited).toBe(1);
    const t = blockById(r.document, table.id!);
    if (t.kind !== "table") throw new Error("not a table");
    // The edited row is one cell across the table; the emptied row is gone; the others are as composed.
    expect(t.rows).toHaveLength(table.rows.length - 1);
    expect(t.rows[0].cells).toEqual([
      {
        value: "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล: ปรับข้อมูลบนเว็บไซต์ให้ครบภายในไตรมาสที่สอง",
        span: table.columns.length,
      },
    ]);
    expect(t.rows.slice(1)).toEqual(table.rows.slice(2));
    const zip = await JSZip.loadAsync(await renderWord(r.document));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("ปรับข้อมูลบนเว็บไซต์ให้ครบภายในไตรมาสที่สอง");
  });
});
