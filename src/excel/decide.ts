/**
 * The in-memory decision of a generation, between the read and the write: which candidate holds the
 * scores, which row of a wide sheet, the agency, the checks, the assessment, the year-over-year
 * comparison and the composed report. Pure (plain data in, plain data out; the engine and composer
 * through ./engine.ts): nothing here talks to Excel.
 */
import type { AgencyDetails, Assessment, GridFinding, Message, RawInput } from "../core/types";
import type { ReportDocument } from "../report/document";
import type { SheetPlan } from "../report/plan";
import type { AgencyChoice, GenerateRequest, GenerateResult } from "./api";
import { checks, composer, engine, type PhraseLibrary } from "./engine";
import { dedupe, msg, reportSheetTooLarge } from "./messages";
import { REPORT_ROLES, type GridKind, type ReadData, type ReadGrid } from "./read";

export interface Decision {
  assessment?: Assessment;
  problems: Message[];
  warnings: Message[];
  reportSheets?: SheetPlan[];
  /** The report as a document: its Word file is made from it and the sheets' current text. */
  document?: ReportDocument;
  fiscalYear?: number;
  inputSheet?: string;
  /** The input sheet is protected: highlights cannot be added there. */
  inputProtected?: boolean;
  pick?: GenerateResult["rows"];
  /** The report's agency name (once the input is found). */
  agency?: string;
  /** The sheet's and the pane's names differ and the request asked to be asked. */
  agencyNames?: { sheet: string; saved: string };
}

function nonEmpty<T extends object>(o: Partial<T> | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

const sameName = (a: string, b: string): boolean =>
  a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * The report's agency: the sheet's (or picked row's) own details, the pane's saved ones filling what the
 * sheet does not give. When both name an agency and the names differ, the two are different agencies:
 * the sheet's (the default, `choice` "sheet") takes from the pane only the report's date, never another
 * agency's district, type or units; `choice` "saved" names the pane's agency (the officer said so), the
 * sheet filling its gaps; `choice` "ask" leaves the choice to the officer.
 */
export function reportAgency(
  sheet: Partial<AgencyDetails>,
  saved: Partial<AgencyDetails>,
  choice: AgencyChoice = "sheet"
): { agency: AgencyDetails; differs?: { sheet: string; saved: string } } {
  const own = nonEmpty<AgencyDetails>(sheet);
  const pane = nonEmpty<AgencyDetails>(saved);
  const differs = !!own.name && !!pane.name && !sameName(own.name, pane.name);
  if (!differs) return { agency: { ...pane, ...own } as AgencyDetails };
  const names = { sheet: own.name!, saved: pane.name! };
  if (choice === "saved") return { agency: { ...own, ...pane } as AgencyDetails };
  const date = own.date ?? pane.date;
  const agency = { ...own, ...(date ? { date } : {}) } as AgencyDetails;
  return choice === "ask" ? { agency, differs: names } : { agency };
}

/**
 * "auto": the template sheet, else the active sheet, else (when the active sheet is one of the add-in's
 * own sheets, e.g. the report it just made) the sheet the last generation read from.
 */
function candidatesOf(request: GenerateRequest, data: ReadData): ReadGrid[] {
  if (request.source.kind !== "auto") return data.grids;
  const ownIds = new Set(data.own.map((o) => o.id).concat(data.ownOtherIds));
  const byKind = (k: GridKind): ReadGrid[] => data.grids.filter((g) => g.kind === k);
  return [
    ...byKind("template"),
    ...byKind("active").filter((g) => !ownIds.has(g.sheetId)),
    ...byKind("last"),
  ];
}

type Found = { finding: GridFinding; grid: ReadGrid } | { problems: Message[] };

/** The first candidate holding a score table, or the problem saying none does. */
function findInput(request: GenerateRequest, data: ReadData): Found {
  const candidates = candidatesOf(request, data);
  for (const g of candidates) {
    const finding = engine.findInputInGrid(g.values, g.sheet, g.origin, g.formats);
    if (finding) return { finding, grid: g };
  }
  const cut = candidates.find((g) => g.truncated);
  if (cut) return { problems: [reportSheetTooLarge(cut.sheet)] };
  const where = candidates[candidates.length - 1]?.sheet ?? data.sheetNames[0] ?? "";
  const cell = where ? `${where}!A1` : undefined;
  const selection = request.source.kind === "selection";
  const what = selection ? "ช่วงที่เลือก" : `แผ่นงาน “${where}”`;
  const whatEn = selection ? "the selection" : `sheet "${where}"`;
  return {
    problems: [
      msg(
        "no-table",
        `ไม่พบตารางคะแนนตัวชี้วัดใน${what}: ใส่เลขหรือชื่อตัวชี้วัดกับคะแนน หรือสร้างแผ่นงานกรอกคะแนน`,
        `No indicator score table was found in ${whatEn}: give indicator numbers or names with scores, or create the input template.`,
        cell
      ),
    ],
  };
}

type Chosen =
  | { raw: RawInput; sheetAgency: Partial<AgencyDetails> }
  | { problems: Message[] }
  | { pick: NonNullable<GenerateResult["rows"]> };

/** On a wide sheet (a row per agency or year): the picked row, or the rows to pick from. */
function chooseRow(request: GenerateRequest, finding: GridFinding, sheet: string): Chosen {
  const sheetAgency: Partial<AgencyDetails> = finding.agency ?? {};
  if (finding.layout !== "wide" || !finding.rows || finding.rows.length === 0)
    return { raw: finding.raw, sheetAgency };
  const source = request.source;
  const chosen =
    source.kind === "row"
      ? finding.rows.find((r) => r.row === source.row)
      : finding.rows.length === 1
        ? finding.rows[0]
        : undefined;
  if (chosen) return { raw: chosen.raw, sheetAgency: { ...sheetAgency, ...chosen.agency } };
  if (source.kind === "row") {
    return {
      problems: [
        msg(
          "no-row",
          `ไม่พบแถวที่เลือกในแผ่นงาน “${sheet}”: เลือกแถวใหม่`,
          `The chosen row was not found in sheet "${sheet}": pick a row again.`,
          `${sheet}!A${source.row + 1}`
        ),
      ],
    };
  }
  // Each row's problems counted (the picker marks the rows that cannot make a report as they are).
  const fy = request.settings.fiscalYear;
  return {
    pick: finding.rows.map((r) => {
      const raw = fy ? { ...r.raw, fiscalYear: { value: fy } } : r.raw;
      const { problems } = engine.assessRaw(raw, { threshold: request.settings.threshold });
      return {
        sheet,
        row: r.row,
        label: r.label,
        ...(problems.length ? { problems: problems.length } : {}),
      };
    }),
  };
}

/** The template's own threshold cell differs from the pane's setting (the pane's wins): said. */
function thresholdWarnings(finding: GridFinding, threshold: number): Message[] {
  if (!finding.threshold) return [];
  const t = engine.parseThreshold(finding.threshold.value, finding.threshold.cell);
  if (t.value === null || t.value === threshold) return [];
  return [
    msg(
      "threshold-differs",
      `เกณฑ์จุดแข็งในแผ่นงาน (${t.value}) ต่างจากที่ตั้งไว้ในบานหน้าต่าง (${threshold}) จึงใช้ ${threshold}`,
      `The strength threshold in the sheet (${t.value}) differs from the pane's setting (${threshold}); ${threshold} is used.`,
      finding.threshold.cell
    ),
  ];
}

/**
 * The sheet's agency details and report date, and the fields typed in the pane, checked as the command
 * line checks them (capped, no character an .xlsx cannot hold, a real date); and a name at all.
 */
function agencyProblems(
  request: GenerateRequest,
  found: { finding: GridFinding; grid: ReadGrid },
  sheetAgency: Partial<AgencyDetails>,
  agency: AgencyDetails
): Message[] {
  const { finding, grid } = found;
  const sheet = grid.sheet;
  const problems = [
    ...checks.agencyTextProblems(
      sheetAgency,
      checks.agencyCellOf(sheet, finding.layout, finding.raw.fiscalYear?.cell)
    ),
    ...checks.agencyTextProblems(request.settings.agency, () => undefined),
  ];
  if (finding.layout === "template") {
    const d = checks.templateDateProblem(
      grid.values,
      sheet,
      finding.raw.fiscalYear?.cell,
      grid.origin
    );
    if (d) problems.push(d);
  }
  if (!agency.name) {
    problems.push(
      msg(
        "agency-name",
        "ยังไม่ได้ระบุชื่อหน่วยงาน: กรอกในบานหน้าต่างหรือในแผ่นงานกรอกคะแนน",
        "The agency's name is missing: type it in the task pane or in the input template."
      )
    );
  }
  return problems;
}

/** The report composed (with the workbook's phrase sheet, when there is one) and checked against Excel's limits. */
function composeFor(
  request: GenerateRequest,
  data: ReadData,
  assessment: Assessment,
  agency: AgencyDetails,
  comparison: ReturnType<typeof checks.comparisonForInput>["comparison"],
  warnings: Message[]
): {
  plan?: { sheets: SheetPlan[]; fiscalYear: number; document: ReportDocument };
  problems: Message[];
} {
  const { settings } = request;
  let phrases: PhraseLibrary | undefined;
  if (data.phrases) {
    const p = composer.phrasesFromRows(data.phrases);
    phrases = p.phrases;
    warnings.push(...p.warnings);
  }
  const document = composer.composeDocument(
    assessment,
    {
      agency,
      digits: settings.digits,
      threshold: settings.threshold,
      date: agency.date,
      comparison,
    },
    phrases
  );
  const plan = composer.renderSheets(document);
  const sheets = plan.sheets.filter((s) => REPORT_ROLES.includes(s.role));
  // Excel's limits (32,767 characters a cell), checked on the whole plan before anything is written.
  const limits = composer.planLimitProblems(sheets);
  if (limits.length > 0) return { problems: limits };
  return { plan: { sheets, fiscalYear: plan.fiscalYear, document }, problems: [] };
}

/** In memory: find the input, pick the row, check, assess, compare and compose. */
export function decide(request: GenerateRequest, data: ReadData): Decision {
  const { settings } = request;
  const found = findInput(request, data);
  if ("problems" in found) return { problems: found.problems, warnings: [] };
  const { finding, grid } = found;
  const chosen = chooseRow(request, finding, grid.sheet);
  if ("problems" in chosen) return { problems: chosen.problems, warnings: [] };
  if ("pick" in chosen) return { problems: [], warnings: [], pick: chosen.pick };

  let raw = chosen.raw;
  if (settings.fiscalYear) raw = { ...raw, fiscalYear: { value: settings.fiscalYear } };
  const { agency, differs } = reportAgency(chosen.sheetAgency, settings.agency, request.agencyName);

  const res = engine.assessRaw(raw, { threshold: settings.threshold });
  const problems = [...res.problems, ...agencyProblems(request, found, chosen.sheetAgency, agency)];
  if (problems.length > 0 || !res.assessment)
    return { problems: dedupe(problems), warnings: dedupe(res.warnings), agency: agency.name };
  if (differs)
    return {
      problems: [],
      warnings: dedupe(res.warnings),
      agency: agency.name,
      agencyNames: differs,
    };

  // Earlier years (the template's last-year column, a row per year): compared, or refused when bad.
  const yoy = checks.comparisonForInput(res.assessment, res.input);
  if (yoy.problems.length > 0)
    return { problems: dedupe(yoy.problems), warnings: dedupe(res.warnings) };
  const warnings = [
    ...res.warnings,
    ...thresholdWarnings(finding, settings.threshold),
    ...yoy.warnings,
  ];
  if (grid.truncated) warnings.push(reportSheetTooLarge(grid.sheet));
  const composed = composeFor(request, data, res.assessment, agency, yoy.comparison, warnings);
  if (!composed.plan) return { problems: composed.problems, warnings: dedupe(warnings) };
  return {
    assessment: res.assessment,
    problems: [],
    warnings: dedupe(warnings),
    reportSheets: composed.plan.sheets,
    document: composed.plan.document,
    fiscalYear: composed.plan.fiscalYear,
    inputSheet: grid.sheet,
    inputProtected: grid.protectedSheet,
    agency: agency.name,
  };
}
