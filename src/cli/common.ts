/**
 * What the batch (./batch.ts) and `assess` on many (./assessMany.ts) share, kept apart from the batch's
 * writer so that `assess` never loads ExcelJS for a JSON input.
 */
import {
  assessRaw,
  ProfileError,
  type AssessRawResult,
  type Message,
  type RawInput,
} from "../core";
import { comparisonForInput } from "../core/earlier";

/** Exit status of a batch in which some agencies were skipped (listed) and the others written. */
export const EXIT_SKIPPED = 4;

export const PROBLEMS = "ข้อมูลนำเข้ามีปัญหา / the input has problems:";

/** A title and its messages on standard error (nothing for no message). */
export function printMessages(title: string, list: Message[]): void {
  if (!list.length) return;
  process.stderr.write(`${title}\n${messageLines(list)}\n`);
}

/** Messages as indented lines: "  - [cell] th / en". */
export function messageLines(list: Message[]): string {
  return list.map((m) => `  - ${m.cell ? `[${m.cell}] ` : ""}${m.th} / ${m.en}`).join("\n");
}

/**
 * Assesses one agency, and checks its earlier years ("previous") as `generate` does for one agency: a
 * problem with them is the agency's problem. A fiscal year without a profile is a problem, not an
 * exception.
 */
export function assessItem(raw: RawInput, threshold: number | undefined): AssessRawResult {
  try {
    const result = assessRaw(raw, threshold !== undefined ? { threshold } : {});
    if (!result.assessment) return result;
    const yoy = comparisonForInput(result.assessment, result.input);
    if (yoy.problems.length)
      return { ...result, assessment: undefined, problems: [...result.problems, ...yoy.problems] };
    return { ...result, warnings: [...result.warnings, ...yoy.warnings] };
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    return { problems: [{ code: "fiscal-year-unsupported", th: e.th, en: e.en }], warnings: [] };
  }
}
