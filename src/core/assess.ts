/**
 * The assessment: from validated scores to tool scores, total, level, ranking, strengths and checks.
 *
 * Rules (../shared/ita-framework.md):
 * - IIT = mean(1..5), EIT = mean(6..8), OIT = mean(9, 10); total = weighted sum of the tools. Every figure
 *   is computed exactly from the unrounded parts and rounded half up to 2 decimals only at the end.
 * - Indicator 10 = mean(10.1, 10.2) when 10 is not given but both sub-indicators are.
 * - Indicator 9 = 2 x OIT - indicator 10 when 9 is not given but a typed OIT and indicator 10 are
 *   (flagged in `derived`, with a warning).
 * - A tool whose indicators are not all given takes the typed tool score, if any (a warning says so);
 *   otherwise it is missing, and so are the total and level that need it.
 * - Published figures win within rounding: a typed tool score or total within 0.01 of the computed one is
 *   kept as typed (listed in `published`); beyond 0.01 the computed one is used, with a warning.
 * - Level: the year's scale on the rounded total (and rounded tool scores for the five-level scale).
 * - Ranking: main indicators descending, competition ranks (1, 2, 2, 4); sub-indicators are listed by
 *   score with `sub: true` and the rank their score would take, but are not counted among the ten.
 *
 * `assess` is the outline; each step is a module that adds to one Findings (assessFindings.ts) in order:
 * indicatorValues.ts (given and derived indicators), toolScores.ts (tool scores, total), level.ts (level,
 * levelFor, matchLevel), ranking.ts (ranking, strengths, compareIds).
 */
import type {
  Assessment,
  AssessOptions,
  FrameworkProfile,
  Message,
  RawInput,
  ScoreInput,
} from "./types";
import { getProfile } from "./profiles";
import { parseInput } from "./parse";
import { message as warn } from "./message";
import { noFindings } from "./assessFindings";
import { indicatorValues } from "./indicatorValues";
import { toolScores, totalScore } from "./toolScores";
import { decideLevel } from "./level";
import { rankIndicators, strengthsOf } from "./ranking";

export const DEFAULT_THRESHOLD = 90;

/** The strength threshold of the options; the default, with a problem, when it is not a number 0-100. */
function strengthThreshold(options: AssessOptions, problems: Message[]): number {
  let threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    problems.push(
      warn(
        "threshold-invalid",
        `เกณฑ์จุดแข็ง ${String(options.threshold)} ไม่ใช่ตัวเลขในช่วง 0-100 จึงใช้ค่าเริ่มต้น ${DEFAULT_THRESHOLD}`,
        `the strength threshold ${String(options.threshold)} must be a number 0-100; using the default ${DEFAULT_THRESHOLD}`
      )
    );
    threshold = DEFAULT_THRESHOLD;
  }
  return threshold;
}

function warnProvisional(profile: FrameworkProfile, warnings: Message[]): void {
  if (profile.provisional) {
    warnings.push(
      warn(
        "provisional-year",
        `กรอบการประเมินปีงบประมาณ ${profile.fiscalYear} ยังไม่ได้รับการยืนยัน จึงคำนวณตามสูตรของปีก่อนหน้า`,
        `the framework of fiscal year ${profile.fiscalYear} is not confirmed; computed with the previous years' formula`
      )
    );
  }
}

/** Assesses validated scores for their fiscal year. Throws ProfileError for an unsupported year. */
export function assess(input: ScoreInput, options: AssessOptions = {}): Assessment {
  const profile = getProfile(input.fiscalYear);
  const found = noFindings();
  const { warnings, problems, derived, missing, checks, published } = found;
  const cells = { ...input.cells };

  const threshold = strengthThreshold(options, problems);
  warnProvisional(profile, warnings);
  const values = indicatorValues(input, profile, found);
  const tools = toolScores(input, profile, values, found);
  const { iit, eit, oit, total } = totalScore(input, profile, tools, found);
  const level = decideLevel(input, profile, { iit, eit, oit, total }, found);
  const { scores, ranking } = rankIndicators(profile, values, found);
  const { strengths, toDevelop, highest, lowest } = strengthsOf(ranking, threshold);

  return {
    fiscalYear: profile.fiscalYear,
    profile,
    threshold,
    scores,
    iit,
    eit,
    oit,
    total,
    level,
    ranking,
    strengths,
    toDevelop,
    highest,
    lowest,
    published,
    derived: [...new Set(derived)],
    checks,
    missing,
    warnings,
    problems,
    cells,
  };
}

export interface AssessRawResult {
  /** Present when the input parsed without problems. */
  assessment?: Assessment;
  /** The parsed input (with `previous`, the earlier years for compareYears), when it parsed cleanly. */
  input?: ScoreInput;
  problems: Message[];
  warnings: Message[];
}

/** Parse + assess in one call. Problems (and no assessment) when the input does not parse. */
export function assessRaw(raw: RawInput, options: AssessOptions = {}): AssessRawResult {
  const parsed = parseInput(raw);
  if (!parsed.input) return { problems: parsed.problems, warnings: parsed.warnings };
  const assessment = assess(parsed.input, options);
  assessment.warnings = [...parsed.warnings, ...assessment.warnings];
  return {
    assessment,
    input: parsed.input,
    problems: assessment.problems,
    warnings: assessment.warnings,
  };
}
