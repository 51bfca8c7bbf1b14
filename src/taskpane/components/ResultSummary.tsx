/** The report was written: total and level, the tool scores, the ranking, warnings, the sheets created. */
import * as React from "react";
import { Badge } from "@fluentui/react-components";
import type { Message } from "../../core/types";
import type { GenerateResult } from "../../excel/api";
import { strings, type Lang } from "../i18n";
import { formatScore, levelColor, levelLabel } from "../logic";
import { MessageBox } from "./MessageBox";
import { Ranking } from "./Ranking";
import { useStyles } from "./styles";
import { WarningList } from "./WarningList";

export interface ResultSummaryProps {
  result: GenerateResult;
  warnings: Message[];
  lang: Lang;
  focusRef: React.RefObject<never>;
  onSelectCell: (cell: string) => void;
}

export function ResultSummary({
  result,
  warnings,
  lang,
  focusRef,
  onSelectCell,
}: ResultSummaryProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  const assessment = result.assessment;
  const level = assessment ? levelLabel(assessment, lang) : null;
  return (
    <section
      className={styles.result}
      aria-labelledby="result-h"
      data-testid="summary"
      data-syncs={result.syncs}
    >
      <h2
        id="result-h"
        ref={focusRef}
        tabIndex={-1}
        className={`${styles.h2} ${styles.focusTarget}`}
      >
        {s.resultTitle(assessment?.fiscalYear)}
      </h2>
      {assessment && (
        <>
          <div className={styles.totalLine}>
            <span>{s.total}</span>
            <span className={styles.totalValue} data-testid="total">
              {assessment.total === null ? s.notComputed : formatScore(assessment.total)}
            </span>
            <span>{s.level}</span>
            <Badge
              size="extra-large"
              appearance="filled"
              color={levelColor(assessment.level?.id)}
              data-testid="level"
            >
              {level ?? s.levelNone}
            </Badge>
          </div>
          <h3 className={styles.h3}>{s.toolScores}</h3>
          <table className={styles.table} data-testid="tools">
            <tbody>
              {(["IIT", "EIT", "OIT"] as const).map((tool) => {
                const value =
                  tool === "IIT"
                    ? assessment.iit
                    : tool === "EIT"
                      ? assessment.eit
                      : assessment.oit;
                return (
                  <tr key={tool}>
                    <td className={styles.td}>{s.toolName(tool)}</td>
                    <td
                      className={`${styles.td} ${styles.num} ${styles.scoreCol}`}
                      data-tool={tool}
                    >
                      {value === null ? s.notComputed : formatScore(value)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Ranking assessment={assessment} lang={lang} />
        </>
      )}
      <WarningList warnings={warnings} lang={lang} onSelectCell={onSelectCell} />
      {result.sheetsCreated.length > 0 && (
        <>
          <h3 className={styles.h3}>{s.sheetsCreated}</h3>
          <ul className={styles.list} data-testid="sheets-created">
            {result.sheetsCreated.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {(result.sheetsKept ?? []).map((k) => (
        <MessageBox key={k.to} intent="info">
          {s.sheetsKept(k.from, k.to)}
        </MessageBox>
      ))}
    </section>
  );
}
