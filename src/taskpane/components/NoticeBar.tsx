/** The one-line outcome of an action that has no result view (template, phrases, clear, cancel, errors). */
import * as React from "react";
import type { Notice } from "../paneState";
import { MessageBox } from "./MessageBox";
import { useStyles } from "./styles";

export interface NoticeBarProps {
  notice: Notice;
  noticeRef: React.RefObject<HTMLDivElement>;
}

export function NoticeBar({ notice, noticeRef }: NoticeBarProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div
      ref={noticeRef}
      tabIndex={-1}
      className={`${styles.result} ${styles.focusTarget}`}
      data-testid="notice"
    >
      <MessageBox intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
        {notice.text}
      </MessageBox>
    </div>
  );
}
