/**
 * Checks of the agency details and the template's report date, shared by every reader: the .xlsx reader
 * (command line), the Office.js gateway (task pane and ribbon) and, for the pane's typed fields, the same
 * gateway. Pure: messages in Thai and English naming the cell, or the pane's field.
 */
import type { AgencyDetails, GridFinding, Message } from "./types";
import { cellAddress, isoDateFromCell, parseCellAddress } from "./grid";
import { isEmptyValue, shownText, textProblem } from "./cells";
import { message } from "./message";
import { isIsoDate } from "./thai";
import { TEMPLATE } from "./template";

/** What each agency field is called in messages. */
export const AGENCY_WHAT: Record<
  "name" | "type" | "district" | "province" | "unit" | "date" | "responsible",
  { th: string; en: string }
> = {
  name: { th: "ชื่อหน่วยงาน", en: "agency name" },
  type: { th: "ประเภทหน่วยงาน", en: "agency type" },
  district: { th: "อำเภอ", en: "district" },
  province: { th: "จังหวัด", en: "province" },
  unit: { th: "หน่วยงานที่จัดทำรายงาน", en: "writing unit" },
  date: { th: "วันที่ของรายงาน", en: "report date" },
  responsible: { th: "ชื่อหน่วยงานผู้รับผิดชอบ", en: "responsible unit" },
};

const TEXT_KEYS = ["name", "type", "district", "province", "unit"] as const;

/**
 * Agency texts: each at most TEXT_LIMITS.field characters with no character an .xlsx cannot hold
 * (U+FFFE, control characters, ...). `cellOf(key)` names where a field came from (a cell, or undefined
 * for a field typed in the task pane: the message then names the field alone).
 */
export function agencyTextProblems(
  agency: Partial<AgencyDetails> | undefined,
  cellOf: (key: keyof typeof AGENCY_WHAT) => string | undefined
): Message[] {
  if (!agency) return [];
  const out: Message[] = [];
  for (const k of TEXT_KEYS) {
    const v = agency[k];
    const p = typeof v === "string" ? textProblem(v, cellOf(k), AGENCY_WHAT[k]) : undefined;
    if (p) out.push(p);
  }
  for (const u of agency.responsible ?? []) {
    const p = textProblem(u, cellOf("responsible"), AGENCY_WHAT.responsible);
    if (p) {
      out.push(p);
      break;
    }
  }
  return out;
}

/**
 * Where an agency field came from, for messages: its cell in the template (placed from the fiscal-year
 * cell, wherever the template was moved), else `Sheet!agency.key`.
 */
export function agencyCellOf(
  sheet: string,
  layout: GridFinding["layout"] | undefined,
  fiscalYearCell?: string
): (key: keyof typeof AGENCY_WHAT) => string {
  const fy = fiscalYearCell ? parseCellAddress(fiscalYearCell) : null;
  const fyField = TEMPLATE.fields.find((f) => f.key === "fiscalYear");
  const dr = fy && fyField ? fy.row - fyField.row : 0;
  const dc = fy && fyField ? fy.col - fyField.col : 0;
  return (key) => {
    const f = TEMPLATE.fields.find((x) => x.key === key);
    return layout === "template" && f
      ? cellAddress(sheet, dr + f.row, dc + f.col)
      : `${sheet}!agency.${key}`;
  };
}

/**
 * The template's report date, refused by name when it is filled but not a real date ("2020-02-30",
 * "31/02/2563", "พรุ่งนี้"), as the JSON input's agency.date is. The date cell sits a fixed number of rows
 * below the fiscal-year cell, wherever the template was moved. `grid` starts at `origin` of the sheet.
 */
export function templateDateProblem(
  grid: unknown[][],
  sheet: string,
  fiscalYearCell: string | undefined,
  origin: { row: number; col: number } = { row: 0, col: 0 }
): Message | undefined {
  const fy = fiscalYearCell ? parseCellAddress(fiscalYearCell) : null;
  const fyField = TEMPLATE.fields.find((f) => f.key === "fiscalYear");
  const dateField = TEMPLATE.fields.find((f) => f.key === "date");
  if (!fy || !fyField || !dateField) return undefined;
  const row = fy.row + dateField.row - fyField.row;
  const col = fy.col + dateField.col - fyField.col;
  const value = grid[row - origin.row]?.[col - origin.col];
  if (isEmptyValue(value)) return undefined;
  const iso = isoDateFromCell(value);
  if (iso && isIsoDate(iso)) return undefined;
  const shown = typeof value === "string" ? `"${shownText(value)}"` : "";
  return message(
    "agency-date",
    `วันที่ของรายงาน ${shown} ไม่ใช่วันที่ที่มีจริง กรุณาพิมพ์เป็น วว/ดด/ปปปป เช่น 15/02/2563 หรือเว้นว่างไว้`,
    `the report date ${shown} is not a real date; type it as dd/mm/yyyy, e.g. 15/02/2563, or leave it empty`,
    cellAddress(sheet, row, col)
  );
}
