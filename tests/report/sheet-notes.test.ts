/**
 * A note stays on the page of its mark in the sheets (issue 16): each "*" note is rendered right after
 * the block that first carries its mark in its part (after the block that one is kept with), and once
 * per part: not again in the หมายเหตุ at the part's end. The Word file sets them as footnotes.
 */
import { blockTexts, type Block, type DocPart, type NoteBlock } from "../../src/report/document";
import { DocumentBuilder } from "../../src/report/document";
import { officialDocument } from "../../src/report/page";
import type { SheetPlan } from "../../src/report/plan";
import { renderSheets } from "../../src/report/sheet";
import { fixtureFiles, fixtureReport } from "./fixtures";

const markOf = (b: Block): string | null =>
  b.kind === "note" ? (/^(\*+) /.exec(blockTexts(b)[0])?.[1] ?? null) : null;

/** Whether a block carries a mark: its text has it as a word, or it names the note. */
function carries(b: Block, note: NoteBlock): boolean {
  if (b.kind === "note") return false;
  const named =
    (b.kind === "paragraph" && b.notes?.includes(note.id ?? "")) ||
    (b.kind === "list" && b.items.some((it) => it.notes?.includes(note.id ?? "")));
  const words = blockTexts(b).flatMap((t) => t.split(/[\s()]+/));
  return !!named || words.includes(markOf(note) ?? "");
}

/** Sheet rows (indexes) whose cells come from a block. */
const rowsOf = (sheet: SheetPlan, id: string): number[] =>
  sheet.rows.flatMap((r, i) => (r.cells.some((c) => c.ref?.block === id) ? [i] : []));

function checkPart(part: DocPart, sheet: SheetPlan): number {
  const notes = part.blocks.filter((b): b is NoteBlock => markOf(b) !== null);
  for (const note of notes) {
    const at = rowsOf(sheet, note.id ?? "");
    // Printed once in the part.
    expect({ part: part.name, note: note.id, rows: at.length }).toEqual({
      part: part.name,
      note: note.id,
      rows: 1,
    });
    const first = part.blocks.findIndex((b) => carries(b, note));
    if (first < 0) continue;
    // The block it follows: the first carrier, or the block(s) that one is kept with.
    let k = first;
    while (part.blocks[k].keepWithNext && k + 1 < part.blocks.length) k++;
    const end = Math.max(...rowsOf(sheet, part.blocks[k].id ?? ""));
    // Between that block's last row and the note: only other marks' notes and empty rows.
    const between = sheet.rows.slice(end + 1, at[0]);
    const others = new Set(notes.map((n) => n.id));
    for (const r of between)
      for (const c of r.cells) if (c.ref) expect(others.has(c.ref.block)).toBe(true);
    expect(at[0]).toBeGreaterThan(end);
  }
  return notes.length;
}

describe.each(fixtureFiles())("%s: each mark's note follows its first mark, once", (file) => {
  test("every part", () => {
    const { doc, plan } = fixtureReport(file);
    for (const part of doc.parts) {
      const sheet = plan.sheets.find((s) => s.name === part.sheet.name);
      if (sheet) checkPart(part, sheet);
    }
  });
});

describe("the seed (indicator 10 *, indicator 9 **)", () => {
  const { doc, plan } = fixtureReport("seed.json");
  const analysis = plan.sheets.find((s) => s.role === "analysis") as SheetPlan;
  const texts = analysis.rows.map((r) => r.cells.map((c) => String(c.value ?? "")).join(""));

  test("both notes sit under the what-if and its list, two pages before หมายเหตุ", () => {
    const star = texts.findIndex((t) => t.startsWith("* ตัวชี้วัดที่ ๑๐"));
    const stars = texts.findIndex((t) => t.startsWith("** ผลที่หน่วยงาน"));
    expect(stars).toBe(star + 1);
    expect(texts[star - 1]).toMatch(/^ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน: จาก 61\.37/);
    expect(texts.findIndex((t) => t === "หมายเหตุ")).toBeGreaterThan(star + 40);
    expect(texts.filter((t) => /^\*+ /.test(t))).toHaveLength(2);
    expect(checkPart(doc.parts.find((p) => p.name === "analysis") as DocPart, analysis)).toBe(2);
  });

  test("the score sheet: both notes once, after the table that carries the marks", () => {
    const scores = plan.sheets.find((s) => s.role === "scores") as SheetPlan;
    const t = scores.rows.map((r) => r.cells.map((c) => String(c.value ?? "")).join(""));
    expect(t.filter((x) => /^\*+ /.test(x))).toHaveLength(2);
  });
});

describe("a part whose marks first appear in different blocks", () => {
  const b = new DocumentBuilder(officialDocument(2567, "t", "thai"));
  const p = b.part("analysis", { role: "analysis", name: "วิเคราะห์" });
  p.heading("๑. ส่วนแรก", 1);
  p.paragraph("ย่อหน้าที่ไม่มีเครื่องหมาย");
  p.paragraph("ตัวชี้วัดที่ ๑๐ ได้ ๙๓.๗๕ คะแนน *", { keepWithNext: true });
  p.list(["(๑) รายการที่ตามมา"]);
  p.paragraph("ย่อหน้าถัดไป");
  p.table({
    columns: [2, 1],
    header: [{ cells: [{ value: "ตัวชี้วัด" }, { value: "คะแนน" }] }],
    rows: [{ cells: [{ value: "ตัวชี้วัดที่ 9" }, { value: "55.85 **" }] }],
    sheetAs: "list",
  });
  p.paragraph("ย่อหน้าท้าย ตัวชี้วัดที่ ๙ ** อีกครั้ง");
  p.heading("หมายเหตุ", 2);
  p.note("* ตัวชี้วัดที่ ๑๐ เป็นค่าที่คำนวณ", { id: "n1" });
  p.note("** ตัวชี้วัดที่ ๙ เป็นค่าที่คำนวณ", { id: "n2" });
  const doc = b.build();
  const sheet = renderSheets(doc).sheets[0];
  const texts = sheet.rows.map((r) => r.cells.map((c) => String(c.value ?? "")).join(""));

  test("'*' after the list its paragraph is kept with, '**' after the table; หมายเหตุ left out", () => {
    expect(texts.filter(Boolean)).toEqual([
      "๑. ส่วนแรก",
      "ย่อหน้าที่ไม่มีเครื่องหมาย",
      "ตัวชี้วัดที่ ๑๐ ได้ ๙๓.๗๕ คะแนน *",
      "(๑) รายการที่ตามมา",
      "* ตัวชี้วัดที่ ๑๐ เป็นค่าที่คำนวณ",
      "ย่อหน้าถัดไป",
      "ตัวชี้วัดที่ 9: 55.85 **",
      "** ตัวชี้วัดที่ ๙ เป็นค่าที่คำนวณ",
      "ย่อหน้าท้าย ตัวชี้วัดที่ ๙ ** อีกครั้ง",
    ]);
    expect(checkPart(doc.parts[0], sheet)).toBe(2);
  });
});
