/** The last result, by its status: problems, a row to pick, a failure, or the written report's summary. */
import * as React from "react";
import type { Message } from "../../core/types";
import type { GenerateResult } from "../../excel/api";
import { loadResultSummary, pickRowChunk, resultSummaryChunk } from "../chunks";
import type { Lang } from "../i18n";
import { FailedResult } from "./FailedResult";
import type { SummaryView } from "./PickRow";
import { ProblemList } from "./ProblemList";
import type { ResultSummaryProps } from "./ResultSummary";

// The row picker and the summary view are chunks loaded before their result is shown (../chunks.ts, awaited
// by usePane). Should a "done" result ever come without its view, React.lazy loads it.
const LazyResultSummary = React.lazy(async () => {
  await loadResultSummary();
  return {
    default: (resultSummaryChunk() as NonNullable<ReturnType<typeof resultSummaryChunk>>)
      .ResultSummary,
  };
});
function DoneView(props: ResultSummaryProps): React.JSX.Element {
  const done = resultSummaryChunk();
  return done ? (
    <done.ResultSummary {...props} />
  ) : (
    <React.Suspense fallback={null}>
      <LazyResultSummary {...props} />
    </React.Suspense>
  );
}

/** The many-agency summary's outcome (its view comes with the row picker's chunk). */
export function SummaryOutcome(props: Parameters<typeof SummaryView>[0]): React.JSX.Element | null {
  const chunk = pickRowChunk();
  return chunk ? <chunk.SummaryView {...props} /> : null;
}

export interface ResultViewProps {
  result: GenerateResult;
  lang: Lang;
  /** Keyboard focus lands on the result's heading (or its message bar) after an action. */
  resultRef: React.RefObject<HTMLElement>;
  ribbonAt: string | null;
  disabled: boolean;
  onFocusName: () => void;
  onSelectCell: (cell: string) => void;
  onPickRow: (sheet: string, row: number) => void;
  onSummarize: (sheet: string) => void;
}

/** Warnings from the gateway and the assessment, without repeats. */
export function collectWarnings(result: GenerateResult): Message[] {
  const seen = new Set<string>();
  const out: Message[] = [];
  for (const m of [...result.warnings, ...(result.assessment?.warnings ?? [])]) {
    const key = `${m.code}|${m.cell ?? ""}|${m.th}|${m.en}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}

export function ResultView(props: ResultViewProps): React.JSX.Element {
  const { result, lang, ribbonAt, onSelectCell } = props;
  const focusRef = props.resultRef as React.RefObject<never>;
  const warnings = collectWarnings(result);
  switch (result.status) {
    case "problems":
      return (
        <ProblemList
          problems={result.problems}
          warnings={warnings}
          lang={lang}
          ribbonAt={ribbonAt}
          focusRef={focusRef}
          onSelectCell={onSelectCell}
          onFocusName={props.onFocusName}
        />
      );
    case "pick-row": {
      const chunk = pickRowChunk();
      return !chunk ? (
        <></>
      ) : (
        <chunk.PickRow
          rows={result.rows ?? []}
          lang={lang}
          disabled={props.disabled}
          focusRef={focusRef}
          onPickRow={props.onPickRow}
          onSummarize={props.onSummarize}
        />
      );
    }
    case "failed":
      return (
        <FailedResult
          error={result.error ?? ""}
          lang={lang}
          ribbonAt={ribbonAt}
          focusRef={focusRef}
        />
      );
    default:
      // "done" (a "confirm-replace" result never reaches here: the dialog handles it).
      return (
        <DoneView
          result={result}
          warnings={warnings}
          lang={lang}
          focusRef={focusRef}
          onSelectCell={onSelectCell}
        />
      );
  }
}
