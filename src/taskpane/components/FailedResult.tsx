/** Excel refused the read or the write: the error, and when it was the ribbon button's run. */
import * as React from "react";
import { strings, type Lang } from "../i18n";
import { isChunkLoadError } from "../logic";
import { FailureHead } from "./FailureHead";
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
      <FailureHead
        lang={lang}
        ribbonAt={ribbonAt}
        focusRef={focusRef}
        title={isChunkLoadError(error) ? s.addinUpdated : s.failedTitle}
      >
        {isChunkLoadError(error) ? null : error}
      </FailureHead>
    </section>
  );
}
