/**
 * A sheet with a row per agency or year: pick the row to report on, and beside it
 * "สรุปภาพรวมหลายหน่วยงาน", which summarises every row on a new sheet.
 *
 * The rows are a listbox that takes one tab stop: ↑ ↓ Page Up/Down Home End move the active row, Enter
 * (or a click) picks it. A search box above filters by agency name (or row number), and the list shows
 * one page of matches at a time (../rowPicker.ts), so 2,000 rows make 50 options, not 2,000 buttons.
 * A row whose scores have problems is marked in words and with an icon.
 */
import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled } from "@fluentui/react-icons";
import type { GenerateResult } from "../../excel/api";
import { strings, type Lang } from "../i18n";
import {
  PAGE_SIZE,
  filterRows,
  moveActive,
  pageCount,
  pageOf,
  pickRowItems,
  type PickRowItem,
} from "../rowPicker";
import { useStyles } from "./styles";

// The summary's outcome view travels in this chunk: the summary always starts from the row picker.
export { default as SummaryView } from "./SummaryView";

const fmt = (n: number): string => n.toLocaleString("en-US");

/** This view's own strings (kept in this lazily loaded chunk, not in ../i18n). */
const TEXT = {
  th: {
    summarizeAll: "สรุปภาพรวมหลายหน่วยงาน",
    search: "ค้นหาหน่วยงานหรือเลขแถว",
    showing: (from: number, to: number, total: number, all: number) =>
      total === all
        ? `แสดงแถวที่ ${fmt(from)}–${fmt(to)} จาก ${fmt(all)} แถว`
        : `พบ ${fmt(total)} แถวจาก ${fmt(all)} แถว แสดงที่ ${fmt(from)}–${fmt(to)}`,
    none: "ไม่พบแถวที่ตรงกับคำค้น",
    previous: "หน้าก่อน",
    next: "หน้าถัดไป",
    keys: "ใช้ลูกศรขึ้นลงเลือกแถว แล้วกด Enter",
    problems: (n: number) => `ข้อมูลมีปัญหา ${fmt(n)} รายการ`,
  },
  en: {
    summarizeAll: "Summarize all agencies",
    search: "Search agency or row number",
    showing: (from: number, to: number, total: number, all: number) =>
      total === all
        ? `Rows ${fmt(from)}–${fmt(to)} of ${fmt(all)}`
        : `${fmt(total)} of ${fmt(all)} rows match; showing ${fmt(from)}–${fmt(to)}`,
    none: "No row matches the search",
    previous: "Previous page",
    next: "Next page",
    keys: "Use the up and down arrows to choose a row, then press Enter",
    problems: (n: number) => (n === 1 ? "1 problem in its data" : `${fmt(n)} problems in its data`),
  },
};

const useListStyles = makeStyles({
  listbox: {
    maxHeight: "min(22rem, 55vh)",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "2px",
    outlineStyle: "none",
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  option: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusSmall,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  disabled: { cursor: "not-allowed", color: tokens.colorNeutralForegroundDisabled },
  problem: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
});

const optionId = (it: PickRowItem): string => `pick-row-${it.row}`;

/** One row of the listbox: its label, and its problems in words (with an icon) when it has any. */
function RowOption({
  item: it,
  active: isActive,
  disabled,
  problemsText,
  onChoose,
}: {
  item: PickRowItem;
  active: boolean;
  disabled: boolean;
  problemsText: (n: number) => string;
  onChoose: () => void;
}): React.JSX.Element {
  const list = useListStyles();
  return (
    <div
      id={optionId(it)}
      role="option"
      aria-selected={isActive}
      data-row={it.row}
      data-problems={it.problems}
      className={`${list.option} ${isActive ? list.active : ""} ${disabled ? list.disabled : ""}`}
      onClick={onChoose}
    >
      <span>{it.label}</span>
      {it.problems > 0 && (
        <span className={list.problem}>
          <ErrorCircle16Filled aria-hidden="true" />
          {problemsText(it.problems)}
        </span>
      )}
    </div>
  );
}

/** The previous and next page of matches. */
function Pager({
  page,
  pages,
  text: t,
  onPage,
}: {
  page: number;
  pages: number;
  text: { previous: string; next: string };
  onPage: (page: number) => void;
}): React.JSX.Element {
  const list = useListStyles();
  return (
    <div className={list.pager}>
      <Button
        appearance="subtle"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
        data-testid="pick-row-previous"
      >
        {t.previous}
      </Button>
      <Button
        appearance="subtle"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
        data-testid="pick-row-next"
      >
        {t.next}
      </Button>
    </div>
  );
}

export interface PickRowProps {
  rows: NonNullable<GenerateResult["rows"]>;
  lang: Lang;
  disabled: boolean;
  focusRef: React.RefObject<never>;
  onPickRow: (sheet: string, row: number) => void;
  onSummarize: (sheet: string) => void;
}

export function PickRow({
  rows,
  lang,
  disabled,
  focusRef,
  onPickRow,
  onSummarize,
}: PickRowProps): React.JSX.Element {
  const s = strings(lang);
  const t = TEXT[lang];
  const styles = useStyles();
  const list = useListStyles();
  const items = React.useMemo(() => pickRowItems(rows), [rows]);
  const [query, setQuery] = React.useState("");
  const [active, setActive] = React.useState(0);
  const matches = React.useMemo(() => filterRows(items, query), [items, query]);
  const listRef = React.useRef<HTMLDivElement>(null);
  const at = Math.min(active, Math.max(matches.length - 1, 0));
  const page = pageOf(at);
  const pages = pageCount(matches.length);
  const shown = matches.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const activeItem: PickRowItem | undefined = matches[at];

  // Keep the active row in view inside the list (not the page: block "nearest").
  React.useEffect(() => {
    if (!activeItem || document.activeElement !== listRef.current) return;
    document.getElementById(optionId(activeItem))?.scrollIntoView?.({ block: "nearest" });
  }, [activeItem]);

  const pick = (it: PickRowItem | undefined): void => {
    if (it && !disabled) onPickRow(it.sheet, it.row);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      pick(activeItem);
      return;
    }
    const next = moveActive(e.key, at, matches.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };

  const from = matches.length === 0 ? 0 : page * PAGE_SIZE + 1;
  const to = page * PAGE_SIZE + shown.length;

  return (
    <section className={styles.result} aria-labelledby="pick-h" data-testid="pick-row">
      <h2 id="pick-h" ref={focusRef} tabIndex={-1} className={`${styles.h2} ${styles.focusTarget}`}>
        {s.pickRowTitle}
      </h2>
      <p className={styles.note}>{s.pickRowBody}</p>
      {rows.length > 1 && (
        <Field label={t.search}>
          <Input
            type="search"
            value={query}
            onChange={(_, d) => {
              setQuery(d.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown" || e.key === "Enter") {
                e.preventDefault();
                listRef.current?.focus();
              }
            }}
            data-testid="pick-row-search"
          />
        </Field>
      )}
      <p className={styles.note} aria-live="polite" data-testid="pick-row-status">
        {matches.length === 0 ? t.none : t.showing(from, to, matches.length, items.length)}
      </p>
      <div
        ref={listRef}
        role="listbox"
        tabIndex={matches.length > 0 ? 0 : -1}
        aria-labelledby="pick-h"
        aria-describedby="pick-keys"
        aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
        aria-disabled={disabled || undefined}
        className={list.listbox}
        onKeyDown={onKeyDown}
        data-testid="pick-row-list"
      >
        {shown.map((it) => (
          <RowOption
            key={`${it.sheet}-${it.row}`}
            item={it}
            active={it === activeItem}
            disabled={disabled}
            problemsText={t.problems}
            onChoose={() => {
              setActive(matches.indexOf(it));
              pick(it);
            }}
          />
        ))}
      </div>
      <p id="pick-keys" className={styles.note}>
        {t.keys}
      </p>
      {pages > 1 && (
        <Pager page={page} pages={pages} text={t} onPage={(p) => setActive(p * PAGE_SIZE)} />
      )}
      {rows.length > 0 && (
        <div className={styles.buttons}>
          <Button
            className={styles.button}
            disabled={disabled}
            data-testid="summarize-all"
            onClick={() => onSummarize(rows[0].sheet)}
          >
            {t.summarizeAll}
          </Button>
        </div>
      )}
    </section>
  );
}
