/**
 * The refactor's witness (issue 18): what the engine and the Office.js edge produce, saved before code moves
 * and compared after. A refactor leaves every line of it unchanged.
 *
 * - The composed plans of every fixture (tests/fixtures/*.json, every agency in it) in all three digit
 *   modes, with the input template plan of its year and the phrase sheet plan.
 * - The summary of a batch (every fixture's agencies in one SummaryAccumulator) in the three digit modes.
 * - The fake host's operation log (`wb.log`) and final workbook (`wb.snapshot()`) of a sequence of gateway
 *   calls: generate, regenerate after an edit, the input template then generate from it, a picked row of a
 *   wide sheet, the summary, the phrase sheet, a failed write rolled back, clearing highlights.
 *
 * Run: npx tsx scripts/golden.ts --check   (compares with tests/golden/refactor.sha256.json, exit 1 on a change)
 *      npx tsx scripts/golden.ts --write   (records the current figures)
 *      npx tsx scripts/golden.ts --dump DIR (writes every output in full, to diff two trees with `diff -r`)
 * Not a jest test: other branches change the report's layout on purpose; this proves one refactor.
 */
import { createHash } from "crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { assessRaw, SummaryAccumulator, type RawInput } from "../src/core";
import { rawFromJson } from "../src/core/json";
import { comparisonForInput } from "../src/core/earlier";
import { composeReport, inputTemplatePlan, phraseSheetPlan, type DigitMode } from "../src/report";
import { composeSummary } from "../src/report/summary";
import { installFakeOffice, type FakeWorkbook } from "../tests/mocks/fake-office";
import { longTable, SETTINGS, typeTemplateScores } from "../tests/excel/helpers";

const ROOT = join(__dirname, "..");
const FIXTURES = join(ROOT, "tests/fixtures");
const GOLDEN = join(ROOT, "tests/golden/refactor.sha256.json");
const DIGITS: DigitMode[] = ["thai", "arabic", "mixed"];

function plans(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const acc = new SummaryAccumulator({});
  let order = 0;
  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const json = JSON.parse(readFileSync(join(FIXTURES, file), "utf8")) as unknown;
    const items = rawFromJson(json).items;
    items.forEach((it, i) => {
      const res = assessRaw(
        it.raw as RawInput,
        it.threshold !== undefined ? { threshold: it.threshold } : {}
      );
      const id = `${file}#${i}`;
      if (!res.assessment) {
        out[`plan/${id}/problems`] = res.problems;
        acc.skip(it.agency?.name ?? id, res.problems, order++);
        return;
      }
      acc.add(it.agency?.name ?? id, res.assessment, order++, {});
      const yoy = comparisonForInput(res.assessment, res.input);
      for (const digits of DIGITS) {
        out[`plan/${id}/${digits}`] = composeReport(res.assessment, {
          agency: it.agency ?? { name: "" },
          digits,
          threshold: it.threshold,
          date: it.agency?.date ?? "2024-10-01",
          comparison: yoy.comparison,
        });
      }
      out[`template/${id}`] = inputTemplatePlan({
        fiscalYear: res.assessment.fiscalYear,
        agency: it.agency ?? { name: "" },
        threshold: it.threshold ?? 90,
      });
    });
  }
  out["phrases"] = phraseSheetPlan();
  const summary = acc.finalize();
  for (const digits of DIGITS) out[`summary/${digits}`] = composeSummary(summary, { digits });
  return out;
}

/** Date.now and Math.random made repeatable (they name each run's defined names). */
function repeatable(): () => void {
  const now = Date.now;
  const random = Math.random;
  let seed = 1;
  Date.now = () => 1_700_000_000_000;
  Math.random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  return () => {
    Date.now = now;
    Math.random = random;
  };
}

const LONG = longTable();
const WIDE_HEADER = ["หน่วยงาน", "จังหวัด", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
function wideRows(n: number): unknown[][] {
  const rows: unknown[][] = [WIDE_HEADER];
  for (let i = 0; i < n; i++)
    rows.push([
      `อบต.ทดสอบ${i}`,
      i % 2 ? "สงขลา" : "พัทลุง",
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((k) => 50 + ((i * 7 + k * 13) % 50)),
    ]);
  return rows;
}

type Step = (wb: FakeWorkbook, gw: import("../src/excel/api").ExcelGateway) => Promise<unknown>;

async function hostRun(
  name: string,
  sheets: Array<{ name: string; cells?: unknown[][] }>,
  steps: Step[]
) {
  const restore = repeatable();
  try {
    const wb = installFakeOffice(globalThis, { sheets });
    const { createExcelGateway } = await import("../src/excel");
    const gw = createExcelGateway();
    const results: unknown[] = [];
    for (const step of steps) results.push(await step(wb, gw));
    return {
      [`host/${name}/results`]: results,
      [`host/${name}/log`]: wb.log,
      [`host/${name}/syncs`]: wb.syncCount,
      [`host/${name}/workbook`]: JSON.parse(wb.snapshot()) as unknown,
      [`host/${name}/settings`]: wb.savedSettings,
    };
  } finally {
    restore();
  }
}

async function host(): Promise<Record<string, unknown>> {
  const S = SETTINGS;
  return {
    ...(await hostRun(
      "generate",
      [{ name: "คะแนน", cells: LONG }],
      [
        (_wb, gw) => gw.generate({ settings: S, source: { kind: "auto" } }),
        (_wb, gw) => gw.generate({ settings: S, source: { kind: "auto" } }),
        (wb, gw) => {
          const report = wb.sheetNames()[1];
          wb.setCells(report, "A1", [["แก้ไขโดยผู้ใช้"]]);
          wb.setActive("คะแนน");
          return gw.generate({ settings: S, source: { kind: "auto" }, confirmReplace: true });
        },
        (_wb, gw) => gw.clearHighlights(),
      ]
    )),
    ...(await hostRun(
      "template",
      [{ name: "Sheet1" }],
      [
        (_wb, gw) => gw.createInputTemplate(S),
        (wb, gw) => {
          typeTemplateScores(wb, wb.sheetNames()[1]);
          return gw.generate({ settings: S, source: { kind: "auto" } });
        },
        (_wb, gw) => gw.createPhraseSheet(),
        (_wb, gw) => gw.generate({ settings: S, source: { kind: "auto" }, confirmReplace: true }),
      ]
    )),
    ...(await hostRun(
      "rows",
      [{ name: "จังหวัด", cells: wideRows(6) }],
      [
        (_wb, gw) =>
          gw.generate({ settings: { ...S, fiscalYear: 2567 }, source: { kind: "auto" } }),
        (_wb, gw) =>
          gw.generate({
            settings: { ...S, fiscalYear: 2567 },
            source: { kind: "row", sheet: "จังหวัด", row: 3 },
          }),
        (_wb, gw) => gw.summarize({ settings: { ...S, fiscalYear: 2567 }, sheet: "จังหวัด" }),
        (_wb, gw) =>
          gw.summarize({
            settings: { ...S, fiscalYear: 2567 },
            sheet: "จังหวัด",
            confirmReplace: true,
          }),
      ]
    )),
    ...(await hostRun(
      "failed",
      [
        { name: "คะแนน", cells: LONG },
        { name: "จังหวัด", cells: wideRows(3) },
      ],
      [
        (wb, gw) => {
          wb.faults = { failOp: "ChartCollection.add" };
          return gw.generate({ settings: S, source: { kind: "auto" } });
        },
        (wb, gw) => {
          wb.faults = { failOp: "Range.merge" };
          return gw.summarize({ settings: { ...S, fiscalYear: 2567 }, sheet: "จังหวัด" });
        },
      ]
    )),
  };
}

/**
 * JSON with every object's keys sorted: the order of keys in a record carries no meaning (Office keeps the
 * settings as JSON), so a refactor may build a record in another order.
 */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0
          )
        )
      : x
  );
}

function sha(v: unknown): string {
  return createHash("sha256").update(canonical(v)).digest("hex");
}

async function main(): Promise<void> {
  const all = { ...plans(), ...(await host()) };
  const mode = process.argv[2];
  if (mode === "--dump") {
    const dir = process.argv[3];
    if (!dir) throw new Error("--dump DIR");
    mkdirSync(dir, { recursive: true });
    for (const [k, v] of Object.entries(all))
      writeFileSync(
        join(dir, k.replace(/[/#]/g, "_") + ".json"),
        JSON.stringify(JSON.parse(canonical(v)), null, 1)
      );
    process.stdout.write(`${Object.keys(all).length} outputs written to ${dir}\n`);
    return;
  }
  const hashes = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, sha(v)]));
  if (mode === "--write") {
    mkdirSync(join(ROOT, "tests/golden"), { recursive: true });
    writeFileSync(GOLDEN, JSON.stringify(hashes, null, 2) + "\n");
    process.stdout.write(`${Object.keys(hashes).length} outputs recorded in ${GOLDEN}\n`);
    return;
  }
  const saved = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, string>;
  const keys = [...new Set([...Object.keys(saved), ...Object.keys(hashes)])].sort();
  const changed = keys.filter((k) => saved[k] !== hashes[k]);
  for (const k of changed) process.stdout.write(`changed: ${k}\n`);
  process.stdout.write(`${keys.length - changed.length} of ${keys.length} outputs identical\n`);
  process.exitCode = changed.length ? 1 : 0;
}

void main();
