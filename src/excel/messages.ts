/**
 * The Office.js edge's own messages, in Thai and English, built with the core's one `message()`. They are
 * about a whole sheet or run (their text names the sheet), so the cell they carry is not repeated in front.
 */
import type { Message } from "../core/types";
import { message } from "../core/message";
import { READ_LIMITS } from "../core/grid";
import { READ_WINDOW } from "./readWindow";

export function msg(code: string, th: string, en: string, cell?: string): Message {
  return message(code, th, en, cell, { sayCell: false });
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** The message when Excel.run itself throws (the workbook could not be read or written). */
export function workbookFailedText(e: unknown): string {
  return `อ่านหรือเขียนสมุดงานไม่สำเร็จ / Reading or writing the workbook failed: ${errorText(e)}`;
}

const ROWS = READ_LIMITS.rows.toLocaleString("en-US");
const COLS = READ_LIMITS.cols;

/** The input sheet is larger than the read window: read within it (a report). */
export function reportSheetTooLarge(sheet: string): Message {
  return msg(
    "sheet-too-large",
    `แผ่นงาน “${sheet}” ใหญ่เกินกว่าที่อ่านได้ในครั้งเดียว (Excel บนเว็บรับส่งข้อมูลได้ไม่เกิน 5 MB ต่อครั้ง) จึงอ่านเฉพาะ ${ROWS} แถวแรกและ ${COLS} คอลัมน์แรก (${READ_WINDOW}): ถ้าคะแนนอยู่นอกช่วงนี้ ให้คัดลอกตารางคะแนนไปไว้ในแผ่นงานใหม่หรือใช้แผ่นงานกรอกคะแนน`,
    `Sheet "${sheet}" is too large to read at once (Excel on the web answers at most 5 MB per request), so only its first ${ROWS} rows and ${COLS} columns (${READ_WINDOW}) were read: if the scores lie outside, copy the score table to a new sheet or use the input template.`,
    `${sheet}!A1`
  );
}

/** The sheet with a row per agency is larger than the read window: summarised within it. */
export function summarySheetTooLarge(sheet: string): Message {
  return msg(
    "sheet-too-large",
    `แผ่นงาน “${sheet}” ใหญ่เกินกว่าที่อ่านได้ในครั้งเดียว (Excel บนเว็บรับส่งข้อมูลได้ไม่เกิน 5 MB ต่อครั้ง) จึงสรุปเฉพาะ ${ROWS} แถวแรกและ ${COLS} คอลัมน์แรก (${READ_WINDOW}): สำหรับข้อมูลที่ใหญ่กว่านี้ใช้บรรทัดคำสั่ง (npm run cli -- generate)`,
    `Sheet "${sheet}" is too large to read at once (Excel on the web answers at most 5 MB per request), so only its first ${ROWS} rows and ${COLS} columns (${READ_WINDOW}) were summarised: for more, use the command line (npm run cli -- generate).`,
    `${sheet}!A1`
  );
}

export function noSheet(sheet: string): Message {
  return msg("no-sheet", `ไม่พบแผ่นงาน “${sheet}”`, `Sheet "${sheet}" was not found.`);
}

export function settingsNotSaved(e: unknown): Message {
  return msg(
    "settings-not-saved",
    `บันทึกข้อมูลของ Add-in ลงในเอกสารไม่สำเร็จ: ${errorText(e)}`,
    `Could not save the add-in's data in the document: ${errorText(e)}`
  );
}

export function highlightsProtected(sheet: string): Message {
  return msg(
    "highlights-protected",
    `แผ่นงาน “${sheet}” ถูกป้องกันไว้ จึงไม่ได้เน้นสีคะแนนที่ต่ำกว่าเกณฑ์ (รายงานสร้างครบแล้ว): ยกเลิกการป้องกันแผ่นงานแล้วสร้างรายงานใหม่ถ้าต้องการเน้นสี`,
    `Sheet "${sheet}" is protected, so below-threshold scores were not highlighted (the report was written in full): unprotect the sheet and generate again to get the highlights.`,
    `${sheet}!A1`
  );
}

/** The write of the report failed; its sheets were removed (or will be, by the next generation). */
export function reportWriteFailed(rolledBack: boolean, failure: unknown): string {
  return (
    `การเขียนรายงานล้มเหลว จึงลบแผ่นงานที่สร้างในครั้งนี้${rolledBack ? "แล้ว" : "ไม่สำเร็จ (แผ่นงานที่ค้างอยู่จะถูกลบในการสร้างรายงานครั้งถัดไป)"} / ` +
    `Writing the report failed; ${rolledBack ? "the sheets this run created were removed" : "removing the sheets this run created failed too (the next generation removes them)"}: ${errorText(failure)}`
  );
}

export function summaryWriteFailed(rolledBack: boolean, failure: unknown): string {
  return (
    `การเขียนแผ่นงานสรุปล้มเหลว จึงลบแผ่นงานที่สร้างในครั้งนี้${rolledBack ? "แล้ว" : "ไม่สำเร็จ (แผ่นงานที่ค้างอยู่จะถูกลบในครั้งถัดไป)"} / ` +
    `Writing the summary failed; ${rolledBack ? "the sheets this run created were removed" : "removing the sheets this run created failed too"}: ${errorText(failure)}`
  );
}

export function sheetNotCreated(name: string, failure: unknown): string {
  return `สร้างแผ่นงาน “${name}” ไม่สำเร็จ / Could not create sheet "${name}": ${errorText(failure)}`;
}

/** Messages equal in code, cell and English text are said once. */
export function dedupe(list: Message[]): Message[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.code}|${m.cell ?? ""}|${m.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
