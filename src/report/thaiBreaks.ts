/**
 * Thai line breaking for the SheetBuilder (the many-agency summary sheet, which still lays out its own
 * lines): break opportunities from Intl.Segmenter (word boundaries, which know Thai words) less those
 * inside a no-break word or between parts that belong together ("ความโปร่งใส", "พ.ศ. ๒๕๖๒"), lines
 * filled greedily with the font's measured advances. The report itself no longer breaks lines: its
 * sheets hold whole paragraphs and the spreadsheet wraps them (./sheet.ts).
 *
 * Every text path is linear in the length of the text (one segmentation pass, one fill pass).
 */
import { advanceEm } from "./metrics";
import { heightForLines, LINE_FILL, textWidthPt } from "./measure";

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
