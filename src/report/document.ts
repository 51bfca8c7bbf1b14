/**
 * ReportDocument: the writer-neutral report. The composer (compose.ts, the section builders in
 * ./sections) produces it; renderings turn it into sheets (./sheet: document -> SheetPlan -> the
 * Office.js and ExcelJS writers) and into a Word file. Plain data, like docx's ISectionOptions: a
 * document is a list of parts (sections), each with its orientation, its page-number intent and its
 * blocks.
 *
 * What it holds: the words (digits already applied), their structure (title, heading with its level,
 * paragraph, list, table with header rows and relative column widths, note, figure, signature block) and
 * intents (keep with the next block, start on a new page, a landscape part, a cover without a page
 * number). What it never holds: a line break inside a sentence, a row height, a page number or a page
 * break computed for one renderer's glyph widths. Each renderer wraps Thai with its own dictionary and
 * paginates itself.
 *
 * The composer's entry point is composeDocument (compose.ts), with composeReport's arguments;
 * composeReport is composeDocument followed by the sheet rendering (sheet.ts: renderSheets).
 *
 * Text rules: a paragraph's text, a list item, a table cell's text hold no "\n"; a list (in a list block
 * or in a table cell) is an array of items. `checkDocument` reports any break found.
 */

/** Which workbook sheet a part is rendered on (parts with the same sheet follow each other on it). */
export type DocSheetRole = "analysis" | "scores" | "measures" | "followup" | "followupResults";

/** A run of text with its own marks (bold, italic); a plain string is a run without marks. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Inline content: a string, or runs that carry marks. Never holds "\n". */
export type Inline = string | TextRun[];

/** Horizontal alignment of a block's text. */
export type Align = "left" | "center" | "right" | "justify";

/** Intents any block may carry. */
export interface BlockIntents {
  /** Keep this block on the page of the next one (a heading, a table's intro, a group row). */
  keepWithNext?: boolean;
  /** This block starts a new page (a part's own first block needs none: a part starts a page). */
  pageBreakBefore?: boolean;
  /** Extra space above the block: half a line or a whole line (an empty line in a sheet). */
  spaceBefore?: "half" | "line";
  /**
   * Where the block came from, for renderings that must be read back (the Word file built from the
   * sheets' edited text): set by the builder, unique within the document.
   */
  id?: string;
}

/**
 * A title: the cover's title and agency line, the foreword's "คำนำ", a sheet's title. Bold, centred;
 * `level` 1 is the largest (20 pt in the report), 2 the next (18 pt). A title is kept with what follows.
 */
export interface TitleBlock extends BlockIntents {
  kind: "title";
  level: 1 | 2;
  text: Inline;
}

/**
 * A heading with its level: 1 a numbered section ("๒. ผลการประเมิน", 18 pt bold), 2 a sub-section
 * ("๓.๑ ...", body size bold). Always kept with the block after it.
 */
export interface HeadingBlock extends BlockIntents {
  kind: "heading";
  level: 1 | 2;
  text: Inline;
}

/**
 * A paragraph: one whole paragraph of running text. `firstLine` sets the Thai official first-line
 * indent (2.5 cm) as a real indent, not spaces; `indent` indents the whole paragraph by steps (about
 * 1.25 cm a step). `notes` names the note blocks this paragraph's marks (e.g. "*") refer to: a Word
 * rendering keeps those notes on the page of the mark or sets them as footnotes.
 */
export interface ParagraphBlock extends BlockIntents {
  kind: "paragraph";
  text: Inline;
  firstLine?: boolean;
  indent?: number;
  align?: Align;
  /** Font size in points; the document's when absent. */
  size?: number;
  bold?: boolean;
  notes?: string[];
  /** Never split across pages (short fixed blocks). */
  keepTogether?: boolean;
}

/** One item of a list; `level` 0 is the list's own level, 1 an item under the one before it. */
export interface ListItem {
  text: Inline;
  level?: number;
  notes?: string[];
}

/**
 * A list: items one under another. The composer's items carry their own markers ("(๑)", "๑.") in
 * their text, so `marker` is "none"; "bullet" and "number" ask the renderer for them. `indent` as for
 * paragraphs.
 */
export interface ListBlock extends BlockIntents {
  kind: "list";
  items: ListItem[];
  marker: "none" | "bullet" | "number";
  indent?: number;
  size?: number;
}

/** A table cell: text, a number, or a list of items (one item a line, a break only between items). */
export interface TableCell {
  /**
   * A number stays a number (a chart may read it); `text` is then how the report shows it (digits
   * applied, e.g. "๘๗.๔๖"), for renderings that write text. null: an empty cell.
   */
  value: string | number | string[] | null;
  /** A number as the report shows it (two decimals, digits of the table). */
  text?: string;
  /** Excel number format of a number (e.g. "0.00", Thai digits "[$-D00041E]0.00"). */
  numFmt?: string;
  /** Columns this cell spans (1 when absent); the cells it covers are left out of `cells`. */
  span?: number;
  align?: Align;
  bold?: boolean;
  /** Background "#RRGGBB" (header rows, a low score). */
  fill?: string;
}

/** A table row. `group`: a row naming the rows after it (one cell across the table), kept with them. */
export interface TableRow {
  cells: TableCell[];
  group?: boolean;
  keepWithNext?: boolean;
  bold?: boolean;
  fill?: string;
}

/**
 * A table: header rows (repeated at the top of each page the table runs on), body rows (a row never
 * splits across pages) and relative column widths (any unit: 3, 1, 1 is three fifths, a fifth, a
 * fifth). `size` is its text size (14 pt in the report: Thai official tables are set a size below the
 * text). `id` lets a figure read its numbers. `sheetAs`: "list" lets a one-column sheet render the
 * table as a list (each row a group with its cells as items) instead of merging prose cells; the Word
 * file keeps the table.
 */
export interface TableBlock extends BlockIntents {
  kind: "table";
  id?: string;
  columns: number[];
  header: TableRow[];
  rows: TableRow[];
  size?: number;
  sheetAs?: "table" | "list";
  /**
   * Columns a sheet keeps but does not print or show (width 0): data for a figure, e.g. the threshold
   * series. A Word rendering leaves them out.
   */
  hiddenColumns?: number[];
}

/** A note (หมายเหตุ, the footnote of a "*" mark): smaller text at the end of a part or of its page. */
export interface NoteBlock extends BlockIntents {
  kind: "note";
  text: Inline;
  size?: number;
  indent?: number;
}

/** A chart series: its values by category, or the column of a table block that holds them. */
export interface ChartSeries {
  name: string;
  values: Array<number | null>;
  /** The table (by id) and column the values are read from in the sheet, one body row a category. */
  source?: { table: string; column: number; fromRow?: number; toRow?: number };
  /** "#RRGGBB". */
  color: string;
  /** How the series is drawn: columns, or a dashed line (a threshold). */
  draw: "column" | "line";
  /** The values printed on the columns. */
  labels?: boolean;
  /**
   * The mark each value carries in its label, by category ("*" for a derived score, as in the text and
   * the tables; "" for none): the renderings print it after the value. Absent when no value has one.
   */
  marks?: string[];
}

/**
 * A figure: a chart (clustered columns, optionally a line on the same axes), drawn by each rendering
 * from its data (a native chart in the sheets; a picture in the Word file). Kept whole on one page.
 */
export interface FigureBlock extends BlockIntents {
  kind: "figure";
  chart: {
    type: "column";
    title: string;
    /** Category labels (short: the indicator numbers). */
    categories: string[];
    /** The table column the categories are read from in the sheet. */
    categorySource?: { table: string; column: number; fromRow?: number; toRow?: number };
    series: ChartSeries[];
    /** Value axis: fixed range and step. */
    axis: { min: number; max: number; step: number; numFmt: string };
    legend: boolean;
  };
}

/**
 * A signature block: lines set as one unit in the right half of the page, centred in it (the writer's
 * name and date under the foreword; the head's approval under the measures), never alone on a page and
 * never split.
 */
export interface SignatureBlock extends BlockIntents {
  kind: "signature";
  lines: Inline[];
}

export type Block =
  | TitleBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | NoteBlock
  | FigureBlock
  | SignatureBlock;

/**
 * A part: a run of pages with one orientation and one page-number intent (a Word section). A part
 * starts on a new page, unless `runOn`: then, in a rendering with one flow of pages (the Word file), it
 * goes on from the page where the part before it ends, when both have the same orientation (the scores
 * after the analysis); the sheets give it a sheet of its own all the same. `pageNumber`: false on the cover (no number printed), true elsewhere;
 * numbers run on through the document. `verticalAlign` "center" sets the part's content in the middle
 * of its page (the cover).
 */
export interface DocPart {
  /** Short name of the part ("cover", "foreword", "analysis", "scores", "measures"). */
  name: string;
  sheet: { role: DocSheetRole; name: string };
  orientation: "portrait" | "landscape";
  pageNumber: boolean;
  verticalAlign?: "top" | "center";
  runOn?: boolean;
  blocks: Block[];
}

export interface ReportDocument {
  fiscalYear: number;
  /** The report's title (document properties). */
  title: string;
  /** Body font: TH SarabunPSK 16 in the report. */
  font: { name: string; size: number };
  language: "th-TH";
  /**
   * Page setup shared by every part: A4, Thai official margins (cm: left 3, right 2, top 2.5, bottom 2;
   * header 1.25 from the edge), page number "- n -" at the top centre in `pageNumbers.digits`.
   */
  page: {
    paper: "A4";
    marginsCm: { top: number; bottom: number; left: number; right: number; header: number };
    pageNumbers: { position: "top-center"; format: "- {n} -"; digits: "thai" | "arabic" };
  };
  parts: DocPart[];
  /** Engine warnings (derived figures, typed totals that disagree), stated in the report too. */
  notes: Array<{ th: string; en: string }>;
}

/**
 * Where a sheet cell's text came from: the block (by id) and, inside it, the list item, the table row
 * (header rows first, then body rows, counted together) and column, or the signature line. The sheet
 * rendering records it on each text cell (PlanCell.ref), so that a rendering built from the sheets'
 * edited text (the Word file in the pane) can put each edited text back in its block. A paragraph the
 * sheet split at a sentence boundary (Excel's row height limit) has `piece` 0, 1, ... in order.
 */
export interface BlockRef {
  block: string;
  item?: number;
  row?: number;
  col?: number;
  line?: number;
  piece?: number;
}

// ------------------------------------------------------------------------------------------------
// Builders: what the section builders write with.

type Opts<B extends Block> = Omit<B, "kind" | "text" | "items" | "lines" | "chart" | "level">;

/** Appends blocks to one part. A pending page break applies to the next block added. */
export class PartBuilder {
  private breakNext = false;
  constructor(
    readonly part: DocPart,
    private readonly ids: () => string
  ) {}

  get blocks(): Block[] {
    return this.part.blocks;
  }

  /** Adds a block as given (with an id and any pending page break). */
  add<B extends Block>(block: B): B {
    if (this.breakNext && this.part.blocks.length) block.pageBreakBefore = true;
    this.breakNext = false;
    block.id ??= this.ids();
    this.part.blocks.push(block);
    return block;
  }

  title(text: Inline, level: 1 | 2 = 1, o: Opts<TitleBlock> = {}): TitleBlock {
    return this.add({ kind: "title", level, text, keepWithNext: true, ...o } as TitleBlock);
  }

  heading(text: Inline, level: 1 | 2, o: Opts<HeadingBlock> = {}): HeadingBlock {
    return this.add({ kind: "heading", level, text, keepWithNext: true, ...o } as HeadingBlock);
  }

  /** A body paragraph (first-line indent) unless `o` says otherwise. */
  paragraph(text: Inline, o: Opts<ParagraphBlock> = {}): ParagraphBlock {
    const body = !o.indent && !o.align && !o.bold;
    return this.add({
      kind: "paragraph",
      text,
      ...(body && o.firstLine === undefined ? { firstLine: true } : {}),
      ...o,
    } as ParagraphBlock);
  }

  list(items: Array<Inline | ListItem>, o: Partial<Opts<ListBlock>> = {}): ListBlock {
    return this.add({
      kind: "list",
      marker: "none",
      ...o,
      items: items.map((it) => (typeof it === "string" || Array.isArray(it) ? { text: it } : it)),
    } as ListBlock);
  }

  table(t: Omit<TableBlock, "kind">): TableBlock {
    return this.add({ kind: "table", ...t } as TableBlock);
  }

  note(text: Inline, o: Opts<NoteBlock> = {}): NoteBlock {
    return this.add({ kind: "note", text, ...o } as NoteBlock);
  }

  figure(chart: FigureBlock["chart"], o: Opts<FigureBlock> = {}): FigureBlock {
    return this.add({ kind: "figure", chart, ...o } as FigureBlock);
  }

  signature(lines: Inline[], o: Opts<SignatureBlock> = {}): SignatureBlock {
    return this.add({ kind: "signature", lines, ...o } as SignatureBlock);
  }

  /** The next block starts a new page (no-op before the part's first block: a part starts a page). */
  pageBreak(): void {
    this.breakNext = true;
  }
}

/**
 * The page every report document of the add-in is set on: A4, the Thai official margins, "- n -" at the
 * top centre in the digits of the report's option (Thai unless Arabic everywhere).
 */
export function officialPage(digits: "thai" | "arabic" | "mixed"): ReportDocument["page"] {
  return {
    paper: "A4",
    marginsCm: { top: 2.5, bottom: 2, left: 3, right: 2, header: 1.25 },
    pageNumbers: {
      position: "top-center",
      format: "- {n} -",
      digits: digits === "arabic" ? "arabic" : "thai",
    },
  };
}

/** Builds a ReportDocument part by part. */
export class DocumentBuilder {
  readonly doc: ReportDocument;
  private n = 0;

  constructor(init: Omit<ReportDocument, "parts">) {
    this.doc = { ...init, parts: [] };
  }

  /** Starts a new part (on a new page, unless it runs on: see DocPart). */
  part(
    name: string,
    sheet: DocPart["sheet"],
    o: Partial<Pick<DocPart, "orientation" | "pageNumber" | "verticalAlign" | "runOn">> = {}
  ): PartBuilder {
    const part: DocPart = {
      name,
      sheet,
      orientation: o.orientation ?? "portrait",
      pageNumber: o.pageNumber ?? true,
      ...(o.verticalAlign ? { verticalAlign: o.verticalAlign } : {}),
      ...(o.runOn ? { runOn: true } : {}),
      blocks: [],
    };
    this.doc.parts.push(part);
    return new PartBuilder(part, () => `b${++this.n}`);
  }

  build(): ReportDocument {
    return this.doc;
  }
}

// ------------------------------------------------------------------------------------------------
// Reading a document

/** The plain text of inline content. */
export function inlineText(t: Inline): string {
  return typeof t === "string" ? t : t.map((r) => r.text).join("");
}

/** A note's mark: the stars its text opens with ("* ...", "** ...", "หมายเหตุ * ..."); "" when none. */
export function noteMark(note: NoteBlock): string {
  return /^\s*(?:หมายเหตุ\s*)?(\*+)/.exec(inlineText(note.text))?.[1] ?? "";
}

/** The marks in a text, in order: runs of stars ("๕๕.๘๕ **", "คะแนน *)"). */
export function marksIn(text: string): string[] {
  return text.match(/\*+/g) ?? [];
}

/** Every text of a block (paragraph, items, cells, lines), in order: for checks and searching. */
export function blockTexts(b: Block): string[] {
  switch (b.kind) {
    case "title":
    case "heading":
    case "paragraph":
    case "note":
      return [inlineText(b.text)];
    case "list":
      return b.items.map((i) => inlineText(i.text));
    case "signature":
      return b.lines.map(inlineText);
    case "figure":
      return [b.chart.title, ...b.chart.series.map((s) => s.name)];
    case "table":
      return [...b.header, ...b.rows].flatMap((r) =>
        r.cells.flatMap((c) =>
          Array.isArray(c.value)
            ? c.value
            : typeof c.value === "string"
              ? [c.value]
              : c.text
                ? [c.text]
                : []
        )
      );
  }
}

/**
 * Problems of a document: a line break inside a text (a paragraph, an item, a cell), an empty part.
 * Empty when the document keeps the rules above.
 */
export function checkDocument(doc: ReportDocument): string[] {
  const out: string[] = [];
  doc.parts.forEach((p, i) => {
    if (!p.blocks.length) out.push(`part ${i} (${p.name}) has no blocks`);
    for (const b of p.blocks)
      for (const t of blockTexts(b))
        if (/[\n\r\u2028\u2029]/.test(t))
          out.push(`${p.name} ${b.id ?? ""} ${b.kind}: line break in "${t.slice(0, 40)}"`);
  });
  return out;
}
