/**
 * After "สรุปภาพรวมหลายหน่วยงาน": which sheet was written and how many agencies it summarises, the rows
 * skipped with their problems (each with a link to its cell), and the warnings (e.g. a sheet larger than
 * the read window). Loaded with the row picker's chunk (PickRow.tsx), not with the pane's first load.
 */
import * as React from "react";
import type { SummaryResult } from "../../excel/api";
import { messageText, type Lang } from "../i18n";
import { CellLink } from "./CellLink";
import { MessageBox } from "./MessageBox";
import { useStyles } from "./styles";
import { WarningList } from "./WarningList";

/** This view's own strings (kept here, in the lazily loaded chunk, not in ../i18n). */
const TEXT = {
  th: {
    done: (sheets: string, n: number) =>
      `เขียนแผ่นงาน ${sheets} แล้ว สรุป ${n.toLocaleString("en-US")} หน่วยงาน`,
    skipped: (n: number) =>
      `ข้าม ${n.toLocaleString("en-US")} แถวที่ข้อมูลมีปัญหา (รายการนี้อยู่ในแผ่นงานสรุปด้วย):`,
  },
  en: {
    done: (sheets: string, n: number) =>
      `Sheet ${sheets} written: ${n.toLocaleString("en-US")} agencies summarized`,
    skipped: (n: number) =>
      `${n.toLocaleString("en-US")} rows with problems were skipped (also listed on the summary sheet):`,
  },
};

export interface SummaryViewProps {
  summary: SummaryResult;
  lang: Lang;
  focusRef: React.RefObject<never>;
  onSelectCell: (cell: string) => void;
}

export default function SummaryView({
  summary,
  lang,
  focusRef,
  onSelectCell,
}: SummaryViewProps): React.JSX.Element {
  const styles = useStyles();
  const sheets = summary.sheetsCreated.map((n) => `“${n}”`).join(", ");
  return (
    <section className={styles.result} aria-labelledby="summary-h" data-testid="summary-result">
      <MessageBox
        ref={focusRef}
        tabIndex={-1}
        className={styles.focusTarget}
        intent="success"
        titleId="summary-h"
        title={TEXT[lang].done(sheets, summary.agencies)}
      />
      {summary.skipped.length > 0 && (
        <>
          <p className={styles.note}>{TEXT[lang].skipped(summary.skipped.length)}</p>
          <ul className={styles.list} data-testid="summary-skipped">
            {summary.skipped.map((k) => (
              <li key={`${k.row}-${k.name}`} className={styles.problem}>
                <strong>{k.name}</strong>
                {k.problems.map((p, i) => (
                  <span key={`${p.code}-${i}`}>
                    {" "}
                    {messageText(p, lang)}{" "}
                    {p.cell && <CellLink cell={p.cell} lang={lang} onSelectCell={onSelectCell} />}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <WarningList warnings={summary.warnings} lang={lang} onSelectCell={onSelectCell} />
    </section>
  );
}
