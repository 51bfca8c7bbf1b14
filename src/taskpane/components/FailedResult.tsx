/** Excel refused the read or the write: the error, and when it was the ribbon button's run. */
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { strings, type Lang } from "../i18n";
import { formatWhen } from "../logic";
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
      <MessageBar
        ref={focusRef}
        tabIndex={-1}
        className={styles.focusTarget}
        intent="error"
        role="alert"
      >
        <MessageBarBody className={styles.msgBody}>
          <MessageBarTitle>{s.failedTitle}</MessageBarTitle> {error}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
