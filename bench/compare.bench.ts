/**
 * Issue 10's engine on a national year: 8,317 synthetic agencies (seeded, so every run is the same).
 *   - the summary accumulator: assess + add, one agency at a time, then finalize; agencies per second and
 *     the peak heap while streaming, against holding every assessment at once;
 *   - year over year: compareYears against four earlier years per agency;
 *   - file names: a FileNamer over the 8,317 names (with duplicates).
 * Prints numbers; never fails on time.
 *
 *   npx tsx bench/compare.bench.ts                       (heap figures sampled, without forced GC)
 *   NODE_OPTIONS=--expose-gc npx tsx bench/compare.bench.ts   (heap measured after a GC: steadier)
 *
 * `npm run bench` also runs it (bench/run.ts runs every bench/*.bench.ts).
 */
import { assess } from "../src/core/assess";
import { compareYears, type EarlierYear } from "../src/core/compare";
import { FileNamer } from "../src/core/filenames";
import { SummaryAccumulator } from "../src/core/summary";
import type { Assessment, ScoreInput } from "../src/core/types";
import { rng } from "./synthetic";

const AGENCIES = 8317;
const KINDS = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "กรม", "สำนักงาน"];
const SYLLABLES = [
  "กะ",
  "หรอ",
  "นบ",
  "พิ",
  "ตำ",
  "ทุ่ง",
  "สง",
  "ลาน",
  "ข่อย",
  "บาง",
  "แม่",
  "ท่า",
  "โพธิ์",
  "ไผ่",
];

interface Synthetic {
  name: string;
  input: ScoreInput;
  earlier: EarlierYear[];
}

function synthetic(count: number, fiscalYear: number): Synthetic[] {
  const next = rng(fiscalYear);
  const score = (lo = 40): number => Math.round((lo + next() * (100 - lo)) * 100) / 100;
  const out: Synthetic[] = [];
  for (let i = 0; i < count; i++) {
    const a = SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    const b = SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    // About one name in a hundred repeats an earlier one (the same place name in two provinces).
    const name =
      i > 0 && next() < 0.01
        ? out[Math.floor(next() * i)].name
        : `${KINDS[i % KINDS.length]}${a}${b}${i % 7 === 0 ? "" : String(i)}`;
    const indicators: Record<string, number> = {};
    for (let k = 1; k <= 10; k++) indicators[String(k)] = score();
    if (next() < 0.3) {
      delete indicators["10"];
      indicators["10.1"] = score();
      indicators["10.2"] = score();
    }
    const earlier: EarlierYear[] = [1, 2, 3, 4].map((back) => {
      const y = fiscalYear - back;
      const e: EarlierYear = { fiscalYear: y, total: score(50) };
      if (back === 1) {
        e.indicators = {};
        for (let k = 1; k <= 10; k++) e.indicators[String(k)] = score();
        delete e.total;
      }
      return e;
    });
    out.push({ name, input: { fiscalYear, indicators, cells: {}, typed: {} }, earlier });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc;

function heap(): number {
  return process.memoryUsage().heapUsed;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Streams the agencies through assess and the accumulator; samples the heap every 256 agencies. */
function streamOnce(agencies: Synthetic[]): {
  ms: number;
  finalizeMs: number;
  peakDelta: number;
  rowsDelta: number;
  retainedDelta: number;
} {
  gc?.();
  const base = heap();
  let peak = base;
  const t0 = performance.now();
  const acc = new SummaryAccumulator();
  agencies.forEach((s, i) => {
    acc.add(s.name, assess(s.input), i);
    if ((i & 255) === 0) peak = Math.max(peak, heap());
  });
  const t1 = performance.now();
  gc?.();
  const rowsDelta = heap() - base;
  const t1b = performance.now();
  const summary = acc.finalize();
  const t2 = performance.now();
  peak = Math.max(peak, heap());
  gc?.();
  const retained = heap() - base;
  if (summary.agencyCount !== agencies.length) throw new Error("lost agencies");
  return {
    ms: t1 - t0,
    finalizeMs: t2 - t1b,
    peakDelta: peak - base,
    rowsDelta,
    retainedDelta: retained,
  };
}

/** For contrast: every assessment held at once (what streaming avoids). */
function holdAll(agencies: Synthetic[]): number {
  gc?.();
  const base = heap();
  const all: Assessment[] = agencies.map((s) => assess(s.input));
  gc?.();
  const held = heap() - base;
  if (all.length !== agencies.length) throw new Error("lost agencies");
  return held;
}

export async function run(): Promise<void> {
  const year = 2567;
  const agencies = synthetic(AGENCIES, year);
  process.stdout.write(
    `${AGENCIES} synthetic agencies of FY${year}` +
      (gc
        ? " (heap after forced GC)\n"
        : " (heap sampled without forced GC; NODE_OPTIONS=--expose-gc for steadier figures)\n")
  );

  // Warm up the JIT.
  streamOnce(agencies.slice(0, 500));

  const runs = [streamOnce(agencies), streamOnce(agencies), streamOnce(agencies)];
  const ms = median(runs.map((r) => r.ms));
  const fin = median(runs.map((r) => r.finalizeMs));
  process.stdout.write(
    `summary, assess + add one at a time: median ${ms.toFixed(0)} ms over 3 runs ` +
      `(${Math.round(AGENCIES / (ms / 1000))} agencies/s); finalize ${fin.toFixed(0)} ms ` +
      `(ranking, distribution, averages, below-threshold lists)\n`
  );
  const rows = median(runs.map((r) => r.rowsDelta));
  const kept = median(runs.map((r) => r.retainedDelta));
  process.stdout.write(
    `summary memory: heap used at most +${mb(Math.max(...runs.map((r) => r.peakDelta)))} MB while ` +
      `streaming (garbage included); the accumulator's rows +${mb(rows)} MB ` +
      `(${Math.round(rows / AGENCIES)} bytes per agency); rows + finished summary +${mb(kept)} MB; ` +
      `rss ${mb(process.memoryUsage().rss)} MB\n`
  );
  const held = holdAll(agencies);
  process.stdout.write(
    `for contrast, all ${AGENCIES} assessments held at once: +${mb(held)} MB ` +
      `(${Math.round(held / AGENCIES)} bytes per agency)\n`
  );

  // Year over year: this year against four earlier years per agency (one with indicators).
  const assessed = agencies.map((s) => assess(s.input));
  for (let i = 0; i < 500; i++) compareYears(assessed[i], agencies[i].earlier);
  const cmpTimes: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    for (let i = 0; i < AGENCIES; i++) compareYears(assessed[i], agencies[i].earlier);
    cmpTimes.push(performance.now() - t0);
  }
  const cm = median(cmpTimes);
  process.stdout.write(
    `year over year, compareYears with 4 earlier years: median ${cm.toFixed(0)} ms for ${AGENCIES} ` +
      `(${Math.round(AGENCIES / (cm / 1000))} agencies/s)\n`
  );

  // File names.
  const nameTimes: number[] = [];
  let renamed = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    const namer = new FileNamer({ taken: ["summary.xlsx"] });
    renamed = 0;
    for (const s of agencies) if (namer.next(s.name).endsWith(").xlsx")) renamed++;
    nameTimes.push(performance.now() - t0);
  }
  process.stdout.write(
    `file names: median ${median(nameTimes).toFixed(1)} ms for ${AGENCIES} names ` +
      `(${renamed} made unique with " (n)")\n`
  );
}

if (require.main === module) {
  run().catch((err: unknown) => {
    process.stderr.write(String(err) + "\n");
    process.exitCode = 1;
  });
}
