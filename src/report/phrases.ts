/**
 * The phrase library: every sentence template, indicator description, tool interpretation,
 * recommendation and measure of the report, as data. Keys are stable; values are Thai templates with
 * {placeholders}. Numbers are written here with Arabic digits: the composer converts them to Thai digits
 * where the digit option asks for it. Multi-line values (assessment points, steps) use "\n" between items.
 *
 * An officer may edit a copy in the sheet "ข้อความรายงาน ITA" (see phraseSheet.ts); missing entries fall
 * back to these defaults, and an edited entry may use only the placeholders its default uses.
 */

import type { PhraseLibrary } from "./phraseLibrary";
import { BY_YEAR, indicatorPhrases, SUBS, targetPhrases } from "./phrasesIndicators";
import { BANDS, standingPhrases, TOOL_NAMES, toolPhrases } from "./phrasesTools";
import { COMPARE } from "./phrasesCompare";
import { ANALYSIS_TEXT, OPENING_TEXT, S4_EXTRA, UNCONFIRMED } from "./phrasesSections";
import { KIND_PHRASES } from "./vocabulary";

export { keyForYear, type PhraseLibrary } from "./phraseLibrary";
export { BAND_EDGES, STANDING_MEASURES, TOOL_BANDS } from "./phrasesTools";
export { describeKey } from "./phraseKeys";

/**
 * The library in its fixed key order (the editable phrase sheet lists the keys in this order): the
 * running text, the section ๓ bands, sub-indicators, unconfirmed year and section ๔ extras, then the
 * indicators, tools, standing measures and targets, then the tool names, year variants, comparison and
 * the kind variants (a later entry of a key already present replaces its text in place).
 */
function build(): PhraseLibrary {
  const p: PhraseLibrary = {
    ...OPENING_TEXT,
    ...ANALYSIS_TEXT,
    ...BANDS,
    ...SUBS,
    ...UNCONFIRMED,
    ...S4_EXTRA,
  };
  indicatorPhrases(p);
  toolPhrases(p);
  standingPhrases(p);
  targetPhrases(p);
  Object.assign(p, TOOL_NAMES, BY_YEAR, COMPARE, KIND_PHRASES);
  return p;
}

/** The complete Thai default library. Frozen: copy it to edit. */
export const defaultPhrases: PhraseLibrary = Object.freeze(build()) as PhraseLibrary;
