/**
 * The Word paragraphs of a block: titles, headings, paragraphs, lists and notes here; tables in
 * ./tables.ts, figures and signatures in ./figures.ts.
 */
import { AlignmentType, HeadingLevel, LevelFormat, Paragraph, Tab, Table, TextRun } from "docx";
import type {
  Block,
  Inline,
  ListBlock,
  NoteBlock,
  ParagraphBlock,
  ReportDocument,
} from "../report/document";
import { inlineText } from "../report/document";
import {
  ALIGN,
  cm,
  common,
  FIRST_LINE_CM,
  INDENT_STEP_CM,
  NOTE_PT,
  runOptions,
  runs,
  type Ctx,
  type RunStyle,
} from "./context";
import { figure, signature } from "./figures";
import { table } from "./tables";

/** A marker that opens a list item: "(๑)", "๑.", "1)", "๓.๑", "-", "•" (not a bare number: a year). */
const ITEM_MARKER = /^(\([0-9๐-๙]+\)|[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]|[0-9๐-๙]+\.[0-9๐-๙]+|[-•–])\s+/;
/** The hanging indent a list item's text starts at after its marker (a tab stop). */
const MARKER_CM = 1;

/** The Word content of one block; `keepNext` keeps its last paragraph with the next block. */
export function blockContent(ctx: Ctx, b: Block, keepNext: boolean): Array<Paragraph | Table> {
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
      return [paragraph(b, keepNext)];
    case "list":
      return list(ctx, b, keepNext);
    case "note":
      return [note(b, keepNext)];
    case "table":
      return table(ctx, b, keepNext);
    case "figure":
      return figure(ctx, b, keepNext);
    case "signature":
      return signature(ctx, b, keepNext);
  }
}

/** A note: 14 pt, never split; its mark ("*", "**") opens its text, as in the body. */
function note(b: NoteBlock, keepNext: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    keepLines: true,
    ...common(b),
    indent: { left: cm((b.indent ?? 0) * INDENT_STEP_CM) },
    children: runs(b.text, { size: b.size ?? NOTE_PT }),
  });
}

function paragraph(b: ParagraphBlock, keepNext: boolean): Paragraph {
  const left = (b.indent ?? 0) * cm(INDENT_STEP_CM);
  const s = { bold: b.bold, size: b.size };
  // An indented paragraph that opens with its own marker ("(๑) ...") hangs like a list item.
  const marked = b.indent && !b.firstLine ? markedChildren(b.text, s) : null;
  return new Paragraph({
    ...common(b),
    ...(b.align ? { alignment: ALIGN[b.align] } : {}),
    indent: marked
      ? { left: left + cm(MARKER_CM), hanging: cm(MARKER_CM) }
      : { left, ...(b.firstLine ? { firstLine: cm(FIRST_LINE_CM) } : {}) },
    ...(keepNext ? { keepNext: true } : {}),
    ...(b.keepTogether ? { keepLines: true } : {}),
    children: marked ?? runs(b.text, s),
  });
}

/**
 * "(๑) text" as the marker, a tab to the hanging indent and the text (its wrapped lines start under the
 * text, not under the marker); null when the text opens with no marker.
 */
function markedChildren(text: Inline, s: RunStyle): TextRun[] | null {
  const marker = ITEM_MARKER.exec(inlineText(text));
  if (!marker) return null;
  const rest: Inline =
    typeof text === "string" ? text.slice(marker[0].length) : dropPrefix(text, marker[0].length);
  return [
    new TextRun(runOptions(marker[1]!, false, false, s)),
    new TextRun({ children: [new Tab()] }),
    ...runs(rest, s),
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
        children: runs(item.text, s),
      });
    }
    const marked = markedChildren(item.text, s);
    return new Paragraph({
      ...base,
      indent: marked ? { left: left + hang, hanging: hang } : { left },
      children: marked ?? runs(item.text, s),
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

/** Word's numbering definitions for lists that ask for bullets or numbers (Thai digits when chosen). */
export function numberingConfig(doc: ReportDocument) {
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
