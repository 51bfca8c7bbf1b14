/**
 * The sheet builder's pagination: rows never overflow a page, headings move with the row after them,
 * a table's header row is repeated at the top of a page the table continues on.
 */
import { SheetBuilder, estimateLines, rowHeightFor, textWidthPt } from "../../src/report/layout";

const LONG = "การประเมินคุณธรรมและความโปร่งใส ".repeat(12).trim();

function pages(b: SheetBuilder): number[][] {
  const starts = [0, ...b.pageBreaks];
  return starts.map((s, i) =>
    Array.from({ length: (starts[i + 1] ?? b.rows.length) - s }, (_, k) => s + k)
  );
}

describe("SheetBuilder pagination", () => {
  test("every page holds at most the page height; a heading is never the last row of a page", () => {
    const b = new SheetBuilder([22, 34, 34], 700);
    const headings = new Set<number>();
    for (let i = 0; i < 12; i++) {
      headings.add(b.heading(`หัวข้อที่ ${i + 1}`, { bold: true, size: 18 }));
      b.paragraph(LONG);
      b.paragraph(LONG + " " + LONG);
    }
    for (const page of pages(b)) {
      const h = page.reduce((t, r) => t + (b.rows[r].height ?? 0), 0);
      expect(h).toBeLessThanOrEqual(700);
      expect(headings.has(page[page.length - 1])).toBe(false);
    }
    expect(b.pageBreaks.length).toBeGreaterThan(3);
  });

  test("a table that runs onto the next page repeats its header row there", () => {
    const b = new SheetBuilder([22, 34, 34], 500);
    b.paragraph("ตารางทดสอบ");
    b.tableRow(["ตัวชี้วัด", "ประเด็นการประเมิน", "ประเด็นที่ควรพัฒนา"], { bold: true }, [], true);
    for (let i = 0; i < 8; i++) b.tableRow([`แถวที่ ${i + 1}`, LONG, LONG]);
    expect(b.pageBreaks.length).toBeGreaterThan(0);
    for (const start of b.pageBreaks) expect(b.rows[start].cells[0].value).toBe("ตัวชี้วัด");
    const bodies = b.rows.filter((r) => String(r.cells[0]?.value ?? "").startsWith("แถวที่"));
    expect(bodies).toHaveLength(8);
  });

  test("without a page height nothing is paginated", () => {
    const b = new SheetBuilder([22, 34, 34]);
    for (let i = 0; i < 40; i++) b.paragraph(LONG);
    expect(b.pageBreaks).toEqual([]);
    expect(b.build("analysis", "x").pageBreaks).toBeUndefined();
  });
});

describe("text measure", () => {
  test("Thai above/below marks take no width; explicit line breaks count; heights grow with text", () => {
    expect(textWidthPt("กี่", 16)).toBeCloseTo(textWidthPt("ก", 16));
    expect(estimateLines("ก\nข\nค", 400, 16)).toBe(3);
    expect(rowHeightFor(LONG + LONG, 300, 16)).toBeGreaterThan(rowHeightFor(LONG, 300, 16));
    expect(rowHeightFor(LONG.repeat(20), 100, 16)).toBeLessThanOrEqual(409);
  });
});
