/**
 * Reading a JSON input (a file, or standard input for "-"), refused before it is read when it is larger
 * than MAX_JSON_BYTES: a 1.2 GB file once took 2.1 GB of memory before failing.
 */
import { closeSync, fstatSync, openSync, readSync } from "fs";
import { MAX_JSON_CHARS } from "../core/json";
import type { Message } from "../core";

/** Largest JSON input read, in bytes (MAX_JSON_CHARS characters of Thai, 3 bytes each). */
export const MAX_JSON_BYTES = 3 * MAX_JSON_CHARS;

const MB = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

export function tooLarge(file: string, size: number | null, limit: number): Message {
  const th = size !== null ? `มีขนาด ${MB(size)} ` : "";
  const en = size !== null ? ` is ${MB(size)},` : "";
  return {
    code: "input-too-large",
    th: `ไฟล์ ${file} ${th}เกินขีดจำกัด ${MB(limit)} จึงไม่อ่าน (ข้อมูลทั้งประเทศราว 8,300 หน่วยงานมีขนาดราว 4 MB)`,
    en: `${file}${en} more than the ${MB(limit)} limit, so it is not read (the whole country, about 8,300 agencies, is about 4 MB)`,
  };
}

/**
 * The text of a JSON input: { text } or { problem } (too large) or { error } (the read failed: its code,
 * ENOENT, EACCES, EISDIR, ...). Standard input is read a chunk at a time and stopped past the limit.
 */
export function readJsonInput(
  path: string,
  limit = MAX_JSON_BYTES
): { text?: string; problem?: Message; error?: string } {
  const file = path === "-" ? "(standard input)" : path;
  let fd: number;
  try {
    fd = path === "-" ? 0 : openSync(path, "r");
  } catch (e) {
    return { error: (e as { code?: string }).code ?? "error" };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: "EISDIR" };
    if (st.isFile() && st.size > limit) return { problem: tooLarge(file, st.size, limit) };
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.alloc(1024 * 1024);
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "EAGAIN") continue; // a non-blocking pipe with nothing yet
        if (code === "EOF") break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > limit) return { problem: tooLarge(file, null, limit) };
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return { text: Buffer.concat(chunks).toString("utf8") };
  } catch (e) {
    return { error: (e as { code?: string }).code ?? "error" };
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
