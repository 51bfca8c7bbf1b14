/**
 * The engine's shared vocabulary. Pure data types: every part of the product (task pane, ribbon
 * command, command line, tests) speaks these.
 */
/** "1".."10" for the ten indicators, "9.1".."9.5", "10.1", "10.2" for sub-indicators. */
export type IndicatorId = string;

export type ToolId = "IIT" | "EIT" | "OIT";

/** A message for the user, always in both languages. `cell` names where the value came from. */
export interface Message {
  /** Stable machine code, e.g. "empty", "not-number", "out-of-range", "excel-error", "duplicate". */
  code: string;
  th: string;
  en: string;
  /** Cell address ("Sheet1!B5"), or the JSON key ("indicators.3") the value came from. */
  cell?: string;
}

export interface IndicatorDef {
  id: IndicatorId;
  /** Parent indicator id for a sub-indicator ("10" for "10.1"). */
  parent?: IndicatorId;
  tool: ToolId;
  nameTh: string;
  nameEn: string;
  /** Other spellings found in published reports, for matching user tables. */
  variantsTh: string[];
}

export interface ToolDef {
  id: ToolId;
  nameTh: string;
  nameEn: string;
  /** Ids of the main indicators whose mean is the tool score. */
  indicators: IndicatorId[];
  /** Weight in the total (0.3 / 0.3 / 0.4). */
  weight: number;
}

export interface LevelRule {
  /** "AA".."F", or "excellent" | "good" | "pass" | "improve" | "urgent". */
  id: string;
  labelTh: string;
  labelEn: string;
  /** Lowest total that reaches this level. */
  minTotal: number;
  /** Where set, every tool score must also reach this (the five-level scale from FY2566). */
  minEachTool?: number;
}

export type LevelScale = "letter" | "pass5";

export interface FrameworkProfile {
  /** Buddhist-era fiscal year, e.g. 2562. */
  fiscalYear: number;
  /** True where the NACC has not confirmed the year's framework (FY2569). */
  provisional: boolean;
  tools: ToolDef[];
  /** The ten indicators, in order. */
  indicators: IndicatorDef[];
  subIndicators: IndicatorDef[];
  scale: LevelScale;
  /** Best level first. */
  levels: LevelRule[];
  /** The total that counts as passing the national target (85). */
  passMark: number;
  /**
   * The OIT item that carries this report, keyed by the year it is published: the analysis of FY N is
   * published in the ITA of N+1 (FY2562-2565 -> O42, FY2566-2567 -> sub-indicator 10.2, FY2568 -> O25).
   */
  analysisItem: OitItem;
  /** The item that reports carrying the measures out, where the year has one (O43, O26). */
  implementationItem?: OitItem;
  /**
   * The national policy the report is framed by: the anti-corruption strategy phase 3 (to FY2564), the
   * master plan on anti-corruption (FY2565), the master plan and the action plan phase 2 (FY2566 on).
   */
  policy: "strategy3" | "masterPlan" | "actionPlan2";
}

export interface OitItem {
  code: string;
  labelTh: string;
  labelEn: string;
}

/** A raw value as read from a cell or a JSON key, before parsing. */
export interface RawValue {
  value: unknown;
  /** Where it came from: "Sheet1!B5" or "indicators.3". */
  cell?: string;
}

/** One year's raw figures, as a reader found them. */
export interface RawYear {
  fiscalYear?: RawValue;
  /** One entry per indicator row found; the same id may appear twice (checked by the parser). */
  indicators: Array<{ id: IndicatorId } & RawValue>;
  iit?: RawValue;
  eit?: RawValue;
  oit?: RawValue;
  total?: RawValue;
  level?: RawValue;
}

/**
 * An earlier year of the same agency, as read: JSON "previous" (an object or an array), the template's
 * last-year column, or the earlier rows of a wide sheet with a row per year. Any subset of the figures.
 */
export interface RawEarlier extends RawYear {
  /** Where the year came from, for messages and compareYears: "previous", "previous[1]", "[2].previous". */
  key: string;
}

/** What the readers (Office.js, ExcelJS, JSON) hand to the parser. */
export interface RawInput extends RawYear {
  /** Earlier years of the same agency, for the year-over-year comparison; absent when none was given. */
  previous?: RawEarlier[];
}

/** Parsed, validated scores: every number in 0..100. */
export interface ScoreInput {
  fiscalYear: number;
  indicators: Partial<Record<IndicatorId, number>>;
  /** Where each value came from, by indicator id or by "iit" | "eit" | "oit" | "total" | "level". */
  cells: Record<string, string>;
  typed: { iit?: number; eit?: number; oit?: number; total?: number; level?: string };
  /**
   * Earlier years, parsed and checked (fiscal year earlier than this one, scores 0-100, indicators of
   * that year's framework), for compareYears; absent when no earlier year was given.
   */
  previous?: EarlierYear[];
}

export interface ParseResult {
  /** Present when there are no problems. */
  input?: ScoreInput;
  problems: Message[];
  warnings: Message[];
}

export interface RankedIndicator {
  id: IndicatorId;
  score: number;
  /** Competition rank among the main indicators (1, 2, 2, 4); sub-indicators get the rank their score would have, with `sub: true`. */
  rank: number;
  sub: boolean;
  tool: ToolId;
  derived: boolean;
}

export interface Check {
  what: "iit" | "eit" | "oit" | "total" | "level";
  typed: number | string;
  computed: number | string;
  consistent: boolean;
  cell?: string;
}

export interface Assessment {
  fiscalYear: number;
  profile: FrameworkProfile;
  threshold: number;
  /** Every indicator score used, given or derived, by id (main and sub). */
  scores: Partial<Record<IndicatorId, number>>;
  iit: number | null;
  eit: number | null;
  oit: number | null;
  total: number | null;
  level: LevelRule | null;
  /** Main indicators descending, then ties share a rank; sub-indicators placed by score with sub: true. */
  ranking: RankedIndicator[];
  /** Main indicator ids with score >= threshold, in ranking order. */
  strengths: IndicatorId[];
  /** Main indicator ids with score < threshold, in ranking order. */
  toDevelop: IndicatorId[];
  highest: IndicatorId[];
  lowest: IndicatorId[];
  /**
   * Figures printed as NACC published them: "iit" | "eit" | "oit" | "total" typed by the user and within
   * 0.01 of the computed ones (published figures win within rounding).
   */
  published: Array<"iit" | "eit" | "oit" | "total">;
  /** Ids (indicators or "iit" | "eit" | "oit" | "total") computed rather than given. */
  derived: string[];
  checks: Check[];
  /** What could not be computed, e.g. ["indicator:6", "eit", "total", "level"]. */
  missing: string[];
  warnings: Message[];
  problems: Message[];
  cells: Record<string, string>;
}

export interface AssessOptions {
  /** Strength threshold, default 90. */
  threshold?: number;
}

/** The agency's details, as typed in the task pane, the template sheet or a JSON file. */
export interface AgencyDetails {
  /** e.g. "องค์การบริหารส่วนตำบลกะหรอ" */
  name: string;
  /** e.g. "องค์การบริหารส่วนตำบล" (อบต.), "เทศบาลตำบล", "กรม" */
  type?: string;
  district?: string;
  province?: string;
  /** The writing unit that signs the foreword, e.g. "สำนักปลัด". */
  unit?: string;
  /** Units responsible for the measures, e.g. ["สำนักปลัด", "กองคลัง", "กองช่าง"]. */
  responsible?: string[];
  /** ISO date (yyyy-mm-dd, Gregorian) the report is dated; a dotted line to fill in when absent. */
  date?: string;
}

/** What a grid reader found in one sheet: the raw scores, agency details, and where they were. */
export interface GridFinding {
  layout: "template" | "long" | "wide";
  raw: RawInput;
  agency: Partial<AgencyDetails>;
  /** The template's strength threshold cell, when filled (check it with parseThreshold). */
  threshold?: RawValue;
  /** For the wide layout (a row per agency or year): every row found, for the user to pick one. */
  rows?: Array<{
    label: string;
    /** 0-based row in the sheet (origin applied). */
    row: number;
    raw: RawInput;
    agency: Partial<AgencyDetails>;
  }>;
  /**
   * For the wide layout with a row per YEAR of one agency: the 0-based sheet rows read, oldest year first
   * (the last is this year; the others are in `raw.previous`). `rows` is then absent: nothing to pick.
   */
  yearRows?: number[];
}

/** An earlier year's figures, as given (any subset). Scores are numbers 0-100 (already parsed). */
export interface EarlierYear {
  /** Buddhist-era fiscal year (a Christian-era 2019-2026 is converted). */
  fiscalYear: number;
  indicators?: Partial<Record<IndicatorId, number>>;
  iit?: number;
  eit?: number;
  oit?: number;
  total?: number;
  /** The level as published: "B", "ผ่าน", "Pass, good", ... */
  level?: string;
  /** The key the year came from, for messages ("previous", "previous[1]"); default "previous". */
  key?: string;
}
