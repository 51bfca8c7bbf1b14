/**
 * The command line's file output: atomic (written to a temporary file beside the target, flushed, then
 * renamed over it, so a run killed mid-write leaves an existing report whole), never onto the input (a
 * hard link or symbolic link to the input counts as the input), and a failed write is a message with
 * exit status 3, never a stack trace.
 *
 * Temporary files have short names of their own, `.ita-<pid>-<thread>-<n>.tmp`, whatever the target's
 * name (a 255-byte report name leaves no room for a suffix), and are listed in `liveTemps` while they
 * exist, so that Ctrl-C (SIGINT) or SIGTERM removes them (./interrupt.ts).
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
import { dirname, join, parse as parsePath, resolve } from "path";
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

/** Temporary files being written by this thread: removed on an interrupt (./interrupt.ts). */
export const liveTemps = new Set<string>();

let tempCount = 0;

/** A temporary file's path in `dir`: short, hidden, unique to this process and thread. */
export function tempPathIn(dir: string, id?: string | number): string {
  return join(dir, `.ita-${process.pid}-${threadId}-${id ?? ++tempCount}.tmp`);
}

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
    ENOMKDIR: [
      "ระบบไฟล์ตรงนั้นไม่ให้สร้างโฟลเดอร์",
      "the file system there does not allow creating a folder",
    ],
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
  if (fs === NODE_FS) makeFolder(dir);
  else fs.mkdirSync(dir, { recursive: true });
  const tmp = tempPathIn(dir);
  let fd: number | undefined;
  liveTemps.add(tmp);
  try {
    fd = fs.openSync(tmp, "wx", 0o644);
    for (let off = 0; off < data.length;) off += fs.writeSync(fd, data.subarray(off));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
    liveTemps.delete(tmp);
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
    liveTemps.delete(tmp);
    throw e;
  }
}

/** Thrown by writeFileAtomicAsync when `stop()` says the run was interrupted: nothing was written. */
export class Interrupted extends Error {
  constructor() {
    super("interrupted");
  }
}

/**
 * writeFileAtomic without blocking the thread (the batch's workers compose the next report while the
 * file is flushed): the same steps, through fs.promises. `tmp` names the temporary file (the batch's
 * main thread chooses it, so that it can remove it after an interrupt); `stop`, asked before the
 * temporary file is created and again before it is renamed into place, ends the write with Interrupted
 * and no file when the run was interrupted.
 */
export async function writeFileAtomicAsync(
  path: string,
  data: Uint8Array,
  options: { tmp?: string; stop?: () => boolean } = {}
): Promise<void> {
  const target = resolve(path);
  const tmp = options.tmp ?? tempPathIn(dirname(target));
  const stop = options.stop ?? ((): boolean => false);
  if (stop()) throw new Interrupted();
  let handle: FileHandle | undefined;
  liveTemps.add(tmp);
  try {
    handle = await open(tmp, "wx", 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (stop()) throw new Interrupted();
    await rename(tmp, target);
    liveTemps.delete(tmp);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    liveTemps.delete(tmp);
    throw e;
  }
}

/**
 * Creates the output folder and the folders above it that are missing, one level at a time (Node's
 * recursive mkdir loops for ever under /proc, and reports a read-only disk as "does not exist"). Throws
 * the first real error (EROFS, EACCES, ENOTDIR, ...) at once.
 */
export function makeFolder(dir: string): void {
  const target = resolve(dir);
  const missing: string[] = [];
  let at = target;
  for (;;) {
    let st;
    try {
      st = statSync(at);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== "ENOENT") throw e;
      missing.push(at);
      const up = dirname(at);
      if (up === at || missing.length > 64) throw e;
      at = up;
      continue;
    }
    if (!st.isDirectory())
      throw Object.assign(new Error(`${at} is not a folder`), { code: "ENOTDIR" });
    break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // ENOENT with the folder above in place: a file system that makes no folders (/proc).
      if (code === "ENOENT")
        throw Object.assign(new Error(`cannot create ${d}`), { code: "ENOMKDIR" });
      if (code !== "EEXIST") throw e;
    }
  }
  if (parsePath(target).root !== target && !statSync(target).isDirectory())
    throw Object.assign(new Error(`${target} is not a folder`), { code: "ENOTDIR" });
}
