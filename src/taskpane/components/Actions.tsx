/**
 * The pane's actions, as two props-only views:
 * - ActionBar: the main action ("สร้างรายงาน") and the progress line, in a bar that stays at the bottom of
 *   the pane while the officer scrolls the form above it (position: sticky), so the button is in view at
 *   320x600 as at any size;
 * - MoreActions: the other actions, one button each, from a list: adding an action is one more entry.
 * Only the main action is a primary button.
 */
import * as React from "react";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { keepWhole } from "./KeepWhole";
import { useStyles } from "./styles";

/** One action: its label, whether it can run now, and what it does. */
export interface ActionSpec {
  /** The button's data-testid (the browser test drives the pane through them). */
  id: string;
  label: string;
  disabled: boolean;
  run: () => void;
}

const useBarStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    margin: "0 -14px",
    padding: "8px 14px 10px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
});

export interface ActionBarProps {
  main: ActionSpec;
  /** What is running, said in words (empty when nothing runs). */
  busyLabel: string;
}

export function ActionBar({ main, busyLabel }: ActionBarProps): React.JSX.Element {
  const styles = useStyles();
  const bar = useBarStyles();
  return (
    <div className={bar.bar} data-testid="action-bar">
      <Button
        appearance="primary"
        className={styles.button}
        disabled={main.disabled}
        onClick={main.run}
        data-testid={main.id}
      >
        {keepWhole(main.label)}
      </Button>
      <div aria-live="polite" className={styles.busy}>
        {busyLabel && (
          <Spinner size="tiny" label={busyLabel} labelPosition="after" data-testid="busy" />
        )}
      </div>
    </div>
  );
}

export interface MoreActionsProps {
  title: string;
  actions: ActionSpec[];
}

export function MoreActions({ title, actions }: MoreActionsProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="actions-h">
      <h2 id="actions-h" className={styles.h2}>
        {keepWhole(title)}
      </h2>
      <div className={styles.buttons}>
        {actions.map((a) => (
          <Button
            key={a.id}
            className={styles.button}
            disabled={a.disabled}
            onClick={a.run}
            data-testid={a.id}
          >
            {keepWhole(a.label)}
          </Button>
        ))}
      </div>
    </section>
  );
}
