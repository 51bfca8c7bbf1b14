/**
 * Compresses a stored (uncompressed) .zip package with Node's native zlib: the batch's report workbooks
 * are written by ExcelJS and the chart step without compression (JSZip's JavaScript deflate is half of a
 * workbook's writing time) and deflated here, once, natively. The entries, their order, names, dates and
 * CRCs are kept as they are; only the method (stored -> deflate) and the sizes change.
 *
 * Plain ZIP as ExcelJS/JSZip write it: no ZIP64, no encryption, no multi-disk archives. Anything else is
 * refused with an error (the caller then keeps the package as it was).
 */
import { deflateRawSync } from "zlib";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

interface Entry {
  name: Buffer;
  flags: number;
  time: number;
  date: number;
  crc: number;
  data: Buffer;
  /** Compression method in the input: 0 stored, 8 already deflated (kept as it is). */
  method: number;
  size: number;
}

function entriesOf(zip: Buffer): Entry[] {
  // The end-of-central-directory record: the last 22 bytes, or earlier when there is a comment.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a zip package (no end of central directory)");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error("bad central directory");
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const time = zip.readUInt16LE(at + 12);
    const date = zip.readUInt16LE(at + 14);
    const crc = zip.readUInt32LE(at + 16);
    const csize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLen);
    if (flags & 1) throw new Error("encrypted entry");
    if (method !== 0 && method !== 8) throw new Error(`compression method ${method}`);
    if (csize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new Error("ZIP64 entry");
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error("bad local header");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({
      name: Buffer.from(name),
      flags,
      time,
      date,
      crc,
      method,
      size,
      data: zip.subarray(start, start + csize),
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The package with every stored entry deflated (zlib level `level`, default 6). */
export function deflateZip(input: Uint8Array, level = 6): Buffer {
  const zip = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const entries = entriesOf(zip);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = e.method === 0 && e.size > 0 ? deflateRawSync(e.data, { level }) : e.data;
    const method = e.method === 0 && e.size > 0 ? 8 : e.method;
    // No data descriptor: the sizes are known and written in the header (bit 3 cleared).
    const flags = e.flags & ~0x0008;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(method, 8);
    head.writeUInt16LE(e.time, 10);
    head.writeUInt16LE(e.date, 12);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(e.name.length, 26);
    head.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt16LE(e.time, 12);
    dir.writeUInt16LE(e.date, 14);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(e.name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(head, e.name, data);
    central.push(dir, e.name);
    offset += head.length + e.name.length + data.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
