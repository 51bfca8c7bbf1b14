/**
 * Word tables: header rows repeat on every page the table runs on, no row splits across pages, 14 pt
 * text, and column widths chosen from the content (./columns.ts) over the text width.
 */
import {
  AlignmentType,
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

/** The widths (twips) of a table's shown columns over the text width, fitted to its content. */
export function tableWidths(ctx: Ctx, b: TableBlock): number[] {
  const hidden = new Set(b.hiddenColumns ?? []);
  const start = b.columns.filter((_, i) => !hidden.has(i));
  const rows: FitRow[] = [
    ...b.header.map((r) => ({ r, weight: 2 })),
    ...b.rows.map((r) => ({ r, weight: r.group ? 0 : 1 })),
  ].map(({ r, weight }) => ({
    weight,
    cells: visibleCells(r, hidden).map(({ cell, col, span }) => ({
      texts: cellText(cell),
      col,
      span,
    })),
  }));
  return fitColumns(rows, start, ctx.width, 2 * CELL_PAD, b.size ?? TABLE_PT);
}

export function table(ctx: Ctx, b: TableBlock, keepNext: boolean): Array<Paragraph | Table> {
  const hidden = new Set(b.hiddenColumns ?? []);
  const widths = tableWidths(ctx, b);
  const size = b.size ?? TABLE_PT;
  const all = [
    ...b.header.map((r) => ({ r, head: true })),
    ...b.rows.map((r) => ({ r, head: false })),
  ];
  const rows = all.map(({ r, head }, i) => {
    const last = i === all.length - 1;
    // Header rows and group rows stay with the rows after them; a table kept with the next block keeps its last row.
    const keep = head || !!r.group || !!r.keepWithNext || (last && keepNext);
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
          margins: { left: CELL_PAD, right: CELL_PAD },
          children: cellText(cell).map(
            (t) =>
              new Paragraph({
                ...(cell.align
                  ? { alignment: ALIGN[cell.align] }
                  : head
                    ? { alignment: AlignmentType.CENTER }
                    : {}),
                ...(keep ? { keepNext: true } : {}),
                children: [new TextRun(runOptions(t, bold, false, { size }))],
              })
          ),
        });
      }),
    });
  });
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
