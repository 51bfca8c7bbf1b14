/**
 * The head of a result that wrote nothing (Excel refused, or the input has problems): when it was the
 * ribbon button's run, a note of when it ran; then the error box, which takes the focus.
 */
import * as React from "react";
import { strings, type Lang } from "../i18n";
import { formatWhen } from "../logic";
import { MessageBox } from "./MessageBox";
import { useStyles } from "./styles";

export interface FailureHeadProps {
  lang: Lang;
  ribbonAt: string | null;
  focusRef: React.RefObject<never>;
  title: React.ReactNode;
  /** An id for the title (the section's aria-labelledby may point at it). */
  titleId?: string;
  children?: React.ReactNode;
}

export function FailureHead({
  lang,
  ribbonAt,
  focusRef,
  title,
  titleId,
  children,
}: FailureHeadProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {ribbonAt && (
        <p className={styles.note}>{strings(lang).ribbonRun(formatWhen(ribbonAt, lang))}</p>
      )}
      <MessageBox
        ref={focusRef}
        tabIndex={-1}
        className={styles.focusTarget}
        intent="error"
        role="alert"
        titleId={titleId}
        title={title}
      >
        {children}
      </MessageBox>
    </>
  );
}
