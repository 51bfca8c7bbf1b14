/** Why nothing was written: each problem in Thai or English with a link to its cell (or to the name field). */
import * as React from "react";
import { Link } from "@fluentui/react-components";
import type { Message } from "../../core/types";
import { messageText, strings, type Lang } from "../i18n";
import { AGENCY_NAME_CODE } from "../logic";
import { CellLink } from "./CellLink";
import { FailureHead } from "./FailureHead";
import { useStyles } from "./styles";
import { WarningList } from "./WarningList";

export interface ProblemListProps {
  problems: Message[];
  warnings: Message[];
  lang: Lang;
  /** When the problems are the ribbon button's last run: when it ran. */
  ribbonAt: string | null;
  focusRef: React.RefObject<never>;
  onSelectCell: (cell: string) => void;
  onFocusName: () => void;
}

export function ProblemList({
  problems,
  warnings,
  lang,
  ribbonAt,
  focusRef,
  onSelectCell,
  onFocusName,
}: ProblemListProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  return (
    <section className={styles.result} aria-labelledby="problems-h" data-testid="problems">
      <FailureHead
        lang={lang}
        ribbonAt={ribbonAt}
        focusRef={focusRef}
        titleId="problems-h"
        title={s.problemsTitle(problems.length)}
      />
      <p className={styles.note}>{s.problemsIntro}</p>
      <ul className={styles.list}>
        {problems.map((p, i) => (
          <li
            key={`${p.code}-${p.cell ?? ""}-${i}`}
            className={styles.problem}
            data-testid="problem"
          >
            <span>{messageText(p, lang)}</span>
            {p.cell ? (
              <CellLink cell={p.cell} lang={lang} onSelectCell={onSelectCell} />
            ) : p.code === AGENCY_NAME_CODE ? (
              <Link as="button" onClick={onFocusName} data-testid="go-to-name">
                {s.goToNameField}
              </Link>
            ) : (
              <span className={styles.note}>{s.noCell}</span>
            )}
          </li>
        ))}
      </ul>
      <WarningList warnings={warnings} lang={lang} onSelectCell={onSelectCell} />
    </section>
  );
}
