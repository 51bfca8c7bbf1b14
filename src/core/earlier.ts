/**
 * The step between the parsed input and the report for the year-over-year comparison: this year's
 * assessment against the earlier years the input carried (ScoreInput.previous, parsed by
 * parseEarlierYears), as every caller that composes one agency's report needs it (the command line, the
 * Excel gateway).
 */
import type { Assessment, Message, ScoreInput } from "./types";
import { compareYears, type Comparison } from "./compare";

export interface InputComparison {
  /** Present when the input gave earlier years and none of them has a problem. */
  comparison?: Comparison;
  /** Bad earlier years (compareYears' problems): the caller refuses the input, as for any bad field. */
  problems: Message[];
  /** The comparison's warnings (the earlier years' own) and its notes (what is not comparable, and why). */
  warnings: Message[];
}

/** compareYears(assessment, input.previous) when the input gave earlier years; nothing otherwise. */
export function comparisonForInput(
  assessment: Assessment,
  input: Pick<ScoreInput, "previous"> | undefined
): InputComparison {
  const previous = input?.previous;
  if (!previous || previous.length === 0) return { problems: [], warnings: [] };
  const c = compareYears(assessment, previous);
  if (c.problems.length > 0) return { problems: c.problems, warnings: c.warnings };
  return { comparison: c, problems: [], warnings: [...c.warnings, ...(c.lastYear?.notes ?? [])] };
}
