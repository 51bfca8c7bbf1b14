/**
 * The engine and composer functions the Office.js edge calls, in one place: the single list of what
 * src/excel needs from src/core and src/report.
 *
 * The composer (src/report: the report's text, the phrase library, the template and phrase-sheet plans) is
 * loaded when first needed, as a separate chunk, so the task pane's first load stays small: call
 * `await loadComposer()` before using `composer` (it throws otherwise).
 */
import { assessRaw, findInputInGrid, parseThreshold } from "../core";
import type * as InputChecks from "../core/inputChecks";
import type * as Earlier from "../core/earlier";
import type * as Report from "../report";
import type * as Writer from "./writePlan";

export type PhraseLibrary = Report.PhraseLibrary;

export const engine = { findInputInGrid, assessRaw, parseThreshold };

type Composer = Pick<
  typeof Report,
  | "composeReport"
  | "composeDocument"
  | "renderSheets"
  | "inputTemplatePlan"
  | "phraseSheetPlan"
  | "phrasesFromRows"
  | "planLimitProblems"
>;
type Checks = Pick<
  typeof InputChecks,
  "agencyTextProblems" | "agencyCellOf" | "templateDateProblem"
> &
  Pick<typeof Earlier, "comparisonForInput">;

let loaded: Composer | null = null;
let loadedWriter: Pick<typeof Writer, "writeSheet"> | null = null;
let loadedChecks: Checks | null = null;
let loading: Promise<Composer> | null = null;

/** Loads src/report, the Office.js plan writer and the agency checks once, as one chunk (later calls return at once). */
export function loadComposer(): Promise<Composer> {
  if (loaded && loadedWriter) return Promise.resolve(loaded);
  loading ??= Promise.all([
    import(/* webpackChunkName: "composer" */ "../report"),
    import(/* webpackChunkName: "composer" */ "./writePlan"),
    import(/* webpackChunkName: "composer" */ "../core/inputChecks"),
    import(/* webpackChunkName: "composer" */ "../core/earlier"),
  ]).then(([m, w, c, e]) => {
    loaded = m;
    loadedWriter = w;
    loadedChecks = { ...c, comparisonForInput: e.comparisonForInput };
    return m;
  });
  return loading;
}

function need(): Composer {
  if (!loaded)
    throw new Error("the report composer is not loaded yet (await loadComposer() first)");
  return loaded;
}

/** The Office.js sheet writer (src/excel/writePlan.ts), loaded with the composer. */
export const writer: Pick<typeof Writer, "writeSheet"> = {
  writeSheet: (...a) => {
    if (!loadedWriter)
      throw new Error("the plan writer is not loaded yet (await loadComposer() first)");
    return loadedWriter.writeSheet(...a);
  },
};

/** The agency and report-date checks and the year-over-year step shared with the command line (src/core/inputChecks.ts, earlier.ts). */
export const checks: Checks = {
  agencyTextProblems: (...a) => needChecks().agencyTextProblems(...a),
  agencyCellOf: (...a) => needChecks().agencyCellOf(...a),
  templateDateProblem: (...a) => needChecks().templateDateProblem(...a),
  // Year over year (compareYears) is loaded with the composer, not in the first load.
  comparisonForInput: (...a) => needChecks().comparisonForInput(...a),
};

function needChecks(): Checks {
  if (!loadedChecks) throw new Error("the checks are not loaded yet (await loadComposer() first)");
  return loadedChecks;
}

export const composer: Composer = {
  composeReport: (...a) => need().composeReport(...a),
  composeDocument: (...a) => need().composeDocument(...a),
  renderSheets: (...a) => need().renderSheets(...a),
  inputTemplatePlan: (...a) => need().inputTemplatePlan(...a),
  phraseSheetPlan: (...a) => need().phraseSheetPlan(...a),
  phrasesFromRows: (...a) => need().phrasesFromRows(...a),
  planLimitProblems: (...a) => need().planLimitProblems(...a),
};
