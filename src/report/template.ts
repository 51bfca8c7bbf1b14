/**
 * The input template sheet as a SheetPlan (role "template"), laid out exactly by the engine's constants
 * (src/core/template.ts) so that the grid reader finds it again. Value cells are left for the user, with
 * a light fill and, for scores, a 0-100 validation. Column D takes last year's scores (optional).
 */
import type { AgencyDetails } from "../core/types";
import { getProfile, SUPPORTED_YEARS, PROVISIONAL_YEARS } from "../core/profiles";
import { TEMPLATE, templateGrid } from "../core/template";
import type { CellStyle, PlanRow, SheetPlan } from "./plan";
import { DEFAULT_PRINT, HEADER_FILL, REPORT_FONT } from "./layout";

const INPUT_FILL = "#FFF2CC";

export interface TemplateSettings {
  fiscalYear?: number;
  agency?: Partial<AgencyDetails>;
  threshold?: number;
}

/** The latest fiscal year whose framework is confirmed. */
export function latestConfirmedYear(): number {
  const years = SUPPORTED_YEARS.filter((y) => !PROVISIONAL_YEARS.includes(y));
  return years[years.length - 1];
}

export function inputTemplatePlan(settings: TemplateSettings = {}): SheetPlan {
  const profile = getProfile(settings.fiscalYear ?? latestConfirmedYear());
  const grid = templateGrid(profile, {
    agency: settings.agency,
    fiscalYear: settings.fiscalYear ?? profile.fiscalYear,
    threshold: settings.threshold,
  });
  const styles = new Map<string, CellStyle>();
  const key = (r: number, c: number): string => `${r}:${c}`;
  styles.set(key(TEMPLATE.title.row, TEMPLATE.title.col), { bold: true, size: 18 });
  styles.set(key(TEMPLATE.note.row, TEMPLATE.note.col), {
    italic: true,
    size: 14,
    color: "#595959",
  });
  styles.set(key(TEMPLATE.agencySection.row, TEMPLATE.agencySection.col), { bold: true });
  styles.set(key(TEMPLATE.typed.sectionRow, 0), { bold: true });
  for (const f of TEMPLATE.fields) {
    styles.set(key(f.row, f.labelCol), { border: true });
    styles.set(key(f.row, f.col), { border: true, fill: INPUT_FILL, hAlign: "left" });
  }
  const t = TEMPLATE.table;
  for (const c of [t.idCol, t.nameCol, t.scoreCol])
    styles.set(key(t.headerRow, c), {
      bold: true,
      border: true,
      fill: HEADER_FILL,
      hAlign: "center",
    });
  t.rows.forEach((id, i) => {
    const r = t.firstRow + i;
    const sub = id.includes(".");
    styles.set(key(r, t.idCol), { border: true, hAlign: "center" });
    styles.set(key(r, t.nameCol), { border: true, indent: sub ? 2 : 0 });
    styles.set(key(r, t.scoreCol), { border: true, fill: INPUT_FILL, numFmt: "0.00" });
  });
  TEMPLATE.typed.rows.forEach((_, i) => {
    const r = TEMPLATE.typed.firstRow + i;
    styles.set(key(r, TEMPLATE.typed.idCol), { border: true, hAlign: "center" });
    styles.set(key(r, TEMPLATE.typed.nameCol), { border: true });
    styles.set(key(r, TEMPLATE.typed.valueCol), {
      border: true,
      fill: INPUT_FILL,
      numFmt: i < 4 ? "0.00" : undefined,
    });
  });
  // Last year's column (optional): the fiscal-year field, the header, the score and figure cells.
  const p = TEMPLATE.previous;
  styles.set(key(p.yearRow, p.yearLabelCol), { border: true });
  styles.set(key(p.yearRow, p.yearCol), { border: true, fill: INPUT_FILL, hAlign: "left" });
  styles.set(key(t.headerRow, p.col), {
    bold: true,
    border: true,
    fill: HEADER_FILL,
    hAlign: "center",
  });
  t.rows.forEach((_, i) =>
    styles.set(key(t.firstRow + i, p.col), { border: true, fill: INPUT_FILL, numFmt: "0.00" })
  );
  for (const c of [TEMPLATE.typed.valueCol, p.col])
    styles.set(key(TEMPLATE.typed.sectionRow, c), { bold: true, hAlign: "center" });
  TEMPLATE.typed.rows.forEach((_, i) =>
    styles.set(key(TEMPLATE.typed.firstRow + i, p.col), {
      border: true,
      fill: INPUT_FILL,
      numFmt: i < 4 ? "0.00" : undefined,
    })
  );
  const rows: PlanRow[] = grid.map((line, r) => ({
    cells: line.map((v, c) => ({ value: v ?? null, style: styles.get(key(r, c)) })),
  }));
  return {
    role: "template",
    name: `${TEMPLATE.sheetName} ${profile.fiscalYear}`,
    font: { ...REPORT_FONT },
    columns: [...TEMPLATE.columns],
    rows,
    merges: [],
    charts: [],
    // Four columns (last year's in D): fitted to the page width when printed.
    print: { ...DEFAULT_PRINT, repeatRows: undefined, fitToWidth: true },
    gridlines: true,
    validations: [
      {
        row: t.firstRow,
        col: t.scoreCol,
        rows: t.rows.length,
        min: 0,
        max: 100,
        ...scoreMessages("คะแนน 0 ถึง 100"),
      },
      {
        row: TEMPLATE.typed.firstRow,
        col: TEMPLATE.typed.valueCol,
        rows: 4,
        min: 0,
        max: 100,
        ...scoreMessages("คะแนน 0 ถึง 100"),
      },
      {
        row: t.firstRow,
        col: p.col,
        rows: t.rows.length,
        min: 0,
        max: 100,
        ...scoreMessages("คะแนนปีที่แล้ว 0 ถึง 100 (เว้นว่างได้)"),
      },
      {
        row: TEMPLATE.typed.firstRow,
        col: p.col,
        rows: 4,
        min: 0,
        max: 100,
        ...scoreMessages("คะแนนปีที่แล้ว 0 ถึง 100 (เว้นว่างได้)"),
      },
    ],
  };
}

/** The input message and stop alert of a score cell (Thai and English, as the add-in shows them). */
function scoreMessages(text: string): {
  prompt: { title: string; text: string };
  error: { title: string; text: string };
} {
  return {
    prompt: { title: "คะแนน / Score", text },
    error: {
      title: "คะแนนไม่ถูกต้อง / Invalid score",
      text: "กรอกตัวเลข 0-100 / Enter a number from 0 to 100",
    },
  };
}
