/**
 * The engine and composer functions the Office.js edge calls, in one place: the single list of what
 * src/excel needs from src/core and src/report.
 *
 * The composer (src/report: the report's text, the phrase library, the template and phrase-sheet plans) is
 * loaded when first needed, as a separate chunk, so the task pane's first load stays small: call
 * `await loadComposer()` before using `composer` (it throws otherwise).
 */
import {
  agencyCellOf,
  agencyTextProblems,
  assessRaw,
  findInputInGrid,
  parseThreshold,
  templateDateProblem,
} from "../core";
import type * as Report from "../report";

export type PhraseLibrary = Report.PhraseLibrary;

export const engine = {
  findInputInGrid,
  assessRaw,
  parseThreshold,
  agencyTextProblems,
  agencyCellOf,
  templateDateProblem,
};

type Composer = Pick<
  typeof Report,
  "composeReport" | "inputTemplatePlan" | "phraseSheetPlan" | "phrasesFromRows"
>;

let loaded: Composer | null = null;
let loading: Promise<Composer> | null = null;

/** Loads src/report once (later calls return at once). */
export function loadComposer(): Promise<Composer> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import(/* webpackChunkName: "composer" */ "../report").then((m) => {
    loaded = m;
    return m;
  });
  return loading;
}

function need(): Composer {
  if (!loaded)
    throw new Error("the report composer is not loaded yet (await loadComposer() first)");
  return loaded;
}

export const composer: Composer = {
  composeReport: (...a) => need().composeReport(...a),
  inputTemplatePlan: (...a) => need().inputTemplatePlan(...a),
  phraseSheetPlan: (...a) => need().phraseSheetPlan(...a),
  phrasesFromRows: (...a) => need().phrasesFromRows(...a),
};
