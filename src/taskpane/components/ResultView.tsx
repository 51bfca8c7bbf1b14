/** The last result, by its status: problems, a row to pick, a failure, or the written report's summary. */
import * as React from "react";
import type { Message } from "../../core/types";
import type { GenerateResult } from "../../excel/api";
import type { Lang } from "../i18n";
import { FailedResult } from "./FailedResult";
import type { PickRow, SummaryView } from "./PickRow";
import { ProblemList } from "./ProblemList";
import type { ResultSummary, ResultSummaryProps } from "./ResultSummary";

/**
 * The row picker (with "สรุปภาพรวมหลายหน่วยงาน") is its own chunk, loaded before a pick-row result is
 * shown (usePane awaits loadPickRow), so that it renders at once, focus included, and the pane's first
 * load does not carry it.
 */
let chunk: { PickRow: typeof PickRow; SummaryView: typeof SummaryView } | null = null;
export async function loadPickRow(): Promise<void> {
  chunk ??= await import(/* webpackChunkName: "pick-row" */ "./PickRow");
}

/**
 * The written report's summary view is its own chunk too (its Badge and level colours are not needed
 * before a report is written): usePane awaits loadResultSummary before showing a "done" result, so it
 * renders at once, focus included; should a "done" result ever come without it, React.lazy loads it.
 */
let done: { ResultSummary: typeof ResultSummary } | null = null;
export async function loadResultSummary(): Promise<void> {
  done ??= await import(/* webpackChunkName: "result-summary" */ "./ResultSummary");
}
const LazyResultSummary = React.lazy(async () => {
  await loadResultSummary();
  return { default: (done as NonNullable<typeof done>).ResultSummary };
});
function DoneView(props: ResultSummaryProps): React.JSX.Element {
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
    case "pick-row":
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
