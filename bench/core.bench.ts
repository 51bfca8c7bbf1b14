/**
 * Core engine figures: the time to parse + assess one agency (median of many runs) and a batch of
 * 10,000 varied inputs (seeded, so every run assesses the same inputs). Prints numbers; never fails on time.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw } from "../src/core/assess";
import { parseJsonText, rawFromJson } from "../src/core/json";
import { estimateLines } from "../src/report/layout";
import { findInputInGrid } from "../src/core/grid";
import { getProfile } from "../src/core/profiles";
import { templateGrid } from "../src/core/template";
import { toThaiDigits } from "../src/core/thai";
import type { RawInput } from "../src/core/types";
import { SEED_INDICATORS } from "../tests/fixtures/seed";
import { rng } from "./synthetic";

const SEED_RAW: RawInput = {
  fiscalYear: { value: 2562, cell: "fiscalYear" },
  indicators: Object.entries(SEED_INDICATORS).map(([id, value]) => ({
    id,
    value,
    cell: `indicators.${id}`,
  })),
  oit: { value: 74.8, cell: "oit" },
};

function randomInput(next: () => number): RawInput {
  const years = [2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569];
  const score = (): number => Math.round((40 + next() * 60) * 100) / 100;
  const asCell = (x: number): unknown => {
    const k = next();
    if (k < 0.6) return x;
    if (k < 0.8) return String(x);
    if (k < 0.9) return toThaiDigits(String(x));
    return `${x}%`;
  };
  const ids = ["1", "2", "3", "4", "5", "6", "7", "8"];
  const indicators: RawInput["indicators"] = ids.map((id) => ({
    id,
    value: asCell(score()),
    cell: `S!C${id}`,
  }));
  const raw: RawInput = {
    fiscalYear: { value: years[Math.floor(next() * years.length)], cell: "S!C1" },
    indicators,
  };
  if (next() < 0.7) {
    indicators.push(
      { id: "9", value: asCell(score()), cell: "S!C9" },
      { id: "10", value: asCell(score()), cell: "S!C10" }
    );
  } else {
    const a = score();
    const b = score();
    indicators.push(
      { id: "10.1", value: a, cell: "S!C11" },
      { id: "10.2", value: b, cell: "S!C12" }
    );
    raw.oit = { value: Math.round(((a + b) / 2 + 40) * 50) / 100, cell: "S!C13" };
  }
  if (next() < 0.3) raw.total = { value: score(), cell: "S!C14" };
  return raw;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  // Warm up the JIT and the profile cache.
  for (let i = 0; i < 500; i++) assessRaw(SEED_RAW);

  const runs = 5000;
  const one: number[] = [];
  for (let i = 0; i < runs; i++) one.push(time(() => assessRaw(SEED_RAW)));
  const med = median(one);
  process.stdout.write(
    `one agency (the seed), parse + assess: median ${(med * 1000).toFixed(1)} µs over ${runs} runs ` +
      `(p95 ${(one.sort((a, b) => a - b)[Math.floor(runs * 0.95)] * 1000).toFixed(1)} µs)\n`
  );

  const next = rng(2562);
  const batch = Array.from({ length: 10_000 }, () => randomInput(next));
  let assessed = 0;
  let withProblems = 0;
  const batchTimes: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    assessed = 0;
    withProblems = 0;
    batchTimes.push(
      time(() => {
        for (const raw of batch) {
          const r = assessRaw(raw);
          if (r.assessment) assessed++;
          else withProblems++;
        }
      })
    );
  }
  const bm = median(batchTimes);
  process.stdout.write(
    `batch of 10,000 varied agencies, parse + assess: median ${bm.toFixed(1)} ms over 5 runs ` +
      `(${((bm * 1000) / 10_000).toFixed(1)} µs per agency, ${Math.round(10_000 / (bm / 1000))} agencies/s; ` +
      `${assessed} assessed, ${withProblems} with problems)\n`
  );

  // The grid reader on the input template (what the add-in does before assessing).
  const grid: unknown[][] = templateGrid(getProfile(2562), {
    fiscalYear: 2562,
    scores: Object.fromEntries(SEED_RAW.indicators.map((e) => [e.id, e.value as number])),
  });
  for (let i = 0; i < 200; i++) findInputInGrid(grid, "ข้อมูล ITA");
  const g: number[] = [];
  for (let i = 0; i < 2000; i++)
    g.push(time(() => assessRaw(findInputInGrid(grid, "ข้อมูล ITA")!.raw)));
  process.stdout.write(
    `template sheet read + parse + assess: median ${(median(g) * 1000).toFixed(1)} µs over 2000 runs\n`
  );

  // 1 MB inputs (issue 9: every input answered within 2 s): the JSON reader, the checks and the engine on
  // hostile 1 MB texts, and the row-height estimate (segmentation) on 1 MB of Thai without a space.
  const seedJson = JSON.parse(readFileSync(join(__dirname, "../tests/fixtures/seed.json"), "utf8"));
  const MB = 1024 * 1024;
  const cases: Array<[string, () => unknown]> = [
    ["JSON with a 1 MB string", () => JSON.stringify({ ...seedJson, padding: "x".repeat(MB) })],
    [
      "JSON with a 1 MB agency name",
      () => JSON.stringify({ ...seedJson, agency: "ก".repeat(MB / 3) }),
    ],
    [
      "JSON with 60,000 keys",
      () =>
        JSON.stringify({
          ...seedJson,
          indicators: Object.fromEntries(Array.from({ length: 60000 }, (_, i) => [`k${i}`, i])),
        }),
    ],
    ["JSON nested 500,000 deep", () => "[".repeat(MB / 2) + "]".repeat(MB / 2)],
  ];
  for (const [label, make] of cases) {
    const text = make() as string;
    const ms = time(() => {
      const p = parseJsonText(text);
      if (p.value !== undefined) {
        const j = rawFromJson(p.value);
        if (j.items[0]) assessRaw(j.items[0].raw);
      }
    });
    process.stdout.write(
      `1 MB input, ${label} (${(text.length / MB).toFixed(2)} M chars): answered in ${ms.toFixed(0)} ms (goal 2000 ms)\n`
    );
  }
  const thai = "องค์การบริหารส่วนตำบลกะหรอ".repeat(Math.ceil(MB / 26)).slice(0, MB);
  const ms = time(() => estimateLines(thai, 400, 16));
  process.stdout.write(
    `row height of 1 M characters of Thai without a space (segmentation): ${ms.toFixed(0)} ms (goal 2000 ms)\n`
  );
}
