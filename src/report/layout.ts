/**
 * Layout of sheet plans as printed documents: Thai line breaking, row heights and pagination.
 *
 * Excel and LibreOffice wrap text themselves and differently (LibreOffice Calc breaks Thai only at
 * spaces; Excel's breaks depend on the platform), and neither auto-fits merged or sized rows. So the
 * layout breaks every wrapped text itself: it finds the break opportunities with Intl.Segmenter (word
 * boundaries, which know Thai words), removes those inside a no-break word or between parts that belong
 * together ("ความโปร่งใส", "จังหวัดนครศรีธรรมราช", "พ.ศ. ๒๕๖๒", "ร้อยละ ๘๗.๔๖"), fills lines greedily
 * with the font's measured advances (./metrics) on a width a little narrower than the cell, and writes
 * the lines with explicit line breaks. Each line then fits in both renderers, the renderer keeps the
 * breaks, and the row height is the exact number of lines times the line pitch.
 *
 * Pagination: rows have explicit heights, so the builder knows where each printed page ends. A
 * paragraph may continue on the next page (it is split into rows at a line boundary, at least two lines
 * on each side); a heading stays with the block it opens; a table row never splits; a table that
 * continues on a new page repeats its own header row there.
 *
 * Every text path is linear in the length of the text (one segmentation pass, one fill pass).
 */
import { advanceEm, LINE_EM } from "./metrics";
import type { CellStyle, Merge, PlanCell, PlanRow, PrintSetup, SheetPlan, SheetRole } from "./plan";

export const REPORT_FONT = { name: "TH SarabunPSK", size: 16 };

/** Line pitch in points for a font size (ascender + descender + line gap of TH SarabunPSK). */
export function lineHeightPt(size: number): number {
  return size * LINE_EM;
}

/** Space above and below the lines of a cell (points). */
const CELL_PAD_PT = 3;
/** Excel's row height limit (points). */
export const MAX_ROW_HEIGHT = 409;

/** Height of a row holding `lines` lines of text: whole pixels (0.75 pt), as Excel stores them. */
export function heightForLines(lines: number, size: number): number {
  const h = Math.max(1, lines) * lineHeightPt(size) + CELL_PAD_PT;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(h / 0.75) * 0.75);
}

/** Most lines a row may hold within Excel's row height limit. */
export function maxLinesPerRow(size: number): number {
  return Math.max(1, Math.floor((MAX_ROW_HEIGHT - CELL_PAD_PT) / lineHeightPt(size)));
}

/** Width of a single line of text in points. */
export function textWidthPt(text: string, size: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    em += advanceEm(cp, bold);
  }
  return em * size;
}

/** Points per Excel character unit of column width (Calibri 11, the workbook default: 7 px + 5 px pad). */
function columnPx(w: number): number {
  return Math.trunc(w * 7 + 5);
}

/** Width in points of columns whose widths (Excel character units) are given. */
export function columnsOuterWidthPt(widths: number[]): number {
  return widths.reduce((s, w) => s + columnPx(w), 0) * 0.75;
}

/**
 * Usable text width in points of columns whose widths (Excel character units) are given: the narrower
 * of Excel's ((7 px a unit + 5 px) per column, less 8 px of cell padding) and LibreOffice's (measured:
 * 5.0 pt a unit less 2 pt, as it maps the unit through Liberation Sans Narrow), about 5 % less.
 */
export function columnsWidthPt(widths: number[]): number {
  const px = widths.reduce((s, w) => s + columnPx(w), 0);
  const units = widths.reduce((s, w) => s + w, 0);
  return Math.min((px - 8) * 0.75, units * 5.0 - 2);
}

/**
 * Share of the usable width (columnsWidthPt, already the narrower renderer's) a line may take: the
 * rest covers small differences in glyph advances between TH SarabunPSK builds and kerning.
 */
export const LINE_FILL = 0.97;

/** Width of one Excel indent level in points (Excel: 3 digit widths; LibreOffice a little less). */
export const INDENT_PT = 10 * 0.75 * 1.2;

// ------------------------------------------------------------------------------------------------
// Thai line breaking

/** Words never broken inside (besides what Intl.Segmenter keeps whole). */
export const NO_BREAK_WORDS: readonly string[] = [
  "ความโปร่งใส",
  "คุณธรรม",
  "ร้อยละ",
  "ตัวชี้วัดย่อย",
  "ตัวชี้วัด",
  "ประเมินผล",
  "การประเมิน",
  "ผู้รับผิดชอบ",
  "ผู้ดูแลเว็บไซต์",
  "ผู้บังคับบัญชา",
  "ผู้บริหาร",
  "ผู้มีส่วนได้ส่วนเสีย",
  "ส่วนได้ส่วนเสีย",
  "ประโยชน์ส่วนตน",
  "ประโยชน์ส่วนรวม",
  "ปีงบประมาณ",
  "งบประมาณ",
  "จัดซื้อจัดจ้าง",
  "ต้องปรับปรุงโดยด่วน",
  "ต้องปรับปรุง",
  "ผ่านดีเยี่ยม",
  "ผ่านดี",
  "สำนักงาน ป.ป.ช.",
  "ป.ป.ช.",
  "พ.ศ.",
  "ค.ศ.",
  "องค์การบริหารส่วนตำบล",
  "องค์การบริหารส่วนจังหวัด",
  "เทศบาลตำบล",
  "เทศบาลเมือง",
  "เทศบาลนคร",
  "สำนักปลัด",
  "กรุงเทพมหานคร",
  "เมืองพัทยา",
  "ภาครัฐ",
  "ตรวจสอบ",
  "ความสำเร็จ",
  "เครื่องมือ",
  "ผู้ร้องเรียน",
  "ร้องเรียน",
  "ผลประโยชน์ทับซ้อน",
  "ผลประโยชน์",
  "ทับซ้อน",
  "เปิดเผย",
  "ขั้นตอน",
  "ปรับปรุง",
  "ดีเยี่ยม",
  "ต่อต้าน",
  "ช่องทาง",
  "จัดซื้อ",
  "จัดจ้าง",
  "ติดตาม",
  "กำกับ",
  "ดำเนินการ",
  "ดำเนินงาน",
  "ทรัพย์สิน",
  "เผยแพร่",
  "สื่อสาร",
  "ภายใน",
  "ภายนอก",
  "หน่วยงาน",
  "รับผิดชอบ",
  "ประสิทธิภาพ",
  "ประพฤติมิชอบ",
  "ทุจริต",
  "เป้าหมาย",
  "อย่างเดียว",
  "ต่ำกว่า",
  "สูงกว่า",
  "มากกว่า",
  "น้อยกว่า",
  "ไม่น้อยกว่า",
  "ประจำปี",
  "ทั่วประเทศ",
  "ครอบคลุม",
  "เพิ่มขึ้น",
  "ปฏิบัติงาน",
  "ปฏิบัติหน้าที่",
  "เร่งด่วน",
  "เจ้าหน้าที่",
  "ข้อเสนอแนะ",
  "ปีละ",
  "คำว่า",
  "ความเป็นจริง",
  "มีดังนี้",
  "ตรงไปตรงมา",
  "ระยะเวลา",
  "เป็นหลัก",
  "ผลนี้บ่งชี้ว่า",
  "ผลนี้ชี้ว่า",
  "ผลนี้แสดงว่า",
  "ชี้ว่า",
  "มอบหมายงาน",
  "เท่าที่ควร",
  "ทรัพยากรบุคคล",
  "ชัดเจนพอ",
  "นายกเทศมนตรี",
  "ปลัดเทศบาล",
  // Seen broken in the year-over-year paragraphs and the highest/lowest sentence.
  "สูงสุด",
  "ต่ำสุด",
  "คะแนนรวม",
  "ดีขึ้น",
  "เพิ่มขึ้น",
  // The indicators' names (a name longer than a line still breaks at a word boundary inside it).
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

/** Place and unit prefixes: the name that follows, up to the next space, stays with them. */
const NAME_PREFIXES = ["จังหวัด", "อำเภอ", "กิ่งอำเภอ", "ตำบล", "เขต", "แขวง", "หมู่บ้าน", "กอง"];
/** Longest name kept whole after a prefix (characters); longer runs break at word boundaries. */
const NAME_MAX = 24;

/** Words after which a number (or a letter grade) stays on the same line: "พ.ศ. ๒๕๖๒", "ร้อยละ ๘๗.๔๖". */
const BEFORE_NUMBER = new Set([
  "พ.ศ.",
  "ค.ศ.",
  "ร้อยละ",
  "ที่",
  "ข้อ",
  "ปี",
  "ระดับ",
  "ลำดับ",
  "ครั้ง",
  "หน้า",
  "มาตรา",
  "เดือน",
  "จำนวน",
  "ได้",
  "คะแนน",
  "IIT",
  "EIT",
  "OIT",
  "ITA",
  "กว่า",
  "ละ",
]);
const BEFORE_NUMBER_THAI = [...BEFORE_NUMBER].filter((w) => /^[\u0E00-\u0E7F.]+$/.test(w));
/** Words that stay on the line of the number before them: "๗๖.๐๕ คะแนน". */
const AFTER_NUMBER = new Set(["คะแนน", "ข้อ", "ตัวชี้วัด", "เดือน", "วัน", "ปี", "คน", "ครั้ง", "%"]);

const NUMBER = /^[(]?[0-9๐-๙][0-9๐-๙.,\-–]*[)]?$|^[A-F]{1,2}[+]?$/;
/** Never at the start of a line. */
const NO_START = new Set([..."ๆฯ)]}”’,.:;!?%"]);
/** Never at the end of a line. */
const NO_END = new Set([..."([{“‘"]);
/** Marks and following vowels: a line never starts with one (they belong to the letter before). */
const COMBINING = {
  test(ch: string | undefined): boolean {
    const c = ch ? ch.charCodeAt(0) : 0;
    return (c >= 0x0e30 && c <= 0x0e3a) || c === 0x0e45 || (c >= 0x0e47 && c <= 0x0e4e);
  },
};

const WORDS: Intl.Segmenter | null =
  typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
    ? new Intl.Segmenter("th", { granularity: "word" })
    : null;

/** Pieces the segmenter is given at most: ICU's word breaking turns quadratic on long texts. */
const SEGMENT_PIECE = 256;

/**
 * Word segments of a text, found piece by piece (cut after a space past SEGMENT_PIECE characters, or
 * at 2 x SEGMENT_PIECE without one), so that the time stays linear in the text's length.
 */
function* segments(text: string): Generator<{ index: number; segment: string }> {
  if (!WORDS) return;
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + SEGMENT_PIECE);
    if (to < text.length) {
      const space = text.indexOf(" ", to);
      to =
        space >= 0 && space < from + 2 * SEGMENT_PIECE
          ? space + 1
          : Math.min(text.length, from + 2 * SEGMENT_PIECE);
    }
    for (const s of cachedSegments(text.slice(from, to)))
      yield { index: from + s.index, segment: s.segment };
    from = to;
  }
}

/**
 * Word segments of a piece, memoised per space-delimited chunk: a word boundary always falls after a
 * run of spaces (UAX #29 WB3d, WB4 aside: a space before a combining mark or format character, where
 * the chunk is not cut), so segmenting chunk by chunk gives the same boundaries; a batch of reports
 * repeats most chunks, and ICU's Thai dictionary segmentation is most of a report's composing time.
 */
const SEGMENT_CACHE = new Map<string, ReadonlyArray<{ index: number; segment: string }>>();
const SEGMENT_CACHE_MAX = 20000;
const CHUNK_END = / +(?! |[\p{M}\p{Cf}])/gu;

function segmentChunk(chunk: string): ReadonlyArray<{ index: number; segment: string }> {
  if (!WORDS) return [{ index: 0, segment: chunk }];
  let hit = SEGMENT_CACHE.get(chunk);
  if (!hit) {
    hit = Array.from((WORDS as Intl.Segmenter).segment(chunk), (s) => ({
      index: s.index,
      segment: s.segment,
    }));
    if (SEGMENT_CACHE.size >= SEGMENT_CACHE_MAX) SEGMENT_CACHE.clear();
    SEGMENT_CACHE.set(chunk, hit);
  }
  return hit;
}

/** The word segments of `piece` as the layout finds them (chunk by chunk, cached); exported for tests. */
export function* cachedSegments(piece: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  CHUNK_END.lastIndex = 0;
  for (let m = CHUNK_END.exec(piece); ; m = CHUNK_END.exec(piece)) {
    const to = m ? m.index + m[0].length : piece.length;
    if (to > from)
      for (const s of segmentChunk(piece.slice(from, to)))
        yield { index: from + s.index, segment: s.segment };
    from = to;
    if (!m || to >= piece.length) break;
  }
}

const isSpace = (ch: string | undefined): boolean => ch === " " || ch === "\t";
const isThai = (ch: string | undefined): boolean => !!ch && ch >= "\u0E01" && ch <= "\u0E5B";

/**
 * Line-break positions of one line of text (no "\n"): `allowed[i]` is 2 where a new line may start at
 * index i, 1 where it may only when a no-break group is wider than a whole line (a word boundary inside
 * a no-break word or between a number and its word), 0 where it never may. Linear in the text's length
 * (the no-break words are found with one indexOf scan each).
 */
export function breakOpportunities(text: string): Uint8Array {
  const n = text.length;
  const allowed = new Uint8Array(n + 1);
  // Word boundaries (Thai by dictionary), or after spaces without a segmenter.
  const tokens: Array<{ start: number; end: number; word: string }> = [];
  if (WORDS) {
    for (const s of segments(text)) {
      if (s.index > 0) allowed[s.index] = 2;
      tokens.push({ start: s.index, end: s.index + s.segment.length, word: s.segment });
    }
  } else {
    for (let i = 1; i < n; i++) if (isSpace(text[i - 1]) && !isSpace(text[i])) allowed[i] = 2;
  }
  const forbid = (from: number, to: number): void => {
    for (let i = from + 1; i < to; i++) if (allowed[i]) allowed[i] = 1;
  };
  // A break never falls before a space (spaces end the line), next to a no-break space, before a
  // closing mark or a combining vowel, or after an opening one; "87.46" and "พ.ศ." stay whole.
  for (let i = 1; i < n; i++) {
    const ch = text[i];
    const prev = text[i - 1];
    if (
      isSpace(ch) ||
      ch === "\u00A0" ||
      prev === "\u00A0" ||
      NO_START.has(ch) ||
      NO_END.has(prev) ||
      COMBINING.test(ch) ||
      (prev === "." && !isSpace(ch)) ||
      (ch === "-" && !isSpace(prev)) ||
      (prev === "-" && !isSpace(ch)) ||
      (prev === "/" && !isSpace(ch))
    )
      allowed[i] = 0;
  }
  // No-break words.
  for (const w of NO_BREAK_WORDS) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length))
      forbid(at, at + w.length);
  }
  // A place or unit name stays with its prefix: "จังหวัดนครศรีธรรมราช", "ตำบลกะหรอ".
  for (const p of NAME_PREFIXES) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length)) {
      let end = at + p.length;
      while (end < n && isThai(text[end]) && end - at - p.length <= NAME_MAX) end++;
      if (end - at - p.length <= NAME_MAX) forbid(at, end);
    }
  }
  // A number stays with the word before it ("พ.ศ. ๒๕๖๒") and its unit after it ("๗๖.๐๕ คะแนน").
  if (tokens.length) {
    // Merge "พ.ศ" + "." style splits: the text of each non-space run between spaces.
    const runs: Array<{ start: number; end: number; word: string }> = [];
    let i = 0;
    while (i < n) {
      while (i < n && isSpace(text[i])) i++;
      const start = i;
      while (i < n && !isSpace(text[i])) i++;
      if (i > start) runs.push({ start, end: i, word: text.slice(start, i) });
    }
    for (let k = 1; k < runs.length; k++) {
      const a = runs[k - 1];
      const b = runs[k];
      if (b.start - a.end !== 1) continue;
      const lastWord = lastToken(a.word);
      if (
        NUMBER.test(b.word) &&
        (BEFORE_NUMBER.has(a.word) ||
          BEFORE_NUMBER.has(lastWord) ||
          BEFORE_NUMBER_THAI.some((w) => a.word.endsWith(w)))
      )
        allowed[b.start] = 1;
      if (NUMBER.test(a.word) && AFTER_NUMBER.has(firstToken(b.word))) allowed[b.start] = 1;
    }
  }
  allowed[0] = 0;
  allowed[n] = 2;
  return allowed;
}

/** The last Thai word of a run ("ได้รับ" -> "รับ"), or the run itself for non-Thai text. */
function lastToken(run: string): string {
  if (!WORDS || !isThai(run[run.length - 1])) return run;
  const segs = segmentChunk(run.slice(-24));
  return segs.length ? segs[segs.length - 1].segment : run;
}
function firstToken(run: string): string {
  if (!WORDS || !isThai(run[0])) return run;
  const segs = segmentChunk(run.slice(0, 24));
  return segs.length ? segs[0].segment : run;
}

/** No-break space used for the first-line indent of body paragraphs. */
export const INDENT_CHAR = "\u00A0";

/**
 * Breaks one paragraph into lines that fit `widthPt` (the cell's usable width; LINE_FILL of it is
 * filled). Existing line breaks are kept. A break at a space keeps the space at the end of the line,
 * so `lines.join("")` is the text (without its own "\n"). A word longer than a line is broken between
 * letters (never before a mark). Linear in the text's length.
 */
export function wrapLines(text: string, widthPt: number, size: number, bold = false): string[] {
  const key = `${widthPt}|${size}|${bold ? 1 : 0}|${text}`;
  let lines = WRAP_CACHE.get(key);
  if (!lines) {
    const usable = Math.max(size * 2, widthPt * LINE_FILL);
    const out: string[] = [];
    for (const hard of text.split("\n")) wrapOne(hard, usable, size, bold, out);
    if (WRAP_CACHE.size >= WRAP_CACHE_MAX) WRAP_CACHE.clear();
    WRAP_CACHE.set(key, (lines = out));
  }
  return [...lines];
}

/** wrapLines is pure: its answers are kept (a batch of reports wraps the same texts again and again). */
const WRAP_CACHE = new Map<string, string[]>();
const WRAP_CACHE_MAX = 20000;

function wrapOne(text: string, usable: number, size: number, bold: boolean, out: string[]): void {
  if (textWidthPt(text.trimEnd(), size, bold) <= usable) {
    out.push(text);
    return;
  }
  const allowed = breakOpportunities(text);
  const n = text.length;
  // Width of each UTF-16 unit (a surrogate pair's width on its first unit).
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cp = text.codePointAt(i) ?? 0;
    w[i] = advanceEm(cp, bold) * size;
    if (cp > 0xffff) i++;
  }
  let lineStart = 0;
  let x = 0; // width of text[lineStart, i)
  let lastBreak = -1; // last allowed break in (lineStart, i]
  let lastSoft = -1; // last break inside a no-break group, in (lineStart, i]
  let i = 0;
  while (i < n) {
    if (i > lineStart && allowed[i] === 2) lastBreak = i;
    if (i > lineStart && allowed[i] === 1) lastSoft = i;
    const nx = x + w[i];
    if (nx > usable && i > lineStart) {
      let at: number;
      if (isSpace(text[i]) && allowed[i + 1] === 2) {
        // A space at the end of a line stays there (the line fill leaves room for it).
        at = i + 1;
      } else if (lastBreak > lineStart) {
        at = lastBreak;
      } else if (lastSoft > lineStart) {
        // A no-break group wider than the line breaks at a word boundary inside it.
        at = lastSoft;
      } else {
        // A word wider than the line: break between letters, never before a mark or a low surrogate.
        at = i;
        while (at > lineStart + 1 && (COMBINING.test(text[at]) || isLowSurrogate(text, at))) at--;
      }
      out.push(text.slice(lineStart, at));
      // Rescan from the break: each character is measured at most twice.
      lineStart = at;
      i = at;
      x = 0;
      lastBreak = -1;
      lastSoft = -1;
      continue;
    }
    x = nx;
    i++;
  }
  if (lineStart < n || !out.length) out.push(text.slice(lineStart));
}

function isLowSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Where a centred title breaks first, by rule: before the English name in brackets and the year. */
const TITLE_BREAKS = / (?=\((?:[A-Za-z]))| (?=ประจำปีงบประมาณ)/g;

/**
 * Lines of a centred title: broken first at the rule points (TITLE_BREAKS), then each part wrapped
 * with balanced lines (the narrowest width that keeps the same number of lines), so that no line is
 * left with a word or two.
 */
export function titleLines(text: string, widthPt: number, size: number, bold = false): string[] {
  const out: string[] = [];
  for (const part of text.replace(TITLE_BREAKS, " \n").split("\n")) {
    const count = wrapLines(part, widthPt, size, bold).length;
    let lo = 0.3;
    let hi = 1;
    for (let k = 0; k < 12 && count > 1; k++) {
      const mid = (lo + hi) / 2;
      if (wrapLines(part, widthPt * mid, size, bold).length > count) lo = mid;
      else hi = mid;
    }
    out.push(...wrapLines(part, widthPt * hi, size, bold));
  }
  return out;
}

/**
 * Estimated number of lines a wrapped cell needs: line breaks in the text are kept, each line is
 * wrapped as wrapLines does. Text already wrapped by wrapLines gives its own number of lines.
 */
export function estimateLines(text: string, widthPt: number, size: number, bold = false): number {
  return wrapLines(text, widthPt, size, bold).length;
}

/** Row height in points for wrapped text (Excel's limit is 409 points). */
export function rowHeightFor(text: string, widthPt: number, size: number, bold = false): number {
  return heightForLines(estimateLines(text, widthPt, size, bold), size);
}

/** Text of a cell without the layout's line breaks and first-line indent (for searching the plan). */
export function unwrapText(value: string): string {
  return value.replace(/\n/g, "").replace(/^\u00A0+/, "");
}

// ------------------------------------------------------------------------------------------------
// Page setup

const CM = 72 / 2.54;
/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };

/**
 * Print setup of Thai official documents (ระเบียบงานสารบรรณ): A4 portrait, left 3 cm, right 2 cm,
 * top 2.5 cm, bottom 2 cm, page number at the top centre as "- n -" (header 1.25 cm from the edge),
 * the same on every sheet. Scale 100 % (the columns fit the text block), so the planned page breaks
 * hold in every renderer. Inches, as Excel stores them.
 */
export const DEFAULT_PRINT: PrintSetup = {
  paper: "A4",
  orientation: "portrait",
  margins: {
    top: 2.5 / 2.54,
    bottom: 2 / 2.54,
    left: 3 / 2.54,
    right: 2 / 2.54,
    header: 1.25 / 2.54,
    footer: 1 / 2.54,
  },
  fitToWidth: false,
  header: "- &P -",
};

/** Width of the text block of an A4 portrait page with DEFAULT_PRINT's margins (points): 453.5. */
export const TEXT_BLOCK_WIDTH =
  A4.width - (DEFAULT_PRINT.margins.left + DEFAULT_PRINT.margins.right) * 72;

/**
 * Height of the text block of an A4 portrait page with DEFAULT_PRINT's margins (points), less 1 % for
 * the renderers' rounding of row heights and LibreOffice's header area (measured: with 1 % the last
 * row of a full page went over): about 693 pt, 25 lines of 16 pt.
 */
export const A4_PRINTABLE_HEIGHT = Math.floor(
  (A4.height - (DEFAULT_PRINT.margins.top + DEFAULT_PRINT.margins.bottom) * 72) * 0.97
);

/**
 * The same margins on a landscape A4 page (a wide table, e.g. the measures): text block width and
 * height (points), the height with the same 3 % allowance.
 */
export const LANDSCAPE_TEXT_BLOCK_WIDTH =
  A4.height - (DEFAULT_PRINT.margins.left + DEFAULT_PRINT.margins.right) * 72;
export const A4_LANDSCAPE_PRINTABLE_HEIGHT = Math.floor(
  (A4.width - (DEFAULT_PRINT.margins.top + DEFAULT_PRINT.margins.bottom) * 72) * 0.97
);

/** First-line indent of body paragraphs: 2.5 cm, as in Thai official documents. */
export const FIRST_LINE_INDENT_PT = 2.5 * CM;

export const HEADER_FILL = "#D9E2F3";
export const LOW_FILL = "#FCE4D6";
/** Fill of a table's group row (the row naming an indicator in section ๔'s tables). */
export const GROUP_FILL = "#F2F2F2";
/** Chart colours: this year's scores, the earlier year's (year over year), the threshold line. */
export const SCORE_SERIES_COLOR = "#4472C4";
export const PREVIOUS_SERIES_COLOR = "#A5A5A5";
export const THRESHOLD_SERIES_COLOR = "#C00000";

// ------------------------------------------------------------------------------------------------
// The builder

export interface BuilderOptions {
  /**
   * First-line indent of body paragraphs in points (default FIRST_LINE_INDENT_PT; 0 for none). A body
   * paragraph spans the sheet, is not bold, not centred and has no indent of its own.
   */
  firstLineIndentPt?: number;
  /** Widest the columns may be, in points (default: the A4 text block); wider sets are scaled down. */
  maxWidthPt?: number;
  /** Least lines of a paragraph left at the foot of a page or carried to the next (default 2). */
  minLines?: number;
  /**
   * Font size of table rows whose style gives none (default TABLE_FONT_SIZE, 14 pt: Thai official
   * documents set tables a size below the body text, and tall rows would leave pages half empty).
   */
  tableSize?: number;
}

/** Default font size of table rows (points). */
export const TABLE_FONT_SIZE = 14;

export interface ParagraphOptions {
  /** Indent the first line (default: body paragraphs only, see BuilderOptions.firstLineIndentPt). */
  firstLineIndent?: boolean;
  /** Never split this paragraph across pages (e.g. a signature block). */
  keepTogether?: boolean;
}

/** Scales column widths (Excel character units) down so that they fit `maxPt`. */
export function fitColumns(columns: number[], maxPt: number): number[] {
  if (columnsOuterWidthPt(columns) <= maxPt) return [...columns];
  let k = maxPt / columnsOuterWidthPt(columns);
  for (let tries = 0; tries < 20; tries++) {
    const scaled = columns.map((w) => Math.floor(w * k * 100) / 100);
    if (columnsOuterWidthPt(scaled) <= maxPt) return scaled;
    k *= 0.995;
  }
  return columns.map((w) => Math.floor(w * k * 100) / 100);
}

/**
 * Appends rows to a sheet plan, tracking merges, heights and (given a printable page height) pages:
 * a paragraph that does not fit continues on the next page (split at a line, at least `minLines` on
 * each side); headings (and a table's intro and header row) move to the new page with the row after
 * them; a table row that does not fit starts a new page, where the table's header row is repeated.
 */
export class SheetBuilder {
  readonly rows: PlanRow[] = [];
  readonly merges: Merge[] = [];
  /** Rows that start a printed page. */
  readonly pageBreaks: number[] = [];
  /** Column widths after fitting the text block. */
  readonly columns: number[];
  private readonly span: number;
  private readonly indentPt: number;
  private readonly minLines: number;
  /** Height used on the current page (points). */
  private used = 0;
  /** First row of a run of rows that must stay with the next row (a heading, a table header). */
  private keepFrom: number | null = null;
  /** Header row of the table being written. */
  private tableHeader: PlanRow | null = null;

  constructor(
    columns: number[],
    private readonly pageHeight?: number,
    options: BuilderOptions = {}
  ) {
    this.columns = fitColumns(columns, options.maxWidthPt ?? TEXT_BLOCK_WIDTH);
    this.span = columns.length;
    this.indentPt = options.firstLineIndentPt ?? FIRST_LINE_INDENT_PT;
    this.minLines = Math.max(1, options.minLines ?? 2);
    this.tableSize = options.tableSize ?? TABLE_FONT_SIZE;
  }

  private readonly tableSize: number;

  get next(): number {
    return this.rows.length;
  }

  /** Pages so far (1 + the page breaks). */
  get pages(): number {
    return 1 + this.pageBreaks.length;
  }

  private heightOf(row: PlanRow): number {
    return row.height ?? lineHeightPt(REPORT_FONT.size);
  }

  private pageTop(): number {
    return this.pageBreaks.length ? this.pageBreaks[this.pageBreaks.length - 1] : 0;
  }

  /** Room left on the current page (Infinity without pagination). */
  private room(): number {
    return this.pageHeight ? this.pageHeight - this.used : Infinity;
  }

  /**
   * Starts a new page before content that does not fit: the kept run (a heading, a table's intro and
   * header) moves along; inside a table the header row is repeated.
   */
  private newPageFor(h: number, isHeader: boolean): void {
    const carried =
      this.keepFrom !== null && this.keepFrom > this.pageTop()
        ? this.rows.slice(this.keepFrom).reduce((t, r) => t + this.heightOf(r), 0)
        : null;
    // A kept run inside a table (a group row kept with its body row) moves to the new page under the
    // table's header row, repeated there.
    const underHeader =
      this.tableHeader !== null &&
      !isHeader &&
      this.keepFrom !== null &&
      this.keepFrom > this.tableHeaderRow;
    const headerH = underHeader ? this.heightOf(this.tableHeader as PlanRow) : 0;
    if (
      carried !== null &&
      this.keepFrom !== null &&
      carried + headerH + h <= (this.pageHeight ?? 0)
    ) {
      const at = this.keepFrom;
      this.pageBreaks.push(at);
      this.used = carried;
      if (underHeader) {
        const again = this.copyOfHeader();
        this.rows.splice(at, 0, again);
        for (const m of this.merges) if (m.row >= at) m.row++;
        for (const m of this.merges.filter((x) => x.row === this.tableHeaderRow))
          this.merges.push({ ...m, row: at });
        this.used += this.heightOf(again);
      }
      return;
    }
    this.pageBreaks.push(this.rows.length);
    this.used = 0;
    if (this.tableHeader && !isHeader) {
      const again = this.copyOfHeader();
      const at = this.rows.length;
      this.rows.push(again);
      this.used += this.heightOf(again);
      for (const m of this.merges.filter((x) => x.row === this.tableHeaderRow))
        this.merges.push({ ...m, row: at });
    }
  }

  private tableHeaderRow = -1;

  private copyOfHeader(): PlanRow {
    const h = this.tableHeader as PlanRow;
    return { ...h, cells: h.cells.map((c) => ({ ...c })) };
  }

  private place(row: PlanRow, keepNext: boolean, isHeader = false): number {
    const h = this.heightOf(row);
    if (this.pageHeight && this.used > 0 && this.used + h > this.pageHeight)
      this.newPageFor(h, isHeader);
    const index = this.rows.length;
    this.rows.push(row);
    this.used += h;
    if (keepNext) this.keepFrom ??= index;
    else this.keepFrom = null;
    return index;
  }

  /** Starts a new printed page at the next row (no-op at the top of a page). */
  breakPage(): void {
    const at = this.rows.length;
    if (at > 0 && this.pageTop() !== at) this.pageBreaks.push(at);
    this.used = 0;
    this.keepFrom = null;
  }

  /** An empty spacer row; left out at the top of a new page and at the foot of a full one. */
  blank(height?: number): void {
    const h = height ?? REPORT_FONT.size;
    this.tableHeader = null;
    if (this.pageHeight && this.used > 0 && this.used + h > this.pageHeight) {
      this.breakPage();
      return;
    }
    if (this.pageHeight && this.used === 0 && this.rows.length > 0 && height === undefined) return;
    this.place({ cells: [], height: h }, false);
  }

  /**
   * Starts a new printed page unless `height` points still fit on this one: keeps a short block (a
   * small table, a signature block) whole on one page.
   */
  keepRoom(height: number): void {
    if (this.pageHeight && this.used > 0 && this.used + height > this.pageHeight) this.breakPage();
  }

  /**
   * Empty rows reserved for a drawing (a chart) `rows` rows of `rowHeight` points, kept on one page.
   * Returns the first row.
   */
  space(rows: number, rowHeight: number): number {
    this.tableHeader = null;
    const h = rows * rowHeight;
    if (this.pageHeight && this.used > 0 && this.used + h > this.pageHeight) this.breakPage();
    const first = this.rows.length;
    for (let i = 0; i < rows; i++) this.place({ cells: [], height: rowHeight }, false);
    return first;
  }

  /** Usable text width of columns [fromCol, fromCol + cols) with an Excel indent level. */
  private widthOf(fromCol: number, cols: number, indent = 0): number {
    return columnsWidthPt(this.columns.slice(fromCol, fromCol + cols)) - indent * INDENT_PT;
  }

  /**
   * A wrapped paragraph merged across columns [fromCol, fromCol + cols), broken into lines by
   * wrapLines. On a paginated sheet it continues on the next page when it does not fit; a row never
   * exceeds Excel's height limit. `keepNext` keeps it on the page of the next row. Returns its first row.
   */
  paragraph(
    text: string,
    style: CellStyle = {},
    fromCol = 0,
    cols = this.span - fromCol,
    keepNext = false,
    options: ParagraphOptions = {}
  ): number {
    this.tableHeader = null;
    const size = style.size ?? REPORT_FONT.size;
    const bold = !!style.bold;
    const body =
      fromCol === 0 &&
      cols === this.span &&
      !bold &&
      !style.indent &&
      (!style.hAlign || style.hAlign === "left" || style.hAlign === "justify");
    const indent = options.firstLineIndent ?? body;
    const prefix =
      indent && this.indentPt > 0 && text.trim()
        ? INDENT_CHAR.repeat(Math.round(this.indentPt / (advanceEm(0xa0, bold) * size)))
        : "";
    const width = this.widthOf(fromCol, cols, style.indent);
    const lines =
      style.hAlign === "center"
        ? titleLines(text, width, size, bold)
        : wrapLines(prefix ? prefix + text.trimStart() : text, width, size, bold);
    const pitch = lineHeightPt(size);
    const perRow = maxLinesPerRow(size);
    const together = options.keepTogether || keepNext || lines.length <= this.minLines;
    let first = -1;
    let i = 0;
    while (i < lines.length) {
      const remaining = lines.length - i;
      let take = Math.min(remaining, perRow);
      if (this.pageHeight) {
        const fit = Math.floor((this.room() - CELL_PAD_PT) / pitch + 1e-9);
        if (fit < take && this.used > 0) {
          // Split here when enough lines fit and enough are left for the next page.
          let n = Math.min(fit, take);
          if (remaining - n < this.minLines) n = remaining - this.minLines;
          if (together || n < this.minLines) {
            this.newPageFor(heightForLines(Math.min(take, this.minLines), size), false);
            continue;
          }
          take = n;
        }
      }
      const chunk = lines.slice(i, i + take).join("\n");
      const cells: PlanCell[] = [];
      for (let c = 0; c < fromCol; c++) cells.push({ value: null });
      const source = lines
        .slice(i, i + take)
        .join("")
        .replace(/^\u00A0+/, "");
      cells.push({
        value: chunk,
        style: { wrap: true, vAlign: "top", hAlign: "left", ...style },
        ...(source !== chunk ? { source } : {}),
      });
      const row = this.place(
        { cells, height: heightForLines(take, size), ...(i > 0 ? { continued: true } : {}) },
        keepNext
      );
      if (first < 0) first = row;
      if (cols > 1) this.merges.push({ row, col: fromCol, rows: 1, cols });
      i += take;
    }
    return first;
  }

  /** A heading across the sheet, kept on the same page as the row after it. */
  heading(text: string, style: CellStyle): number {
    return this.paragraph(text, style, 0, this.span, true);
  }

  /**
   * A table row: one string or number per column; text is broken into lines (wrapLines) and the height
   * is that of the tallest cell. `header` marks the table's header row: kept with the first body row and
   * repeated after a page break. `merge` joins cells: [fromCol, cols] pairs (the first cell holds the value).
   * `keepNext` keeps a body row on the page of the next row (a group row over the rows it names).
   */
  tableRow(
    values: Array<string | number | null>,
    style: CellStyle = {},
    cellStyles: Array<CellStyle | undefined> = [],
    header = false,
    merge: Array<[number, number]> = [],
    keepNext = false
  ): number {
    const spanOf = new Map(merge.map(([c, n]) => [c, n]));
    // A row taller than Excel's limit would be clipped: its text is set a point smaller until it fits
    // (down to 12 pt).
    let shrink = 0;
    let lines = 1;
    let lineSize = style.size ?? this.tableSize;
    let cells: PlanCell[] = [];
    const base = style.size ?? this.tableSize;
    for (; ; shrink++) {
      const size = base - shrink;
      lines = 1;
      lineSize = size;
      cells = values.map((v, i) => {
        // Numbers never wrap (a wrapped number splits its digits); text is broken into lines.
        const st: CellStyle = {
          border: true,
          wrap: typeof v !== "number",
          vAlign: "top",
          size: base,
          ...style,
          ...(cellStyles[i] ?? {}),
        };
        if (shrink) st.size = (st.size ?? base) - shrink;
        if (typeof v === "string") {
          const s = st.size ?? size;
          const wrapped =
            st.wrap === false
              ? [v]
              : wrapLines(v, this.widthOf(i, spanOf.get(i) ?? 1, st.indent), s, !!st.bold);
          if (heightForLines(wrapped.length, s) > heightForLines(lines, lineSize)) {
            lines = wrapped.length;
            lineSize = s;
          }
          const value = wrapped.join("\n");
          return { value, style: st, ...(value !== v ? { source: v } : {}) };
        }
        return { value: v, style: st };
      });
      if (lines <= maxLinesPerRow(lineSize) || lineSize <= 12) break;
    }
    const row: PlanRow = {
      cells,
      height: heightForLines(Math.min(lines, maxLinesPerRow(lineSize)), lineSize),
    };
    if (header) this.tableHeader = null;
    const index = this.place(row, header || keepNext, header);
    for (const [c, n] of merge)
      if (n > 1) this.merges.push({ row: index, col: c, rows: 1, cols: n });
    if (header) {
      this.tableHeader = row;
      this.tableHeaderRow = index;
    }
    return index;
  }

  /**
   * A table row whose text cells are lists (one item a line, "\n" between items). When it does not fit
   * in the room left on the page, it is split between items into two rows: each list's first items on
   * this page (at least one, and at least `minLines` lines in the row), the rest in a row on the next
   * page, under the table's header row repeated there. No item and no line is ever cut. When no such
   * split exists the row moves whole, as tableRow does. Returns the first row.
   */
  tableRowOfLists(
    values: Array<string | null>,
    style: CellStyle = {},
    merge: Array<[number, number]> = []
  ): number {
    const size = style.size ?? this.tableSize;
    const pitch = lineHeightPt(size);
    const spanOf = new Map(merge.map(([c, n]) => [c, n]));
    const items = values.map((v) => (v === null ? null : v.split("\n")));
    const linesOf = items.map((list, i) =>
      list === null
        ? []
        : list.map(
            (it) =>
              wrapLines(it, this.widthOf(i, spanOf.get(i) ?? 1, style.indent), size, !!style.bold)
                .length
          )
    );
    const total = Math.max(1, ...linesOf.map((l) => l.reduce((a, b) => a + b, 0)));
    const fit = Math.floor((this.room() - CELL_PAD_PT) / pitch + 1e-9);
    if (!this.pageHeight || this.used === 0 || total <= fit || fit < this.minLines)
      return this.tableRow(values, style, [], false, merge);
    // Items of each list that fit in `fit` lines.
    const take = linesOf.map((l) => {
      let n = 0;
      let used = 0;
      while (n < l.length && used + l[n] <= fit) used += l[n++];
      return n;
    });
    const ok =
      items.every((list, i) => list === null || take[i] >= 1) &&
      items.some((list, i) => list !== null && take[i] < list.length);
    if (!ok) return this.tableRow(values, style, [], false, merge);
    const head = items.map((list, i) => (list === null ? null : list.slice(0, take[i]).join("\n")));
    const rest = items.map((list, i) =>
      list === null ? null : list.slice(take[i]).join("\n") || ""
    );
    const first = this.tableRow(head, style, [], false, merge);
    this.tableRow(rest, style, [], false, merge);
    return first;
  }

  build(role: SheetRole, name: string, extra: Partial<SheetPlan> = {}): SheetPlan {
    return {
      role,
      name,
      font: { ...REPORT_FONT },
      columns: [...this.columns],
      rows: this.rows,
      merges: this.merges,
      charts: [],
      print: {
        ...DEFAULT_PRINT,
        margins: { ...DEFAULT_PRINT.margins },
        // The analysis sheet opens with its cover, which carries no page number.
        ...(role === "analysis" ? { differentFirstPage: true } : {}),
      },
      ...(this.pageBreaks.length ? { pageBreaks: [...this.pageBreaks] } : {}),
      ...extra,
    };
  }
}

/** Splits text into pieces that each fit in one row (at most maxLinesPerRow lines), at line ends. */
export function splitForHeight(
  text: string,
  widthPt: number,
  size: number,
  bold: boolean
): string[] {
  const lines = wrapLines(text, widthPt, size, bold);
  const per = maxLinesPerRow(size);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += per) out.push(lines.slice(i, i + per).join("\n"));
  return out;
}

/**
 * Numbers the pages of a report across its sheets: each sheet's first page number follows the pages
 * of the sheets before it (planned pages: 1 + its page breaks), so page numbers run on as in one document.
 */
export function numberPages(sheets: SheetPlan[]): void {
  let page = 1;
  for (const s of sheets) {
    s.print.firstPageNumber = page;
    page += 1 + (s.pageBreaks?.length ?? 0);
  }
}
