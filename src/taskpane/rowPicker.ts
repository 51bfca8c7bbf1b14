/**
 * The row picker's pure part (tested in Node, tests/taskpane/rowPicker.test.ts): which rows match the search,
 * which page shows the active row, and where a key moves it. The view (components/PickRow.tsx) renders one
 * page of the matches as a listbox: one tab stop, the arrow keys, Page Up/Down, Home and End move inside it.
 */
import type { GenerateResult } from "../excel/api";

export type PickRowChoice = NonNullable<GenerateResult["rows"]>[number];

/** A row as the picker shows it. */
export interface PickRowItem extends PickRowChoice {
  /**
   * How many problems the row's scores have (0: none known). The gateway's rows carry `problems` when it
   * checks each row; until it does (src/excel today lists sheet, row and label only), no row is marked.
   */
  problems: number;
}

/** Rows per page: the list shows one page at a time, whatever the sheet's size. */
export const PAGE_SIZE = 50;

const THAI_DIGITS = /[\u0E50-\u0E59]/g;

/** Text for matching: NFC, lower case, Thai digits as Arabic, spaces collapsed. */
export function searchKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50))
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function pickRowItems(rows: readonly PickRowChoice[]): PickRowItem[] {
  return rows.map((r) => {
    const problems = (r as { problems?: unknown }).problems;
    const count = Array.isArray(problems)
      ? problems.length
      : typeof problems === "number" && problems > 0
        ? Math.floor(problems)
        : 0;
    return { ...r, problems: count };
  });
}

/** The rows whose label (or Excel row number) contains every word of the query. */
export function filterRows(items: readonly PickRowItem[], query: string): PickRowItem[] {
  const words = searchKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((it) => {
    const key = `${searchKey(it.label)} ${it.row + 1}`;
    return words.every((w) => key.includes(w));
  });
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The page (0-based) that holds the index-th match. */
export function pageOf(index: number): number {
  return Math.max(0, Math.floor(index / PAGE_SIZE));
}

/** Where a key moves the active row among `total` matches; null for a key the list does not handle. */
export function moveActive(key: string, active: number, total: number): number | null {
  if (total === 0) return null;
  const last = total - 1;
  const at = Math.min(Math.max(active, 0), last);
  switch (key) {
    case "ArrowDown":
      return Math.min(at + 1, last);
    case "ArrowUp":
      return Math.max(at - 1, 0);
    case "PageDown":
      return Math.min(at + PAGE_SIZE, last);
    case "PageUp":
      return Math.max(at - PAGE_SIZE, 0);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return null;
  }
}
