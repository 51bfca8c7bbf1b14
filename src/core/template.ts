/**
 * The add-in's input template sheet: where each label and value sits. The Office.js edge and the report
 * composer BUILD the sheet from these constants (templateGrid gives the cell values); the grid reader
 * (grid.ts) READS it back with the same constants, so the two cannot drift apart.
 *
 * Coordinates are 0-based (row 0 / col 0 is A1), as in ReportPlan. Column A holds ids, B labels and
 * indicator names, C the values the user types.
 *
 *   A1   title (TEMPLATE.title.textTh): the reader finds the sheet by this text
 *   A2   instructions
 *   A4   section "ข้อมูลหน่วยงาน"
 *   B5:C13  fields: label in B, value in C (name, type, district, province, unit, responsible,
 *           fiscal year, threshold, report date)
 *   A15:C15 table header; A16:C27 rows 1..10, 10.1, 10.2 (id | Thai name | score)
 *   A29  section "คะแนนที่ประกาศ (ถ้ามี)"; A30:C34 IIT, EIT, OIT, total, level (key | Thai label | value)
 *
 * Last year's scores (optional; empty means none), in column D beside this year's, for the year-over-year
 * comparison:
 *   B14:C14 the fiscal year of last year's scores (label | value; empty: the year before C11)
 *   D15     header "คะแนนปีที่แล้ว"; D16:D27 last year's indicator scores
 *   C29:D29 headers "ปีนี้" | "ปีที่แล้ว"; D30:D34 last year's IIT, EIT, OIT, total, level
 * A template made before the column existed has these cells empty and reads as before.
 */
import type { FrameworkProfile, AgencyDetails, IndicatorId } from "./types";
import { indicatorDef } from "./profiles";

export type TemplateFieldKey =
  | "name"
  | "type"
  | "district"
  | "province"
  | "unit"
  | "responsible"
  | "fiscalYear"
  | "threshold"
  | "date";

export interface TemplateField {
  key: TemplateFieldKey;
  labelTh: string;
  labelEn: string;
  /** Row of the label and the value. */
  row: number;
  /** Column of the label. */
  labelCol: number;
  /** Column of the value the user types. */
  col: number;
  /** What the value is: free text, a list separated by commas, a year, a number, or a date. */
  kind: "text" | "list" | "year" | "number" | "date";
  hintTh: string;
}

export type TypedKey = "iit" | "eit" | "oit" | "total" | "level";

export const TEMPLATE = {
  /** Suggested sheet name (at most 31 characters). */
  sheetName: "ข้อมูล ITA",
  title: {
    row: 0,
    col: 0,
    textTh: "ข้อมูลสำหรับรายงานการวิเคราะห์ผลการประเมิน ITA",
    textEn: "ITA analysis input",
  },
  note: {
    row: 1,
    col: 0,
    textTh: "กรอกข้อมูลในคอลัมน์ C (คะแนนปีที่แล้วในคอลัมน์ D ถ้ามี) แล้วกด “สร้างรายงาน” ช่องที่ไม่ทราบให้เว้นว่างไว้",
    textEn:
      "Fill in column C (last year's scores in column D, if known), then press Generate; leave unknown cells empty",
  },
  agencySection: { row: 3, col: 0, textTh: "ข้อมูลหน่วยงาน", textEn: "Agency" },
  fields: [
    {
      key: "name",
      labelTh: "ชื่อหน่วยงาน",
      labelEn: "Agency name",
      row: 4,
      labelCol: 1,
      col: 2,
      kind: "text",
      hintTh: "เช่น องค์การบริหารส่วนตำบล...",
    },
    {
      key: "type",
      labelTh: "ประเภทหน่วยงาน",
      labelEn: "Agency type",
      row: 5,
      labelCol: 1,
      col: 2,
      kind: "text",
      hintTh: "เช่น องค์การบริหารส่วนตำบล เทศบาลตำบล",
    },
    {
      key: "district",
      labelTh: "อำเภอ",
      labelEn: "District",
      row: 6,
      labelCol: 1,
      col: 2,
      kind: "text",
      hintTh: "",
    },
    {
      key: "province",
      labelTh: "จังหวัด",
      labelEn: "Province",
      row: 7,
      labelCol: 1,
      col: 2,
      kind: "text",
      hintTh: "",
    },
    {
      key: "unit",
      labelTh: "หน่วยงานที่จัดทำรายงาน",
      labelEn: "Writing unit",
      row: 8,
      labelCol: 1,
      col: 2,
      kind: "text",
      hintTh: "เช่น สำนักปลัด",
    },
    {
      key: "responsible",
      labelTh: "ผู้รับผิดชอบมาตรการ",
      labelEn: "Responsible units",
      row: 9,
      labelCol: 1,
      col: 2,
      kind: "list",
      hintTh: "คั่นด้วยจุลภาค เช่น สำนักปลัด, กองคลัง, กองช่าง",
    },
    {
      key: "fiscalYear",
      labelTh: "ปีงบประมาณ (พ.ศ.)",
      labelEn: "Fiscal year (B.E.)",
      row: 10,
      labelCol: 1,
      col: 2,
      kind: "year",
      hintTh: "เช่น 2567",
    },
    {
      key: "threshold",
      labelTh: "เกณฑ์จุดแข็ง (คะแนน)",
      labelEn: "Strength threshold",
      row: 11,
      labelCol: 1,
      col: 2,
      kind: "number",
      hintTh: "ค่าเริ่มต้น 90",
    },
    {
      key: "date",
      labelTh: "วันที่ของรายงาน",
      labelEn: "Report date",
      row: 12,
      labelCol: 1,
      col: 2,
      kind: "date",
      hintTh: "เว้นว่างได้ (ใช้วันที่สร้างรายงาน)",
    },
  ] as TemplateField[],
  table: {
    headerRow: 14,
    firstRow: 15,
    idCol: 0,
    nameCol: 1,
    scoreCol: 2,
    headerTh: ["ตัวชี้วัด", "ชื่อตัวชี้วัด", "คะแนน"],
    headerEn: ["Indicator", "Name", "Score"],
    rows: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10.1", "10.2"] as IndicatorId[],
  },
  typed: {
    sectionRow: 28,
    sectionTh: "คะแนนที่ประกาศ (ถ้ามี)",
    sectionEn: "Published figures (optional)",
    firstRow: 29,
    idCol: 0,
    nameCol: 1,
    valueCol: 2,
    rows: [
      { key: "iit", id: "IIT", labelTh: "คะแนน IIT (ภายใน)" },
      { key: "eit", id: "EIT", labelTh: "คะแนน EIT (ภายนอก)" },
      { key: "oit", id: "OIT", labelTh: "คะแนน OIT (เปิดเผยข้อมูล)" },
      { key: "total", id: "รวม", labelTh: "คะแนนรวม" },
      { key: "level", id: "ระดับ", labelTh: "ระดับผลการประเมิน" },
    ] as Array<{ key: TypedKey; id: string; labelTh: string }>,
  },
  /** Last year's scores, beside this year's (optional; every cell empty means none). */
  previous: {
    /** The fiscal year of last year's scores: label in B, value in C (empty: the year before C11). */
    yearRow: 13,
    yearLabelCol: 1,
    yearCol: 2,
    yearLabelTh: "ปีงบประมาณของคะแนนปีที่แล้ว (พ.ศ.)",
    /** Column of last year's indicator scores (rows as TEMPLATE.table) and published figures (as TEMPLATE.typed). */
    col: 3,
    headerTh: "คะแนนปีที่แล้ว",
    headerEn: "Last year",
    /** Headers of the published figures' value columns, in the section row. */
    typedHeaderTh: ["ปีนี้", "ปีที่แล้ว"],
  },
  /** Suggested column widths (Excel character units) for A, B, C, D. */
  columns: [12, 52, 22, 22],
} as const;

/** The row of an indicator in the template table. */
export function templateRowOf(id: IndicatorId): number {
  const i = TEMPLATE.table.rows.indexOf(id);
  return i < 0 ? -1 : TEMPLATE.table.firstRow + i;
}

export interface TemplateValues {
  agency?: Partial<AgencyDetails>;
  fiscalYear?: number;
  threshold?: number;
  scores?: Partial<Record<IndicatorId, number>>;
  /** Last year's figures, for the column beside this year's. */
  previous?: {
    fiscalYear?: number;
    scores?: Partial<Record<IndicatorId, number>>;
    typed?: Partial<Record<TypedKey, number | string>>;
  };
}

/**
 * The template's cell values as a grid (rows x 4 columns): labels, indicator names of the profile's
 * year, and any values given (this year's in C, last year's in D). Writers add styling (and should write
 * text as text).
 */
export function templateGrid(
  profile: FrameworkProfile,
  values: TemplateValues = {}
): Array<Array<string | number | null>> {
  const last = TEMPLATE.typed.firstRow + TEMPLATE.typed.rows.length;
  const grid: Array<Array<string | number | null>> = Array.from({ length: last }, () => [
    null,
    null,
    null,
    null,
  ]);
  const put = (r: number, c: number, v: string | number | null | undefined): void => {
    if (v !== undefined) grid[r][c] = v;
  };
  put(TEMPLATE.title.row, TEMPLATE.title.col, TEMPLATE.title.textTh);
  put(TEMPLATE.note.row, TEMPLATE.note.col, TEMPLATE.note.textTh);
  put(TEMPLATE.agencySection.row, TEMPLATE.agencySection.col, TEMPLATE.agencySection.textTh);
  const a = values.agency ?? {};
  for (const f of TEMPLATE.fields) {
    put(f.row, f.labelCol, f.labelTh);
    let v: string | number | undefined;
    if (f.key === "fiscalYear") v = values.fiscalYear ?? profile.fiscalYear;
    else if (f.key === "threshold") v = values.threshold;
    else if (f.key === "responsible") v = a.responsible?.join(", ");
    else v = a[f.key];
    put(f.row, f.col, v);
  }
  const t = TEMPLATE.table;
  t.headerTh.forEach((h, i) => put(t.headerRow, [t.idCol, t.nameCol, t.scoreCol][i], h));
  t.rows.forEach((id, i) => {
    put(t.firstRow + i, t.idCol, id);
    put(t.firstRow + i, t.nameCol, indicatorDef(profile, id)?.nameTh ?? "");
    put(t.firstRow + i, t.scoreCol, values.scores?.[id]);
  });
  put(TEMPLATE.typed.sectionRow, 0, TEMPLATE.typed.sectionTh);
  TEMPLATE.typed.rows.forEach((r, i) => {
    put(TEMPLATE.typed.firstRow + i, TEMPLATE.typed.idCol, r.id);
    put(TEMPLATE.typed.firstRow + i, TEMPLATE.typed.nameCol, r.labelTh);
  });
  const p = TEMPLATE.previous;
  const prev = values.previous ?? {};
  put(p.yearRow, p.yearLabelCol, p.yearLabelTh);
  put(p.yearRow, p.yearCol, prev.fiscalYear);
  put(t.headerRow, p.col, p.headerTh);
  t.rows.forEach((id, i) => put(t.firstRow + i, p.col, prev.scores?.[id]));
  put(TEMPLATE.typed.sectionRow, TEMPLATE.typed.valueCol, p.typedHeaderTh[0]);
  put(TEMPLATE.typed.sectionRow, p.col, p.typedHeaderTh[1]);
  TEMPLATE.typed.rows.forEach((r, i) =>
    put(TEMPLATE.typed.firstRow + i, p.col, prev.typed?.[r.key])
  );
  return grid;
}
