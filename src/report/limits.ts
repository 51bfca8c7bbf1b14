/**
 * Excel's limits, checked on a plan before anything is written (pure). Both writers call it: the Office.js
 * gateway (src/excel) and the .xlsx writer (src/xlsx). A plan that breaks a limit is refused with a named
 * error rather than written: Excel would refuse the cell (Office.js) or repair the file (.xlsx).
 *
 * Source: Microsoft, "Excel specifications and limits": total number of characters that a cell can contain,
 * 32,767; worksheet name, 31 characters.
 */
import { cellAddress } from "../core/grid";
import type { Message } from "../core/types";
import type { SheetPlan } from "./plan";

export const EXCEL_MAX_CELL_CHARS = 32767;
export const EXCEL_MAX_SHEET_NAME = 31;

/** Every cell of the plans that Excel could not hold, as messages naming the cell (Thai and English). */
export function planLimitProblems(sheets: SheetPlan[]): Message[] {
  const out: Message[] = [];
  for (const sheet of sheets) {
    if (sheet.name.length > EXCEL_MAX_SHEET_NAME) {
      out.push({
        code: "sheet-name-too-long",
        th: `ชื่อแผ่นงาน “${sheet.name}” ยาว ${sheet.name.length} ตัวอักษร เกินขีดจำกัดของ Excel (${EXCEL_MAX_SHEET_NAME} ตัวอักษร)`,
        en: `The sheet name "${sheet.name}" has ${sheet.name.length} characters, over Excel's limit of ${EXCEL_MAX_SHEET_NAME}.`,
      });
    }
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const v = cell?.value;
        if (typeof v !== "string" || v.length <= EXCEL_MAX_CELL_CHARS) return;
        const at = cellAddress(sheet.name, r, c);
        out.push({
          code: "cell-too-long",
          th: `ข้อความในช่อง ${at} ยาว ${v.length.toLocaleString("en-US")} ตัวอักษร เกินขีดจำกัดของ Excel (${EXCEL_MAX_CELL_CHARS.toLocaleString("en-US")} ตัวอักษรต่อช่อง): ย่อข้อมูลที่ป้อน (เช่น ชื่อหน่วยงานหรือข้อความในแผ่นงานข้อความรายงาน) แล้วลองใหม่`,
          en: `Cell ${at} would hold ${v.length.toLocaleString("en-US")} characters, over Excel's limit of ${EXCEL_MAX_CELL_CHARS.toLocaleString("en-US")} per cell: shorten the input (e.g. the agency's name or the report phrases) and try again.`,
          cell: at,
        });
      })
    );
  }
  return out;
}

/** The named error a writer throws when a plan breaks Excel's limits. */
export class ExcelLimitError extends Error {
  readonly code = "excel-limit";
  constructor(readonly problems: Message[]) {
    super(problems.map((p) => `${p.th} / ${p.en}`).join("\n"));
    this.name = "ExcelLimitError";
  }
}

/** Throws ExcelLimitError when any plan breaks a limit; returns otherwise. */
export function assertPlanLimits(sheets: SheetPlan[]): void {
  const problems = planLimitProblems(sheets);
  if (problems.length > 0) throw new ExcelLimitError(problems);
}
