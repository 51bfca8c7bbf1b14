import { phrasesFromRows } from "../../src/report/phraseSheet";
import { defaultPhrases } from "../../src/report/phrases";
import { fillTemplate } from "../../src/report/format";
import { estimateLines } from "../../src/report/layout";
/** Bad input never throws: seeded random values and grids go through the parser and the grid reader. */
import { assessRaw } from "../../src/core/assess";
import { findInputInGrid } from "../../src/core/grid";
import { parseScore } from "../../src/core/score";

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  "1",
  "๙",
  ".",
  "..",
  "%",
  " ",
  ",",
  "-",
  "e",
  "#N/A",
  "ตัวชี้วัดที่",
  "IIT",
  "ระดับ",
  "การใช้อำนาจ",
  "10.1",
  "ปีงบประมาณ 2566",
];

function randomValue(next: () => number): unknown {
  const k = next();
  if (k < 0.2) return Math.round(next() * 20000 - 5000) / 100;
  if (k < 0.25) return null;
  if (k < 0.28) return { error: "#VALUE!" };
  if (k < 0.3) return new Date(Date.UTC(2020, 1, 15));
  if (k < 0.32) return true;
  const n = 1 + Math.floor(next() * 4);
  return Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
}

describe("robustness", () => {
  test("parseScore: a value in 0..100, or a problem with a code; never both, never a throw", () => {
    const next = rng(7);
    for (let i = 0; i < 20000; i++) {
      const v = randomValue(next);
      const r = parseScore(v, "S!A1");
      if (r.value === null)
        expect(r.problem?.code).toMatch(
          /^(empty|not-number|ambiguous-number|out-of-range|excel-error)$/
        );
      else {
        expect(r.problem).toBeUndefined();
        expect(r.value).toBeGreaterThanOrEqual(0);
        expect(r.value).toBeLessThanOrEqual(100);
      }
    }
  });

  test("findInputInGrid + assessRaw on random grids never throw", () => {
    const next = rng(11);
    for (let i = 0; i < 500; i++) {
      const rows = 1 + Math.floor(next() * 15);
      const grid = Array.from({ length: rows }, () =>
        Array.from({ length: Math.floor(next() * 6) }, () => randomValue(next))
      );
      const f = findInputInGrid(grid, "S", {
        row: Math.floor(next() * 5),
        col: Math.floor(next() * 5),
      });
      if (f) {
        const r = assessRaw(f.raw);
        expect(r.assessment !== undefined || r.problems.length > 0).toBe(true);
      }
    }
  });
});

describe("no crash, no hang on hostile text", () => {
  test("phrase-sheet keys such as __proto__, constructor, toString are unknown keys, not Object's members", () => {
    const rows = [
      ["key", "ข้อความ"],
      ...["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"].map((k) => [
        k,
        "x {y}",
      ]),
    ];
    const r = phrasesFromRows(rows, "P");
    expect(r.warnings.map((w) => w.code)).toEqual(Array(5).fill("phrase-unknown-key"));
    expect(Object.getPrototypeOf(r.phrases)).toBe(Object.prototype);
    expect(Object.keys(r.phrases)).toEqual(Object.keys(defaultPhrases));
  });

  test("a placeholder named like an Object member is left as written", () => {
    expect(fillTemplate("{constructor} {toString} {a}", { a: 1 })).toBe(
      "{constructor} {toString} 1"
    );
  });

  test("phrase texts that are too long or hold U+FFFF keep the default, named by cell", () => {
    const key = Object.keys(defaultPhrases)[0];
    for (const text of ["ก".repeat(100000), "ข้อความ\uFFFF"]) {
      const r = phrasesFromRows(
        [
          ["key", "ข้อความ"],
          [key, text],
        ],
        "P"
      );
      expect(r.phrases[key]).toBe(defaultPhrases[key]);
      expect(r.warnings.map((w) => [w.code, w.cell])).toEqual([
        [text.length > 1000 ? "text-too-long" : "text-bad-char", "P!B2"],
      ]);
    }
  });

  // Before windowed segmentation this took minutes (ICU's Thai dictionary on one 100,000-character run).
  test("row heights of a 200,000-character Thai text without spaces: linear, no hang", () => {
    const text = "องค์การบริหารส่วนตำบลกะหรอ".repeat(8000);
    const t0 = Date.now();
    const lines = estimateLines(text, 400, 16);
    expect(lines).toBeGreaterThan(1000);
    expect(Date.now() - t0).toBeLessThan(30000);
  }, 60000);
});
