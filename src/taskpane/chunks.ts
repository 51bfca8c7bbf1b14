/**
 * The pane's parts that are not in its first load, each its own chunk, loaded before the result that needs
 * it is shown (usePane awaits the loader), so that it renders at once, focus included:
 * - the row picker, with "สรุปภาพรวมหลายหน่วยงาน" and the summary's outcome view;
 * - the written report's summary view (its Badge and level colours are not needed before a report exists).
 * Views read what is loaded (pickRowChunk, resultSummaryChunk); they never start a load themselves, except
 * through React.lazy as a fallback.
 */
import type * as PickRowModule from "./components/PickRow";
import type * as ResultSummaryModule from "./components/ResultSummary";

let pickRow: typeof PickRowModule | null = null;
let resultSummary: typeof ResultSummaryModule | null = null;

export async function loadPickRow(): Promise<void> {
  pickRow ??= await import(/* webpackChunkName: "pick-row" */ "./components/PickRow");
}

export async function loadResultSummary(): Promise<void> {
  resultSummary ??= await import(
    /* webpackChunkName: "result-summary" */ "./components/ResultSummary"
  );
}

/** The row picker's module once loaded, else null. */
export function pickRowChunk(): typeof PickRowModule | null {
  return pickRow;
}

/** The summary view's module once loaded, else null. */
export function resultSummaryChunk(): typeof ResultSummaryModule | null {
  return resultSummary;
}
