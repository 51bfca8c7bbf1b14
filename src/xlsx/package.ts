/**
 * Whether an .xlsx survives a read and write through ExcelJS unchanged in what matters, decided by
 * inspecting its package's parts (Node side, command line). ExcelJS models cells, styles, merges, data
 * validation, defined names, page setup and hyperlinks; it drops or damages what it does not model:
 * charts, drawings and pictures are dropped, x14 extensions (data bars' extra settings, sparklines,
 * extended conditional formats) are cut off while the rules that point at them stay, conditional formats
 * with formula bounds are rewritten (a bound became "NaN"), tables, pivot tables, comments, slicers and
 * external links are lost. Only a package of modelled parts with no such content is called lossless: the
 * command line hands back the user's own sheets only then, and writes a report-only workbook otherwise.
 */
import { closeSync, openSync, readSync, statSync } from "fs";
import type { Readable } from "stream";
import JSZip from "jszip";
import yauzl from "yauzl";
import yazl from "yazl";
import type { Message } from "../core/types";

export interface PackageVerdict {
  lossless: boolean;
  /** Why not, in Thai and English, one line each: the part or feature that would be lost. */
  reasons: Array<{ th: string; en: string }>;
}

/** Parts ExcelJS reads and writes back. */
const MODELLED = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(core|app)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/calcChain\.xml$/,
];

/** Content of a worksheet that ExcelJS loses or damages. */
const SHEET_CONTENT: Array<[RegExp, string, string]> = [
  [
    /<(\w+:)?extLst[\s>]/,
    "ส่วนขยาย x14 (เช่น แถบข้อมูล เส้นแนวโน้มในเซลล์)",
    "x14 extensions (data bars, sparklines, ...)",
  ],
  [/<(\w+:)?conditionalFormatting[\s>]/, "การจัดรูปแบบตามเงื่อนไข", "conditional formatting"],
  [
    /<(\w+:)?(drawing|legacyDrawing|legacyDrawingHF|picture)[\s>/]/,
    "รูปภาพหรือแผนภูมิ",
    "drawings, pictures or charts",
  ],
  [/<(\w+:)?(tableParts|oleObjects|controls)[\s>]/, "ตารางหรือวัตถุฝัง", "tables or embedded objects"],
];

/** Content of the workbook part that ExcelJS loses. */
const WORKBOOK_CONTENT: Array<[RegExp, string, string]> = [
  [/<(\w+:)?pivotCaches[\s>]/, "PivotTable", "pivot tables"],
  [/<(\w+:)?externalReferences[\s>]/, "การอ้างอิงไฟล์อื่น", "links to other workbooks"],
];

/** Inspects an .xlsx package (its bytes). Never throws: an unreadable package is not lossless. */
export async function inspectPackage(data: Uint8Array): Promise<PackageVerdict> {
  const reasons: PackageVerdict["reasons"] = [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return {
      lossless: false,
      reasons: [{ th: "อ่านแพ็กเกจไม่ได้", en: "the package cannot be read" }],
    };
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const others = names.filter((n) => !MODELLED.some((re) => re.test(n)));
  if (others.length) {
    const list =
      others.slice(0, 5).join(", ") + (others.length > 5 ? `, ... (${others.length})` : "");
    reasons.push({
      th: `มีส่วนที่ ExcelJS ไม่รองรับ: ${list}`,
      en: `parts ExcelJS does not model: ${list}`,
    });
  }
  const check = async (name: string, rules: Array<[RegExp, string, string]>): Promise<void> => {
    const xml = await zip.files[name].async("string");
    for (const [re, th, en] of rules) {
      if (re.test(xml)) reasons.push({ th: `${name}: ${th}`, en: `${name}: ${en}` });
    }
  };
  for (const n of names) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(n)) await check(n, SHEET_CONTENT);
    else if (n === "xl/workbook.xml") await check(n, WORKBOOK_CONTENT);
  }
  return { lossless: reasons.length === 0, reasons };
}

// ---------------------------------------------------------------------------------------------------
// Before any .xlsx is handed to ExcelJS (command line): is it an .xlsx at all, and is it safe to read?

/**
 * Bounds on what an .xlsx input may hold (documented in docs/input.md). A real ITA workbook is tens of
 * kilobytes; NACC's national sheet (8,317 agencies) is about 2 MB of sheet XML. The bounds stop a
 * decompression bomb (a few kilobytes that inflate to gigabytes) before ExcelJS sees it, and keep every
 * command under 1 GB of memory (bench/hostile.bench.ts measures the worst inputs).
 */
export const PACKAGE_LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** Any one part, inflated (read as a stream: a batch, assess). */
  partBytes: 32 * 1024 * 1024,
  /**
   * Any one part, inflated, when the whole workbook is loaded into memory (generate for one agency, whose
   * sheets may be handed back): ExcelJS holds about 1.2 KB per cell, so 12 MB of dense cells stays under
   * 1 GB.
   */
  loadPartBytes: 12 * 1024 * 1024,
  /** All parts together, inflated. */
  totalBytes: 96 * 1024 * 1024,
  /** Parts (files) in the package. */
  parts: 2000,
} as const;

const MB = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

const SAVE_AS = {
  th: 'เปิดไฟล์ใน Excel แล้วบันทึกเป็น (Save As) ชนิด "สมุดงาน Excel (*.xlsx)" แล้วลองใหม่',
  en: 'open it in Excel and save it as "Excel Workbook (*.xlsx)", then try again',
};

function notXlsx(code: string, file: string, th: string, en: string): Message {
  return {
    code,
    th: `ไฟล์ ${file} ไม่ใช่ไฟล์ .xlsx: ${th} ${SAVE_AS.th}`,
    en: `${file} is not an .xlsx file: ${en}; ${SAVE_AS.en}`,
  };
}

/** What a file that is not a ZIP package is, from its first bytes. */
function sniff(file: string, head: Buffer): Message {
  if (head.length === 0)
    return notXlsx("xlsx-empty", file, "ไฟล์ว่างเปล่า (0 ไบต์)", "the file is empty (0 bytes)");
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    return notXlsx(
      "xlsx-old-xls",
      file,
      "เป็นไฟล์ Excel 97-2003 (.xls) ที่เปลี่ยนชื่อ หรือสมุดงานที่ตั้งรหัสผ่านไว้ (ถ้าตั้งรหัสผ่าน ให้เอารหัสผ่านออกก่อน)",
      "it is an Excel 97-2003 workbook (.xls) renamed, or a workbook protected with a password (remove the password first)"
    );
  }
  const sample = head.subarray(0, 4096);
  if (!sample.includes(0)) {
    const t = sample.toString("utf8");
    if (/^\s*</.test(t))
      return notXlsx(
        "xlsx-html",
        file,
        "เป็นไฟล์ข้อความแบบ HTML หรือ XML (เช่น หน้าเว็บที่บันทึกเป็น .xls)",
        "it is an HTML or XML text file (a web page saved as .xls, for instance)"
      );
    const csv = /[,;\t]/.test(t.split(/\r?\n/)[0] ?? "");
    return notXlsx(
      csv ? "xlsx-csv" : "xlsx-text",
      file,
      csv ? "เป็นไฟล์ข้อความ CSV ที่เปลี่ยนชื่อ" : "เป็นไฟล์ข้อความ",
      csv ? "it is a CSV text file renamed" : "it is a text file"
    );
  }
  return notXlsx(
    "xlsx-not-zip",
    file,
    "เนื้อไฟล์ไม่ใช่แพ็กเกจ ZIP ของสมุดงาน Excel",
    "its content is not the ZIP package of an Excel workbook"
  );
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (e, z) =>
      e || !z ? reject(e) : resolve(z)
    )
  );
}

function entriesOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const list: yauzl.Entry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      list.push(e);
      if (list.length > PACKAGE_LIMITS.parts) reject(new Error("too many parts"));
      else zip.readEntry();
    });
    zip.on("end", () => resolve(list));
    zip.on("error", reject);
    zip.readEntry();
  });
}

function readStreamOf(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (e, s) => (e || !s ? reject(e) : resolve(s)))
  );
}

/** Markup that declares entities or a document type: refused in every part (XXE, "billion laughs"). */
const DECLARATIONS = ["<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity"].flatMap((s) => [
  Buffer.from(s, "latin1"),
  Buffer.from(s, "utf16le"),
]);

/** Whether a part's text declares a DOCTYPE or an entity (streamed, a chunk at a time). */
async function declares(stream: Readable): Promise<boolean> {
  let tail: Buffer = Buffer.alloc(0);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const b = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    if (DECLARATIONS.some((d) => b.includes(d))) {
      stream.destroy();
      return true;
    }
    tail = b.subarray(Math.max(0, b.length - 24));
  }
  return false;
}

/**
 * Checks that `path` is an .xlsx package that is safe to hand to ExcelJS: a ZIP package (not an old
 * .xls, a CSV or a text file renamed, not empty or cut short) holding a workbook, within PACKAGE_LIMITS,
 * with no DOCTYPE or entity declaration in any part. Null when it is; otherwise the problem, in Thai and
 * English, naming what the file is and what to do. Reads the package once, a part at a time.
 */
export async function checkXlsxFile(
  path: string,
  file = path,
  options: { partBytes?: number } = {}
): Promise<Message | null> {
  const partLimit = options.partBytes ?? PACKAGE_LIMITS.partBytes;
  let size: number;
  let head: Buffer;
  try {
    size = statSync(path).size;
    const fd = openSync(path, "r");
    try {
      head = Buffer.alloc(Math.min(size, 4096));
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as { code?: string }).code ?? "error";
    return {
      code: "xlsx-unreadable",
      th: `อ่านไฟล์ ${file} ไม่ได้ (${code})`,
      en: `cannot read ${file} (${code})`,
    };
  }
  if (size > PACKAGE_LIMITS.fileBytes) {
    return {
      code: "input-too-large",
      th: `ไฟล์ ${file} มีขนาด ${MB(size)} เกินขีดจำกัด ${MB(PACKAGE_LIMITS.fileBytes)} สำหรับไฟล์ .xlsx`,
      en: `${file} is ${MB(size)}, more than the ${MB(PACKAGE_LIMITS.fileBytes)} limit for an .xlsx file`,
    };
  }
  if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50) {
    if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50)
      return notXlsx("xlsx-not-workbook", file, "เป็นไฟล์ ZIP ว่าง", "it is an empty ZIP file");
    return sniff(file, head);
  }
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await openZip(path);
    const entries = await entriesOf(zip);
    const names = new Set(entries.map((e) => e.fileName));
    if (!names.has("xl/workbook.xml")) {
      const what = names.has("word/document.xml")
        ? ["เป็นเอกสาร Word", "it is a Word document"]
        : names.has("ppt/presentation.xml")
          ? ["เป็นงานนำเสนอ PowerPoint", "it is a PowerPoint presentation"]
          : [
              "เป็นไฟล์ ZIP ที่ไม่มีสมุดงาน Excel อยู่ข้างใน",
              "it is a ZIP file with no Excel workbook inside",
            ];
      return notXlsx("xlsx-not-workbook", file, what[0], what[1]);
    }
    let total = 0;
    for (const e of entries) {
      if (e.isEncrypted()) {
        return notXlsx(
          "xlsx-encrypted",
          file,
          `ส่วน ${e.fileName} ถูกเข้ารหัส`,
          `its part ${e.fileName} is encrypted`
        );
      }
      total += e.uncompressedSize;
      if (e.uncompressedSize > partLimit || total > PACKAGE_LIMITS.totalBytes) {
        const one = e.uncompressedSize > partLimit;
        return {
          code: "xlsx-too-large-inflated",
          th: one
            ? `ไฟล์ ${file}: ส่วน ${e.fileName} เมื่อคลายการบีบอัดมีขนาด ${MB(e.uncompressedSize)} เกินขีดจำกัด ${MB(partLimit)} ต่อส่วน จึงไม่อ่าน (ไฟล์อาจเป็นไฟล์อันตรายที่ขยายตัวได้มาก) ถ้าเป็นข้อมูลจริง ให้คัดลอกตารางคะแนนไปไว้ในสมุดงานใหม่`
            : `ไฟล์ ${file}: เมื่อคลายการบีบอัดมีขนาดรวมเกิน ${MB(PACKAGE_LIMITS.totalBytes)} จึงไม่อ่าน (ไฟล์อาจเป็นไฟล์อันตรายที่ขยายตัวได้มาก) ถ้าเป็นข้อมูลจริง ให้คัดลอกตารางคะแนนไปไว้ในสมุดงานใหม่`,
          en: one
            ? `${file}: its part ${e.fileName} inflates to ${MB(e.uncompressedSize)}, more than the ${MB(partLimit)} limit per part, so it is not read (it may be a decompression bomb); if the data is real, copy the score table to a new workbook`
            : `${file}: its parts inflate to more than ${MB(PACKAGE_LIMITS.totalBytes)} in all, so it is not read (it may be a decompression bomb); if the data is real, copy the score table to a new workbook`,
        };
      }
    }
    for (const e of entries) {
      if (e.fileName.endsWith("/") || e.uncompressedSize === 0) continue;
      // The declared sizes were checked above; yauzl (validateEntrySizes) fails a part that inflates to more.
      if (await declares(await readStreamOf(zip, e))) {
        return {
          code: "xlsx-doctype",
          th: `ไฟล์ ${file}: ส่วน ${e.fileName} มีการประกาศ DOCTYPE หรือ ENTITY ซึ่ง Excel ไม่เขียน และอาจใช้โจมตีได้ (XXE, "billion laughs") จึงไม่อ่าน ${SAVE_AS.th}`,
          en: `${file}: its part ${e.fileName} declares a DOCTYPE or an ENTITY, which Excel never writes and which can be used in an attack (XXE, "billion laughs"), so it is not read; ${SAVE_AS.en}`,
        };
      }
    }
    return null;
  } catch (e) {
    const why = String((e as Error)?.message ?? e).slice(0, 200);
    return notXlsx(
      "xlsx-damaged",
      file,
      `แพ็กเกจ ZIP เสียหายหรือไม่ครบ (ไฟล์อาจถูกตัดระหว่างคัดลอกหรือดาวน์โหลด: ${why})`,
      `its ZIP package is damaged or cut short (the copy or download may have been interrupted: ${why})`
    );
  } finally {
    zip?.close();
  }
}

/**
 * The parts ExcelJS's streaming reader needs, re-packed in the order it can read in one pass: the
 * workbook's relationships, the workbook, the shared strings (an empty table when there is none), the
 * styles, then the worksheets in their number order. ExcelJS's reader otherwise copies every worksheet
 * met before the shared strings into a temporary file (a sheet with no shared strings was copied whole,
 * and left there by Ctrl-C), and fails on a worksheet met before the workbook part. checkXlsxFile has
 * bounded each part's declared size; yauzl fails a part that inflates to more than it declares. The
 * result is a stream (deflated at level 1): nothing is written to disk.
 */
export async function orderedPackage(path: string): Promise<Readable> {
  const zip = await openZip(path);
  const entries = await entriesOf(zip);
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  const sheets = entries
    .map((e) => ({ e, m: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(e.fileName) }))
    .filter((x): x is { e: yauzl.Entry; m: RegExpExecArray } => x.m !== null)
    .sort((a, b) => Number(a.m[1]) - Number(b.m[1]))
    .map((x) => x.e);
  const out = new yazl.ZipFile();
  const add = async (name: string): Promise<void> => {
    const e = byName.get(name);
    if (e) out.addReadStream(await readStreamOf(zip, e), name, { compressionLevel: 1 });
  };
  await add("xl/_rels/workbook.xml.rels");
  await add("xl/workbook.xml");
  if (byName.has("xl/sharedStrings.xml")) await add("xl/sharedStrings.xml");
  else
    out.addBuffer(
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>'
      ),
      "xl/sharedStrings.xml"
    );
  await add("xl/styles.xml");
  for (const e of sheets)
    out.addReadStream(await readStreamOf(zip, e), e.fileName, { compressionLevel: 1 });
  out.end();
  out.outputStream.on("end", () => zip.close());
  out.outputStream.on("close", () => zip.close());
  return out.outputStream as Readable;
}
