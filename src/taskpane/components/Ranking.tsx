/** The indicators ranked by score, each saying in words whether it is below the threshold. */
import * as React from "react";
import { ArrowDown16Filled, CheckmarkCircle16Filled } from "@fluentui/react-icons";
import type { Assessment } from "../../core/types";
import { strings, type Lang } from "../i18n";
import { summaryRows } from "../logic";
import { useStyles } from "./styles";

export interface RankingProps {
  assessment: Assessment;
  lang: Lang;
}

export function Ranking({ assessment, lang }: RankingProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  const rows = summaryRows(assessment, lang);
  const thresholdText = String(assessment.threshold);
  return (
    <>
      <h3 className={styles.h3}>{s.ranking}</h3>
      <table className={styles.table} data-testid="ranking">
        <thead>
          <tr>
            <th scope="col" className={`${styles.th} ${styles.rankCol}`}>
              {s.rankCol}
            </th>
            <th scope="col" className={styles.th}>
              {s.indicatorCol}
            </th>
            <th scope="col" className={`${styles.th} ${styles.num} ${styles.scoreCol}`}>
              {s.scoreCol}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-indicator={r.id} data-below={r.below ? "true" : "false"}>
              <td className={`${styles.td} ${styles.num}`}>{r.sub ? "" : r.rank}</td>
              <td className={`${styles.td} ${r.sub ? styles.sub : ""}`}>
                <div>
                  {r.label}
                  {r.derived ? ` (${s.derivedMark})` : ""}
                </div>
                {r.below ? (
                  <span className={styles.below}>
                    <ArrowDown16Filled aria-hidden="true" />
                    {s.belowThreshold(thresholdText)}
                  </span>
                ) : (
                  <span className={styles.above}>
                    <CheckmarkCircle16Filled aria-hidden="true" />
                    {s.atOrAbove}
                  </span>
                )}
              </td>
              <td className={`${styles.td} ${styles.num}`}>{r.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
