/**
 * generate(): read → recover → decide (pure) → one own-sheet transaction → highlights.
 *
 * Exactly TWO round trips (context.sync) on the normal path, whatever the report's length:
 *   1. the read (./read.ts): all loads queued, one sync;
 *   2. the write (./transaction.ts): renames, new sheets with all their content, highlights, deletions,
 *      read-back, marks — all queued, one sync.
 * Extra round trips happen only off the normal path: when something the add-in remembered is gone (one
 * probe sync to find what, then the read again), when a report written while the document settings could
 * not be saved is found (read again with it), and when the write fails (the rollback).
 */
import type { GenerateRequest, GenerateResult } from "./api";
import { writtenReport } from "./writtenReport";
import { writer } from "./engine";
import { groupCells, queueHighlightWrites, scoreCells } from "./highlights";
import { planReplacement, type Orphan } from "./marks";
import { highlightsProtected, reportWriteFailed, settingsNotSaved } from "./messages";
import { readForGenerate, type ReadData } from "./read";
import { decide, type Decision } from "./decide";
import {
  HIGHLIGHTS_KEY,
  INPUT_NAME,
  LAST_INPUT_KEY,
  rememberResult,
  writeJson,
  type HighlightRecord,
} from "./store";
import { writeOwnSheets, type Count } from "./transaction";

export function baseResult(syncs: number): GenerateResult {
  return { status: "problems", problems: [], warnings: [], sheetsCreated: [], syncs };
}

/** The add-in's earlier sheets this report replaces (same fiscal year), and what is left to clean up. */
function replacementFor(data: ReadData, d: Decision): ReturnType<typeof planReplacement> {
  const earlier = data.own.filter(
    (o) => o.rec.fiscalYear === d.fiscalYear && data.sheetIds.has(o.id)
  );
  // Sheets left by an interrupted run whose rollback failed too (names still "pending"): removed.
  const listed = new Set(data.records.map((r) => r.key));
  const orphans: Orphan[] = data.marked
    .filter(
      (m) =>
        !listed.has(m.key) &&
        m.state === "pending" &&
        m.sheet !== null &&
        data.idByName.has(m.sheet.toLowerCase())
    )
    .map((m) => ({
      key: m.key,
      sheet: m.sheet ?? "",
      id: data.idByName.get((m.sheet ?? "").toLowerCase()) ?? "",
    }));
  // Names whose sheet is gone (#REF!): removed.
  const dangling = data.marked.filter((m) => m.sheet === null).map((m) => m.key);
  return planReplacement(
    (d.reportSheets ?? []).map((s) => s.name),
    earlier,
    data.sheetNames,
    orphans,
    dangling
  );
}

/**
 * Queues the highlights (earlier ones removed, new ones on the input sheet unless it is protected: the
 * report is written all the same and the user is told) and the name that remembers the input sheet.
 */
function queueInputSheet(
  ctx: Excel.RequestContext,
  data: ReadData,
  d: Decision,
  warnings: GenerateResult["warnings"]
): string[] {
  const wbk = ctx.workbook;
  const sheet = d.inputSheet ?? "";
  const inputWs = wbk.worksheets.getItem(sheet);
  const cells = groupCells(scoreCells(d.assessment!, sheet));
  if (d.inputProtected && cells.length > 0) warnings.push(highlightsProtected(sheet));
  const ranges = queueHighlightWrites(
    ctx,
    data.oldHighlights,
    inputWs,
    d.inputProtected ? [] : cells,
    d.assessment!.threshold
  );
  // The input sheet is remembered by a name that follows it (for "auto" and for clearing highlights).
  if (data.inputNameExists) wbk.names.getItem(INPUT_NAME).delete();
  const inputName = wbk.names.add(INPUT_NAME, inputWs.getRange("A1"));
  inputName.visible = false;
  return ranges;
}

export async function generateIn(
  ctx: Excel.RequestContext,
  request: GenerateRequest,
  count: Count
): Promise<GenerateResult> {
  const read = await readForGenerate(ctx, request, count);
  if ("problem" in read) return { ...baseResult(0), problems: [read.problem] };
  const { data } = read;
  const d = decide(request, data);
  if (d.pick) return { ...baseResult(0), status: "pick-row", rows: d.pick, warnings: d.warnings };
  if (d.agencyNames)
    return {
      ...baseResult(0),
      status: "confirm-agency",
      warnings: d.warnings,
      agency: d.agency,
      agencyNames: d.agencyNames,
    };
  if (d.problems.length > 0 || !d.assessment || !d.reportSheets)
    return { ...baseResult(0), status: "problems", problems: d.problems, warnings: d.warnings };
  const assessment = d.assessment;
  const plan = replacementFor(data, d);
  const { sheetsReplaced, sheetsKept } = plan;
  if (
    (plan.replace.length + plan.keep.length > 0 || plan.orphans.length > 0) &&
    !request.confirmReplace
  )
    return {
      ...baseResult(0),
      status: "confirm-replace",
      warnings: d.warnings,
      assessment,
      agency: d.agency,
      sheetsReplaced,
      sheetsKept,
    };

  const warnings = [...d.warnings];
  let ranges: string[] = [];
  const inputId = data.idByName.get((d.inputSheet ?? "").toLowerCase()) ?? "";
  const outcome = await writeOwnSheets(ctx, count, {
    sheets: d.reportSheets.map((p, i) => ({
      plan: p,
      name: plan.names[i],
      role: p.role,
      fiscalYear: d.fiscalYear,
    })),
    write: (ws, s) => writer.writeSheet(ws, s.plan),
    replace: plan.replace,
    keep: plan.keep,
    orphans: plan.orphans,
    dangling: plan.dangling,
    namesBefore: data.sheetNames,
    alsoQueue: () => {
      ranges = queueInputSheet(ctx, data, d, warnings);
    },
    fingerprint: true,
    records: () => data.records,
    remember: () => {
      // (Earlier highlights on a sheet protected since could not be removed: they stay on that sheet,
      // like a user's format, and the warning says why.)
      const hl: HighlightRecord[] = ranges.length
        ? [
            {
              key: INPUT_NAME,
              sheetName: d.inputSheet ?? "",
              ranges,
              threshold: assessment.threshold,
            },
          ]
        : [];
      writeJson(HIGHLIGHTS_KEY, hl);
      if (inputId) writeJson(LAST_INPUT_KEY, { key: INPUT_NAME });
      rememberResult(assessment);
    },
  });
  if (!outcome.ok)
    return {
      ...baseResult(0),
      status: "failed",
      assessment,
      warnings: d.warnings,
      error: reportWriteFailed(outcome.rolledBack, outcome.failure),
    };
  if (outcome.saveError) warnings.push(settingsNotSaved(outcome.saveError));
  return {
    status: "done",
    problems: [],
    warnings,
    assessment,
    agency: d.agency,
    sheetsCreated: outcome.written.map((w) => w.worksheet.name),
    sheetsReplaced,
    sheetsKept,
    syncs: 0,
    ...(d.document ? { report: writtenReport(d.document, d.reportSheets, plan.names) } : {}),
  };
}
