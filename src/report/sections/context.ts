/**
 * The shared context of the section builders: the assessment, the options, the phrase library and the
 * helpers every section uses (phrase lookup with digits, score formatting, indicator names, the
 * strengths and indicators to develop). Built once by composeReport; sections only read it.
 */
import type {
  AgencyDetails,
  Assessment,
  IndicatorId,
  FrameworkProfile,
  RankedIndicator,
  ToolId,
} from "../../core/types";
import type { Comparison } from "../../core/compare";
import type { DigitMode } from "../plan";
import { applyDigits, fillTemplate, formatScore, type DigitPlace } from "../format";
import { defaultPhrases, keyForYear, TOOL_BANDS, type PhraseLibrary } from "../phrases";
import {
  adviseNextLevel,
  cheapestPoints,
  type NextLevelAdvice,
  type PointOpportunity,
} from "../../core/advice";
import {
  agencyFullName,
  agencyKind,
  agencyShortName,
  writerName,
  type AgencyKind,
} from "../agency";
import { keyForKind, vocabularyOf } from "../vocabulary";
import { derivationNotes, derivedMarks } from "../notes";

export interface ReportOptions {
  agency: AgencyDetails;
  digits: DigitMode;
  /** Strength threshold; the assessment's threshold when absent. */
  threshold?: number;
  /** ISO date (yyyy-mm-dd) the report is dated; agency.date when absent; no date line when neither. */
  date?: string;
  /** Year-over-year comparison (compareYears); absent when no earlier year was given. */
  comparison?: Comparison;
}

/** Number format showing Thai digits: [$-NNCCLLLL] with numeral system 0D (Thai digits), calendar 00, locale 041E (Thai); Excel and LibreOffice both honour it. */
export const THAI_NUMFMT_2 = "[$-D00041E]0.00";
export const THAI_NUMFMT_0 = "[$-D00041E]0";

/** The id of the analysis part's note of the "*" mark on derived scores (the block a mark refers to). */
export const DERIVED_NOTE = "note-derived";

/** The id of the i-th note of a derived score (ctx.derivedNotes[i]): the note blocks and their marks. */
export function derivedNoteId(i: number): string {
  return i === 0 ? DERIVED_NOTE : `${DERIVED_NOTE}-${i + 1}`;
}

/** The ids of the notes that explain the marks these indicators carry (none when they carry none). */
export function noteIdsFor(ctx: ReportContext, ids: IndicatorId[]): string[] {
  const marks = new Set(ids.map((id) => ctx.mark(id).trim()).filter(Boolean));
  return ctx.derivedNotes.flatMap((n, i) =>
    [...marks].some((m) => n.startsWith(`${m} `)) ? [derivedNoteId(i)] : []
  );
}
/** Text size of the report's tables (points): Thai official tables are set a size below the text. */
export const TABLE_SIZE = 14;

export type Vars = Record<string, string | number | undefined>;

export interface ReportContext {
  assessment: Assessment;
  options: ReportOptions;
  agency: AgencyDetails;
  profile: FrameworkProfile;
  lib: PhraseLibrary;
  mode: DigitMode;
  year: number;
  nextYear: number;
  threshold: number;
  /** A phrase filled with the shared and given variables, digits applied for the place. */
  T: (key: string, vars?: Vars, place?: DigitPlace) => string;
  /** A score with two decimals, or the "missing" phrase. */
  sc: (v: number | null | undefined) => string;
  /** Digits applied to running text. */
  d: (text: string, place?: DigitPlace) => string;
  nameOf: (id: IndicatorId) => string;
  toolScore: Record<ToolId, number | null>;
  /** Main indicators (not sub-indicators) in rank order. */
  mainRanked: RankedIndicator[];
  strengths: RankedIndicator[];
  develop: RankedIndicator[];
  /** Main indicators with no score. */
  missingIds: IndicatorId[];
  /**
   * Engine warnings the report states (the plan's notes), without the input cell they name; notes for
   * the user only (the FY2569 "framework not confirmed") are left to the pane and the command line.
   */
  notes: Array<{ th: string; en: string }>;
  /**
   * The notes the document prints: the engine's warnings except those for the user only (the FY2569
   * "framework not confirmed" note goes to the pane and the command line) and except the derived-9
   * explanation, which is the footnote of the "*" mark.
   */
  docNotes: Array<{ th: string; en: string }>;
  /** The footnote of the "*" mark on derived scores; empty when no score is derived. */
  derivedFootnote: string;
  /** One note per derived score, with its own mark and its figures (notes.ts); digits applied. */
  derivedNotes: string[];
  /** The kind of agency (agency.ts), which picks the phrase variants and the words for its people. */
  kind: AgencyKind;
  /** " *" after a derived indicator's score, else "". */
  mark: (id: IndicatorId) => string;
  /** "แบบวัด IIT", "แบบตรวจ OIT". */
  toolName: (tool: ToolId) => string;
  /** The fewest realistic raises to the next level; null at the top level or without a level. */
  advice: NextLevelAdvice | null;
  /** Main indicators by room x weight, largest first. */
  cheapest: PointOpportunity[];
  /** The item that carries the report, as the text names it ("ข้อ O42 ..."). */
  itemRef: string;
}

export function makeContext(
  assessment: Assessment,
  options: ReportOptions,
  phrases?: PhraseLibrary
): ReportContext {
  const lib: PhraseLibrary = { ...defaultPhrases, ...(phrases ?? {}) };
  const mode = options.digits;
  const agency = options.agency;
  const profile = assessment.profile;
  const year = assessment.fiscalYear;
  const nextYear = year + 1;
  const threshold = options.threshold ?? assessment.threshold;

  const nameOf = (id: IndicatorId): string =>
    profile.indicators.find((d) => d.id === id)?.nameTh ??
    profile.subIndicators.find((d) => d.id === id)?.nameTh ??
    "";
  const sc = (v: number | null | undefined): string =>
    v === null || v === undefined ? lib["value.missing"] : formatScore(v);
  const agencyName = (agency.name ?? "").trim() || "หน่วยงาน";
  const kind = agencyKind(agency);
  const words = vocabularyOf(kind);
  const base: Record<string, string | number> = {
    public: words.public,
    externals: words.externals,
    staff: words.staff,
    agency: agencyName,
    agencyFull: agencyFullName(agency),
    // An abbreviation ("อบต.กะหรอ") is set off by a space after "ของ"; a full name is not.
    agencyShort:
      agencyShortName(agency) === agencyName ? agencyName : ` ${agencyShortName(agency)}`,
    writer: writerName(agency.unit, agencyName),
    year,
    nextYear,
    threshold: formatThreshold(threshold),
    passMark: formatThreshold(profile.passMark),
  };
  const item = profile.analysisItem;
  // An item list nobody knows yet (the ITA of a year whose framework is not confirmed): "ข้อ ......".
  const itemRef = !item.code
    ? (lib["item.unknown"] ?? "")
    : fillTemplate(lib[/^O/.test(item.code) ? "item.code" : "item.sub"] ?? "", {
        code: item.code,
        label: item.labelTh,
      }).trim();
  base.item = itemRef;
  // A key may have variants by fiscal year ("indicator.10.about.fy2566"): the latest not after this year.
  const T = (key: string, vars: Vars = {}, place: DigitPlace = "text"): string => {
    const k = keyForYear(lib, keyForKind(lib, key, kind), year);
    return applyDigits(
      fillTemplate(lib[k] ?? defaultPhrases[k] ?? "", { ...base, ...vars }),
      mode,
      place
    );
  };
  const d = (text: string, place: DigitPlace = "text"): string => applyDigits(text, mode, place);

  const mainRanked = assessment.ranking.filter((r) => !r.sub);
  const derivedIds = new Set(assessment.ranking.filter((r) => r.derived).map((r) => r.id));
  const marks = derivedMarks(assessment);
  const userOnly = new Set(["provisional-year"]);
  const docWarnings = assessment.warnings.filter(
    (m) => !userOnly.has(m.code) && m.code !== "derived-9"
  );
  const nine = assessment.warnings.find((m) => m.code === "derived-9");
  let derivedFootnote = "";
  if (nine) derivedFootnote = `* ${withoutPlace(nine.th, nine.cell)}`;
  else if (derivedIds.size)
    derivedFootnote = fillTemplate(lib["notes.derived"] ?? "", {
      list: [...derivedIds].map((id) => `ตัวชี้วัดที่ ${id}`).join(" "),
    });
  return {
    assessment,
    options,
    agency,
    profile,
    lib,
    mode,
    year,
    nextYear,
    threshold,
    T,
    sc,
    d,
    nameOf,
    toolScore: { IIT: assessment.iit, EIT: assessment.eit, OIT: assessment.oit },
    mainRanked,
    strengths: mainRanked.filter((r) => r.score >= threshold),
    develop: mainRanked.filter((r) => r.score < threshold),
    missingIds: profile.indicators
      .filter((x) => assessment.scores[x.id] === undefined)
      .map((x) => x.id),
    notes: assessment.warnings
      .filter((m) => !userOnly.has(m.code))
      .map((m) => ({
        th: withoutPlace(m.th, m.cell),
        en: withoutPlace(m.en, m.cell),
      })),
    docNotes: docWarnings.map((m) => ({
      th: withoutPlace(m.th, m.cell),
      en: withoutPlace(m.en, m.cell),
    })),
    derivedFootnote: applyDigits(derivedFootnote, mode, "text"),
    derivedNotes: derivationNotes(assessment, lib, marks).map((n) => applyDigits(n, mode, "text")),
    kind,
    mark: (id) => (marks[id] ? ` ${marks[id]}` : ""),
    toolName: (tool) => T(`tool.${tool}.name`),
    advice: adviseNextLevel(assessment),
    cheapest: cheapestPoints(assessment),
    itemRef,
  };
}

export function toolBand(score: number): "high" | "near" | "mid" | "low" {
  if (score >= TOOL_BANDS.high) return "high";
  if (score >= TOOL_BANDS.near) return "near";
  if (score >= TOOL_BANDS.mid) return "mid";
  return "low";
}

/** A message without its leading "where" ("คีย์ oit: ", "Cell oit: "): the report states the fact, not the input cell. */
export function withoutPlace(text: string, cell: string | undefined): string {
  if (!cell) return text;
  const at = text.indexOf(`${cell}: `);
  return at >= 0 && at <= 24 ? text.slice(at + cell.length + 2) : text;
}

export function formatThreshold(t: number): string {
  return Number.isInteger(t) ? String(t) : formatScore(t);
}
