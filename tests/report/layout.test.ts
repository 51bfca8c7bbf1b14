/**
 * The sheet builder's pagination: rows never overflow a page, headings move with the row after them,
 * a table's header row is repeated at the top of a page the table continues on.
 */
import {
  A4_PRINTABLE_HEIGHT,
  SheetBuilder,
  estimateLines,
  rowHeightFor,
  textWidthPt,
} from "../../src/report/layout";

const LONG = "การประเมินคุณธรรมและความโปร่งใส ".repeat(12).trim();
const MID = "การประเมินคุณธรรมและความโปร่งใส ".repeat(4).trim();

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

  test("a group row kept with its row moves with it, under the table's header repeated", () => {
    const b = new SheetBuilder([22, 34, 34], 400);
    b.tableRow(["หัว", null, "ตาราง"], { bold: true }, [], true, [[0, 2]]);
    const starts: number[] = [];
    for (let i = 0; i < 6; i++) {
      starts.push(
        b.tableRow([`กลุ่ม ${i + 1}`, null, null], { bold: true }, [], false, [[0, 3]], true)
      );
      b.tableRow([MID, null, MID], {}, [], false, [[0, 2]]);
    }
    expect(b.pageBreaks.length).toBeGreaterThan(0);
    for (const start of b.pageBreaks) {
      // Every page of the table opens with its header, and a group row never ends a page.
      expect(b.rows[start].cells[0].value).toBe("หัว");
      expect(String(b.rows[start - 1].cells[0].value)).not.toMatch(/^กลุ่ม/);
    }
    // Merges follow the rows (the header's merge is repeated with it, a group's spans three columns).
    for (const row of b.rows.keys()) {
      const v = String(b.rows[row].cells[0].value);
      const m = b.merges.find((x) => x.row === row);
      if (v.startsWith("กลุ่ม")) expect(m?.cols).toBe(3);
      if (v === "หัว") expect(m?.cols).toBe(2);
    }
  });

  test("a row of lists splits between items when the page has room for some, never inside one", () => {
    const b = new SheetBuilder([22, 34, 34], 400);
    b.paragraph(LONG);
    b.tableRow(["หัว", null, "ตาราง"], { bold: true }, [], true, [[0, 2]]);
    const items = Array.from(
      { length: 12 },
      (_, i) => `(${i + 1}) การเผยแพร่ข้อมูลผ่านช่องทางที่หลากหลาย`
    );
    const acts = Array.from(
      { length: 6 },
      (_, i) => `(${i + 1}) มอบหมายเจ้าหน้าที่ตอบข้อสงสัยของประชาชน`
    );
    b.tableRowOfLists([items.join("\n"), null, acts.join("\n")], {}, [[0, 2]]);
    expect(b.pageBreaks).toHaveLength(1);
    const body = b.rows.filter((r) => String(r.cells[0].value).startsWith("("));
    expect(body).toHaveLength(2);
    // The items are all there, in order, each whole in one row.
    const firstCol = body.flatMap((r) => String(r.cells[0].source ?? r.cells[0].value).split("\n"));
    expect(firstCol).toEqual(items);
    const third = body.flatMap((r) => String(r.cells[2].source ?? r.cells[2].value).split("\n"));
    expect(third).toEqual(acts);
    expect(b.rows[b.pageBreaks[0]].cells[0].value).toBe("หัว");
    // Fits on a page: one row.
    const c = new SheetBuilder([22, 34, 34], 700);
    c.tableRowOfLists([items.slice(0, 3).join("\n"), null, acts[0]], {}, [[0, 2]]);
    expect(c.rows).toHaveLength(1);
  });

  test("keepRoom starts a new page only when the block would not fit", () => {
    const b = new SheetBuilder([90], 300);
    b.paragraph("ก");
    b.keepRoom(200);
    expect(b.pageBreaks).toEqual([]);
    b.keepRoom(290);
    expect(b.pageBreaks).toEqual([1]);
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

import {
  breakOpportunities,
  columnsOuterWidthPt,
  A4_LANDSCAPE_PRINTABLE_HEIGHT,
  DEFAULT_PRINT,
  heightForLines,
  LANDSCAPE_TEXT_BLOCK_WIDTH,
  lineHeightPt,
  numberPages,
  TEXT_BLOCK_WIDTH,
  unwrapText,
  wrapLines,
} from "../../src/report/layout";
import { composeReport } from "../../src/report";
import { assessRaw, rawFromJson } from "../../src/core";
import type { AgencyDetails, RawInput } from "../../src/core/types";
import { compareYears, type EarlierYear } from "../../src/core/compare";
import SEED from "../fixtures/seed.json";
import WEAK from "../fixtures/weak-2567.json";

describe("Thai line breaking", () => {
  const PAIRS = ["ความโปร่งใส", "จังหวัดนครศรีธรรมราช", "พ.ศ. ๒๕๖๒", "ร้อยละ ๘๗.๔๖"];
  test("never inside a Thai word or between parts that belong together, at any width", () => {
    const text =
      "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๒ ได้คะแนนร้อยละ ๘๗.๔๖ ขององค์การบริหารส่วนตำบลกะหรอ จังหวัดนครศรีธรรมราช";
    for (let w = 200; w <= 460; w += 7) {
      const lines = wrapLines(text, w, 16);
      expect(lines.join("")).toBe(text);
      for (const pair of PAIRS) {
        // The pair is whole on one line.
        expect(lines.some((l) => l.includes(pair))).toBe(true);
      }
      for (const l of lines.slice(0, -1)) expect(l).not.toMatch(/ความโปร่ง$|^ใส|ร้อย$|^ละ/);
    }
  });

  test("the comparison's words stay whole: สูงสุด, ต่ำสุด, คะแนนรวม, ดีขึ้น, เพิ่มขึ้น", () => {
    const text =
      "ตัวชี้วัดที่ได้คะแนนสูงสุด คือ ตัวชี้วัดที่ ๑ ส่วนตัวชี้วัดที่ได้คะแนนต่ำสุด คือ ตัวชี้วัดที่ ๘ เมื่อเทียบกับปีก่อนซึ่งได้คะแนนรวม ๘๒.๘๗ คะแนน ผลอยู่ในระดับที่ดีขึ้น คะแนนเพิ่มขึ้น";
    for (let w = 120; w <= 460; w += 5) {
      const lines = wrapLines(text, w, 16);
      expect(lines.join("")).toBe(text);
      for (let i = 1; i < lines.length; i++) {
        const seam = `${lines[i - 1]}|${lines[i]}`;
        expect(seam).not.toMatch(/(สูง|ต่ำ)\|สุด|คะแนน\|รวม|(ดี|เพิ่ม)\|ขึ้น/);
      }
    }
  });

  test("break positions: none before a space, a mark or ๆ, none after an opening bracket", () => {
    const t = "ต่าง ๆ (ก) ที่ดี";
    const ok = breakOpportunities(t);
    for (let i = 1; i < t.length; i++) {
      if (
        t[i] === " " ||
        t[i] === "ๆ" ||
        t[i - 1] === "(" ||
        /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(t[i])
      )
        expect(ok[i]).not.toBe(2);
    }
  });

  test("every line fits the width; a word wider than a line is broken, never lost", () => {
    for (const w of [60, 150, 300]) {
      const text = "ก".repeat(80) + " การประเมินคุณธรรม";
      const lines = wrapLines(text, w, 16);
      expect(lines.join("")).toBe(text);
      for (const l of lines) expect(textWidthPt(l.trimEnd(), 16)).toBeLessThanOrEqual(w);
    }
  });

  test("linear: a 100,000-character text wraps in well under two seconds", () => {
    const t0 = Date.now();
    wrapLines("การประเมินคุณธรรมและความโปร่งใส".repeat(3300), 400, 16);
    wrapLines("ก".repeat(100000), 400, 16);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe("row heights and pagination of real reports", () => {
  const plans = (): Array<[string, ReturnType<typeof composeReport>]> => {
    const mk = (json: unknown, digits: "thai" | "arabic", earlier?: EarlierYear[]) => {
      const it = rawFromJson(json).items[0];
      const a = assessRaw(it.raw as RawInput, {}).assessment;
      if (!a) throw new Error("no assessment");
      return composeReport(a, {
        agency: (json as { agency: AgencyDetails }).agency,
        digits,
        ...(earlier ? { comparison: compareYears(a, earlier) } : {}),
      });
    };
    const short = {
      fiscalYear: 2566,
      agency: { name: "กรมตัวอย่าง" },
      indicators: Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [String(i + 1), 95 + i * 0.3])
      ),
    };
    const long = {
      ...SEED,
      agency: {
        ...SEED.agency,
        responsible: Array.from(
          { length: 12 },
          (_, i) => `กองที่ ${i + 1} ${"งานบริหารทั่วไป".repeat(3)}`
        ),
      },
    };
    return [
      ["short", mk(short, "arabic")],
      ["seed", mk(SEED, "thai")],
      ["long", mk(long, "thai")],
      ["weak", mk(WEAK, "thai")],
      // Year over year: the seed against a previous total of 70.00; FY2567 against four earlier years.
      ["seed vs 70.00", mk(SEED, "thai", [{ fiscalYear: 2561, total: 70 }])],
      [
        "weak, five years",
        mk(WEAK, "thai", [
          { fiscalYear: 2563, total: 71.2, level: "C" },
          { fiscalYear: 2564, total: 68.4 },
          { fiscalYear: 2565, total: 74.1, level: "C" },
          {
            fiscalYear: 2566,
            indicators: { "1": 88, "2": 80, "3": 90, "4": 85, "5": 87, "6": 80, "7": 79, "8": 81 },
            oit: 78,
            level: "ต้องปรับปรุง",
          },
        ]),
      ],
    ];
  };

  test.each(plans())(
    "%s: heights hold the lines, pages never overflow, headings never end a page",
    (_n, plan) => {
      for (const s of plan.sheets) {
        // Same margins and header on every sheet; tables no wider than the text block.
        expect(s.print.margins).toEqual(DEFAULT_PRINT.margins);
        expect(s.print.header).toBe("- &P -");
        expect(s.print.repeatRows).toBeUndefined();
        // Tables no wider than the text block (of a landscape page for the wide measures table).
        const block =
          s.print.orientation === "landscape" ? LANDSCAPE_TEXT_BLOCK_WIDTH : TEXT_BLOCK_WIDTH;
        expect(columnsOuterWidthPt(s.columns)).toBeLessThanOrEqual(block + 0.01);
        const pageHeight =
          s.print.orientation === "landscape" ? A4_LANDSCAPE_PRINTABLE_HEIGHT : A4_PRINTABLE_HEIGHT;
        expect(!!s.print.differentFirstPage).toBe(s.role === "analysis");
        for (const r of s.rows) {
          for (const c of r.cells) {
            if (typeof c.value !== "string" || !c.style?.wrap) continue;
            const size = c.style.size ?? 16;
            const lines = c.value.split("\n").length;
            // Exactly the lines it holds: not clipped, no spare line. (Known limit: a cell that
            // needs more than Excel's 409 pt even at 12 pt is capped there.)
            if (heightForLines(lines, size) < 409)
              expect(r.height ?? 0).toBeGreaterThanOrEqual(heightForLines(lines, size) - 0.01);
          }
          const tallest = Math.max(
            0,
            ...r.cells.map((c) =>
              typeof c.value === "string" && c.style?.wrap
                ? heightForLines(c.value.split("\n").length, c.style.size ?? 16)
                : 0
            )
          );
          if (tallest) expect(r.height ?? 0).toBeLessThan(tallest + lineHeightPt(12));
          expect(r.height ?? 0).toBeLessThanOrEqual(409);
        }
        const starts = [0, ...(s.pageBreaks ?? [])];
        starts.forEach((st, i) => {
          const end = starts[i + 1] ?? s.rows.length;
          const h = s.rows.slice(st, end).reduce((t, r) => t + (r.height ?? 0), 0);
          expect(h).toBeLessThanOrEqual(pageHeight);
          const last = s.rows[end - 1];
          // A bold heading (merged across the sheet, not in a table) never ends a page.
          if (end < s.rows.length && last?.cells[0]?.style?.bold && !last.cells[0].style.border)
            expect(s.rows[end]?.continued).toBeFalsy();
        });
      }
      // Page numbers run on across the sheets.
      const first = plan.sheets.map((s) => s.print.firstPageNumber);
      expect(first[0]).toBe(1);
      expect(first[1]).toBe(2 + (plan.sheets[0].pageBreaks?.length ?? 0));
    }
  );

  test("a paragraph split across a page keeps its text: the continued row follows on", () => {
    const b = new SheetBuilder([22, 34, 34], 300);
    b.paragraph(LONG);
    b.paragraph(LONG + " " + LONG + " " + LONG);
    const joined = b.rows
      .map((r) => (r.continued ? "" : "\u0000") + unwrapText(String(r.cells[0].value)))
      .join("")
      .split("\u0000")
      .filter(Boolean);
    expect(joined).toEqual([LONG, LONG + " " + LONG + " " + LONG]);
    expect(b.rows.some((r) => r.continued)).toBe(true);
    // At least two lines on each side of a split.
    for (const r of b.rows)
      expect(String(r.cells[0].value).split("\n").length).toBeGreaterThanOrEqual(2);
  });

  test("planned pages: the seed's report 23 (analysis 13, scores 3, measures 7), weak FY2567 at most 25", () => {
    const count = (p: ReturnType<typeof composeReport>) =>
      p.sheets.map((s) => 1 + (s.pageBreaks?.length ?? 0));
    const byName = new Map(plans());
    // Every indicator to develop now says what it asks, each mark has its own note, and the measures
    // carry the internal O42 measures as steps: 16 pages became 23.
    expect(count(byName.get("seed") as ReturnType<typeof composeReport>)).toEqual([13, 3, 7]);
    const weak = count(byName.get("weak") as ReturnType<typeof composeReport>);
    expect(weak.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(25);
    // The score sheet: one line a main indicator row, the tool summary whole on one page.
    const scores = (byName.get("seed") as ReturnType<typeof composeReport>).sheets[1];
    const mains = scores.rows.filter(
      (r) => /^[๐-๙]+ \S/.test(String(r.cells[0]?.value ?? "")) && r.cells[3]?.value !== null
    );
    expect(mains).toHaveLength(10);
    for (const r of mains) expect(String(r.cells[0].value)).not.toContain("\n");
    const tools = scores.rows.findIndex((r) => r.cells[0]?.value === "คะแนนรายเครื่องมือและคะแนนรวม");
    const level = scores.rows.findIndex((r) => r.cells[0]?.value === "ระดับผลการประเมิน");
    const pageOf = (row: number) => (scores.pageBreaks ?? []).filter((b) => b <= row).length;
    expect(pageOf(tools)).toBe(pageOf(level));
  });

  test("numberPages counts planned pages", () => {
    const a = new SheetBuilder([90], 100).build("analysis", "a", { pageBreaks: [2, 5] });
    const m = new SheetBuilder([90], 100).build("measures", "m");
    numberPages([a, m]);
    expect([a.print.firstPageNumber, m.print.firstPageNumber]).toEqual([1, 4]);
  });
});
