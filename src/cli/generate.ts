/**
 * `npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx> [--digits thai|arabic|mixed] [--threshold N] [--row N]`
 * (--row: for a sheet with a row per agency or year, the sheet row to report on; the first by default;
 *  --phrases: also add the editable phrase sheet "ข้อความรายงาน ITA" when the workbook has none)
 *
 * Reads the input (JSON: the engine's format plus an optional "agency"; .xlsx: the input template sheet or
 * any sheet with indicator rows, plus the phrase sheet when present), assesses it, composes the Thai
 * report and writes a workbook: the input's sheets kept (for an .xlsx input), the report sheets added.
 * Exit status: 0 written (warnings allowed), 1 the input has problems (nothing written), 2 usage error.
 * The output may replace an existing file, but never the input file itself.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "fs";
import { dirname, resolve, extname } from "path";
import ExcelJS from "exceljs";
import { assessRaw, type AgencyDetails, type Message, type RawInput } from "../core";
import { rawFromJson } from "../core/json";
import {
  composeReport,
  phraseSheetPlan,
  PHRASE_SHEET_NAME,
  type DigitMode,
  type PhraseLibrary,
} from "../report";
import { workbookToBuffer, writePlanToWorkbook } from "../xlsx/write";

const USAGE =
  "usage: npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx> [--digits thai|arabic|mixed] [--threshold N] [--row N] [--phrases]";

interface Args {
  input: string;
  output: string;
  digits: DigitMode;
  threshold?: number;
  row?: number;
  phrases: boolean;
}

function parseArgs(args: string[]): Args | string {
  let input: string | undefined;
  let output: string | undefined;
  let digits: DigitMode = "mixed";
  let threshold: number | undefined;
  let row: number | undefined;
  let phrases = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o" || a === "--output") {
      output = args[++i];
      if (!output) return "missing file after -o";
    } else if (a === "--digits") {
      const d = args[++i];
      if (d !== "thai" && d !== "arabic" && d !== "mixed")
        return `--digits must be thai, arabic or mixed (got ${d ?? "nothing"})`;
      digits = d;
    } else if (a === "--threshold") {
      const t = Number(args[++i]);
      if (!Number.isFinite(t) || t < 0 || t > 100)
        return "--threshold must be a number from 0 to 100";
      threshold = t;
    } else if (a === "--phrases") {
      phrases = true;
    } else if (a === "--row") {
      row = Number(args[++i]);
      if (!Number.isInteger(row) || row < 1) return "--row must be a sheet row number (1, 2, ...)";
    } else if (a.startsWith("-")) {
      return `unknown option ${a}`;
    } else if (input === undefined) {
      input = a;
    } else {
      return `unexpected argument ${a}`;
    }
  }
  if (!input) return "missing input file";
  if (!output) return "missing -o <out.xlsx>";
  if (extname(output).toLowerCase() !== ".xlsx") return "the output file must end in .xlsx";
  return { input, output, digits, threshold, row, phrases };
}

function printMessages(title: string, list: Message[]): void {
  if (!list.length) return;
  process.stderr.write(`${title}\n`);
  for (const m of list)
    process.stderr.write(`  - ${m.cell ? `[${m.cell}] ` : ""}${m.th} / ${m.en}\n`);
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export async function runGenerate(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`generate: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  const { input, output, digits } = parsed;
  if (!existsSync(input)) {
    process.stderr.write(`generate: ไม่พบไฟล์ ${input} / file not found: ${input}\n`);
    return 2;
  }
  if (existsSync(output) && samePath(input, output)) {
    process.stderr.write(
      `generate: ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ข้อมูลนำเข้า / refusing to overwrite the input file ${input}; choose another -o\n`
    );
    return 2;
  }

  let raw: RawInput;
  let agency: AgencyDetails | undefined;
  let threshold = parsed.threshold;
  let phrases: PhraseLibrary | undefined;
  let workbook: ExcelJS.Workbook;
  const warnings: Message[] = [];
  const ext = extname(input).toLowerCase();

  if (ext === ".json") {
    let obj: unknown;
    try {
      obj = JSON.parse(readFileSync(input, "utf8"));
    } catch (e) {
      printMessages("ข้อมูลนำเข้ามีปัญหา / the input has problems:", [
        {
          code: "json-syntax",
          th: `อ่านไฟล์ JSON ไม่ได้: ${(e as Error).message}`,
          en: `the file is not valid JSON: ${(e as Error).message}`,
        },
      ]);
      return 1;
    }
    const j = rawFromJson(obj);
    const problems = [...j.problems, ...j.items.flatMap((it) => it.problems)];
    if (j.batch && j.items.length > 1) {
      problems.push({
        code: "batch",
        th: "คำสั่ง generate รับข้อมูลครั้งละหนึ่งหน่วยงาน แต่ไฟล์มีหลายรายการ",
        en: "generate takes one agency at a time, but the file holds several items",
      });
    }
    if (problems.length || !j.items[0]) {
      printMessages("ข้อมูลนำเข้ามีปัญหา / the input has problems:", problems);
      return 1;
    }
    raw = j.items[0].raw;
    agency = j.items[0].agency;
    threshold ??= j.items[0].threshold;
    workbook = new ExcelJS.Workbook();
  } else if (ext === ".xlsx") {
    workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(input);
    } catch (e) {
      printMessages("ข้อมูลนำเข้ามีปัญหา / the input has problems:", [
        {
          code: "xlsx-read",
          th: `เปิดไฟล์ .xlsx ไม่ได้: ${(e as Error).message}`,
          en: `cannot open the .xlsx file: ${(e as Error).message}`,
        },
      ]);
      return 1;
    }
    // Loaded here so a JSON run does not load the grid reader.
    const { readInputFromWorkbook } = await import("../xlsx/read");
    const found = readInputFromWorkbook(workbook, { row: parsed.row });
    if (!found.raw) {
      printMessages("ข้อมูลนำเข้ามีปัญหา / the input has problems:", found.problems);
      return 1;
    }
    raw = found.raw;
    agency = found.agency;
    phrases = found.phrases;
    threshold ??= found.threshold;
    warnings.push(...found.warnings);
  } else {
    process.stderr.write(`generate: the input must be a .json or .xlsx file\n${USAGE}\n`);
    return 2;
  }

  const result = assessRaw(raw, threshold !== undefined ? { threshold } : {});
  if (!result.assessment || result.problems.length) {
    printMessages("ข้อมูลนำเข้ามีปัญหา / the input has problems:", result.problems);
    return 1;
  }
  warnings.push(...result.warnings);
  const ag: AgencyDetails = agency ?? { name: "" };
  const plan = composeReport(
    result.assessment,
    // The report is dated by the agency's date; without one the composer leaves a dotted line (never
    // today: the report may be for a past fiscal year).
    { agency: ag, digits, threshold, date: ag.date },
    phrases
  );
  const sheets = [...plan.sheets];
  if (parsed.phrases && !workbook.getWorksheet(PHRASE_SHEET_NAME))
    sheets.push(phraseSheetPlan(phrases));
  const created = writePlanToWorkbook(workbook, sheets);
  mkdirSync(dirname(resolve(output)), { recursive: true });
  // The chart parts are added to the package after ExcelJS writes it (src/xlsx/chart.ts).
  writeFileSync(output, await workbookToBuffer(workbook));
  printMessages("คำเตือน / warnings:", warnings);
  process.stdout.write(
    `เขียนรายงานแล้ว / report written: ${output} (${created.map((w) => w.name).join(", ")})\n`
  );
  return 0;
}
