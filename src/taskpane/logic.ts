/**
 * Pure logic of the task pane: the form <-> saved settings, the summary rows, level colours.
 * No DOM, React or Office.js here, so tests/taskpane checks it in Node.
 */
import type { AgencyDetails, Assessment, IndicatorId, ToolId } from "../core/types";
import type { AddinSettings, GenerateResult, InputSource } from "../excel/api";
import type { DigitMode } from "../report/plan";
import { Lang, strings } from "./i18n";
import { format2 } from "../core/decimal";
import { parseThreshold as parseCoreThreshold } from "../core/parse";
import type { LastRun } from "../excel/store";

export { isChunkLoadError } from "./chunkError";

/** The gateway's problem code for a missing agency name (src/excel/gateway.ts); it names no cell. */
export const AGENCY_NAME_CODE = "agency-name";

export const FISCAL_YEARS: readonly number[] = [2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569];
export const DEFAULT_THRESHOLD = 90;

/** What the form holds: strings as typed, so a half-typed number is not lost. */
export interface FormState {
  name: string;
  type: string;
  district: string;
  province: string;
  unit: string;
  /** One unit per line, or separated by commas. */
  responsible: string;
  /** "sheet" or a Buddhist-era year as text. */
  fiscalYear: string;
  threshold: string;
  digits: DigitMode;
  source: Extract<InputSource["kind"], "auto" | "selection">;
}

export const EMPTY_FORM: FormState = {
  name: "",
  type: "",
  district: "",
  province: "",
  unit: "",
  responsible: "",
  fiscalYear: "sheet",
  threshold: String(DEFAULT_THRESHOLD),
  digits: "mixed",
  source: "auto",
};

/** Splits the responsible-units text on new lines and commas (ASCII or full-width), trims, drops blanks and repeats. */
export function parseResponsible(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n\r,，;]+/)) {
    const unit = part.trim().replace(/\s+/g, " ");
    if (unit && !out.includes(unit)) out.push(unit);
  }
  return out;
}

/**
 * The threshold as typed, or null when it is empty or not a number in 0..100. The engine's check, the
 * same as for the template's threshold cell, the JSON key and the command line's --threshold.
 */
export function parseThreshold(text: string): number | null {
  const r = parseCoreThreshold(text);
  return r.problem ? null : r.value;
}

export function formFromSettings(settings: AddinSettings | null | undefined): FormState {
  if (!settings) return { ...EMPTY_FORM };
  const agency: Partial<AgencyDetails> = settings.agency ?? {};
  const digits: DigitMode =
    settings.digits === "thai" || settings.digits === "arabic" ? settings.digits : "mixed";
  const year =
    typeof settings.fiscalYear === "number" && FISCAL_YEARS.includes(settings.fiscalYear)
      ? String(settings.fiscalYear)
      : "sheet";
  const threshold =
    typeof settings.threshold === "number" && settings.threshold >= 0 && settings.threshold <= 100
      ? String(settings.threshold)
      : String(DEFAULT_THRESHOLD);
  return {
    name: agency.name ?? "",
    type: agency.type ?? "",
    district: agency.district ?? "",
    province: agency.province ?? "",
    unit: agency.unit ?? "",
    responsible: (agency.responsible ?? []).join("\n"),
    fiscalYear: year,
    threshold,
    digits,
    source: "auto",
  };
}

export interface FormCheck {
  settings: AddinSettings;
  /** Field keys with invalid content (the threshold); the settings then carry the default for them. */
  invalid: Array<keyof FormState>;
}

/** Builds the settings to save and send from the form. Empty optional fields are left out. */
export function settingsFromForm(form: FormState): FormCheck {
  const invalid: Array<keyof FormState> = [];
  const threshold = parseThreshold(form.threshold);
  if (threshold === null) invalid.push("threshold");
  const agency: AgencyDetails = { name: form.name.trim() };
  const optional: Array<"type" | "district" | "province" | "unit"> = [
    "type",
    "district",
    "province",
    "unit",
  ];
  for (const key of optional) {
    const value = form[key].trim();
    if (value) agency[key] = value;
  }
  const responsible = parseResponsible(form.responsible);
  if (responsible.length) agency.responsible = responsible;
  const year = Number(form.fiscalYear);
  const settings: AddinSettings = {
    threshold: threshold ?? DEFAULT_THRESHOLD,
    digits: form.digits,
    agency,
  };
  if (FISCAL_YEARS.includes(year)) settings.fiscalYear = year;
  return { settings, invalid };
}

export type BadgeColor = "success" | "brand" | "warning" | "danger" | "important" | "informative";

/** Badge colour by level: the best levels green, the middle blue/amber, the failing ones red. */
export function levelColor(levelId: string | undefined | null): BadgeColor {
  switch (levelId) {
    case "AA":
    case "A":
    case "excellent":
    case "good":
      return "success";
    case "B":
    case "pass":
      return "brand";
    case "C":
    case "improve":
      return "warning";
    case "D":
    case "E":
    case "F":
    case "urgent":
      return "danger";
    default:
      return "informative";
  }
}

/** A score with two decimals (scores arrive already rounded by the engine). */
export function formatScore(value: number | null | undefined): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return "–";
  return format2(value);
}

export interface SummaryRow {
  id: IndicatorId;
  rank: number;
  /** "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" / "Indicator 1 Performance of duties"; "ตัวชี้วัดย่อย 10.1 …" for a sub-indicator. */
  label: string;
  name: string;
  score: string;
  below: boolean;
  sub: boolean;
  derived: boolean;
  tool: ToolId;
}

/** The indicator's name in the profile of the assessed fiscal year, in the UI's language. */
export function indicatorName(assessment: Assessment, id: IndicatorId, lang: Lang): string {
  const def = [...assessment.profile.indicators, ...assessment.profile.subIndicators].find(
    (d) => d.id === id
  );
  if (!def) return "";
  return lang === "th" ? def.nameTh : def.nameEn;
}

/** The ranking as the pane lists it: every indicator scored, best first, below-threshold ones marked. */
export function summaryRows(assessment: Assessment, lang: Lang): SummaryRow[] {
  return assessment.ranking.map((r) => {
    const name = indicatorName(assessment, r.id, lang);
    return {
      id: r.id,
      rank: r.rank,
      label: strings(lang).indicatorLabel(r.id, name, r.sub),
      name,
      score: formatScore(r.score),
      below: r.score < assessment.threshold,
      sub: r.sub,
      derived: r.derived || assessment.derived.includes(r.id),
      tool: r.tool,
    };
  });
}

/** The level's label in the UI's language. */
export function levelLabel(assessment: Assessment, lang: Lang): string | null {
  const level = assessment.level;
  if (!level) return null;
  // Letter scale (to FY2565): the letter itself is what officers read ("B"); the five-level scale uses words.
  if (assessment.profile.scale === "letter") return level.id;
  const label = lang === "th" ? level.labelTh : level.labelEn;
  return label || level.id;
}

/** What the ribbon button leaves in the document about its last run. */
export type RibbonRun = LastRun;

/**
 * The ribbon button's last run as a result for the pane to show when it opens, only when that run did not
 * write the report (problems or a failure): the officer then sees why, with the cells to fix.
 */
export function resultFromRibbonRun(run: RibbonRun | null | undefined): GenerateResult | null {
  if (!run || (run.status !== "problems" && run.status !== "failed")) return null;
  return {
    status: run.status,
    problems: Array.isArray(run.problems) ? run.problems : [],
    warnings: Array.isArray(run.warnings) ? run.warnings : [],
    sheetsCreated: Array.isArray(run.sheetsCreated) ? run.sheetsCreated : [],
    syncs: 0,
    ...(run.error ? { error: run.error } : {}),
  };
}

/** A time for the UI: Thai locale (Buddhist-era year) or English, local time zone; the raw text if unreadable. */
export function formatWhen(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === "th" ? "th-TH" : "en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
