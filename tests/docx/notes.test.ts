/**
 * Notes in the Word file (src/docx/notes.ts) and table column widths (src/docx/columns.ts), on the seed's
 * real report (the composer's wording, its notes and their "*" / "**" marks): each note is set once in a
 * part, right under the block of its first mark and with the same mark; the end-of-part copies and a
 * note repeated from an earlier part are left out; a long column gets the room a short one does not need.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join, resolve } from "path";
import { assessRaw } from "../../src/core";
import { rawFromJson } from "../../src/core/json";
import { fitColumns, tableLines, type FitRow } from "../../src/docx/columns";
import { placeNotes } from "../../src/docx/notes";
import { marksIn, noteMark } from "../../src/report/document";
import { renderWord } from "../../src/docx/render";
import { composeDocument } from "../../src/report";
import { blockTexts, inlineText, type Block, type ReportDocument } from "../../src/report/document";

const ROOT = resolve(__dirname, "../..");

function compose(fixture: string): ReportDocument {
  const j = rawFromJson(JSON.parse(readFileSync(join(ROOT, "tests/fixtures", fixture), "utf8")));
  const item = j.items[0];
  return composeDocument(assessRaw(item.raw).assessment!, {
    agency: item.agency ?? { name: "" },
    digits: "thai",
    date: item.agency?.date,
  });
}

const textsOf = (b: Block): string[] => (b.kind === "note" ? [] : blockTexts(b));

describe("notes in the Word file", () => {
  const doc = compose("seed.json");
  const placed = placeNotes(doc);

  it("the seed has notes with two marks, and marks in paragraphs and tables of several parts", () => {
    const marks = doc.parts.flatMap((p) =>
      p.blocks.filter((b) => b.kind === "note").map((b) => noteMark(b as never))
    );
    expect(new Set(marks)).toEqual(new Set(["*", "**", ""]));
    // A mark stands alone: "**" is one mark, not two.
    expect(marksIn("ได้ ๕๕.๘๕ ** และ ๙๓.๗๕ *")).toEqual(["**", "*"]);
  });

  it("sets each marked note once per part, right after the first block (run) holding its mark", () => {
    for (const [pi, blocks] of placed.entries()) {
      const seen = new Set<string>();
      blocks.forEach((b, i) => {
        if (b.kind !== "note") return;
        const m = noteMark(b);
        if (!m) return;
        expect(seen.has(m)).toBe(false);
        seen.add(m);
        // The mark appears in the body before the note, and not before the block the note follows
        // (the notes of one block run sit together just after it).
        let j = i - 1;
        while (j >= 0 && blocks[j]!.kind === "note") j--;
        const before = blocks
          .slice(0, j + 1)
          .flatMap(textsOf)
          .flatMap(marksIn);
        expect(before).toContain(m);
        expect(blocks[j]!.keepWithNext).toBe(true);
      });
      // Every mark used in the part's body has its note in the part, when the composer wrote one there.
      const partMarks = new Set(doc.parts[pi]!.blocks.flatMap(textsOf).flatMap(marksIn));
      const ownNotes = new Set(
        doc.parts[pi]!.blocks.filter((b) => b.kind === "note").map((b) => noteMark(b as never))
      );
      for (const m of partMarks) if (ownNotes.has(m)) expect(seen.has(m)).toBe(true);
    }
  });

  it("leaves out the end-of-part copies, a bare หมายเหตุ heading and the rounding note's first copy", () => {
    const all = placed.flat();
    const rounding = all.filter(
      (b) => b.kind === "note" && inlineText(b.text).startsWith("คะแนน IIT EIT และ OIT")
    );
    expect(rounding).toHaveLength(1);
    // Set in the last part that has it: the scores part, under the table of those scores.
    expect(placed[3]).toContain(rounding[0]);
    expect(placed[2]).not.toContain(rounding[0]);
    for (const blocks of placed)
      blocks.forEach((b, i) => {
        if (b.kind === "heading" && inlineText(b.text).trim() === "หมายเหตุ")
          expect(blocks[i + 1]?.kind).toBe("note");
      });
    // The composer's document is not changed.
    expect(
      doc.parts[2]!.blocks.some((b) => b.kind === "heading" && inlineText(b.text) === "หมายเหตุ")
    ).toBe(true);
  });

  it("in the Word XML: no note text twice in a section, no footnote, and each note's mark is a body mark", async () => {
    const zip = await JSZip.loadAsync(await renderWord(doc));
    const xml = (await zip.file("word/document.xml")!.async("string")) ?? "";
    const sections = xml.split(/<w:sectPr[\s>]/);
    const noteTexts = new Set(
      doc.parts.flatMap((p) =>
        p.blocks.filter((b) => b.kind === "note").map((b) => inlineText(b.text))
      )
    );
    const paraTexts = (x: string) =>
      (x.match(/<w:p[ >].*?<\/w:p>/g) ?? []).map((p) =>
        (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
          .map((t) => t.replace(/<[^>]+>/g, ""))
          .join("")
      );
    for (const sec of sections) {
      const texts = paraTexts(sec);
      for (const n of noteTexts) expect(texts.filter((t) => t === n).length).toBeLessThanOrEqual(1);
      for (const t of texts.filter((t) => noteTexts.has(t))) {
        const m = /^(\*+)/.exec(t)?.[1];
        if (m) expect(texts.filter((x) => !noteTexts.has(x)).flatMap(marksIn)).toContain(m);
      }
    }
    expect(xml).not.toContain("<w:footnoteReference");
  });
});

describe("table columns fitted to their content", () => {
  const rows: FitRow[] = [
    {
      weight: 2,
      header: true,
      cells: [0, 1, 2].map((col) => ({
        texts: [["ที่", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ"][col]!],
        col,
        span: 1,
      })),
    },
    ...[1, 2, 3].map((n) => ({
      weight: 1,
      cells: [
        { texts: [String(n)], col: 0, span: 1 },
        {
          texts: [
            "๑. ประกาศเจตจำนงสุจริตและประเมินความเสี่ยงการทุจริตทุกหน่วยงานในสังกัด",
            "๒. รายงานผลการประเมินความเสี่ยงต่อผู้บริหารทุกไตรมาสและเผยแพร่บนเว็บไซต์",
          ],
          col: 1,
          span: 1,
        },
        { texts: ["สำนักปลัด"], col: 2, span: 1 },
      ],
    })),
  ];

  it("gives the long column more room than the model's equal thirds, and the rows get shorter", () => {
    const total = 9070;
    const model = [1, 1, 1];
    const fitted = fitColumns(rows, model, total, 160, 14);
    const equal = model.map(() => Math.floor(total / 3));
    expect(fitted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
    expect(fitted.reduce((a, b) => a + b, 0)).toBeGreaterThan(total - 10);
    expect(fitted[1]).toBeGreaterThan(fitted[0]! + fitted[2]!);
    expect(tableLines(rows, fitted, 160, 14)).toBeLessThan(tableLines(rows, equal, 160, 14));
    // A header's word keeps its room: "ผู้รับผิดชอบ" (8 characters that take room) is not squeezed.
    expect(fitted[2]).toBeGreaterThanOrEqual(8 * 14 * 20 * 0.47 + 160);
  });

  it("keeps the model's widths when no other widths save a line", () => {
    const short: FitRow[] = [
      {
        weight: 1,
        cells: [
          { texts: ["IIT"], col: 0, span: 1 },
          { texts: ["๘๗.๔๖"], col: 1, span: 1 },
        ],
      },
    ];
    expect(fitColumns(short, [2, 1], 9000, 160, 14)).toEqual([6000, 3000]);
  });
});
