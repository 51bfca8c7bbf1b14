/**
 * Sheets that flow (issue 15), for every fixture's report: the document holds no line break inside a
 * text; every paragraph is one cell with its whole text (a break only between the items of a list in a
 * table cell); no prose cell is merged; no row holding wrapped text has a fixed height; a paragraph past
 * Excel's row height limit is split at a sentence boundary; page breaks only where a part starts.
 */
import {
  blockTexts,
  checkDocument,
  DocumentBuilder,
  inlineText,
  type Block,
  type ReportDocument,
} from "../../src/report/document";
import { officialDocument } from "../../src/report/page";
import { renderSheets } from "../../src/report/sheet";
import { fixtureFiles, fixtureReport } from "./fixtures";

const reports = fixtureFiles().flatMap((f) =>
  (["mixed", "thai", "arabic"] as const).map((d) => fixtureReport(f, d))
);

function blocksById(doc: ReportDocument): Map<string, Block> {
  return new Map(doc.parts.flatMap((p) => p.blocks).map((b) => [b.id ?? "", b]));
}

describe.each(reports.map((r) => [`${r.name} (${r.options.digits})`, r] as const))(
  "%s",
  (_, { doc, plan }) => {
    test("the document holds no line break inside a text", () => {
      expect(checkDocument(doc)).toEqual([]);
    });

    test("every text cell is one whole text of the document; a break only between a cell's items", () => {
      const blocks = blocksById(doc);
      const texts = new Set(doc.parts.flatMap((p) => p.blocks.flatMap(blockTexts)));
      for (const sheet of plan.sheets)
        for (const row of sheet.rows)
          for (const cell of row.cells) {
            if (typeof cell.value !== "string" || !cell.value) continue;
            const ref = cell.ref;
            expect(ref).toBeDefined();
            if (!ref) continue;
            const block = blocks.get(ref.block);
            expect(block).toBeDefined();
            if (cell.value.includes("\n")) {
              // Only a table cell holding a list: its items, one a line.
              expect(block?.kind).toBe("table");
              const items = cell.value.split("\n");
              for (const it of items) expect(texts.has(it)).toBe(true);
            } else if (ref.piece === undefined && block?.kind !== "table") {
              // A title or heading too wide for a table sheet's line is cut at spaces (pieces);
              // everything else is a whole text of its block.
              expect(texts.has(cell.value)).toBe(true);
            }
          }
    });

    test("no merged prose cell; no fixed height on a row holding wrapped text", () => {
      for (const sheet of plan.sheets) {
        for (const m of sheet.merges) {
          const cell = sheet.rows[m.row]?.cells[m.col];
          expect(cell?.style?.wrap ?? false).toBe(false);
        }
        for (const row of sheet.rows) {
          const wrapped = row.cells.some((c) => typeof c.value === "string" && c.style?.wrap);
          if (wrapped) expect(row.height).toBeUndefined();
          if (row.height !== undefined)
            // A fixed height only on a row without text: a spacer, the rows under a chart.
            expect(row.cells.every((c) => c.value === null || typeof c.value === "number")).toBe(
              true
            );
        }
      }
    });

    test("page breaks only where a part starts; table headers repeat as print titles, not copies", () => {
      const analysis = plan.sheets.find((s) => s.role === "analysis");
      // The analysis sheet: the cover, the foreword, the sections: two breaks.
      expect(analysis?.pageBreaks?.length).toBe(2);
      for (const s of plan.sheets.filter((x) => x.role !== "analysis"))
        expect(s.pageBreaks ?? []).toEqual([]);
      const measures = plan.sheets.find((s) => s.role === "measures");
      const header = measures?.print.repeatRows;
      expect(header).toBeDefined();
      const head = measures?.rows[header?.from ?? 0].cells.map((c) => c.value);
      // The header row appears once in the sheet.
      expect(
        measures?.rows.filter(
          (r) => JSON.stringify(r.cells.map((c) => c.value)) === JSON.stringify(head)
        )
      ).toHaveLength(1);
    });
  }
);

describe("a paragraph past Excel's 409-pt row limit", () => {
  const sentence =
    "หน่วยงานควรเผยแพร่ข้อมูลการดำเนินงานให้เป็นปัจจุบันผ่านช่องทางที่หลากหลาย และเปิดโอกาสให้ผู้รับบริการแสดงความคิดเห็นได้ทุกขั้นตอน";
  const long = Array.from({ length: 24 }, () => sentence).join(" ");
  const b = new DocumentBuilder(officialDocument(2562, "t", "thai"));
  const p = b.part("analysis", { role: "analysis", name: "a" });
  const block = p.paragraph(long);
  const plan = renderSheets(b.build());
  const rows = plan.sheets[0].rows.filter((r) => r.cells[0]?.ref?.block === block.id);

  test("is split into rows at sentence boundaries (spaces), each under the limit, text kept whole", () => {
    expect(rows.length).toBeGreaterThan(1);
    const pieces = rows.map((r) => String(r.cells[0].value));
    expect(pieces.join(" ")).toBe(long);
    for (const piece of pieces) {
      // Never inside a sentence of this text: each piece is whole sentences.
      expect(piece.split(" ").every((w) => sentence.includes(w))).toBe(true);
      expect(piece.startsWith("หน่วยงาน") || piece.startsWith("และ")).toBe(true);
    }
    for (const r of rows) expect(r.estimatedHeight ?? 0).toBeLessThanOrEqual(409);
    expect(rows.map((r) => r.cells[0].ref?.piece ?? 0)).toEqual(rows.map((_, i) => i));
    expect(inlineText(block.text)).toBe(long);
  });
});
