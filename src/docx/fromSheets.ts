/**
 * The report document with the sheets' current text: what the officer edited in the sheets is what goes
 * to the Word file. Pure (no Office.js): the pane reads the report sheets' cells in one sync and hands
 * them here with the sheets as written (their cells carry the BlockRef of the text they hold).
 *
 * - A text the officer left as it was keeps its marks (bold runs); an edited one becomes plain text.
 * - A paragraph the sheet split at a sentence boundary (Excel's row height limit) is joined again.
 * - A table cell holding a list (one item a line in the sheet) is split at its line breaks again; any
 *   other line break the officer typed becomes a space (Word breaks the lines itself).
 * - A table the sheet of text shows as a list (a line per row): a row whose line the officer edited
 *   becomes one cell across the table holding the edited lines; a row whose lines were emptied is left
 *   out. A row left as it was keeps its cells.
 * - A paragraph, heading or note the officer emptied is left out of the Word file.
 * - A text written on two sheets (a part's heading over its table and on the sheet of text) is read from
 *   its part's own sheet.
 * - A sheet that is no longer there (renamed or deleted) keeps the text as generated; its name is
 *   returned so the pane can say so.
 */
import type {
  Block,
  BlockRef,
  Inline,
  ReportDocument,
  TableCell,
  TableRow,
} from "../report/document";
import { inlineText } from "../report/document";
import type { SheetPlan } from "../report/plan";

/** A sheet's current cells: values (strings and numbers as Excel holds them) and their display text. */
export interface SheetCells {
  values: unknown[][];
  text?: string[][];
}

export interface SheetTextResult {
  document: ReportDocument;
  /** Texts that differ from the generated ones. */
  edited: number;
  /** Report sheets not found in the workbook (their generated text is used). */
  missing: string[];
}

interface Found {
  /** The sheet the cell is on (a text may be written on two sheets: a part's heading over its table). */
  sheet: string;
  role: SheetPlan["role"];
  ref: BlockRef;
  value: unknown;
  text?: string;
  /** The value as written (to tell an edited line of a table shown as a list). */
  written: unknown;
}

const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** Replaces a text with the sheet's, keeping the original (and its marks) when the words are the same. */
function textFrom(original: Inline, current: string): Inline {
  return inlineText(original) === current ? original : current;
}

export function documentWithSheetText(
  doc: ReportDocument,
  sheets: SheetPlan[],
  current: Record<string, SheetCells | null | undefined>
): SheetTextResult {
  const found = new Map<string, Found[]>();
  const missing: string[] = [];
  for (const sheet of sheets) {
    const cells = current[sheet.name];
    if (!cells) {
      missing.push(sheet.name);
      continue;
    }
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (!cell.ref) return;
        const value = cells.values[r]?.[c] ?? null;
        const text = cells.text?.[r]?.[c];
        const list = found.get(cell.ref.block) ?? [];
        list.push({
          sheet: sheet.name,
          role: sheet.role,
          ref: cell.ref,
          value,
          written: cell.value,
          ...(text !== undefined ? { text } : {}),
        });
        found.set(cell.ref.block, list);
      })
    );
  }
  let edited = 0;
  const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
  const parts = doc.parts.map((part) => ({
    ...part,
    blocks: part.blocks.flatMap((b): Block[] => {
      const all = b.id ? found.get(b.id) : undefined;
      if (!all) return [b];
      // One sheet's cells per block: its part's sheet when the text is there, else the first one.
      const home = all.some((f) => f.role === part.sheet.role) ? part.sheet.role : all[0].role;
      const first = all.find((f) => f.role === home)?.sheet;
      const cells = all.filter((f) => f.sheet === first);
      const next = withText(b, cells, str);
      if (next !== b) edited += countEdits(b, next);
      return next ? [next] : [];
    }),
  }));
  return { document: { ...doc, parts }, edited, missing };
}

/** How many texts of a block changed (for the pane's message). */
function countEdits(before: Block, after: Block | null): number {
  if (!after) return 1;
  return JSON.stringify(before) === JSON.stringify(after) ? 0 : 1;
}

/** The block with the sheet's texts, or null when the officer emptied a paragraph, heading or note. */
function withText(b: Block, cells: Found[], str: (v: unknown) => string): Block | null {
  switch (b.kind) {
    case "title":
    case "heading":
    case "paragraph":
    case "note": {
      const pieces = cells
        .filter((f) => f.ref.item === undefined && f.ref.row === undefined)
        .sort((x, y) => (x.ref.piece ?? 0) - (y.ref.piece ?? 0))
        .map((f) => oneLine(str(f.value)))
        .filter(Boolean);
      if (!pieces.length) return b.kind === "title" ? b : null;
      const text = textFrom(b.text, pieces.join(" "));
      return text === b.text ? b : { ...b, text };
    }
    case "list": {
      let changed = false;
      const items = b.items.map((it, i) => {
        const f = cells.find((x) => x.ref.item === i);
        if (!f) return it;
        const text = textFrom(it.text, oneLine(str(f.value)));
        if (text === it.text) return it;
        changed = true;
        return { ...it, text };
      });
      return changed ? { ...b, items } : b;
    }
    case "signature": {
      let changed = false;
      const lines = b.lines.map((line, i) => {
        const f = cells.find((x) => x.ref.line === i);
        if (!f) return line;
        const text = textFrom(line, oneLine(str(f.value)));
        if (text !== line) changed = true;
        return text;
      });
      return changed ? { ...b, lines } : b;
    }
    case "table": {
      const rows = [...b.header, ...b.rows];
      let changed = false;
      const out = rows.flatMap((row, r): TableRow[] => {
        // A row the sheet of text shows as lines of its own (a table as a list): an edited line
        // replaces the row's cells by one cell across the table holding the officer's lines.
        const lines = cells.filter((f) => f.ref.row === r && f.ref.col === undefined);
        if (lines.some((f) => oneLine(str(f.value)) !== oneLine(str(f.written)))) {
          changed = true;
          const texts = lines.map((f) => oneLine(str(f.value))).filter(Boolean);
          if (!texts.length) return [];
          const value = texts.length > 1 ? texts : texts[0]!;
          return [{ ...row, cells: [{ value, span: b.columns.length }] }];
        }
        const cellsOfRow = row.cells.map((cell, c): TableCell => {
          const mine = cells.filter((f) => f.ref.row === r && f.ref.col === c);
          if (!mine.length) return cell;
          const next = cellFrom(cell, mine, str);
          if (next !== cell) changed = true;
          return next;
        });
        return [
          cellsOfRow.some((c, i) => c !== row.cells[i]) ? { ...row, cells: cellsOfRow } : row,
        ];
      });
      if (!changed) return b;
      const header = out.slice(0, b.header.length);
      return { ...b, header, rows: out.slice(header.length) };
    }
    case "figure":
      return b;
  }
}

/** A table cell with the sheet's text: one cell (items one a line), or one sheet line per item. */
function cellFrom(cell: TableCell, mine: Found[], str: (v: unknown) => string): TableCell {
  if (typeof cell.value === "number") {
    const f = mine[0];
    if (typeof f.value !== "number" || f.value === cell.value) return cell;
    return { ...cell, value: f.value, text: f.text ?? String(f.value) };
  }
  const byItem = mine.some((f) => f.ref.item !== undefined);
  const lines = byItem
    ? mine
        .filter((f) => f.ref.item !== undefined)
        .sort((x, y) => (x.ref.item ?? 0) - (y.ref.item ?? 0))
        .map((f) => oneLine(str(f.value)))
    : str(mine[0].value)
        .split(/\r?\n/)
        .map((s) => s.trim());
  const items = lines.filter(Boolean);
  if (Array.isArray(cell.value)) {
    const was = cell.value;
    return items.length === was.length && items.every((s, i) => s === was[i])
      ? cell
      : { ...cell, value: items };
  }
  const text = items.join(" ");
  if ((cell.value ?? "") === text) return cell;
  return { ...cell, value: text || null };
}
