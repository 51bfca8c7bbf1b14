/**
 * Figures and signature blocks in the Word file: a figure as its picture (scaled to the text width), or
 * as a small table of its numbers when no picture was made; a signature's lines centred in the right
 * part of the page, never split.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph, Table } from "docx";
import type { FigureBlock, SignatureBlock, TableBlock } from "../report/document";
import { common, runs, type Ctx } from "./context";
import { table } from "./tables";

/** Where a signature block starts, as a share of the text width (it is centred in the rest). */
const SIGNATURE_FROM = 0.4;

export function figure(ctx: Ctx, b: FigureBlock, keepNext: boolean): Array<Paragraph | Table> {
  const img = b.id ? ctx.opts.figures?.[b.id] : undefined;
  if (img) {
    // Scaled to the text width (pixels at 96 per inch, as docx measures pictures), ratio kept.
    const maxW = Math.floor((ctx.width / 1440) * 96);
    const w = Math.min(maxW, img.width);
    const h = Math.round((img.height * w) / img.width);
    const before = common(b);
    return [
      new Paragraph({
        ...before,
        // A picture's line is single: at the body's shorter pitch it would be cut at the top.
        spacing: { ...before.spacing, line: 240, lineRule: LineRuleType.AUTO },
        alignment: AlignmentType.CENTER,
        keepNext,
        children: [
          new ImageRun({
            type: "png",
            data: img.data,
            transformation: { width: w, height: h },
            altText: { name: b.chart.title, title: b.chart.title, description: b.chart.title },
          }),
        ],
      }),
    ];
  }
  // No picture: the figure's numbers as a small table under its title.
  const c = b.chart;
  const t: TableBlock = {
    kind: "table",
    columns: [2, ...c.series.map(() => 1)],
    header: [{ cells: [{ value: "" }, ...c.series.map((s) => ({ value: s.name }))] }],
    rows: c.categories.map((cat, i) => ({
      cells: [
        { value: cat },
        ...c.series.map((s) => ({
          value: s.values[i] === null ? null : String(s.values[i]),
          align: "right" as const,
        })),
      ],
    })),
  };
  return [
    new Paragraph({
      ...common(b),
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: runs(c.title, { bold: true }),
    }),
    ...table(ctx, t, keepNext),
  ];
}

/**
 * Lines set together in the right part of the page, centred there, never split; `keepNext` keeps the
 * last with the next block (a second signature).
 */
export function signature(ctx: Ctx, b: SignatureBlock, keepNext = false): Paragraph[] {
  return b.lines.map(
    (line, i) =>
      new Paragraph({
        ...(i === 0 ? common(b) : {}),
        alignment: AlignmentType.CENTER,
        indent: { left: Math.round(ctx.width * SIGNATURE_FROM) },
        keepLines: true,
        ...(keepNext || i < b.lines.length - 1 ? { keepNext: true } : {}),
        children: runs(line, {}),
      })
  );
}
