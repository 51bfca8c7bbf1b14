/**
 * The task pane: agency details and options (saved with the document), the four actions, progress,
 * and the result (summary, warnings, problems with their cells, replace/pick-row questions).
 * Everything Excel-side goes through the ExcelGateway passed in, so the pane runs against the real
 * Office.js edge (src/excel) or a fake host (tests/browser) alike.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  FluentProvider,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import { ArrowDown16Filled, CheckmarkCircle16Filled } from "@fluentui/react-icons";
import type { Message } from "../core/types";
import type { AddinSettings, ExcelGateway, GenerateResult, InputSource } from "../excel/api";
import type { DigitMode } from "../report/plan";
import { Lang, messageText, strings } from "./i18n";
import {
  FISCAL_YEARS,
  FormState,
  RibbonRun,
  formatWhen,
  resultFromRibbonRun,
  formFromSettings,
  formatScore,
  levelColor,
  levelLabel,
  settingsFromForm,
  summaryRows,
} from "./logic";

/** The gateway's problem code for a missing agency name (src/excel/gateway.ts); it names no cell. */
const AGENCY_NAME_CODE = "agency-name";

/** Thai-capable fonts first: Windows (Leelawadee UI, Tahoma), Mac/Office (Thonburi, TH Sarabun New), Linux. */
export const FONT_STACK =
  '"Leelawadee UI", Leelawadee, Tahoma, Thonburi, "TH Sarabun New", "Noto Sans Thai", Loma, "Segoe UI", sans-serif';

export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "560px",
    margin: "0 auto",
    padding: "12px 14px 24px",
    display: "flex",
    flexDirection: "column",
    gap: "14px",
    overflowX: "hidden",
    // Thai stacks vowels and tone marks above and below the line: give them room.
    lineHeight: "1.55",
    overflowWrap: "anywhere",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: "1.5",
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  h2: {
    margin: "4px 0 0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: "1.5",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  h3: {
    margin: "6px 0 0",
    fontSize: tokens.fontSizeBase300,
    lineHeight: "1.5",
    fontWeight: tokens.fontWeightSemibold,
  },
  buttons: { display: "flex", flexDirection: "column", gap: "8px" },
  button: {
    width: "100%",
    justifyContent: "center",
    minHeight: "34px",
    whiteSpace: "normal",
    lineHeight: "1.4",
  },
  busy: { display: "flex", flexDirection: "column", gap: "6px" },
  result: {
    display: "flex",
    flexDirection: "column",
    gap: "10px",
  },
  focusTarget: {
    outlineStyle: "none",
    scrollMarginTop: "10px",
    ":focus-visible": {
      outline: `2px solid ${tokens.colorBrandStroke1}`,
      outlineOffset: "1px",
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  totalLine: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: "10px" },
  totalValue: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: "1.3",
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase300,
  },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "4px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  td: {
    padding: "4px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  rankCol: { width: "3.2em" },
  scoreCol: { width: "4.2em" },
  sub: { color: tokens.colorNeutralForeground3 },
  below: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  above: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: "6px" },
  problem: { display: "flex", flexDirection: "column", gap: "2px" },
  msgBody: { whiteSpace: "normal", lineHeight: "1.55" },
});

type Busy = null | "template" | "generate" | "phrases" | "clear";

interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

export interface AppProps {
  gateway: ExcelGateway;
  lang: Lang;
  /** The ribbon button's last run, shown when it did not write the report (problems or failure). */
  lastRun?: RibbonRun | null;
}

/** Warnings from the gateway and the assessment, without repeats. */
function collectWarnings(result: GenerateResult): Message[] {
  const seen = new Set<string>();
  const out: Message[] = [];
  for (const m of [...result.warnings, ...(result.assessment?.warnings ?? [])]) {
    const key = `${m.code}|${m.cell ?? ""}|${m.th}|${m.en}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}

export function App({ gateway, lang, lastRun }: AppProps): React.JSX.Element {
  const s = strings(lang);
  const styles = useStyles();
  const support = React.useMemo(() => gateway.checkSupport(), [gateway]);
  const [form, setForm] = React.useState<FormState>(() => {
    try {
      return formFromSettings(gateway.loadSettings());
    } catch {
      // Settings unreadable (a damaged document or a host without settings): start from the defaults.
      return formFromSettings(null);
    }
  });
  const [busy, setBusy] = React.useState<Busy>(null);
  const [result, setResult] = React.useState<GenerateResult | null>(() =>
    resultFromRibbonRun(lastRun)
  );
  /** Set while the result shown is the ribbon button's, not the pane's. */
  const [ribbonAt, setRibbonAt] = React.useState<string | null>(() =>
    lastRun && resultFromRibbonRun(lastRun) ? lastRun.at : null
  );
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [confirm, setConfirm] = React.useState<{ source: InputSource; sheets: string[] } | null>(
    null
  );
  const resultRef = React.useRef<HTMLElement>(null);
  const noticeRef = React.useRef<HTMLDivElement>(null);
  const nameRef = React.useRef<HTMLInputElement>(null);
  const [focusTarget, setFocusTarget] = React.useState<"result" | "notice" | null>(null);

  const check = React.useMemo(() => settingsFromForm(form), [form]);
  const thresholdInvalid = check.invalid.includes("threshold");
  const disabled = !support.ok || busy !== null;
  // The gateway found no agency name in the pane nor in the input sheet: mark the field until one is typed.
  const nameMissing =
    result?.status === "problems" &&
    result.problems.some((p) => p.code === AGENCY_NAME_CODE) &&
    !form.name.trim();

  // Save the options with the document a moment after the last change, so the ribbon button uses them.
  const firstRender = React.useRef(true);
  React.useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return undefined;
    }
    if (!support.ok || thresholdInvalid) return undefined;
    const timer = setTimeout(() => {
      gateway.saveSettings(check.settings).catch(() => undefined);
    }, 800);
    return () => clearTimeout(timer);
  }, [check, gateway, support.ok, thresholdInvalid]);

  // After an action, move keyboard focus to what it produced.
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

  const update =
    <K extends keyof FormState>(key: K) =>
    (value: FormState[K]): void =>
      setForm((f) => ({ ...f, [key]: value }));

  async function withBusy<T>(
    kind: Exclude<Busy, null>,
    work: (settings: AddinSettings) => Promise<T>
  ): Promise<T | undefined> {
    if (thresholdInvalid) return undefined;
    setBusy(kind);
    setNotice(null);
    try {
      const settings = check.settings;
      // Saving the options is a convenience for the ribbon button: never a reason not to do the work.
      await gateway.saveSettings(settings).catch(() => undefined);
      return await work(settings);
    } catch (err) {
      setNotice({
        intent: "error",
        text: s.unexpectedError(err instanceof Error ? err.message : String(err)),
      });
      setFocusTarget("notice");
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function generate(source: InputSource, confirmReplace = false): Promise<void> {
    setConfirm(null);
    const res = await withBusy("generate", (settings) =>
      gateway.generate({ settings, source, confirmReplace })
    );
    if (!res) return;
    if (res.status === "confirm-replace") {
      setConfirm({ source, sheets: res.sheetsReplaced ?? [] });
      return;
    }
    setResult(res);
    setRibbonAt(null);
    setFocusTarget("result");
  }

  async function createTemplate(): Promise<void> {
    const res = await withBusy("template", (settings) => gateway.createInputTemplate(settings));
    if (!res) return;
    setNotice({
      intent: res.created ? "success" : "info",
      text: (res.created ? s.templateDone : s.templateExists)(res.sheet),
    });
    setFocusTarget("notice");
  }

  async function createPhrases(): Promise<void> {
    const res = await withBusy("phrases", () => gateway.createPhraseSheet());
    if (!res) return;
    setNotice({
      intent: res.created ? "success" : "info",
      text: (res.created ? s.phrasesDone : s.phrasesExists)(res.sheet),
    });
    setFocusTarget("notice");
  }

  async function clearHighlights(): Promise<void> {
    const done = await withBusy("clear", async () => {
      await gateway.clearHighlights();
      return true;
    });
    if (!done) return;
    setNotice({ intent: "success", text: s.highlightsCleared });
    setFocusTarget("notice");
  }

  function cancelReplace(): void {
    setConfirm(null);
    setNotice({ intent: "info", text: s.cancelled });
    setFocusTarget("notice");
  }

  const selectCell = (cell: string): void => {
    gateway.selectCell(cell).catch((err: unknown) => {
      setNotice({
        intent: "error",
        text: s.unexpectedError(err instanceof Error ? err.message : String(err)),
      });
    });
  };

  const busyLabel =
    busy === "template"
      ? s.busyTemplate
      : busy === "generate"
        ? s.busyGenerate
        : busy === "phrases"
          ? s.busyPhrases
          : busy === "clear"
            ? s.busyClear
            : "";

  return (
    <FluentProvider theme={paneTheme} lang={lang} dir="ltr">
      <main className={styles.root} data-testid="pane">
        <header>
          <h1 className={styles.title}>{s.appTitle}</h1>
          <p className={styles.subtitle}>{s.appSubtitle}</p>
        </header>

        {!support.ok && (
          <MessageBar intent="error" data-testid="unsupported">
            <MessageBarBody className={styles.msgBody}>
              <MessageBarTitle>{s.unsupportedTitle}</MessageBarTitle>{" "}
              {s.unsupportedBody(support.missing.join(", "))}
            </MessageBarBody>
          </MessageBar>
        )}

        <section className={styles.section} aria-labelledby="agency-h">
          <h2 id="agency-h" className={styles.h2}>
            {s.agencySection}
          </h2>
          <Field
            label={s.agencyName}
            validationState={nameMissing ? "error" : "none"}
            validationMessage={nameMissing ? s.agencyNameRequired : undefined}
          >
            <Input
              ref={nameRef}
              value={form.name}
              placeholder={s.agencyNameHint}
              onChange={(_, d) => update("name")(d.value)}
              data-testid="agency-name"
            />
          </Field>
          {(
            [
              ["type", s.agencyType, s.agencyTypeHint, "agency-type"],
              ["district", s.district, undefined, "district"],
              ["province", s.province, undefined, "province"],
              ["unit", s.unit, s.unitHint, "unit"],
            ] as const
          ).map(([key, label, placeholder, testId]) => (
            <Field key={key} label={label}>
              <Input
                value={form[key]}
                placeholder={placeholder}
                onChange={(_, d) => update(key)(d.value)}
                data-testid={testId}
              />
            </Field>
          ))}
          <Field label={s.responsible} hint={s.responsibleHint}>
            <Textarea
              value={form.responsible}
              resize="vertical"
              rows={3}
              onChange={(_, d) => update("responsible")(d.value)}
              data-testid="responsible"
            />
          </Field>
        </section>

        <section className={styles.section} aria-labelledby="options-h">
          <h2 id="options-h" className={styles.h2}>
            {s.optionsSection}
          </h2>
          <Field label={s.fiscalYear}>
            <Select
              value={form.fiscalYear}
              onChange={(_, d) => update("fiscalYear")(d.value)}
              data-testid="fiscal-year"
            >
              <option value="sheet">{s.fiscalYearFromSheet}</option>
              {FISCAL_YEARS.map((y) => (
                <option key={y} value={String(y)}>
                  {s.fiscalYearOption(y)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={s.threshold}
            hint={s.thresholdHint}
            validationState={thresholdInvalid ? "error" : "none"}
            validationMessage={thresholdInvalid ? s.thresholdInvalid : undefined}
          >
            <Input
              value={form.threshold}
              inputMode="decimal"
              onChange={(_, d) => update("threshold")(d.value)}
              data-testid="threshold"
            />
          </Field>
          <Field label={s.digits}>
            <RadioGroup
              value={form.digits}
              onChange={(_, d) => update("digits")(d.value as DigitMode)}
            >
              <Radio value="thai" label={s.digitsThai} />
              <Radio value="arabic" label={s.digitsArabic} />
              <Radio value="mixed" label={s.digitsMixed} />
            </RadioGroup>
          </Field>
          <Field label={s.source}>
            <RadioGroup
              value={form.source}
              onChange={(_, d) => update("source")(d.value === "selection" ? "selection" : "auto")}
            >
              <Radio value="auto" label={s.sourceAuto} />
              <Radio value="selection" label={s.sourceSelection} />
            </RadioGroup>
          </Field>
        </section>

        <section className={styles.section} aria-labelledby="actions-h">
          <h2 id="actions-h" className={styles.h2}>
            {s.actionsSection}
          </h2>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              className={styles.button}
              disabled={disabled || thresholdInvalid}
              onClick={() => void generate({ kind: form.source })}
              data-testid="generate"
            >
              {s.generate}
            </Button>
            <Button
              className={styles.button}
              disabled={disabled || thresholdInvalid}
              onClick={() => void createTemplate()}
              data-testid="create-template"
            >
              {s.createTemplate}
            </Button>
            <Button
              className={styles.button}
              disabled={disabled}
              onClick={() => void createPhrases()}
              data-testid="create-phrases"
            >
              {s.createPhrases}
            </Button>
            <Button
              className={styles.button}
              disabled={disabled}
              onClick={() => void clearHighlights()}
              data-testid="clear-highlights"
            >
              {s.clearHighlights}
            </Button>
          </div>
          <div aria-live="polite" className={styles.busy}>
            {busy && (
              <>
                <Spinner size="tiny" label={busyLabel} labelPosition="after" data-testid="busy" />
                <ProgressBar thickness="medium" />
              </>
            )}
          </div>
        </section>

        {notice && (
          <div
            ref={noticeRef}
            tabIndex={-1}
            className={`${styles.result} ${styles.focusTarget}`}
            data-testid="notice"
          >
            <MessageBar
              intent={notice.intent}
              role={notice.intent === "error" ? "alert" : "status"}
            >
              <MessageBarBody className={styles.msgBody}>{notice.text}</MessageBarBody>
            </MessageBar>
          </div>
        )}

        {result && (
          <ResultView
            result={result}
            lang={lang}
            resultRef={resultRef}
            ribbonAt={ribbonAt}
            onFocusName={() => nameRef.current?.focus()}
            onSelectCell={selectCell}
            onPickRow={(sheet, row) => void generate({ kind: "row", sheet, row })}
            disabled={disabled}
            styles={styles}
          />
        )}
      </main>

      <Dialog
        open={confirm !== null}
        modalType="alert"
        onOpenChange={(_, d) => {
          if (!d.open) cancelReplace();
        }}
      >
        <DialogSurface aria-describedby="confirm-body" data-testid="confirm-dialog">
          <DialogBody>
            <DialogTitle>{s.confirmTitle}</DialogTitle>
            <DialogContent id="confirm-body">
              <p>{s.confirmBody}</p>
              <ul className={styles.list}>
                {(confirm?.sheets ?? []).map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => confirm && void generate(confirm.source, true)}
                data-testid="confirm-replace"
              >
                {s.confirmReplace}
              </Button>
              <Button onClick={cancelReplace} data-testid="confirm-cancel">
                {s.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}

interface ResultViewProps {
  result: GenerateResult;
  lang: Lang;
  resultRef: React.RefObject<HTMLElement>;
  ribbonAt: string | null;
  onFocusName: () => void;
  onSelectCell: (cell: string) => void;
  onPickRow: (sheet: string, row: number) => void;
  disabled: boolean;
  styles: ReturnType<typeof useStyles>;
}

function ResultView({
  result,
  lang,
  resultRef,
  ribbonAt,
  onFocusName,
  onSelectCell,
  onPickRow,
  disabled,
  styles,
}: ResultViewProps) {
  const s = strings(lang);
  const warnings = collectWarnings(result);
  const assessment = result.assessment;
  // Keyboard focus lands on the result's heading (or its message bar) after an action.
  const focusRef = resultRef as React.RefObject<never>;

  if (result.status === "problems") {
    return (
      <section className={styles.result} aria-labelledby="problems-h" data-testid="problems">
        {ribbonAt && <p className={styles.note}>{s.ribbonRun(formatWhen(ribbonAt, lang))}</p>}
        <MessageBar
          ref={focusRef}
          tabIndex={-1}
          className={styles.focusTarget}
          intent="error"
          role="alert"
        >
          <MessageBarBody className={styles.msgBody}>
            <MessageBarTitle id="problems-h">
              {s.problemsTitle(result.problems.length)}
            </MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
        <p className={styles.note}>{s.problemsIntro}</p>
        <ul className={styles.list}>
          {result.problems.map((p, i) => (
            <li
              key={`${p.code}-${p.cell ?? ""}-${i}`}
              className={styles.problem}
              data-testid="problem"
            >
              <span>{messageText(p, lang)}</span>
              {p.cell ? (
                <Link
                  as="button"
                  onClick={() => onSelectCell(p.cell as string)}
                  aria-label={s.goToCell(p.cell)}
                  data-cell={p.cell}
                >
                  {p.cell}
                </Link>
              ) : p.code === AGENCY_NAME_CODE ? (
                <Link as="button" onClick={onFocusName} data-testid="go-to-name">
                  {s.goToNameField}
                </Link>
              ) : (
                <span className={styles.note}>{s.noCell}</span>
              )}
            </li>
          ))}
        </ul>
        <WarningList warnings={warnings} lang={lang} styles={styles} onSelectCell={onSelectCell} />
      </section>
    );
  }

  if (result.status === "pick-row") {
    return (
      <section className={styles.result} aria-labelledby="pick-h" data-testid="pick-row">
        <h2
          id="pick-h"
          ref={focusRef}
          tabIndex={-1}
          className={`${styles.h2} ${styles.focusTarget}`}
        >
          {s.pickRowTitle}
        </h2>
        <p className={styles.note}>{s.pickRowBody}</p>
        <div className={styles.buttons}>
          {(result.rows ?? []).map((r) => (
            <Button
              key={`${r.sheet}-${r.row}`}
              className={styles.button}
              disabled={disabled}
              aria-label={s.pickRowUse(r.label)}
              onClick={() => onPickRow(r.sheet, r.row)}
            >
              {r.label}
            </Button>
          ))}
        </div>
      </section>
    );
  }

  if (result.status === "failed") {
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
            <MessageBarTitle>{s.failedTitle}</MessageBarTitle> {result.error ?? ""}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }

  // "done" (a "confirm-replace" result never reaches here: the dialog handles it).
  const rows = assessment ? summaryRows(assessment, lang) : [];
  const level = assessment ? levelLabel(assessment, lang) : null;
  const thresholdText = assessment ? String(assessment.threshold) : "";
  return (
    <section className={styles.result} aria-labelledby="result-h" data-testid="summary">
      <h2
        id="result-h"
        ref={focusRef}
        tabIndex={-1}
        className={`${styles.h2} ${styles.focusTarget}`}
      >
        {s.resultTitle(assessment?.fiscalYear)}
      </h2>
      {assessment && (
        <>
          <div className={styles.totalLine}>
            <span>{s.total}</span>
            <span className={styles.totalValue} data-testid="total">
              {assessment.total === null ? s.notComputed : formatScore(assessment.total)}
            </span>
            <span>{s.level}</span>
            <Badge
              size="extra-large"
              appearance="filled"
              color={levelColor(assessment.level?.id)}
              aria-label={`${s.level} ${level ?? s.levelNone}`}
              data-testid="level"
            >
              {level ?? s.levelNone}
            </Badge>
          </div>
          <h3 className={styles.h3}>{s.toolScores}</h3>
          <table className={styles.table} data-testid="tools">
            <tbody>
              {(["IIT", "EIT", "OIT"] as const).map((tool) => {
                const value =
                  tool === "IIT"
                    ? assessment.iit
                    : tool === "EIT"
                      ? assessment.eit
                      : assessment.oit;
                return (
                  <tr key={tool}>
                    <td className={styles.td}>{s.toolName(tool)}</td>
                    <td
                      className={`${styles.td} ${styles.num} ${styles.scoreCol}`}
                      data-tool={tool}
                    >
                      {value === null ? s.notComputed : formatScore(value)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h3 className={styles.h3}>{s.ranking}</h3>
          <table className={styles.table} data-testid="ranking">
            <thead>
              <tr>
                <th scope="col" className={`${styles.th} ${styles.rankCol}`}>
                  {s.rankCol}
                </th>
                <th scope="col" className={styles.th}>
                  {s.indicatorCol}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num} ${styles.scoreCol}`}>
                  {s.scoreCol}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-indicator={r.id} data-below={r.below ? "true" : "false"}>
                  <td className={`${styles.td} ${styles.num}`}>{r.sub ? "" : r.rank}</td>
                  <td className={`${styles.td} ${r.sub ? styles.sub : ""}`}>
                    <div>
                      {r.label}
                      {r.derived ? ` (${s.derivedMark})` : ""}
                    </div>
                    {r.below ? (
                      <span className={styles.below}>
                        <ArrowDown16Filled aria-hidden="true" />
                        {s.belowThreshold(thresholdText)}
                      </span>
                    ) : (
                      <span className={styles.above}>
                        <CheckmarkCircle16Filled aria-hidden="true" />
                        {s.atOrAbove}
                      </span>
                    )}
                  </td>
                  <td className={`${styles.td} ${styles.num}`}>{r.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <WarningList warnings={warnings} lang={lang} styles={styles} onSelectCell={onSelectCell} />
      {result.sheetsCreated.length > 0 && (
        <>
          <h3 className={styles.h3}>{s.sheetsCreated}</h3>
          <ul className={styles.list} data-testid="sheets-created">
            {result.sheetsCreated.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {(result.sheetsKept ?? []).map((k) => (
        <MessageBar key={k.to} intent="info">
          <MessageBarBody className={styles.msgBody}>{s.sheetsKept(k.from, k.to)}</MessageBarBody>
        </MessageBar>
      ))}
      <p className={styles.note} data-testid="syncs">
        {s.syncs(result.syncs)}
      </p>
    </section>
  );
}

function WarningList({
  warnings,
  lang,
  styles,
  onSelectCell,
}: {
  warnings: Message[];
  lang: Lang;
  styles: ReturnType<typeof useStyles>;
  onSelectCell: (cell: string) => void;
}) {
  if (warnings.length === 0) return null;
  const s = strings(lang);
  return (
    <div className={styles.section} data-testid="warnings">
      <h3 className={styles.h3}>{s.warningsTitle}</h3>
      {warnings.map((w, i) => (
        <MessageBar key={`${w.code}-${w.cell ?? ""}-${i}`} intent="warning" data-code={w.code}>
          <MessageBarBody className={styles.msgBody}>
            <div>{messageText(w, lang)}</div>
            {w.cell && (
              <Link
                as="button"
                onClick={() => onSelectCell(w.cell as string)}
                aria-label={s.goToCell(w.cell)}
                data-cell={w.cell}
              >
                {s.goToCell(w.cell)}
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
