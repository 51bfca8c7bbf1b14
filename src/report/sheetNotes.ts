/**
 * The notes of a part's marks in the sheets (./sheet.ts): each "*" note right after the block that first
 * carries its mark, once in the part.
 */
import type { Block, DocPart, NoteBlock } from "./document";
import { blockTexts, noteMark } from "./document";

/** What renders a block into the sheet (the sheet renderer). */
export interface BlockWriter {
  block(b: Block, fontSize: number): void;
}

/** The mark a note explains ("*", "**"); null for other blocks and for notes without a mark. */
const markOf = (b: Block): string | null => (b.kind === "note" ? noteMark(b) || null : null);

/**
 * The notes a block refers to: those it names (a paragraph's or an item's `notes`), and those whose
 * mark stands in its text as a word of its own (a table's cells, which name no notes).
 */
function notesOf(b: Block, marked: NoteBlock[]): NoteBlock[] {
  if (b.kind === "note") return [];
  const ids = new Set([
    ...(b.kind === "paragraph" ? (b.notes ?? []) : []),
    ...(b.kind === "list" ? b.items.flatMap((it) => it.notes ?? []) : []),
  ]);
  const words = new Set(
    blockTexts(b).flatMap((t) => t.split(/[\s()]+/).filter((w) => /^\*+$/.test(w)))
  );
  return marked.filter((n) => (n.id && ids.has(n.id)) || words.has(markOf(n) ?? ""));
}

/**
 * A part's blocks, with the notes of its marks kept near them: each "*" note is printed right after the
 * block that first carries its mark (after the block it is kept with, when that block is kept with the
 * next: a what-if and its table), once in the part; its place among the notes at the end is then
 * left out, and a heading over notes that were all printed earlier goes with them.
 */
export function renderPart(r: BlockWriter, part: DocPart, fontSize: number): void {
  const marked = part.blocks.filter((b): b is NoteBlock => markOf(b) !== null);
  const printed = new Set<NoteBlock>();
  let pending: NoteBlock[] = [];
  const flush = (): void => {
    for (const n of marked)
      if (pending.includes(n) && !printed.has(n)) {
        printed.add(n);
        r.block(n, fontSize);
      }
    pending = [];
  };
  part.blocks.forEach((b, i) => {
    if (b.kind === "note" && printed.has(b)) return;
    if (b.kind === "heading" || b.kind === "title") {
      const next = part.blocks.slice(i + 1);
      const end = next.findIndex((x) => x.kind === "heading" || x.kind === "title");
      const under = end < 0 ? next : next.slice(0, end);
      if (under.length && under.every((x) => x.kind === "note" && printed.has(x))) return;
    }
    r.block(b, fontSize);
    pending.push(...notesOf(b, marked).filter((n) => !printed.has(n)));
    if (!b.keepWithNext && b.kind !== "heading" && b.kind !== "title") flush();
  });
  flush();
}
