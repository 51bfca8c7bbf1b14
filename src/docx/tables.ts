/**
 * Word tables: header rows repeat on every page the table runs on, no row splits across pages, 14 pt
 * text, and column widths chosen from the content (./columns.ts) over the text width.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { TableBlock, TableCell as DocCell, TableRow as DocRow } from "../report/document";
import { ALIGN, CELL_PAD, runOptions, SPACE, TABLE_PT, type Ctx } from "./context";
import { fitColumns, type FitRow } from "./columns";

/**
 * Line pitch in table cells, in 240ths of a single line: TH SarabunPSK's single line is about 1.7 times
 * its size (room for the stacked marks of Thai); 0.8 of it shortens the rows and still keeps the marks
 * apart, with a little padding at a cell's top (CELL_TOP) so that a tone mark on its first line does
 * not touch the border above (it did in LibreOffice without it).
 */
const TABLE_LINE = 192;
/** Tables of at most this many body rows are kept on one page. */
const SHORT_TABLE_ROWS = 3;
/** Padding at the top of a cell (twips): 2 pt. */
const CELL_TOP = 40;

/** The visible cells of a row with their first column and span, hidden columns left out. */
function visibleCells(
  row: DocRow,
  hidden: Set<number>
): Array<{ cell: DocCell; col: number; span: number }> {
  const out: Array<{ cell: DocCell; col: number; span: number }> = [];
  let col = 0;
  let shownCol = 0;
  for (const cell of row.cells) {
    const span = cell.span ?? 1;
    let shown = 0;
    for (let c = col; c < col + span; c++) if (!hidden.has(c)) shown++;
    if (shown > 0) out.push({ cell, col: shownCol, span: shown });
    shownCol += shown;
    col += span;
  }
  return out;
}

function cellText(cell: DocCell): string[] {
  if (cell.value === null) return [""];
  if (Array.isArray(cell.value)) return cell.value.length ? cell.value : [""];
  if (typeof cell.value === "number") return [cell.text ?? String(cell.value)];
  return [cell.value];
}

/** The rows of a table as the column fitting sees them (hidden columns left out). */
function fitRows(b: TableBlock): FitRow[] {
  const hidden = new Set(b.hiddenColumns ?? []);
  return [
    ...b.header.map((r) => ({ r, weight: 2, header: true })),
    ...b.rows.map((r) => ({ r, weight: r.group ? 0 : 1, header: false })),
  ].map(({ r, weight, header }) => ({
    weight,
    header,
    cells: visibleCells(r, hidden).map(({ cell, col, span }) => ({
      texts: cellText(cell),
      col,
      span,
    })),
  }));
}

/** Tables of one layout (the same relative widths, hidden columns and size) line up in a part. */
const layoutKey = (b: TableBlock): string =>
  JSON.stringify([b.columns, b.hiddenColumns ?? [], b.size ?? TABLE_PT]);

/**
 * The widths (twips) of a table's shown columns over the text width, fitted to its content and to that
 * of the part's other tables of the same layout (the scores table and the ones under it share columns).
 */
export function tableWidths(ctx: Ctx, b: TableBlock): number[] {
  const key = layoutKey(b);
  const known = ctx.widths.get(key);
  if (known) return known;
  const hidden = new Set(b.hiddenColumns ?? []);
  const start = b.columns.filter((_, i) => !hidden.has(i));
  const same = ctx.blocks.filter(
    (x): x is TableBlock => x.kind === "table" && layoutKey(x) === key
  );
  const rows = (same.includes(b) ? same : [b]).flatMap(fitRows);
  const widths = fitColumns(rows, start, ctx.width, 2 * CELL_PAD, b.size ?? TABLE_PT);
  ctx.widths.set(key, widths);
  return widths;
}

/**
 * The table; kept with the next block (the notes of its marks), its last row's paragraphs are kept with
 * that block (w:keepNext), which Word honours; LibreOffice 7.4 keeps a row only with the next row.
 * `closing`, when given, is set as a last row of its own without borders, kept with the row above it:
 * a signature under the table then never stands alone on a page, in Word as in LibreOffice.
 */
export function table(
  ctx: Ctx,
  b: TableBlock,
  keepNext: boolean,
  closing?: Paragraph[]
): Array<Paragraph | Table> {
  const widths = tableWidths(ctx, b);
  const all = [
    ...b.header.map((r) => ({ r, head: true })),
    ...b.rows.map((r) => ({ r, head: false })),
  ];
  // A short table is not split over two pages: each of its rows stays with the next.
  const short = b.rows.length <= SHORT_TABLE_ROWS;
  const rows = all.map(({ r, head }, i) => {
    const last = i === all.length - 1;
    // Header rows and group rows stay with the rows after them; a table kept with the next block keeps its last row.
    const keep =
      head || short || !!r.group || !!r.keepWithNext || (last && (keepNext || !!closing));
    return tableRow(b, widths, r, head, keep);
  });
  if (closing) rows.push(closingRow(widths, closing));
  const out: Array<Paragraph | Table> = [];
  // A table cannot carry a page break itself: an empty line of no height before it does.
  if (b.pageBreakBefore)
    out.push(new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: "exact" } }));
  else if (b.spaceBefore)
    out.push(new Paragraph({ spacing: { line: SPACE[b.spaceBefore], lineRule: "exact" } }));
  out.push(
    new Table({
      width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows,
    })
  );
  return out;
}

/** One row: its cells at the fitted widths, never split, a header row repeated on each page. */
function tableRow(
  b: TableBlock,
  widths: number[],
  r: DocRow,
  head: boolean,
  keep: boolean
): TableRow {
  const hidden = new Set(b.hiddenColumns ?? []);
  const size = b.size ?? TABLE_PT;
  return new TableRow({
    tableHeader: head,
    cantSplit: true,
    children: visibleCells(r, hidden).map(({ cell, col, span }) => {
      const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
      const fill = cell.fill ?? r.fill;
      const bold = !!(cell.bold || r.bold || head);
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(span > 1 ? { columnSpan: span } : {}),
        ...(fill
          ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: fill.replace("#", "") } }
          : {}),
        margins: { left: CELL_PAD, right: CELL_PAD, top: CELL_TOP },
        children: cellText(cell).map(
          (t) =>
            new Paragraph({
              ...(cell.align
                ? { alignment: ALIGN[cell.align] }
                : head
                  ? { alignment: AlignmentType.CENTER }
                  : {}),
              ...(keep ? { keepNext: true } : {}),
              spacing: { line: TABLE_LINE, lineRule: LineRuleType.AUTO },
              children: [new TextRun(runOptions(t, bold, false, { size }))],
            })
        ),
      });
    }),
  });
}

const NO_BORDER = { style: BorderStyle.NIL, size: 0, color: "auto" };

/** One cell over the whole width, without borders (the row above keeps its own), never split. */
function closingRow(widths: number[], children: Paragraph[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
        columnSpan: widths.length,
        borders: { top: NO_BORDER, left: NO_BORDER, bottom: NO_BORDER, right: NO_BORDER },
        margins: { left: 0, right: 0 },
        children,
      }),
    ],
  });
}
