/**
 * `npm run cli -- assess many.json|many.xlsx`: the summary of many agencies as JSON (the
 * SummaryAccumulator's finalize(): per fiscal year every agency ranked, the level distribution, tool and
 * indicator statistics, the agencies below the threshold; the skipped agencies with their problems).
 * Streamed: one agency assessed at a time, only its summary row kept.
 *
 * Exit status: 0 every agency assessed, 4 some skipped (in "skipped", with their problems), 1 none could
 * be assessed or the input has problems.
 */
import { SummaryAccumulator } from "../core";
import { assessItem, EXIT_SKIPPED, messageLines } from "./common";
import type { BatchSource } from "./batchItem";

export async function assessMany(source: BatchSource, threshold?: number): Promise<number> {
  const acc = new SummaryAccumulator(threshold !== undefined ? { threshold } : {});
  let skipped = 0;
  if (!source.problems.length) {
    for await (const item of source.items()) {
      const result = assessItem(item.raw, threshold ?? item.threshold);
      const problems = [...item.problems, ...result.problems];
      if (problems.length || !result.assessment) {
        acc.skip(item.name || item.label, problems, item.order);
        skipped++;
        continue;
      }
      const { province, type } = item.agency ?? {};
      acc.add(item.name, result.assessment, item.order, {
        ...(province ? { province } : {}),
        ...(type ? { type } : {}),
      });
    }
  }
  if (source.problems.length) {
    process.stderr.write(
      `ข้อมูลนำเข้ามีปัญหา / the input has problems:\n${messageLines(source.problems)}\n`
    );
    return 1;
  }
  const summary = acc.finalize();
  const warnings = source.warnings.length ? { inputWarnings: source.warnings } : {};
  process.stdout.write(JSON.stringify({ ...summary, ...warnings }, null, 2) + "\n");
  if (summary.agencyCount === 0) return 1;
  return skipped > 0 ? EXIT_SKIPPED : 0;
}
