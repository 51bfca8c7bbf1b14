/**
 * The layout's caches (src/report/layout.ts), added for batches of reports: word segmentation chunk by
 * chunk (split after runs of spaces) gives exactly the boundaries ICU gives on the whole text, and a
 * report composed after many others (warm caches) is the report composed alone (cold caches).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { assessRaw } from "../../src/core/assess";
import { rawFromJson } from "../../src/core/json";
import type { ReportPlan } from "../../src/report/plan";
import { syntheticAgencies } from "../../bench/synthetic";

const SEED = JSON.parse(readFileSync(join(__dirname, "../fixtures/seed.json"), "utf8"));
const WORDS = new Intl.Segmenter("th", { granularity: "word" });

function compose(
  composeReport: typeof import("../../src/report").composeReport,
  obj: unknown
): ReportPlan {
  const item = rawFromJson(obj).items[0];
  const a = assessRaw(item.raw).assessment;
  if (!a) throw new Error("does not assess");
  return composeReport(a, { agency: item.agency ?? { name: "" }, digits: "mixed" });
}

function texts(plan: ReportPlan): string[] {
  return plan.sheets.flatMap((s) =>
    s.rows.flatMap((r) =>
      r.cells.map((c) => c.value).filter((v): v is string => typeof v === "string")
    )
  );
}

describe("layout caches", () => {
  test("chunked word segmentation equals ICU's on the whole text", () => {
    const { cachedSegments } =
      require("../../src/report/layout") as typeof import("../../src/report/layout");
    const { composeReport } = require("../../src/report") as typeof import("../../src/report");
    const corpus = new Set<string>([
      "ได้คะแนน ๗๖.๐๕ คะแนน อยู่ในระดับ B",
      "  เว้นวรรคนำหน้า  และสองช่อง   สามช่อง ",
      "ช่องว่าง ็ก่อนสระ และ \u200bzero-width ตามด้วย \u200dตัวเชื่อม",
      "mixed English words and ไทย 123 45.6% (วงเล็บ) “อัญประกาศ”",
      "",
      " ",
    ]);
    for (const obj of [SEED, ...syntheticAgencies(8)]) {
      for (const t of texts(compose(composeReport, obj))) {
        corpus.add(t);
        corpus.add(t.replace(/\n/g, ""));
      }
    }
    expect(corpus.size).toBeGreaterThan(200);
    for (const text of corpus) {
      const whole = Array.from(WORDS.segment(text), (s) => [s.index, s.segment]);
      // Twice: the second answer comes from the cache.
      for (let k = 0; k < 2; k++)
        expect(Array.from(cachedSegments(text), (s) => [s.index, s.segment])).toEqual(whole);
    }
  });

  test("a report composed after others equals the report composed alone", () => {
    let alone: ReportPlan | undefined;
    jest.isolateModules(() => {
      const { composeReport } = require("../../src/report") as typeof import("../../src/report");
      alone = compose(composeReport, SEED);
    });
    let after: ReportPlan | undefined;
    jest.isolateModules(() => {
      const { composeReport } = require("../../src/report") as typeof import("../../src/report");
      for (const obj of syntheticAgencies(30)) compose(composeReport, obj);
      after = compose(composeReport, SEED);
    });
    expect(after).toEqual(alone);
  });
});
