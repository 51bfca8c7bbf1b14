/**
 * The follow-up of the measures on the command line (docs/followup.md):
 *
 *   track REPORT.xlsx -o TRACKING.xlsx [--round 6|12] [--date yyyy-mm-dd] [--year N] [--sheet NAME]
 *     adds (or brings up to date) the tracking sheet `ติดตามมาตรการ ITA <year>` from the workbook's
 *     measures sheet; what was typed in an existing tracking sheet is kept, new measures are appended.
 *   followup TRACKING.xlsx|FILE.json -o OUT.xlsx|OUT.docx [--digits thai|arabic|mixed] [--sheet NAME]
 *     writes the follow-up report: its sheets (.xlsx) or the Word file (.docx).
 *
 * Exit status as for generate: 0 written, 1 the input has problems (each named by its cell or key, in
 * Thai and English; nothing written), 2 usage error, 3 the output could not be written.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { extname } from "path";
import ExcelJS from "exceljs";
import { assessRaw, type AgencyDetails, type Message } from "../core";
import { agencyFromJson, parseJsonText } from "../core/json";
import { trackingFromJson, type TrackingData, type TrackRound } from "../core/tracking";
import {
  measuresFromGrid,
  mergeTrackRows,
  readTrackingGrid,
  trackingFromSheet,
  trackingSheetName,
  type TrackFieldKey,
} from "../core/trackingGrid";
import { composeFollowup } from "../report/followup";
import { trackingSheetPlan } from "../report/trackingSheet";
import type { DigitMode } from "../report/plan";
import { EXIT_WRITE_FAILED, sameFile, writeErrorMessage, writeFileAtomic } from "./output";
import { MAX_JSON_BYTES, tooLarge } from "./input";
import { checkXlsxFile, PACKAGE_LIMITS } from "../xlsx/package";
import { digitsArg, MISSING_OUTPUT, unknownOption, usageError, type UsageError } from "./usage";
import { PROBLEMS, printMessages } from "./common";
import { sheetGrid } from "../xlsx/read";
import { workbookToBuffer, writePlanToWorkbook } from "../xlsx/write";

interface Args {
  input: string;
  output: string;
  digits: DigitMode;
  sheet?: string;
  round?: TrackRound;
  date?: string;
  year?: number;
}

function parseArgs(args: string[], command: "track" | "followup"): Args | UsageError {
  let input: string | undefined;
  let output: string | undefined;
  let digits: DigitMode = "mixed";
  let sheet: string | undefined;
  let round: TrackRound | undefined;
  let date: string | undefined;
  let year: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-o" || a === "--output") {
      output = args[++i];
      if (!output) return MISSING_OUTPUT;
    } else if (a === "--sheet") {
      sheet = args[++i];
      if (!sheet)
        return { th: "ไม่ได้ระบุชื่อแผ่นงานหลัง --sheet", en: "missing sheet name after --sheet" };
    } else if (command === "followup" && a === "--digits") {
      const d = digitsArg(args[++i]);
      if (typeof d !== "string") return d;
      digits = d;
    } else if (command === "track" && a === "--round") {
      const r = Number(args[++i]);
      if (r !== 6 && r !== 12)
        return { th: "--round ต้องเป็น 6 หรือ 12 (เดือน)", en: "--round must be 6 or 12 (months)" };
      round = r;
    } else if (command === "track" && a === "--date") {
      date = args[++i];
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        return {
          th: "--date ต้องอยู่ในรูป ปปปป-ดด-วว ของปี ค.ศ. เช่น 2020-09-30",
          en: "--date must be yyyy-mm-dd (Gregorian), e.g. 2020-09-30",
        };
    } else if (command === "track" && a === "--year") {
      year = Number(args[++i]);
      if (!Number.isInteger(year) || year < 2562 || year > 2580)
        return {
          th: "--year ต้องเป็นปีงบประมาณ พ.ศ. ของมาตรการ เช่น 2563",
          en: "--year must be the Buddhist-era fiscal year of the measures, e.g. 2563",
        };
    } else if (a.startsWith("-")) {
      return unknownOption(a, command);
    } else if (input === undefined) input = a;
    else return { th: `มีอาร์กิวเมนต์เกินมา: ${a}`, en: `unexpected argument ${a}` };
  }
  if (!input) return { th: "ไม่ได้ระบุไฟล์ข้อมูลนำเข้า", en: "missing input file" };
  if (!output) return { th: "ไม่ได้ระบุ -o <ไฟล์ผลลัพธ์>", en: "missing -o <file>" };
  const ext = extname(output).toLowerCase();
  if (command === "track" && ext !== ".xlsx")
    return { th: "ไฟล์ผลลัพธ์ต้องเป็นไฟล์ .xlsx", en: "the output must be an .xlsx file" };
  if (command === "followup" && ext !== ".xlsx" && ext !== ".docx")
    return {
      th: "ไฟล์ผลลัพธ์ต้องเป็นไฟล์ .xlsx หรือ .docx",
      en: "the output must be an .xlsx or a .docx file",
    };
  const inExt = extname(input).toLowerCase();
  if (inExt !== ".xlsx" && (command === "track" || inExt !== ".json"))
    return command === "track"
      ? {
          th: `ไฟล์นำเข้าต้องเป็น .xlsx (ได้ ${input})`,
          en: `the input must be an .xlsx file (got ${input})`,
        }
      : {
          th: `ไฟล์นำเข้าต้องเป็น .xlsx หรือ .json (ได้ ${input})`,
          en: `the input must be an .xlsx or .json file (got ${input})`,
        };
  return { input, output, digits, sheet, round, date, year };
}

/** Reads the input within its size limit (an .xlsx checked first); a message and an exit status when it cannot. */
async function readInput(command: string, input: string, output: string): Promise<Buffer | number> {
  if (!existsSync(input)) {
    process.stderr.write(
      `${command}: ไม่พบไฟล์ ${input}\n${" ".repeat(command.length + 2)}file not found: ${input}\n`
    );
    return 2;
  }
  if (sameFile(input, output)) {
    process.stderr.write(
      `${command}: ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ข้อมูลนำเข้า / refusing to overwrite the input file ${input}; choose another -o\n`
    );
    return 2;
  }
  const json = extname(input).toLowerCase() === ".json";
  const limit = json ? MAX_JSON_BYTES : PACKAGE_LIMITS.fileBytes;
  try {
    const size = statSync(input).size;
    if (size > limit) {
      printMessages(PROBLEMS, [tooLarge(input, size, limit)]);
      return 1;
    }
    if (!json) {
      // Not an .xlsx (an old .xls, a CSV renamed, cut short), a bomb or a DOCTYPE: refused by name first.
      const bad = await checkXlsxFile(input, input, { partBytes: PACKAGE_LIMITS.loadPartBytes });
      if (bad) {
        printMessages(PROBLEMS, [bad]);
        return 1;
      }
    }
    return readFileSync(input);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "error";
    process.stderr.write(
      `${command}: อ่านไฟล์ ${input} ไม่ได้ (${code}) / cannot read ${input} (${code})\n`
    );
    return 2;
  }
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | Message> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  } catch (e) {
    const why = String((e as Error)?.message ?? e).slice(0, 200);
    return {
      code: "xlsx-read",
      th: `เปิดไฟล์ .xlsx ไม่ได้ (บันทึกไฟล์เป็น Excel Workbook .xlsx แล้วลองใหม่): ${why}`,
      en: `cannot open the .xlsx file (save it as an Excel Workbook, .xlsx, and try again): ${why}`,
    };
  }
}

const MEASURES_SHEET = /^มาตรการ ITA (\d{4})$/;
const TRACKING_SHEET = /^ติดตามมาตรการ ITA (\d{4})$/;

async function write(command: string, output: string, data: Uint8Array): Promise<number> {
  try {
    writeFileAtomic(output, data);
    return 0;
  } catch (e) {
    const m = writeErrorMessage(output, e);
    process.stderr.write(`${command}: ${m.th}\n          ${m.en}\n`);
    return EXIT_WRITE_FAILED;
  }
}

/** The scores the workbook holds (the template or a sheet of indicators), assessed: a result to quote. */
function resultIn(
  wb: ExcelJS.Workbook,
  read: typeof import("../xlsx/read").readInputFromWorkbook
): {
  agency?: Partial<AgencyDetails>;
  result?: {
    fiscalYear: number;
    total: number | null;
    level: string | null;
    indicators: Record<string, number>;
  };
} {
  const found = read(wb, {});
  if (!found.raw) return {};
  const r = assessRaw(found.raw);
  if (!r.assessment) return { agency: found.agency };
  const a = r.assessment;
  const indicators: Record<string, number> = {};
  for (const x of a.ranking) if (!x.sub) indicators[x.id] = x.score;
  return {
    agency: found.agency,
    result: {
      fiscalYear: a.fiscalYear,
      total: a.total,
      level: a.level ? a.level.labelTh : null,
      indicators,
    },
  };
}

/**
 * A report written from JSON carries no template: the agency is read from its measures sheet's agency line
 * above the table (agencyFullName's "<name> อำเภอ<district> จังหวัด<province>", the title lines skipped).
 */
export function agencyOfMeasures(grid: unknown[][]): Partial<AgencyDetails> {
  for (const row of grid.slice(0, 12)) {
    const t = typeof row?.[0] === "string" ? row[0].trim() : "";
    if (!t || /^[0-9๐-๙]/.test(t) || /^(ประจำปีงบประมาณ|มาตรการ|จัดทำ)/.test(t)) continue;
    if (row.slice(1).some((v) => v !== null && v !== undefined && v !== "")) break;
    const m = /^(.+?)(?: ((?:อำเภอ|เขต|กิ่งอำเภอ)\S+))?(?: (จังหวัด\S+|กรุงเทพมหานคร))?$/.exec(t);
    if (!m) return { name: t };
    const out: Partial<AgencyDetails> = { name: m[1] };
    if (m[2]) out.district = m[2].replace(/^(อำเภอ|เขต|กิ่งอำเภอ)/, "");
    if (m[3]) out.province = m[3].replace(/^จังหวัด/, "");
    return out;
  }
  return {};
}

export async function runTrack(args: string[]): Promise<number> {
  const parsed = parseArgs(args, "track");
  if ("th" in parsed) return usageError("track", parsed);
  const bytes = await readInput("track", parsed.input, parsed.output);
  if (typeof bytes === "number") return bytes;
  const wb = await loadWorkbook(bytes);
  if (!(wb instanceof ExcelJS.Workbook)) {
    printMessages(PROBLEMS, [wb]);
    return 1;
  }
  // The measures: the sheet named, else the add-in's latest measures sheet, else any sheet with a
  // measures table; none at all gives an empty table (then --year names the measures' year).
  const sheets = wb.worksheets.filter((ws) => ws.state !== "hidden" || ws.name === parsed.sheet);
  let source = parsed.sheet ? wb.getWorksheet(parsed.sheet) : undefined;
  if (parsed.sheet && !source) {
    printMessages(PROBLEMS, [
      {
        code: "sheet-missing",
        th: `ไม่พบแผ่นงาน "${parsed.sheet}"`,
        en: `no sheet named "${parsed.sheet}"`,
      },
    ]);
    return 1;
  }
  source ??= sheets
    .filter((ws) => MEASURES_SHEET.test(ws.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .pop();
  let measures = source ? measuresFromGrid(sheetGrid(source), source.name) : null;
  if (!source)
    for (const ws of sheets) {
      if (TRACKING_SHEET.test(ws.name)) continue;
      measures = measuresFromGrid(sheetGrid(ws), ws.name);
      if (measures) {
        source = ws;
        break;
      }
    }
  const year = parsed.year ?? Number(source ? MEASURES_SHEET.exec(source.name)?.[1] : NaN);
  if (!Number.isInteger(year)) {
    printMessages(PROBLEMS, [
      {
        code: "year-missing",
        th: "ไม่พบแผ่นงานมาตรการของ add-in (มาตรการ ITA ปปปป): ระบุปีงบประมาณของมาตรการด้วย --year เช่น --year 2563",
        en: "no measures sheet of the add-in (มาตรการ ITA yyyy): give the fiscal year of the measures with --year, e.g. --year 2563",
      },
    ]);
    return 1;
  }
  const { readInputFromWorkbook } = await import("../xlsx/read");
  const found = resultIn(wb, readInputFromWorkbook);
  const name = trackingSheetName(year);
  const existing = wb.getWorksheet(name);
  const before = existing ? readTrackingGrid(sheetGrid(existing), name) : null;
  const merged = mergeTrackRows(before?.rows ?? null, measures ?? []);
  const typed: Partial<Record<TrackFieldKey, unknown>> = {};
  for (const [k, v] of Object.entries(before?.fields ?? {})) typed[k as TrackFieldKey] = v?.value;
  const agency: Partial<AgencyDetails> = found.agency ?? {};
  if (!agency.name && source) Object.assign(agency, agencyOfMeasures(sheetGrid(source)));
  const last =
    found.result && found.result.fiscalYear === year - 1
      ? {
          fiscalYear: found.result.fiscalYear,
          total: found.result.total,
          level: found.result.level,
        }
      : undefined;
  const plan = trackingSheetPlan(
    {
      measuresYear: year,
      round: parsed.round ?? 12,
      ...(parsed.date ? { date: parsed.date } : {}),
      agency,
      ...(last ? { lastResult: last } : {}),
      typed: {
        ...typed,
        // Options given on the command line win over what the sheet had.
        ...(parsed.round ? { round: undefined } : {}),
        ...(parsed.date ? { date: undefined } : {}),
      },
    },
    merged.rows
  );
  // The tracking sheet replaces the earlier one in place (its typed values are carried over above).
  // ExcelJS orders worksheets by their orderNo (not in its typings): the new sheet takes the old one's.
  type Ordered = ExcelJS.Worksheet & { orderNo: number };
  let at: number | undefined;
  if (existing) {
    at = (existing as Ordered).orderNo;
    wb.removeWorksheet(existing.id);
  }
  const created = writePlanToWorkbook(wb, [plan]);
  if (at !== undefined) {
    const ws = wb.getWorksheet(created[0].name);
    if (ws) (ws as Ordered).orderNo = at;
  }
  const code = await write("track", parsed.output, await workbookToBuffer(wb));
  if (code) return code;
  process.stdout.write(
    `เขียนแผ่นงาน "${name}" แล้ว: ${merged.rows.length} มาตรการ (เดิม ${merged.kept}, เพิ่ม ${merged.added}) / ` +
      `wrote the sheet "${name}": ${merged.rows.length} measures (${merged.kept} kept, ${merged.added} added) to ${parsed.output}\n`
  );
  return 0;
}

export async function runFollowup(args: string[]): Promise<number> {
  const parsed = parseArgs(args, "followup");
  if ("th" in parsed) return usageError("followup", parsed);
  const bytes = await readInput("followup", parsed.input, parsed.output);
  if (typeof bytes === "number") return bytes;
  let data: TrackingData | undefined;
  const warnings: Message[] = [];
  const inExt = extname(parsed.input).toLowerCase();
  if (inExt === ".json") {
    const j = parseJsonText(bytes.toString("utf8"));
    if (j.problems.length) {
      printMessages(PROBLEMS, j.problems);
      return 1;
    }
    const r = trackingFromJson(j.value, agencyFromJson);
    if (!r.data || r.problems.length) {
      printMessages(PROBLEMS, r.problems);
      return 1;
    }
    data = r.data;
    warnings.push(...r.warnings);
  } else {
    const wb = await loadWorkbook(bytes);
    if (!(wb instanceof ExcelJS.Workbook)) {
      printMessages(PROBLEMS, [wb]);
      return 1;
    }
    const ws = parsed.sheet
      ? wb.getWorksheet(parsed.sheet)
      : wb.worksheets
          .filter((s) => TRACKING_SHEET.test(s.name))
          .sort((a, b) => a.name.localeCompare(b.name))
          .pop();
    if (!ws) {
      printMessages(PROBLEMS, [
        {
          code: "tracking-missing",
          th: parsed.sheet
            ? `ไม่พบแผ่นงาน "${parsed.sheet}"`
            : "ไม่พบแผ่นงานติดตามมาตรการ (ติดตามมาตรการ ITA ปปปป): สร้างด้วยคำสั่ง track ก่อน",
          en: parsed.sheet
            ? `no sheet named "${parsed.sheet}"`
            : "no tracking sheet (ติดตามมาตรการ ITA yyyy): make one with the track command first",
        },
      ]);
      return 1;
    }
    const r = trackingFromSheet(readTrackingGrid(sheetGrid(ws), ws.name), ws.name);
    if (!r.data || r.problems.length) {
      printMessages(PROBLEMS, r.problems);
      return 1;
    }
    data = r.data;
    warnings.push(...r.warnings);
    // A newer ITA result in the workbook (the measures' own year): how the targeted indicators moved.
    const { readInputFromWorkbook } = await import("../xlsx/read");
    const found = resultIn(wb, readInputFromWorkbook);
    if (found.result?.fiscalYear === data.measuresYear) data.newResult = found.result;
    else if (found.result?.fiscalYear === data.measuresYear - 1 && data.lastResult)
      data.lastResult.indicators = found.result.indicators;
  }
  if (!data) return 1;
  const doc = composeFollowup(data, { digits: parsed.digits });
  let out: Uint8Array;
  if (extname(parsed.output).toLowerCase() === ".docx") {
    const { renderWord } = await import("../docx/render");
    out = await renderWord(doc);
  } else {
    const { renderSheets } = await import("../report/sheet");
    const wb = new ExcelJS.Workbook();
    writePlanToWorkbook(wb, renderSheets(doc).sheets);
    out = await workbookToBuffer(wb);
  }
  const code = await write("followup", parsed.output, out);
  if (code) return code;
  printMessages("คำเตือน / warnings:", warnings);
  process.stdout.write(
    `เขียนรายงานผลการดำเนินการแล้ว / follow-up report written: ${parsed.output} (${data.measures.length} มาตรการ / measures)\n`
  );
  return 0;
}
