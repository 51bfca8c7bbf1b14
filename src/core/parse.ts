/**
 * parseInput: everything a reader found, parsed and validated (./score.ts, ./fiscalYear.ts, ./year.ts,
 * ./earlierYears.ts, ./cells.ts). Every problem and warning names the cell it came from, in Thai and
 * English. Nothing here throws on bad input.
 */
import type { Message, ParseResult, RawInput, ScoreInput, EarlierYear } from "./types";
import { allIndicatorIds, getProfile, SUPPORTED_YEARS } from "./profiles";
import { message } from "./message";
import { parseFiscalYear } from "./fiscalYear";
import { parseYear } from "./year";
import { parseEarlierYears } from "./earlierYears";

/**
 * Parses and validates everything a reader found. Problems: a missing or unsupported fiscal year, an
 * unknown indicator, an empty / non-numeric / out-of-range / Excel-error score, the same indicator twice
 * with different values, no scores at all, a bad earlier year (parseEarlierYears: the whole input is
 * refused, as for any bad field). `input` is present only when there are no problems.
 */
export function parseInput(raw: RawInput): ParseResult {
  const problems: Message[] = [];
  const warnings: Message[] = [];
  const fy = parseFiscalYear(raw.fiscalYear?.value, raw.fiscalYear?.cell);
  if (fy.problem) problems.push(fy.problem);
  if (fy.warning) warnings.push(fy.warning);
  const known = new Set(allIndicatorIds(getProfile(fy.value ?? SUPPORTED_YEARS[0])));

  const y = parseYear(raw, known);
  problems.push(...y.problems);
  warnings.push(...y.warnings);
  const { indicators, cells, typed } = y;
  if (raw.fiscalYear?.cell) cells.fiscalYear = raw.fiscalYear.cell;

  const nothing =
    Object.keys(indicators).length === 0 &&
    typed.iit === undefined &&
    typed.eit === undefined &&
    typed.oit === undefined &&
    typed.total === undefined;
  if (nothing && problems.length === 0) {
    problems.push(
      message(
        "no-scores",
        "ไม่พบคะแนนตัวชี้วัดหรือคะแนน IIT/EIT/OIT/คะแนนรวม",
        "no indicator scores and no IIT/EIT/OIT/total were found"
      )
    );
  }
  // Cells formatted as percentages hold fractions (87.46% is 0.8746): every score at most 1 is suspicious.
  const all = [...Object.values(indicators), typed.iit, typed.eit, typed.oit, typed.total].filter(
    (x): x is number => x !== undefined
  );
  if (all.length >= 2 && all.every((x) => x <= 1) && all.some((x) => x > 0)) {
    warnings.push(
      message(
        "looks-like-fraction",
        "คะแนนทุกค่าไม่เกิน 1 อาจเป็นเซลล์ที่จัดรูปแบบเป็นเปอร์เซ็นต์ (87.46% เก็บเป็น 0.8746) กรุณากรอกคะแนนเต็ม 100 เช่น 87.46",
        "every score is at most 1: the cells may be formatted as percentages (87.46% is stored as 0.8746); type scores out of 100, e.g. 87.46"
      )
    );
  }
  let previous: EarlierYear[] | undefined;
  if (fy.value !== null && raw.previous && raw.previous.length > 0) {
    const e = parseEarlierYears(raw.previous, fy.value);
    problems.push(...e.problems);
    warnings.push(...e.warnings);
    if (e.previous.length > 0) previous = e.previous;
  }
  if (problems.length > 0 || fy.value === null) return { problems, warnings };
  const input: ScoreInput = { fiscalYear: fy.value, indicators, cells, typed };
  if (previous) input.previous = previous;
  return { input, problems, warnings };
}

// The parsing vocabulary other layers take from here (the grid reader, the .xlsx reader, the command line,
// the pane, the phrase sheet); within src/core each module imports its own.
export {
  EXCEL_ERRORS,
  isEmptyValue,
  numberFromText,
  shownText,
  textProblem,
  TEXT_LIMITS,
  unwrapCellValue,
} from "./cells";
export { normalizeIndicatorId, parseThreshold } from "./score";
export { yearNumber } from "./fiscalYear";
