/**
 * The Word rendering of the report: a ReportDocument (src/report/document.ts) -> a .docx file, written
 * with the `docx` library. Pure: no Node, DOM or Office.js API, so the command line and the task pane
 * share it (the pane loads it only when the officer asks for the Word file). The figures arrive as
 * pictures made by the caller (Excel's own picture of the chart in the pane, a drawn one on the command
 * line); a figure without a picture is set as a small table of its numbers.
 *
 * Government document conventions: TH SarabunPSK 16 (the complex-script font and size, which Word uses
 * for Thai text, as well as the Latin ones), language th-TH, A4 with the document's margins, "- ๑ -" at
 * the top centre (Word's own page-number format "thaiNumbers" for Thai digits), none on the cover.
 * Each part is a Word section (the measures in a landscape one); every page break is an intent (a part
 * starts a page, a block may start one), and Word breaks the Thai lines and the pages itself.
 *
 * The outline reads like the document: renderWordDocument -> section per part -> blockContent per block.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  NoteNumberRestart,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignSection,
  WidthType,
  type ISectionOptions,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type {
  Align,
  Block,
  DocPart,
  FigureBlock,
  Inline,
  ListBlock,
  NoteBlock,
  ParagraphBlock,
  ReportDocument,
  SignatureBlock,
  TableBlock,
  TableCell as DocCell,
  TableRow as DocRow,
} from "../report/document";
import { inlineText } from "../report/document";

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
const cm = (x: number): number => Math.round(x * TWIPS_PER_CM);
/** A4 in twips, portrait. */
const A4 = { width: 11906, height: 16838 };
/** Half-points, as docx sizes are. */
const half = (pt: number): number => Math.round(pt * 2);

/** The Thai official first-line indent (2.5 cm) and one indent step of the document (1.25 cm). */
export const FIRST_LINE_CM = 2.5;
export const INDENT_STEP_CM = 1.25;
/** Text size of tables and notes: a size below the body, as Thai official tables are set. */
const TABLE_PT = 14;
const NOTE_PT = 14;
/** Space above a block: half a line / a whole line of the 16 pt body. */
const SPACE = { half: 160, line: 320 } as const;
/** Where a signature block starts, as a share of the text width (it is centred in the rest). */
const SIGNATURE_FROM = 0.4;
/** Cell padding (twips). */
const CELL_PAD = 80;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  // Word's Thai justification spreads the space between the characters of a line, not only at spaces.
  justify: AlignmentType.THAI_DISTRIBUTE,
};

/** A marker that opens a list item: "(๑)", "๑.", "1)", "๓.๑", "-", "•" (not a bare number: a year). */
const ITEM_MARKER = /^(\([0-9๐-๙]+\)|[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]|[0-9๐-๙]+\.[0-9๐-๙]+|[-•–])\s+/;
/** The hanging indent a list item's text starts at after its marker (a tab stop). */
const MARKER_CM = 1;

/** State shared by the blocks of one document. */
interface Ctx {
  doc: ReportDocument;
  opts: WordOptions;
  notes: Map<string, NoteBlock>;
  /** Note ids set as footnotes at the marks of the paragraphs and list items that refer to them. */
  footnoted: Set<string>;
  /**
   * Notes already set as a footnote in the current sub-section (since the last heading): a later mark
   * of the same note there stays a plain "*" rather than repeating the note at the foot of the page.
   */
  noted: Set<string>;
  /** Text width of the current part (twips). */
  width: number;
  /** Number lists made so far (each restarts at 1). */
  lists: number;
}

// ------------------------------------------------------------------------------------------------
// Entry points

/** The docx Document of a report (for the tests, which read its parts). */
export function wordDocument(doc: ReportDocument, opts: WordOptions = {}): Document {
  const notes = new Map<string, NoteBlock>();
  for (const p of doc.parts)
    for (const b of p.blocks) if (b.kind === "note" && b.id) notes.set(b.id, b);
  const ctx: Ctx = {
    doc,
    opts,
    notes,
    footnoted: referencedNotes(doc, notes),
    noted: new Set(),
    width: 0,
    lists: 0,
  };
  const size = half(doc.font.size);
  const sections = doc.parts.map((p, i) => section(ctx, p, i === 0));
  return new Document({
    title: doc.title,
    creator: "ITA Analysis for Excel",
    styles: {
      default: {
        document: {
          run: {
            font: {
              ascii: doc.font.name,
              hAnsi: doc.font.name,
              cs: doc.font.name,
              eastAsia: doc.font.name,
            },
            size,
            sizeComplexScript: size,
            // Thai text is complex script: its language is w:bidi (th-TH). Latin words inside it keep
            // English rules (a Thai word breaker would cut "Integrity" as if it were Thai).
            language: { value: "en-US", bidirectional: doc.language },
          },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
        heading1: {
          run: { bold: true, size: half(18), sizeComplexScript: half(18), color: "000000" },
          paragraph: { keepNext: true, keepLines: true, spacing: { before: SPACE.half, after: 0 } },
        },
        heading2: {
          run: { bold: true, size, sizeComplexScript: size, color: "000000" },
          paragraph: { keepNext: true, keepLines: true, spacing: { before: SPACE.half, after: 0 } },
        },
        footnoteText: { run: { size: half(NOTE_PT), sizeComplexScript: half(NOTE_PT) } },
      },
    },
    numbering: { config: numberingConfig(doc) },
    sections,
  });
}

/** The .docx file of a report, as bytes (docx's Packer; no Node API, so the pane can use it too). */
export function renderWord(doc: ReportDocument, opts: WordOptions = {}): Promise<Uint8Array> {
  return Packer.pack(wordDocument(doc, opts), "uint8array");
}

// ------------------------------------------------------------------------------------------------
// Parts: one Word section each

function pageNumberHeader(doc: ReportDocument): Header {
  const [before, after] = doc.page.pageNumbers.format.split("{n}");
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [before ?? "", PageNumber.CURRENT, after ?? ""] })],
      }),
    ],
  });
}

function section(ctx: Ctx, part: DocPart, first: boolean): ISectionOptions {
  const { doc } = ctx;
  const m = doc.page.marginsCm;
  const landscape = part.orientation === "landscape";
  ctx.width = (landscape ? A4.height : A4.width) - cm(m.left) - cm(m.right);
  const formatType =
    doc.page.pageNumbers.digits === "thai" ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL;
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: cm(m.top),
          bottom: cm(m.bottom),
          left: cm(m.left),
          right: cm(m.right),
          header: cm(m.header),
          footer: cm(m.header),
        },
        // Numbers run on through the document: only the first section starts them.
        pageNumbers: first ? { start: 1, formatType } : { formatType },
      },
      ...(part.verticalAlign === "center" ? { verticalAlign: VerticalAlignSection.CENTER } : {}),
      // A "*" in the text is the mark of its note, set as a footnote at the foot of the same page.
      footnoteProperties: {
        numberFormat: { type: NumberFormat.CHICAGO },
        restart: NoteNumberRestart.EACH_PAGE,
      },
    },
    // A part without a page number gets an empty header of its own (Word would inherit the one before).
    headers: {
      default: part.pageNumber
        ? pageNumberHeader(doc)
        : new Header({ children: [new Paragraph({})] }),
    },
    children: partContent(ctx, part),
  };
}

function partContent(ctx: Ctx, part: DocPart): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  // A note set as a footnote also stays where the composer put it (the notes at the end of a part): a
  // "*" in a table cell, which carries no note of its own, refers to it there.
  const blocks = part.blocks;
  ctx.noted.clear();
  blocks.forEach((b, i) => {
    if (b.kind === "heading") ctx.noted.clear();
    const next = blocks[i + 1];
    // A signature is never alone on a page: the block before it is kept with it.
    const keepNext = !!b.keepWithNext || next?.kind === "signature";
    out.push(...blockContent(ctx, b, keepNext));
  });
  return out;
}

// ------------------------------------------------------------------------------------------------
// Blocks

function blockContent(ctx: Ctx, b: Block, keepNext: boolean): Array<Paragraph | Table> {
  switch (b.kind) {
    case "title":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          keepLines: true,
          ...common(b),
          children: runs(b.text, { bold: true, size: b.level === 1 ? 20 : 18 }),
        }),
      ];
    case "heading":
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          keepLines: true,
          ...common(b),
          children: runs(b.text, {}),
        }),
      ];
    case "paragraph":
      return [paragraph(ctx, b, keepNext)];
    case "list":
      return list(ctx, b, keepNext);
    case "note":
      return [
        new Paragraph({
          keepNext,
          keepLines: true,
          ...common(b),
          indent: { left: cm((b.indent ?? 0) * INDENT_STEP_CM) },
          children: runs(b.text, { size: b.size ?? NOTE_PT }),
        }),
      ];
    case "table":
      return table(ctx, b, keepNext);
    case "figure":
      return figure(ctx, b, keepNext);
    case "signature":
      return signature(ctx, b);
  }
}

/** Space above and a page break before, as the block asks. */
function common(b: Block): { pageBreakBefore?: boolean; spacing?: { before: number } } {
  return {
    ...(b.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(b.spaceBefore ? { spacing: { before: SPACE[b.spaceBefore] } } : {}),
  };
}

interface RunStyle {
  bold?: boolean;
  size?: number;
}

function runOptions(
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
function runs(t: Inline, s: RunStyle): TextRun[] {
  if (typeof t === "string") return [new TextRun(runOptions(t, false, false, s))];
  return t.map((r) => new TextRun(runOptions(r.text, r.bold, r.italic, s)));
}

/** Inline text with its notes' marks turned into footnote references (each note at its first "*"). */
function runsWithNotes(
  ctx: Ctx,
  t: Inline,
  notes: string[] | undefined,
  s: RunStyle
): ParagraphChild[] {
  const refs = (notes ?? []).filter((id) => ctx.footnoted.has(id) && !ctx.noted.has(id));
  for (const id of refs) ctx.noted.add(id);
  if (!refs.length) return runs(t, s);
  const pieces = typeof t === "string" ? [{ text: t }] : t;
  const out: ParagraphChild[] = [];
  for (const r of pieces) {
    let rest = r.text;
    let at: number;
    while (refs.length && (at = rest.indexOf("*")) >= 0) {
      if (at > 0) out.push(new TextRun(runOptions(rest.slice(0, at), r.bold, r.italic, s)));
      out.push(footnoteRun(ctx, refs.shift() as string));
      rest = rest.slice(at + 1);
    }
    if (rest) out.push(new TextRun(runOptions(rest, r.bold, r.italic, s)));
  }
  // A note whose mark is not in the text is referred to at the paragraph's end.
  for (const id of refs) out.push(footnoteRun(ctx, id));
  return out;
}

function footnoteRun(ctx: Ctx, id: string): FootnoteReferenceRun {
  const note = ctx.notes.get(id) as NoteBlock;
  // The note's own mark ("*" or "หมายเหตุ *") is Word's footnote mark now.
  const text = inlineText(note.text).replace(/^\s*(หมายเหตุ\s*)?\*\s*/, "");
  return new FootnoteReferenceRun({
    children: [
      new Paragraph({
        children: [
          new TextRun({ text: ` ${text}`, size: half(NOTE_PT), sizeComplexScript: half(NOTE_PT) }),
        ],
      }),
    ],
  });
}

/** Notes that some paragraph or list item refers to: they become footnotes at their marks. */
function referencedNotes(doc: ReportDocument, notes: Map<string, NoteBlock>): Set<string> {
  const out = new Set<string>();
  for (const p of doc.parts)
    for (const b of p.blocks) {
      const ids =
        b.kind === "paragraph"
          ? (b.notes ?? [])
          : b.kind === "list"
            ? b.items.flatMap((i) => i.notes ?? [])
            : [];
      for (const id of ids) if (notes.has(id)) out.add(id);
    }
  return out;
}

function paragraph(ctx: Ctx, b: ParagraphBlock, keepNext: boolean): Paragraph {
  const left = (b.indent ?? 0) * cm(INDENT_STEP_CM);
  const s = { bold: b.bold, size: b.size };
  // An indented paragraph that opens with its own marker ("(๑) ...") hangs like a list item.
  const marked = b.indent && !b.firstLine ? markedChildren(ctx, b.text, b.notes, s) : null;
  return new Paragraph({
    ...common(b),
    ...(b.align ? { alignment: ALIGN[b.align] } : {}),
    indent: marked
      ? { left: left + cm(MARKER_CM), hanging: cm(MARKER_CM) }
      : { left, ...(b.firstLine ? { firstLine: cm(FIRST_LINE_CM) } : {}) },
    ...(keepNext ? { keepNext: true } : {}),
    ...(b.keepTogether ? { keepLines: true } : {}),
    children: marked ?? runsWithNotes(ctx, b.text, b.notes, s),
  });
}

/**
 * "(๑) text" as the marker, a tab to the hanging indent and the text (its wrapped lines start under the
 * text, not under the marker); null when the text opens with no marker.
 */
function markedChildren(
  ctx: Ctx,
  text: Inline,
  notes: string[] | undefined,
  s: RunStyle
): ParagraphChild[] | null {
  const marker = ITEM_MARKER.exec(inlineText(text));
  if (!marker) return null;
  const rest: Inline =
    typeof text === "string" ? text.slice(marker[0].length) : dropPrefix(text, marker[0].length);
  return [
    new TextRun(runOptions(marker[1], false, false, s)),
    new TextRun({ children: [new Tab()] }),
    ...runsWithNotes(ctx, rest, notes, s),
  ];
}

/** Items one under another; an item's own marker ("(๑)") hangs, its text lines up after a tab. */
function list(ctx: Ctx, b: ListBlock, keepNext: boolean): Paragraph[] {
  const step = cm(INDENT_STEP_CM);
  const hang = cm(MARKER_CM);
  const instance = b.marker === "number" ? ++ctx.lists : 0;
  return b.items.map((item, i) => {
    const left = ((b.indent ?? 0) + (item.level ?? 0)) * step;
    const last = i === b.items.length - 1;
    // The first item stays with the second and the last with the one before (no item alone at a page's
    // top or foot); a long list may break between the others (a chain of keeps would push it whole).
    const keep = last ? keepNext : i === 0 || i >= b.items.length - 2;
    const base = {
      ...(i === 0 ? common(b) : {}),
      ...(keep ? { keepNext: true } : {}),
    };
    const s = { size: b.size };
    if (b.marker !== "none") {
      return new Paragraph({
        ...base,
        numbering: {
          reference: b.marker === "bullet" ? "bullet" : "number",
          level: Math.min(item.level ?? 0, 1),
          ...(instance ? { instance } : {}),
        },
        indent: { left: left + hang, hanging: hang },
        children: runsWithNotes(ctx, item.text, item.notes, s),
      });
    }
    const marked = markedChildren(ctx, item.text, item.notes, s);
    return new Paragraph({
      ...base,
      indent: marked ? { left: left + hang, hanging: hang } : { left },
      children: marked ?? runsWithNotes(ctx, item.text, item.notes, s),
    });
  });
}

/** Runs without their first n characters. */
function dropPrefix(t: Exclude<Inline, string>, n: number): Inline {
  const out = [];
  let left = n;
  for (const r of t) {
    if (left >= r.text.length) {
      left -= r.text.length;
      continue;
    }
    out.push({ ...r, text: r.text.slice(left) });
    left = 0;
  }
  return out;
}

function numberingConfig(doc: ReportDocument) {
  const hang = cm(MARKER_CM);
  const thai = doc.page.pageNumbers.digits === "thai";
  return [
    {
      reference: "bullet",
      levels: [0, 1].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: level ? "–" : "•",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: hang * (level + 1), hanging: hang } } },
      })),
    },
    {
      reference: "number",
      levels: [0, 1].map((level) => ({
        level,
        format: thai ? LevelFormat.THAI_NUMBERS : LevelFormat.DECIMAL,
        text: level ? `%1.%2` : "%1.",
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: hang * (level + 1), hanging: hang } } },
      })),
    },
  ];
}

// ------------------------------------------------------------------------------------------------
// Tables: header rows repeat on every page, no row splits, widths relative to the text width

/** The visible cells of a row with their first column and span, hidden columns left out. */
function visibleCells(row: DocRow, hidden: Set<number>): Array<{ cell: DocCell; span: number }> {
  const out: Array<{ cell: DocCell; span: number }> = [];
  let col = 0;
  for (const cell of row.cells) {
    const span = cell.span ?? 1;
    let shown = 0;
    for (let c = col; c < col + span; c++) if (!hidden.has(c)) shown++;
    if (shown > 0) out.push({ cell, span: shown });
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

function table(ctx: Ctx, b: TableBlock, keepNext: boolean): Array<Paragraph | Table> {
  const hidden = new Set(b.hiddenColumns ?? []);
  const cols = b.columns.map((w, i) => ({ w, i })).filter((c) => !hidden.has(c.i));
  const total = cols.reduce((s, c) => s + c.w, 0) || 1;
  const widths = cols.map((c) => Math.floor((ctx.width * c.w) / total));
  const size = b.size ?? TABLE_PT;
  const all = [
    ...b.header.map((r) => ({ r, head: true })),
    ...b.rows.map((r) => ({ r, head: false })),
  ];
  const rows = all.map(({ r, head }, i) => {
    const last = i === all.length - 1;
    // Header rows and group rows stay with the rows after them; a table kept with the next block keeps its last row.
    const keep = head || !!r.group || !!r.keepWithNext || (last && keepNext);
    let col = 0;
    return new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: visibleCells(r, hidden).map(({ cell, span }) => {
        const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
        col += span;
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

// ------------------------------------------------------------------------------------------------
// Figures and signatures

function figure(ctx: Ctx, b: FigureBlock, keepNext: boolean): Array<Paragraph | Table> {
  const img = b.id ? ctx.opts.figures?.[b.id] : undefined;
  if (img) {
    // Scaled to the text width (pixels at 96 per inch, as docx measures pictures), ratio kept.
    const maxW = Math.floor((ctx.width / 1440) * 96);
    const w = Math.min(maxW, img.width);
    const h = Math.round((img.height * w) / img.width);
    return [
      new Paragraph({
        ...common(b),
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

/** Lines set together in the right part of the page, centred there, never split. */
function signature(ctx: Ctx, b: SignatureBlock): Paragraph[] {
  return b.lines.map(
    (line, i) =>
      new Paragraph({
        ...(i === 0 ? common(b) : {}),
        alignment: AlignmentType.CENTER,
        indent: { left: Math.round(ctx.width * SIGNATURE_FROM) },
        keepLines: true,
        ...(i < b.lines.length - 1 ? { keepNext: true } : {}),
        children: runs(line, {}),
      })
  );
}
