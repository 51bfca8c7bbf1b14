/**
 * A sheet with a row per agency or year: one button per row, to generate the report for that row, and
 * beside them "สรุปภาพรวมหลายหน่วยงาน", which summarises every row on a new sheet.
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { GenerateResult } from "../../excel/api";
import { strings, type Lang } from "../i18n";
import { useStyles } from "./styles";

// The summary's outcome view travels in this chunk: the summary always starts from the row picker.
export { default as SummaryView } from "./SummaryView";

/** The summary button's label (kept in this lazily loaded chunk, not in ../i18n). */
const SUMMARIZE_ALL: Record<Lang, string> = {
  th: "สรุปภาพรวมหลายหน่วยงาน",
  en: "Summarize all agencies",
};

export interface PickRowProps {
  rows: NonNullable<GenerateResult["rows"]>;
  lang: Lang;
  disabled: boolean;
  focusRef: React.RefObject<never>;
  onPickRow: (sheet: string, row: number) => void;
  onSummarize: (sheet: string) => void;
}

export function PickRow({
  rows,
  lang,
  disabled,
  focusRef,
  onPickRow,
  onSummarize,
}: PickRowProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  return (
    <section className={styles.result} aria-labelledby="pick-h" data-testid="pick-row">
      <h2 id="pick-h" ref={focusRef} tabIndex={-1} className={`${styles.h2} ${styles.focusTarget}`}>
        {s.pickRowTitle}
      </h2>
      <p className={styles.note}>{s.pickRowBody}</p>
      {rows.length > 0 && (
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            className={styles.button}
            disabled={disabled}
            data-testid="summarize-all"
            onClick={() => onSummarize(rows[0].sheet)}
          >
            {SUMMARIZE_ALL[lang]}
          </Button>
        </div>
      )}
      <div className={styles.buttons}>
        {rows.map((r) => (
          <Button
            key={`${r.sheet}-${r.row}`}
            className={styles.button}
            disabled={disabled}
            aria-label={s.pickRowUse(r.label)}
            onClick={() => onPickRow(r.sheet, r.row)}
          >
            {r.label}
          </Button>
        ))}
      </div>
    </section>
  );
}
