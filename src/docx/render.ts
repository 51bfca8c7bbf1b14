/**
 * The Word rendering of the report: a ReportDocument (src/report/document.ts) -> a .docx file, written
 * with the `docx` library. Pure: no Node, DOM or Office.js API, so the command line and the task pane
 * share it (the pane loads it only when the officer asks for the Word file). The figures arrive as
 * pictures made by the caller (Excel's own picture of the chart in the pane, a drawn one on the command
 * line); a figure without a picture is set as a small table of its numbers.
 *
 * Government document conventions: TH SarabunPSK 16 (the complex-script font and size, which Word uses
 * for Thai text, as well as the Latin ones), tables and notes at 14 pt, language th-TH, A4 with the
 * document's margins, "- ๑ -" at the top centre (Word's own page-number format "thaiNumbers" for Thai
 * digits), none on the cover. Each part is a Word section (the measures in a landscape one); every page
 * break is an intent (a part starts a page, a block may start one), and Word breaks the Thai lines and
 * the pages itself.
 *
 * The outline reads like the document: wordDocument -> section per part (this file) -> the part's
 * blocks with its notes placed under their marks (./notes.ts) -> blockContent per block (./blocks.ts,
 * ./tables.ts, ./figures.ts).
 */
import {
  LineRuleType,
  AlignmentType,
  Document,
  Header,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  SectionType,
  Paragraph,
  Table,
  TextRun,
  VerticalAlignSection,
  type ISectionOptions,
} from "docx";
import type { Block, DocPart, ReportDocument } from "../report/document";
import { blockContent, numberingConfig } from "./blocks";
import { A4, cm, half, NOTE_PT, SPACE, type Ctx, type WordOptions } from "./context";
import { signature } from "./figures";
import { placeNotes } from "./notes";
import { table } from "./tables";

export type { FigureImage, WordOptions } from "./context";

// ------------------------------------------------------------------------------------------------
// Entry points

/** The docx Document of a report (for the tests, which read its parts). */
export function wordDocument(doc: ReportDocument, opts: WordOptions = {}): Document {
  const ctx: Ctx = { doc, opts, width: 0, lists: 0, blocks: [], widths: new Map() };
  const placed = placeNotes(doc);
  const sections = doc.parts.map((p, i) =>
    section(
      ctx,
      p,
      placed[i] ?? p.blocks,
      i === 0,
      p.runOn === true && doc.parts[i - 1]?.orientation === p.orientation
    )
  );
  return new Document({
    title: doc.title,
    creator: "ITA Analysis for Excel",
    styles: styles(doc),
    numbering: { config: numberingConfig(doc) },
    sections,
  });
}

/** The .docx file of a report, as bytes (docx's Packer; no Node API, so the pane can use it too). */
export function renderWord(doc: ReportDocument, opts: WordOptions = {}): Promise<Uint8Array> {
  return Packer.pack(wordDocument(doc, opts), "uint8array");
}

function styles(doc: ReportDocument) {
  const size = half(doc.font.size);
  return {
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
        paragraph: { spacing: { before: 0, after: 0, line: 192, lineRule: LineRuleType.AUTO } },
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
  };
}

// ------------------------------------------------------------------------------------------------
// Parts: one Word section each

/**
 * "- n -" at the top centre: a PAGE field in the section's number format. Word's "thaiNumbers" shows
 * ๑ ๒ ๓; LibreOffice 7.4 has no DOCX format or field switch for Thai digits (it reads "thaiNumbers" as
 * decimal and the switch "\* ThaiArabic" as Thai letters ก ข ค), so it prints 1 2 3 there.
 */
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

function section(
  ctx: Ctx,
  part: DocPart,
  blocks: Block[],
  first: boolean,
  runOn: boolean
): ISectionOptions {
  const { doc } = ctx;
  const m = doc.page.marginsCm;
  const landscape = part.orientation === "landscape";
  ctx.width = (landscape ? A4.height : A4.width) - cm(m.left) - cm(m.right);
  ctx.blocks = blocks;
  ctx.widths = new Map();
  const formatType =
    doc.page.pageNumbers.digits === "thai" ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL;
  return {
    properties: {
      // A part that runs on starts where the part before it ends (a continuous section break).
      ...(runOn ? { type: SectionType.CONTINUOUS } : {}),
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
    },
    // A part without a page number gets an empty header of its own (Word would inherit the one before).
    headers: {
      default: part.pageNumber
        ? pageNumberHeader(doc)
        : new Header({ children: [new Paragraph({})] }),
    },
    // A part that runs on is set off from the text before it by a line.
    children: partContent(ctx, runOn ? spacedFirst(blocks) : blocks),
  };
}

/** The blocks with a line's space before the first, unless it has its own space or page break. */
function spacedFirst(blocks: Block[]): Block[] {
  const [first, ...rest] = blocks;
  if (!first || first.spaceBefore || first.pageBreakBefore) return blocks;
  return [{ ...first, spaceBefore: "line" }, ...rest];
}

function partContent(ctx: Ctx, blocks: Block[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    // A signature right under a table is that table's last row (see ./tables.ts `table`).
    if (b.kind === "signature" && prev?.kind === "table") return;
    if (b.kind === "table" && next?.kind === "signature") {
      out.push(...table(ctx, b, true, signature(ctx, next, blocks[i + 2]?.kind === "signature")));
      return;
    }
    // A signature is never alone on a page: the block before it is kept with it.
    const keepNext = !!b.keepWithNext || next?.kind === "signature";
    out.push(...blockContent(ctx, b, keepNext));
  });
  return out;
}
