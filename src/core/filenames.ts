/**
 * Safe, unique file names from agency names, for a folder of report workbooks (one per agency) that must
 * open on Windows, macOS and Linux and survive a zip file.
 *
 * Rules:
 * - Thai (and every other script) is kept; the text is put in Unicode NFC (macOS hands out NFD).
 * - Characters Windows forbids, \ / : * ? " < > |, become "_". Line breaks and tabs (names typed in a
 *   wrapped cell) become a space; every other control character (Unicode Cc), invisible format character
 *   (Cf: zero-width space and joiners, the bidi marks, embeddings and isolates U+2066-2069, U+061C,
 *   U+180E, BOM, ...), lone surrogate and unassigned code point is removed. Runs of spaces become one.
 * - Leading dots (hidden or parent-folder names on Linux/macOS) and trailing dots and spaces (dropped or
 *   refused by Windows) are removed.
 * - Windows device names (CON, PRN, AUX, NUL, CONIN$, CONOUT$, COM0-9, LPT0-9, with ¹²³ too), alone, or
 *   before a dot or spaces (Windows ignores both: "CON .txt" and "aux.txt" are the device), get a "_"
 *   after them: "CON" -> "CON_", "aux.txt" -> "aux_.txt".
 * - The whole name, extension included, is at most 255 bytes of UTF-8 (the limit of ext4, APFS counts
 *   characters and NTFS UTF-16 units, so bytes is the strictest). A Thai letter is 3 bytes, so about 80
 *   Thai characters fit. A longer name is cut on whole graphemes (a vowel or tone mark never leaves its
 *   letter, nor a leading vowel เ แ โ ใ ไ its consonant) and ends in "~" and six hex digits of a hash of
 *   the whole name: two long names that start alike get different files, and a name gets the same file
 *   in every run, whatever the order.
 * - Duplicates are made unique in the order names are asked for: the first keeps the name, the next get
 *   " (2)", " (3)", ... Names are compared as Windows and macOS do, ignoring case. Names already taken
 *   in the folder (the batch's "summary.xlsx") are given to the namer up front.
 * - A name with nothing left gets the fallback "หน่วยงาน" (agency), made unique like any other.
 */

export interface FileNameOptions {
  /** The extension, with its dot (default ".xlsx"). */
  extension?: string;
  /** Longest whole name in UTF-8 bytes, extension included (default 255). */
  maxBytes?: number;
  /** The stem for a name with nothing left after cleaning (default "หน่วยงาน"). */
  fallback?: string;
  /** Whole file names already in the folder ("summary.xlsx"); compared ignoring case. */
  taken?: readonly string[];
}

const DEFAULT_EXTENSION = ".xlsx";
const DEFAULT_MAX_BYTES = 255;
const DEFAULT_FALLBACK = "หน่วยงาน";

const FORBIDDEN = /[\\/:*?"<>|]/g;
const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]/g;
// Control characters (after line breaks became spaces), invisible format characters, lone surrogates and
// unassigned code points.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Cn}]/gu;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?=[ .]|$)/i;
const MARK = /^\p{M}$/u;
/** Thai leading vowels: written before the consonant they belong to. */
const LEADING_VOWEL = /[\u0e40-\u0e44]$/;

/** UTF-8 length of a string, in bytes. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/, "").replace(/[\s.]+$/, "");
}

const GRAPHEMES =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("th", { granularity: "grapheme" })
    : null;

/** The text's graphemes (user-perceived characters); code points where Intl.Segmenter is missing. */
function graphemes(text: string): string[] {
  return GRAPHEMES ? Array.from(GRAPHEMES.segment(text), (g) => g.segment) : Array.from(text);
}

/**
 * The longest start of `text` within `maxBytes` of UTF-8 made of whole graphemes, that does not leave a
 * letter without its marks or a leading vowel without its consonant; then trailing dots and spaces
 * removed.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const chars = graphemes(text);
  const kept: string[] = [];
  let bytes = 0;
  for (const ch of chars) {
    const b = utf8Bytes(ch);
    if (bytes + b > maxBytes) break;
    kept.push(ch);
    bytes += b;
  }
  // (Without Intl.Segmenter) the first character cut off is a mark: drop its letter too.
  if (kept.length < chars.length && MARK.test(chars[kept.length])) {
    while (kept.length > 0 && MARK.test(kept[kept.length - 1])) kept.pop();
    kept.pop();
  }
  let out = kept.join("");
  while (LEADING_VOWEL.test(out)) out = out.slice(0, -1);
  return trimEnds(out);
}

/** Six hex digits of a hash of the text (FNV-1a, 32 bits): the same text, the same digits. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 8).toString(16).padStart(6, "0");
}

/** `stem` within `maxBytes`: whole, or cut on graphemes and marked "~hash" of the whole stem. */
function fitStem(stem: string, maxBytes: number): string {
  if (utf8Bytes(stem) <= maxBytes) return stem;
  const mark = `~${shortHash(stem)}`;
  return truncateUtf8(stem, maxBytes - mark.length) + mark;
}

/**
 * The cleaned stem of a file name (no extension) for `name`: safe on Windows, macOS and Linux, at most
 * `maxBytes` of UTF-8. Empty when nothing is left (the namer then uses its fallback).
 */
export function safeFileStem(name: string, maxBytes = DEFAULT_MAX_BYTES - 5): string {
  let s = String(name ?? "").normalize("NFC");
  s = s.replace(LINE_BREAKS, " ").replace(INVISIBLE, "").replace(FORBIDDEN, "_");
  s = trimEnds(s.replace(SPACES, " "));
  s = s.replace(RESERVED, "$1_");
  return fitStem(s, maxBytes);
}

function keyOf(fileName: string): string {
  return fileName.normalize("NFC").toLowerCase();
}

/**
 * Hands out safe, unique file names, one per call, deterministically (the same names in the same order
 * give the same files). With worker threads, name the agencies on one thread, in source order.
 */
export class FileNamer {
  private readonly used = new Set<string>();
  private readonly extension: string;
  private readonly maxBytes: number;
  private readonly fallback: string;

  constructor(options: FileNameOptions = {}) {
    this.extension = options.extension ?? DEFAULT_EXTENSION;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const room = this.maxBytes - utf8Bytes(this.extension);
    if (!Number.isInteger(room) || room < 16) {
      throw new RangeError(
        `maxBytes ${this.maxBytes} leaves too little room beside the extension "${this.extension}"`
      );
    }
    this.fallback = safeFileStem(options.fallback ?? DEFAULT_FALLBACK, room) || "agency";
    for (const t of options.taken ?? []) this.used.add(keyOf(t));
  }

  /** A safe file name for `name`, unique among those handed out (and those taken). */
  next(name: string): string {
    const room = this.maxBytes - utf8Bytes(this.extension);
    const stem = safeFileStem(name, room) || this.fallback;
    let candidate = stem + this.extension;
    for (let n = 2; this.used.has(keyOf(candidate)); n++) {
      const suffix = ` (${n})`;
      const cut = fitStem(stem, room - utf8Bytes(suffix));
      candidate = (cut ? cut + suffix : suffix.trim()) + this.extension;
    }
    this.used.add(keyOf(candidate));
    return candidate;
  }
}
