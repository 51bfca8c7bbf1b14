/**
 * After an action, keyboard focus moves to what it produced: the result, or the notice. `focusAfter` asks
 * for it; the element behind the ref is focused (and scrolled into view) once it has rendered.
 */
import * as React from "react";

export type FocusTarget = "result" | "notice";

export interface FocusAfterAction {
  resultRef: React.RefObject<HTMLElement>;
  noticeRef: React.RefObject<HTMLDivElement>;
  focusAfter: (target: FocusTarget) => void;
}

export function useFocusAfterAction(): FocusAfterAction {
  const resultRef = React.useRef<HTMLElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = React.useState<FocusTarget | null>(null);

  React.useEffect(() => {
    const target =
      focusTarget === "result"
        ? resultRef.current
        : focusTarget === "notice"
          ? noticeRef.current
          : null;
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView?.({ block: "start" });
    }
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  return { resultRef, noticeRef, focusAfter: setFocusTarget };
}
