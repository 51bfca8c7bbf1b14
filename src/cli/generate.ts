/**
 * `npm run cli -- generate <input.json|input.xlsx> -o <out.xlsx> [--digits thai|arabic|mixed] [--threshold N] [--row N]`
 * (--row: for a sheet with a row per agency or year, the sheet row to report on; the first by default;
 *  --phrases: also add the editable phrase sheet "ข้อความรายงาน ITA" when the workbook has none)
 *
 * Reads the input (JSON: the engine's format plus an optional "agency"; .xlsx: the input template sheet or
 * any sheet with indicator rows, plus the phrase sheet when present), assesses it, composes the Thai
 * report and writes a workbook: the input's sheets kept (for an .xlsx input), the report sheets added.
 * Exit status: 0 written (warnings allowed), 1 the input has problems (nothing written), 2 usage error,
 * 3 the output could not be written (disk full, no permission; an existing file is left as it was).
 * The output may replace an existing file, but never the input file itself (nor a link to it); it is
 * written to a temporary file beside the target and renamed, so it is never left half-written.
 * For an .xlsx input, the user's sheets are handed back only when the package's round trip through
 * ExcelJS is lossless (src/xlsx/package.ts); otherwise the output holds the report sheets only, and the
 * command says which it did.
 */
import { existsSync, statSync } from "fs";
import { extname, sep } from "path";
import { assessRaw, parseThreshold, type AgencyDetails, type Message } from "../core";
import { comparisonForInput } from "../core/earlier";
import { EXIT_WRITE_FAILED, sameFile, writeErrorMessage, writeFileAtomic } from "./output";
import { composeReport, phraseSheetPlan, PHRASE_SHEET_NAME, type DigitMode } from "../report";
import { workbookToBuffer, writePlanToWorkbook } from "../xlsx/write";
import { parseFormat, type BatchFormat } from "./format";
import { PROBLEMS, printMessages } from "./common";
import { readSingleInput } from "./generateInput";
import { digitsArg, MISSING_OUTPUT, unknownOption, usageError, type UsageError } from "./usage";

interface Args {
  input: string;
  output: string;
  digits: DigitMode;
  threshold?: number;
  row?: number;
  sheet?: string;
  phrases: boolean;
  /** -o names a folder (ends in "/" or is one): one report per agency, and summary.xlsx (./batch.ts). */
  folder: boolean;
  /** Batch only: worker threads (default: the cores) and no progress line. */
  jobs?: number;
  quiet: boolean;
  /** Batch only: what to write for each agency (./docx.ts). */
  format?: BatchFormat;
}

function parseArgs(args: string[]): Args | UsageError {
  let input: string | undefined;
  let output: string | undefined;
  let digits: DigitMode = "mixed";
  let threshold: number | undefined;
  let row: number | undefined;
  let sheet: string | undefined;
  let phrases = false;
  let jobs: number | undefined;
  let quiet = false;
  let format: BatchFormat | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o" || a === "--output") {
      output = args[++i];
      if (!output) return MISSING_OUTPUT;
    } else if (a === "--digits") {
      const d = digitsArg(args[++i]);
      if (typeof d !== "string") return d;
      digits = d;
    } else if (a === "--threshold") {
      // The same check as the add-in's threshold: one core function.
      const t = parseThreshold(args[++i] ?? "", "--threshold");
      if (t.problem || t.value === null)
        return {
          th: "--threshold ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100",
          en: "--threshold must be a number from 0 to 100",
        };
      threshold = t.value;
    } else if (a === "--sheet") {
      sheet = args[++i];
      if (!sheet)
        return { th: "ไม่ได้ระบุชื่อแผ่นงานหลัง --sheet", en: "missing sheet name after --sheet" };
    } else if (a === "--phrases") {
      phrases = true;
    } else if (a === "--jobs") {
      jobs = Number(args[++i]);
      if (!Number.isInteger(jobs) || jobs < 1)
        return {
          th: "--jobs ต้องเป็นจำนวนเต็มตั้งแต่ 1 (ใช้ได้ไม่เกินจำนวนแกนของเครื่อง)",
          en: "--jobs must be a whole number from 1 (at most the machine's cores are used)",
        };
    } else if (a === "--format") {
      format = parseFormat(args[++i]) ?? undefined;
      if (!format)
        return {
          th: "--format ต้องเป็น xlsx, docx หรือ both",
          en: "--format must be xlsx, docx or both",
        };
    } else if (a === "--quiet") {
      quiet = true;
    } else if (a === "--row") {
      row = Number(args[++i]);
      if (!Number.isInteger(row) || row < 1)
        return {
          th: "--row ต้องเป็นเลขแถวของแผ่นงาน (1, 2, ...)",
          en: "--row must be a sheet row number (1, 2, ...)",
        };
    } else if (a.startsWith("-")) {
      return unknownOption(a, "generate");
    } else if (input === undefined) {
      input = a;
    } else {
      return { th: `มีอาร์กิวเมนต์เกินมา: ${a}`, en: `unexpected argument ${a}` };
    }
  }
  if (!input) return { th: "ไม่ได้ระบุไฟล์ข้อมูลนำเข้า", en: "missing input file" };
  if (!output)
    return {
      th: "ไม่ได้ระบุ -o <out.xlsx> (หรือ -o <outdir/> สำหรับหลายหน่วยงาน)",
      en: "missing -o <out.xlsx> (or -o <outdir/> for many agencies)",
    };
  const folder =
    output.endsWith("/") ||
    output.endsWith(sep) ||
    (existsSync(output) && statSync(output).isDirectory());
  if (folder && row !== undefined)
    return {
      th: "--row เลือกหน่วยงานเดียว: ให้ -o เป็นไฟล์ .xlsx ไม่ใช่โฟลเดอร์",
      en: "--row picks one agency: give -o <out.xlsx>, not a folder",
    };
  if (!folder && (jobs !== undefined || quiet))
    return {
      th: "--jobs และ --quiet ใช้กับโฟลเดอร์: -o <outdir/>",
      en: "--jobs and --quiet are for a folder: -o <outdir/>",
    };
  const outExt = extname(output).toLowerCase();
  if (!folder && outExt !== ".xlsx" && outExt !== ".docx")
    return {
      th: "ไฟล์ผลลัพธ์ต้องเป็นไฟล์ .xlsx หรือ .docx หรือโฟลเดอร์ที่ลงท้ายด้วย / สำหรับรายงานหน่วยงานละหนึ่งไฟล์",
      en: "the output must be an .xlsx or .docx file, or a folder ending in / for one report per agency",
    };
  if (!folder && format)
    return {
      th: "--format ใช้กับโฟลเดอร์ (-o <outdir/>) ส่วนไฟล์เดียวใช้รูปแบบตามนามสกุลของ -o",
      en: "--format is for a folder (-o <outdir/>); a file's format follows its extension",
    };
  const inExt = extname(input).toLowerCase();
  if (inExt !== ".json" && inExt !== ".xlsx")
    return {
      th: `ไฟล์ข้อมูลนำเข้าต้องเป็น .json หรือ .xlsx (ได้ ${input})`,
      en: `the input must be a .json or .xlsx file (got ${input})`,
    };
  return { input, output, digits, threshold, row, sheet, phrases, folder, jobs, quiet, format };
}

export async function runGenerate(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if ("th" in parsed) return usageError("generate", parsed);
  const { input, output, digits } = parsed;
  if (!existsSync(input)) {
    process.stderr.write(`generate: ไม่พบไฟล์ ${input}\n          file not found: ${input}\n`);
    return 2;
  }
  if (sameFile(input, output)) {
    process.stderr.write(
      `generate: ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ข้อมูลนำเข้า / refusing to overwrite the input file ${input}; choose another -o\n`
    );
    return 2;
  }

  if (parsed.folder) {
    // Many agencies: one report each and summary.xlsx (./batch.ts).
    const { runBatch } = await import("./batch");
    const { defaultJobs } = await import("./pool");
    return runBatch({
      input,
      outDir: output,
      digits,
      threshold: parsed.threshold,
      sheet: parsed.sheet,
      phrases: parsed.phrases,
      jobs: parsed.jobs ?? defaultJobs(),
      quiet: parsed.quiet,
      ...(parsed.format ? { format: parsed.format } : {}),
    });
  }

  const single = await readSingleInput(input, { row: parsed.row, sheet: parsed.sheet });
  if (typeof single === "number") return single;
  const { raw, agency, phrases, workbook, keptNote } = single;
  const threshold = parsed.threshold ?? single.threshold;
  const warnings: Message[] = [...single.warnings];

  const result = assessRaw(raw, threshold !== undefined ? { threshold } : {});
  if (!result.assessment || result.problems.length) {
    printMessages(PROBLEMS, result.problems);
    return 1;
  }
  warnings.push(...result.warnings);
  // Earlier years given with the input (JSON "previous", the template's last-year column, a row per year).
  const yoy = comparisonForInput(result.assessment, result.input);
  if (yoy.problems.length) {
    printMessages(PROBLEMS, yoy.problems);
    return 1;
  }
  warnings.push(...yoy.warnings);
  const ag: AgencyDetails = agency ?? { name: "" };
  if (extname(output).toLowerCase() === ".docx") {
    // The Word file (./docx.ts): the same report document, rendered by src/docx.
    const { writeWordFile } = await import("./docx");
    const options = { agency: ag, digits, threshold, date: ag.date, comparison: yoy.comparison };
    return writeWordFile({ assessment: result.assessment, options, phrases, output, warnings });
  }
  const plan = composeReport(
    result.assessment,
    // The report is dated by the agency's date; without one the composer leaves a dotted line (never
    // today: the report may be for a past fiscal year).
    { agency: ag, digits, threshold, date: ag.date, comparison: yoy.comparison },
    phrases
  );
  const sheets = [...plan.sheets];
  if (parsed.phrases && !workbook.getWorksheet(PHRASE_SHEET_NAME))
    sheets.push(phraseSheetPlan(phrases));
  const created = writePlanToWorkbook(workbook, sheets);
  // The chart parts are added to the package after ExcelJS writes it (src/xlsx/chart.ts).
  const data = await workbookToBuffer(workbook);
  try {
    writeFileAtomic(output, data);
  } catch (e) {
    const m = writeErrorMessage(output, e);
    process.stderr.write(`generate: ${m.th}\n          ${m.en}\n`);
    return EXIT_WRITE_FAILED;
  }
  printMessages("คำเตือน / warnings:", warnings);
  if (keptNote) process.stdout.write(keptNote + "\n");
  process.stdout.write(
    `เขียนรายงานแล้ว / report written: ${output} (${created.map((w) => w.name).join(", ")})\n`
  );
  return 0;
}
