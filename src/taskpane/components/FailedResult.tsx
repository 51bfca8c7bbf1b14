/** Excel refused the read or the write: the error, and when it was the ribbon button's run. */
import * as React from "react";
import { strings, type Lang } from "../i18n";
import { formatWhen, isChunkLoadError } from "../logic";
import { MessageBox } from "./MessageBox";
import { useStyles } from "./styles";

export interface FailedResultProps {
  error: string;
  lang: Lang;
  ribbonAt: string | null;
  focusRef: React.RefObject<never>;
}

export function FailedResult({
  error,
  lang,
  ribbonAt,
  focusRef,
}: FailedResultProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  return (
    <section className={styles.result} data-testid="failed">
      {ribbonAt && <p className={styles.note}>{s.ribbonRun(formatWhen(ribbonAt, lang))}</p>}
      <MessageBox
        ref={focusRef}
        tabIndex={-1}
        className={styles.focusTarget}
        intent="error"
        role="alert"
        title={isChunkLoadError(error) ? s.addinUpdated : s.failedTitle}
      >
        {isChunkLoadError(error) ? null : error}
      </MessageBox>
    </section>
  );
}
