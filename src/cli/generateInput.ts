/**
 * The one agency `generate` reports on (./generate.ts), read from its file: a JSON input (the engine's
 * format plus an optional "agency"; one agency only) or an .xlsx (the input template sheet or any sheet
 * with indicator rows, plus the phrase sheet when present), with the workbook the report is added to —
 * the input's own sheets when ExcelJS carries them over unchanged, else a new one — and why.
 */
import { readFileSync, statSync } from "fs";
import { extname } from "path";
import ExcelJS from "exceljs";
import { READ_LIMITS, type AgencyDetails, type Message, type RawInput } from "../core";
import { parseJsonText, rawFromJson } from "../core/json";
import type { PhraseLibrary } from "../report";
import { checkXlsxFile, PACKAGE_LIMITS } from "../xlsx/package";
import { PROBLEMS, printMessages } from "./common";
import { MAX_JSON_BYTES, tooLarge } from "./input";
import { usageError } from "./usage";

/**
 * Input sheets longer than the read window (READ_LIMITS) are not copied into the output: the report is
 * written alone.
 */
const KEEP_MAX_ROWS = READ_LIMITS.rows;

export interface SingleInput {
  raw: RawInput;
  agency?: AgencyDetails;
  /** The input's own threshold (a --threshold flag wins over it). */
  threshold?: number;
  phrases?: PhraseLibrary;
  /** The workbook the report sheets are added to. */
  workbook: ExcelJS.Workbook;
  warnings: Message[];
  /** How the output was made from an .xlsx input, for the closing line ("" for JSON). */
  keptNote: string;
}

/** Reads the input file; the exit status (the problems written) when it cannot be used. */
export async function readSingleInput(
  input: string,
  pick: { row?: number; sheet?: string }
): Promise<SingleInput | number> {
  const ext = extname(input).toLowerCase();
  let bytes: Buffer;
  try {
    const limit = ext === ".json" ? MAX_JSON_BYTES : PACKAGE_LIMITS.fileBytes;
    const size = statSync(input).size;
    if (size > limit) {
      printMessages(PROBLEMS, [tooLarge(input, size, limit)]);
      return 1;
    }
    bytes = readFileSync(input);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "error";
    process.stderr.write(
      `generate: อ่านไฟล์ ${input} ไม่ได้ (${code})\n          cannot read ${input} (${code})\n`
    );
    return 2;
  }
  if (ext === ".json") return fromJson(bytes);
  if (ext === ".xlsx") return fromXlsx(bytes, input, pick);
  return usageError("generate", {
    th: "ไฟล์ข้อมูลนำเข้าต้องเป็น .json หรือ .xlsx",
    en: "the input must be a .json or .xlsx file",
  });
}

function fromJson(bytes: Buffer): SingleInput | number {
  const parsedJson = parseJsonText(bytes.toString("utf8"));
  if (parsedJson.problems.length) {
    printMessages(PROBLEMS, parsedJson.problems);
    return 1;
  }
  const j = rawFromJson(parsedJson.value);
  const problems = [...j.problems, ...j.items.flatMap((it) => it.problems)];
  if (j.batch && j.items.length > 1) {
    problems.push({
      code: "batch",
      th: `ไฟล์มี ${j.items.length} หน่วยงาน แต่ -o เป็นไฟล์เดียว: ให้ -o เป็นโฟลเดอร์ (ลงท้ายด้วย /) เพื่อเขียนรายงานหน่วยงานละหนึ่งไฟล์`,
      en: `the file holds ${j.items.length} agencies but -o names one file: give a folder (ending in /) to write one report per agency`,
    });
  }
  if (problems.length || !j.items[0]) {
    printMessages(PROBLEMS, problems);
    return 1;
  }
  return {
    raw: j.items[0].raw,
    agency: j.items[0].agency,
    threshold: j.items[0].threshold,
    workbook: new ExcelJS.Workbook(),
    warnings: [],
    keptNote: "",
  };
}

async function fromXlsx(
  bytes: Buffer,
  input: string,
  pick: { row?: number; sheet?: string }
): Promise<SingleInput | number> {
  // Not an .xlsx (an old .xls, a CSV renamed, cut short), a bomb or a DOCTYPE: refused by name first.
  const bad = await checkXlsxFile(input, input, { partBytes: PACKAGE_LIMITS.loadPartBytes });
  if (bad) {
    printMessages(PROBLEMS, [bad]);
    return 1;
  }
  const source = new ExcelJS.Workbook();
  try {
    await source.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const why = String((e as Error)?.message ?? e).slice(0, 200);
    printMessages(PROBLEMS, [
      {
        code: "xlsx-read",
        th: `เปิดไฟล์ .xlsx ไม่ได้: ${why}`,
        en: `cannot open the .xlsx file: ${why}`,
      },
    ]);
    return 1;
  }
  // Loaded here so a JSON run does not load the grid reader.
  const { readInputFromWorkbook } = await import("../xlsx/read");
  const { inspectPackage } = await import("../xlsx/package");
  const found = readInputFromWorkbook(source, { row: pick.row, sheet: pick.sheet });
  if (!found.raw) {
    printMessages(PROBLEMS, found.problems);
    return 1;
  }
  process.stdout.write(
    `อ่านคะแนนจากแผ่นงาน "${found.sheet}" ช่วง ${found.range ?? "-"} / scores read from sheet "${found.sheet}", range ${found.range ?? "-"}\n`
  );
  // Hand the user's sheets back only when ExcelJS carries them over unchanged.
  const verdict = await inspectPackage(bytes);
  // A sheet this large is not worth copying back (writing it is most of the run's time): the output is
  // then the report alone, and the command says so.
  const big = source.worksheets.find((ws) => ws.rowCount > KEEP_MAX_ROWS);
  if (big) {
    verdict.lossless = false;
    verdict.reasons.push({
      th: `แผ่นงาน "${big.name}" มี ${big.rowCount.toLocaleString("en-US")} แถว เกิน ${KEEP_MAX_ROWS.toLocaleString("en-US")} แถวที่คัดลอกกลับให้`,
      en: `sheet "${big.name}" has ${big.rowCount.toLocaleString("en-US")} rows, more than the ${KEEP_MAX_ROWS.toLocaleString("en-US")} copied back`,
    });
  }
  let workbook: ExcelJS.Workbook;
  let keptNote: string;
  if (verdict.lossless) {
    workbook = source;
    keptNote = "แผ่นงานเดิมของไฟล์นำเข้าถูกเก็บไว้ในไฟล์ผลลัพธ์ / the input's sheets are kept in the output";
  } else {
    workbook = new ExcelJS.Workbook();
    keptNote =
      "ไฟล์ผลลัพธ์มีเฉพาะแผ่นงานรายงาน ไม่ได้คัดลอกแผ่นงานเดิมของไฟล์นำเข้า เพราะ / the output holds the report sheets only, the input's sheets are not copied, because\n" +
      verdict.reasons.map((r) => `  - ${r.th} / ${r.en}`).join("\n");
  }
  return {
    raw: found.raw,
    agency: found.agency,
    phrases: found.phrases,
    threshold: found.threshold,
    workbook,
    warnings: [...found.warnings],
    keptNote,
  };
}
