/**
 * The command line's file output: atomic (written to a temporary file beside the target, flushed, then
 * renamed over it, so a run killed mid-write leaves an existing report whole), never onto the input (a
 * hard link or symbolic link to the input counts as the input), and a failed write is a message with
 * exit status 3, never a stack trace.
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "fs";
import { open, rename, unlink, type FileHandle } from "fs/promises";
import { basename, dirname, join, resolve } from "path";
import { threadId } from "worker_threads";

/** Exit status of a run whose output could not be written (disk full, no permission, ...). */
export const EXIT_WRITE_FAILED = 3;

/** The file-system calls writeFileAtomic makes (replaceable in tests to simulate a full disk). */
export interface AtomicFs {
  mkdirSync: typeof mkdirSync;
  openSync: typeof openSync;
  writeSync: (fd: number, data: Uint8Array) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
}

const NODE_FS: AtomicFs = {
  mkdirSync,
  openSync,
  writeSync: (fd, data) => writeSync(fd, data),
  fsyncSync,
  closeSync,
  renameSync,
  unlinkSync,
};

/** Whether two paths name the same file: same path after links, or the same inode (a hard link). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** A failed write as a message in Thai and English (no stack trace). */
export function writeErrorMessage(path: string, err: unknown): { th: string; en: string } {
  const code = (err as { code?: string })?.code ?? "";
  const why: Record<string, [string, string]> = {
    ENOSPC: ["พื้นที่ดิสก์เต็ม", "the disk is full"],
    EDQUOT: ["เกินโควตาพื้นที่ดิสก์", "the disk quota is exceeded"],
    EACCES: ["ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้", "no permission to write there"],
    EPERM: ["ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้", "no permission to write there"],
    EROFS: ["ดิสก์นี้อ่านได้อย่างเดียว", "the disk is read-only"],
    ENOTDIR: ["ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์", "part of the path is a file, not a folder"],
    EEXIST: ["ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์", "part of the path is a file, not a folder"],
    EISDIR: ["ชื่อไฟล์ผลลัพธ์เป็นโฟลเดอร์", "the output path is a folder"],
    ENOENT: ["ไม่พบโฟลเดอร์", "the folder does not exist"],
  };
  const [th, en] = why[code] ?? ["เขียนไฟล์ไม่สำเร็จ", "the file could not be written"];
  const detail = code ? ` (${code})` : "";
  return {
    th: `เขียนไฟล์ ${path} ไม่ได้: ${th}${detail} ไฟล์เดิม (ถ้ามี) ไม่ถูกแตะต้อง`,
    en: `cannot write ${path}: ${en}${detail}; any existing file there is left as it was`,
  };
}

/**
 * Writes `data` to `path` atomically: a temporary file in the same folder (so the rename stays on one
 * file system), flushed to disk, then renamed over the target. On any failure the temporary file is
 * removed and the error is thrown; the target is untouched.
 */
export function writeFileAtomic(path: string, data: Uint8Array, fs: AtomicFs = NODE_FS): void {
  const target = resolve(path);
  const dir = dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, "wx", 0o644);
    for (let off = 0; off < data.length;) off += fs.writeSync(fd, data.subarray(off));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing: the first error is the one reported
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw e;
  }
}

/**
 * writeFileAtomic without blocking the thread (the batch's workers compose the next report while the
 * file is flushed): the same steps, through fs.promises.
 */
export async function writeFileAtomicAsync(path: string, data: Uint8Array): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  const tmp = join(
    dir,
    `.${basename(target)}.${process.pid}.${threadId}.${Date.now().toString(36)}.tmp`
  );
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, "wx", 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
