/**
 * Crafted .xlsx packages for the command line's refusals and bounds (generated, no committed binaries):
 * a real workbook written by ExcelJS, then re-packed with yauzl/yazl (native zlib) with parts replaced,
 * added, streamed from a generator (decompression bombs of any size without holding them in memory), or
 * put in another order.
 */
import ExcelJS from "exceljs";
import { createWriteStream } from "fs";
import { Readable } from "stream";
import yauzl from "yauzl";
import yazl from "yazl";

export type PartSource = string | Buffer | (() => Readable);

/** A workbook with a wide table (a row per agency): `rows` rows of agency + ten indicators + year. */
export async function wideWorkbook(
  rows: Array<{ name: string; scores: Array<number | null>; year?: number }>,
  options: { sheets?: string[]; header?: string[] } = {}
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const name of options.sheets ?? []) wb.addWorksheet(name).getCell("A1").value = "x";
  const ws = wb.addWorksheet("ITA");
  ws.addRow(
    options.header ?? [
      "หน่วยงาน",
      "ปีงบประมาณ",
      ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
    ]
  );
  for (const r of rows) ws.addRow([r.name, r.year ?? 2567, ...r.scores]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function entries(zip: Buffer): Promise<Array<{ name: string; data: Buffer }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, z) => {
      if (err || !z) return reject(err);
      const out: Array<{ name: string; data: Buffer }> = [];
      z.on("entry", (e: yauzl.Entry) => {
        if (e.fileName.endsWith("/")) return z.readEntry();
        z.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2);
          const parts: Buffer[] = [];
          s.on("data", (c: Buffer) => parts.push(c)).on("end", () => {
            out.push({ name: e.fileName, data: Buffer.concat(parts) });
            z.readEntry();
          });
        });
      });
      z.on("end", () => resolve(out));
      z.readEntry();
    });
  });
}

/**
 * Re-packs `base` into `file`: parts in `replace` replaced (or added), parts in `drop` left out, in the
 * order `order` gives (default: as they were).
 */
export async function repack(
  base: Buffer,
  file: string,
  options: {
    replace?: Record<string, PartSource>;
    drop?: string[];
    order?: (names: string[]) => string[];
  } = {}
): Promise<void> {
  const parts = await entries(base);
  const byName = new Map<string, PartSource>(parts.map((p) => [p.name, p.data]));
  for (const [k, v] of Object.entries(options.replace ?? {})) byName.set(k, v);
  for (const d of options.drop ?? []) byName.delete(d);
  let names = [...byName.keys()];
  if (options.order) names = options.order(names);
  const zip = new yazl.ZipFile();
  for (const name of names) {
    const src = byName.get(name) as PartSource;
    if (typeof src === "function") zip.addReadStream(src(), name, { compressionLevel: 9 });
    else
      zip.addBuffer(Buffer.isBuffer(src) ? src : Buffer.from(src, "utf8"), name, {
        compressionLevel: 9,
      });
  }
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream.pipe(createWriteStream(file)).on("close", resolve).on("error", reject)
  );
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = "</sheetData></worksheet>";

/** A stream of `head`, then `unit(i)` until `bytes` are given, then `tail`. */
export function generated(
  bytes: number,
  unit: (i: number) => string,
  head = SHEET_HEAD,
  tail = SHEET_TAIL
): () => Readable {
  return () => {
    let sent = 0;
    let i = 0;
    let stage = 0;
    return new Readable({
      read() {
        if (stage === 0) {
          stage = 1;
          sent += head.length;
          this.push(head);
          return;
        }
        if (stage === 1) {
          const chunk: string[] = [];
          let n = 0;
          while (n < 1 << 20 && sent + n < bytes) {
            const u = unit(i++);
            chunk.push(u);
            n += u.length;
          }
          sent += n;
          if (sent >= bytes) stage = 2;
          this.push(chunk.join(""));
          return;
        }
        if (stage === 2) {
          stage = 3;
          this.push(tail);
          return;
        }
        this.push(null);
      },
    });
  };
}

/** Sheet XML rows bomb: a row of one number each, starting at row `from`. */
export const rowsBomb = (bytes: number, from = 2): (() => Readable) =>
  generated(bytes, (i) => `<row r="${i + from}"><c r="A${i + from}"><v>1</v></c></row>`);

/** Sheet XML whitespace bomb: one cell holding `bytes` of spaces in an inline string. */
export const whitespaceBomb = (bytes: number): (() => Readable) =>
  generated(
    bytes,
    () => " ".repeat(65536),
    SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">',
    "</t></is></c></row>" + SHEET_TAIL
  );

/** Sheet XML inline-string bomb: rows of inline strings. */
export const inlineStringBomb = (bytes: number): (() => Readable) =>
  generated(
    bytes,
    (i) =>
      `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>องค์การบริหารส่วนตำบลกะหรอ ${i}</t></is></c></row>`
  );

/** A shared-strings bomb: `bytes` of strings. */
export const sharedStringsBomb = (bytes: number): (() => Readable) =>
  generated(
    bytes,
    (i) => `<si><t>ข้อความที่ซ้ำ ${i}</t></si>`,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    "</sst>"
  );
