/**
 * The task pane: agency details and options (saved with the document), the main action in a bar that stays
 * in view, progress, the result (summary, warnings, problems with their cells, replace/pick-row questions),
 * the other actions, and the add-in's version. State and effects live in ../usePane.ts; each part of the
 * pane is a props-only component in this folder.
 * Everything Excel-side goes through the ExcelGateway passed in, so the pane runs against the real
 * Office.js edge (src/excel) or a fake host (tests/browser) alike.
 */
import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { ExcelGateway } from "../../excel/api";
import { strings, type Lang } from "../i18n";
import type { RibbonRun } from "../logic";
import { usePane } from "../usePane";
import { APP_VERSION } from "../version";
import { ActionBar, MoreActions, type ActionSpec } from "./Actions";
import { ChunkBoundary } from "./ChunkBoundary";
import { MessageBox } from "./MessageBox";
import { NoticeBar } from "./NoticeBar";
import { ResultView, SummaryOutcome } from "./ResultView";
import { SettingsForm } from "./SettingsForm";
import { paneTheme, useStyles } from "./styles";

/** "ดาวน์โหลดไฟล์ Word" is its own small chunk, loaded once a report is written. */
const WordExport = React.lazy(async () => ({
  default: (await import(/* webpackChunkName: "word-export" */ "./WordExport")).WordExport,
}));

// Asked only when a report would be replaced: loaded then, not with the pane.
const ConfirmDialog = React.lazy(
  () => import(/* webpackChunkName: "confirm-dialog" */ "./ConfirmDialog")
);

export interface AppProps {
  gateway: ExcelGateway;
  lang: Lang;
  /** The ribbon button's last run, shown when it did not write the report (problems or failure). */
  lastRun?: RibbonRun | null;
}

export function App({ gateway, lang, lastRun }: AppProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  const pane = usePane(gateway, lang, lastRun);
  const { support, confirm, disabled, thresholdInvalid } = pane;

  const generate: ActionSpec = {
    id: "generate",
    label: s.generate,
    disabled: disabled || thresholdInvalid,
    run: () => void pane.generate({ kind: pane.form.source }),
  };
  const more: ActionSpec[] = [
    {
      id: "track",
      label: s.track,
      disabled,
      run: () => void pane.track(),
    },
    {
      id: "followup",
      label: s.followup,
      disabled,
      run: () => void pane.followup(),
    },
    {
      id: "create-template",
      label: s.createTemplate,
      disabled: disabled || thresholdInvalid,
      run: () => void pane.createTemplate(),
    },
    {
      id: "create-phrases",
      label: s.createPhrases,
      disabled,
      run: () => void pane.createPhrases(),
    },
    {
      id: "clear-highlights",
      label: s.clearHighlights,
      disabled,
      run: () => void pane.clearHighlights(),
    },
  ];

  return (
    <FluentProvider theme={paneTheme} lang={lang} dir="ltr">
      <main className={styles.root} data-testid="pane">
        <header>
          <h1 className={styles.title}>{s.appTitle}</h1>
          <p className={styles.subtitle}>{s.appSubtitle}</p>
        </header>

        {!support.ok && (
          <MessageBox intent="error" title={s.unsupportedTitle} data-testid="unsupported">
            {pane.outsideOffice ? (
              s.notInExcel
            ) : (
              <>
                {s.unsupportedBody}
                <details className={styles.details}>
                  <summary>{s.unsupportedDetails}</summary>
                  {support.missing.join("; ")}
                </details>
              </>
            )}
          </MessageBox>
        )}

        <SettingsForm
          lang={lang}
          form={pane.form}
          update={pane.update}
          nameRef={pane.nameRef}
          nameMissing={pane.nameMissing}
          thresholdInvalid={pane.thresholdInvalid}
        />

        <ActionBar main={generate} busyLabel={pane.busyLabel} />

        {pane.notice && <NoticeBar notice={pane.notice} noticeRef={pane.noticeRef} />}

        {pane.result && (
          <ChunkBoundary lang={lang}>
            <ResultView
              result={pane.result}
              lang={lang}
              resultRef={pane.resultRef}
              ribbonAt={pane.ribbonAt}
              disabled={pane.disabled}
              onFocusName={pane.focusName}
              onSelectCell={pane.selectCell}
              onPickRow={(sheet, row) => void pane.generate({ kind: "row", sheet, row })}
              onSummarize={(sheet) => void pane.summarize(sheet)}
            />
          </ChunkBoundary>
        )}

        {pane.exportWord && (
          <React.Suspense fallback={null}>
            <WordExport
              lang={lang}
              cannotSave={pane.wordCannotSave}
              disabled={pane.disabled}
              onExport={pane.exportWord}
            />
          </React.Suspense>
        )}

        {pane.summary && (
          <SummaryOutcome
            summary={pane.summary}
            lang={lang}
            focusRef={pane.resultRef as React.RefObject<never>}
            onSelectCell={pane.selectCell}
          />
        )}

        <MoreActions title={s.actionsSection} actions={more} />

        <footer className={styles.note} data-testid="version">
          {s.appTitle} · {s.version(APP_VERSION)}
        </footer>
      </main>

      {confirm && (
        <ChunkBoundary lang={lang}>
          <React.Suspense fallback={null}>
            <ConfirmDialog
              sheets={confirm.sheets}
              lang={lang}
              onReplace={() => void confirm.replace()}
              agency={confirm.agency}
              onUseSaved={() => void confirm.agency?.useSaved()}
              onCancel={pane.cancelReplace}
            />
          </React.Suspense>
        </ChunkBoundary>
      )}
    </FluentProvider>
  );
}
