/** The four actions (generate, input template, phrase sheet, clear highlights) and the progress line. */
import * as React from "react";
import { Button, ProgressBar, Spinner } from "@fluentui/react-components";
import { strings, type Lang } from "../i18n";
import type { PaneState } from "../usePane";
import { useStyles } from "./styles";

export interface ActionsProps {
  lang: Lang;
  pane: Pick<
    PaneState,
    | "form"
    | "busy"
    | "busyLabel"
    | "disabled"
    | "thresholdInvalid"
    | "generate"
    | "createTemplate"
    | "createPhrases"
    | "clearHighlights"
  >;
}

export function Actions({ lang, pane }: ActionsProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  const { disabled, thresholdInvalid } = pane;
  return (
    <section className={styles.section} aria-labelledby="actions-h">
      <h2 id="actions-h" className={styles.h2}>
        {s.actionsSection}
      </h2>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          className={styles.button}
          disabled={disabled || thresholdInvalid}
          onClick={() => void pane.generate({ kind: pane.form.source })}
          data-testid="generate"
        >
          {s.generate}
        </Button>
        <Button
          className={styles.button}
          disabled={disabled || thresholdInvalid}
          onClick={() => void pane.createTemplate()}
          data-testid="create-template"
        >
          {s.createTemplate}
        </Button>
        <Button
          className={styles.button}
          disabled={disabled}
          onClick={() => void pane.createPhrases()}
          data-testid="create-phrases"
        >
          {s.createPhrases}
        </Button>
        <Button
          className={styles.button}
          disabled={disabled}
          onClick={() => void pane.clearHighlights()}
          data-testid="clear-highlights"
        >
          {s.clearHighlights}
        </Button>
      </div>
      <div aria-live="polite" className={styles.busy}>
        {pane.busy && (
          <>
            <Spinner size="tiny" label={pane.busyLabel} labelPosition="after" data-testid="busy" />
            <ProgressBar thickness="medium" />
          </>
        )}
      </div>
    </section>
  );
}
