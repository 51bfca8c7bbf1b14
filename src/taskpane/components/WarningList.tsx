/** Warnings (the report was written all the same), each with a link to its cell when it has one. */
import * as React from "react";
import type { Message } from "../../core/types";
import { messageText, strings, type Lang } from "../i18n";
import { CellLink } from "./CellLink";
import { MessageBox } from "./MessageBox";
import { useStyles } from "./styles";

export interface WarningListProps {
  warnings: Message[];
  lang: Lang;
  onSelectCell: (cell: string) => void;
}

export function WarningList({
  warnings,
  lang,
  onSelectCell,
}: WarningListProps): React.JSX.Element | null {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  const s = strings(lang);
  return (
    <div className={styles.section} data-testid="warnings">
      <h3 className={styles.h3}>{s.warningsTitle}</h3>
      {warnings.map((w, i) => (
        <MessageBox key={`${w.code}-${w.cell ?? ""}-${i}`} intent="warning" data-code={w.code}>
          <div>{messageText(w, lang)}</div>
          {w.cell && (
            <CellLink cell={w.cell} lang={lang} onSelectCell={onSelectCell}>
              {s.goToCell(w.cell)}
            </CellLink>
          )}
        </MessageBox>
      ))}
    </div>
  );
}
