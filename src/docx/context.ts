/**
 * What the parts of the Word rendering share: units, the sizes and spaces of the report's Word file,
 * the state of one rendering, and text runs. See ./render.ts for the whole.
 */
import { AlignmentType, TextRun, type IRunOptions } from "docx";
import type { Align, Block, Inline, ReportDocument } from "../report/document";

/** A picture of a figure: PNG bytes and its size in pixels (any resolution; it is scaled to fit). */
export interface FigureImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface WordOptions {
  /** Pictures of the figures, by figure block id. */
  figures?: Record<string, FigureImage>;
}

/** Twentieths of a point per centimetre. */
const TWIPS_PER_CM = 1440 / 2.54;
export const cm = (x: number): number => Math.round(x * TWIPS_PER_CM);
/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 };
/** Half-points, as docx sizes are. */
export const half = (pt: number): number => Math.round(pt * 2);

/** The Thai official first-line indent (2.5 cm) and one indent step of the document (1.25 cm). */
export const FIRST_LINE_CM = 2.5;
export const INDENT_STEP_CM = 1.25;
/**
 * Text size of tables and notes: 14 pt, a size below the 16 pt body, as Thai official documents set
 * their tables (a table block's own size, when the document gives one, wins).
 */
export const TABLE_PT = 14;
export const NOTE_PT = 14;
/** Space above a block: half a line / a whole line of the 16 pt body. */
export const SPACE = { half: 160, line: 320 } as const;
/** Cell padding (twips), left and right. */
export const CELL_PAD = 80;

export const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  // Word's Thai justification spreads the space between the characters of a line, not only at spaces.
  justify: AlignmentType.THAI_DISTRIBUTE,
};

/** State shared by the blocks of one document. */
export interface Ctx {
  doc: ReportDocument;
  opts: WordOptions;
  /** Text width of the current part (twips). */
  width: number;
  /** Number lists made so far (each restarts at 1). */
  lists: number;
  /** The blocks of the current part, as rendered (tables of one layout share their widths). */
  blocks: Block[];
  /** Column widths of the current part's tables, by layout (./tables.ts). */
  widths: Map<string, number[]>;
}

/** Space above and a page break before, as the block asks. */
export function common(b: Block): { pageBreakBefore?: boolean; spacing?: { before: number } } {
  return {
    ...(b.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(b.spaceBefore ? { spacing: { before: SPACE[b.spaceBefore] } } : {}),
  };
}

export interface RunStyle {
  bold?: boolean;
  size?: number;
}

export function runOptions(
  text: string,
  bold: boolean | undefined,
  italic: boolean | undefined,
  s: RunStyle
): IRunOptions {
  return {
    text,
    ...(bold || s.bold ? { bold: true } : {}),
    ...(italic ? { italics: true } : {}),
    ...(s.size ? { size: half(s.size), sizeComplexScript: half(s.size) } : {}),
  };
}

/** Inline text as runs (marks kept). */
export function runs(t: Inline, s: RunStyle): TextRun[] {
  if (typeof t === "string") return [new TextRun(runOptions(t, false, false, s))];
  return t.map((r) => new TextRun(runOptions(r.text, r.bold, r.italic, s)));
}
