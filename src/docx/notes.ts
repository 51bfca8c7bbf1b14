/**
 * Where the Word file sets a part's notes (หมายเหตุ): each note whose mark ("*", "**") appears in the
 * part is set once, right under the block (or the run of blocks kept together) that holds its first
 * mark, and that block is kept with it, so the note is read on the page of its mark. The composer's
 * end-of-part copies of those notes and a "หมายเหตุ" heading left with nothing under it are left out. A
 * note without a mark that several parts repeat (the rounding note on the IIT, EIT, OIT and total
 * scores) is set once, in the last part that has it: the scores part, under the table of those scores.
 *
 * Why not Word footnotes: a mark other than Word's own numbering ("**" for the second note) needs a
 * custom footnote mark (w:customMarkFollows). Word writes its mark as text in the footnote (no
 * w:footnoteRef); LibreOffice 7.4 then prints the mark twice in the footnote ("****"), even for a file
 * it saved itself, while with w:footnoteRef LibreOffice is right and Word's rendering is not the one
 * Word writes. A note kept under its mark reads the same in both.
 *
 * Pure: a ReportDocument part in, the blocks to render out (the document is not changed).
 */
import type { Block, DocPart, NoteBlock, ReportDocument } from "../report/document";
import { blockTexts, inlineText, marksIn, noteMark } from "../report/document";

/** Marks in a block's texts (paragraph, items, cells), in order, each once. */
function blockMarks(b: Block): string[] {
  if (b.kind === "note" || b.kind === "figure") return [];
  return [...new Set(blockTexts(b).flatMap(marksIn))];
}

const isNotesHeading = (b: Block): boolean =>
  b.kind === "heading" && inlineText(b.text).trim() === "หมายเหตุ";

/** Notes of the whole document that a block names by id (a paragraph's or an item's notes). */
function namedNotes(doc: ReportDocument): Map<string, NoteBlock> {
  const out = new Map<string, NoteBlock>();
  for (const p of doc.parts)
    for (const b of p.blocks) if (b.kind === "note" && b.id) out.set(b.id, b);
  return out;
}

function referencedIds(b: Block): string[] {
  if (b.kind === "paragraph") return b.notes ?? [];
  if (b.kind === "list") return b.items.flatMap((i) => i.notes ?? []);
  return [];
}

/** The notes of a part by their mark: the part's own first, then notes its blocks name by id. */
function notesByMark(part: DocPart, named: Map<string, NoteBlock>): Map<string, NoteBlock> {
  const out = new Map<string, NoteBlock>();
  for (const b of part.blocks)
    if (b.kind === "note") {
      const m = noteMark(b);
      if (m && !out.has(m)) out.set(m, b);
    }
  for (const b of part.blocks)
    for (const id of referencedIds(b)) {
      const n = named.get(id);
      const m = n ? noteMark(n) : "";
      if (n && m && !out.has(m)) out.set(m, n);
    }
  return out;
}

/** The last index of the run of blocks from i kept together (each kept with the next). */
function keptRunEnd(blocks: Block[], i: number): number {
  let j = i;
  while (
    blocks[j]?.keepWithNext &&
    j + 1 < blocks.length &&
    !["note", "heading", "signature", "title"].includes(blocks[j + 1]!.kind)
  )
    j++;
  return j;
}

/** The text of a note, for spotting one set twice. */
const noteKey = (n: NoteBlock): string => inlineText(n.text).replace(/\s+/g, " ").trim();

/** The blocks of each part as the Word file sets them (see the file comment). */
export function placeNotes(doc: ReportDocument): Block[][] {
  const named = namedNotes(doc);
  // The last part holding each note without a mark: the one place it is set.
  const lastPart = new Map<string, number>();
  doc.parts.forEach((p, i) => {
    for (const b of p.blocks) if (b.kind === "note" && !noteMark(b)) lastPart.set(noteKey(b), i);
  });
  return doc.parts.map((part, i) => {
    const seen = new Set([...lastPart].filter(([, at]) => at > i).map(([key]) => key));
    return placePartNotes(part, named, seen);
  });
}

/** `seen`: texts of notes without a mark that are set elsewhere (or already in this part). */
function placePartNotes(part: DocPart, named: Map<string, NoteBlock>, seen: Set<string>): Block[] {
  const byMark = notesByMark(part, named);
  const placed = new Set<NoteBlock>();
  const blocks = part.blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "note") {
      const m = noteMark(b);
      const key = noteKey(b);
      // Already set under its mark (or a copy of one that was), or the same text set before: left out.
      if ((m && placed.has(byMark.get(m) ?? b)) || (!m && seen.has(key))) continue;
      if (m) placed.add(byMark.get(m) ?? b);
      seen.add(key);
      out.push(b);
      continue;
    }
    if (isNotesHeading(b) && notesHeadingEmpty(blocks, i, byMark, placed, seen)) continue;
    const end = keptRunEnd(blocks, i);
    const run = blocks.slice(i, end + 1);
    const due = [...new Set(run.flatMap(blockMarks))]
      .map((m) => byMark.get(m))
      .filter((n): n is NoteBlock => !!n && !placed.has(n))
      // "*" before "**", as the notes are numbered.
      .sort((a, b) => noteMark(a).length - noteMark(b).length);
    if (!due.length) {
      out.push(b);
      continue;
    }
    // The run, its last block kept with the notes, then the notes (each kept with the next but the last).
    run.forEach((r, k) => out.push(k === run.length - 1 ? { ...r, keepWithNext: true } : r));
    due.forEach((n, k) => {
      placed.add(n);
      seen.add(noteKey(n));
      const copy: NoteBlock = { ...n };
      delete copy.pageBreakBefore;
      out.push({
        ...copy,
        keepWithNext: k < due.length - 1,
        ...(k === 0 ? { spaceBefore: "half" as const } : {}),
      });
    });
    i = end;
  }
  return out;
}

/** A "หมายเหตุ" heading whose notes (up to the next heading) are all set elsewhere or repeats. */
function notesHeadingEmpty(
  blocks: Block[],
  i: number,
  byMark: Map<string, NoteBlock>,
  placed: Set<NoteBlock>,
  seen: Set<string>
): boolean {
  for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== "heading"; j++) {
    const b = blocks[j]!;
    if (b.kind !== "note") return false;
    const m = noteMark(b);
    if (m ? !placed.has(byMark.get(m) ?? b) : !seen.has(noteKey(b))) return false;
  }
  return true;
}
