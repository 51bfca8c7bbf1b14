/**
 * `npm run cli -- generate many.json|many.xlsx -o outdir/`: one report workbook per agency and
 * outdir/summary.xlsx (the summary sheet of all of them).
 *
 * The main thread reads the agencies in source order (./sources.ts), assesses each (fast: thousands a
 * second), adds it to the one SummaryAccumulator or skips it with its problems, names its file with the
 * one FileNamer (summary.xlsx taken), and hands it to the renderer: worker threads that compose and write
 * the workbooks (./pool.ts, ./worker.ts), through a bounded queue, so memory stays flat. An agency with
 * problems is listed on standard error with its problems and skipped; the others are written.
 *
 * Exit status: 0 every agency written, 4 some were skipped (listed; the rest and the summary written),
 * 1 nothing written (the input has problems, or every agency has), 3 a file could not be written (disk
 * full, no permission: the batch stops; the workbooks already written are complete, the summary is not
 * written), 2 usage error, 130 / 143 interrupted by Ctrl-C (SIGINT) / SIGTERM (the reports in hand end
 * without a file, temporary files are removed, the complete reports stay and are listed).
 *
 * Nothing is ever written over the input, whatever path reaches it (the output folder through a link,
 * a hard link): every target is compared with the input by file identity, and the summary takes another
 * name ("summary (2).xlsx") when summary.xlsx is the input. Two reports never share a file: names are
 * unique (ignoring case), and each written file's identity is checked against those before it; only
 * files that exist at the end are counted.
 */
import { realpathSync, statSync, unlinkSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { FileNamer, SummaryAccumulator, type Message, type Summary } from "../core";
import { assessItem, EXIT_SKIPPED, messageLines } from "./common";
import type { DigitMode } from "../report";
import { readJsonInput } from "./input";
import { interruptedBy, onInterrupt, SIGNAL_EXIT, type StopSignal } from "./interrupt";
import {
  EXIT_WRITE_FAILED,
  liveTemps,
  makeFolder,
  removeEmptyFolders,
  sameFile,
  tempPathIn,
  writeErrorMessage,
  writeFileAtomic,
} from "./output";
import { defaultJobs, makeRenderer, type Renderer } from "./pool";
import { Progress, progressMode } from "./progress";
import type { RenderOptions, RenderTask, WorkerReply } from "./render";
import { withExtension, type BatchFormat } from "./format";
import { jsonSource, xlsxSource, type BatchSource } from "./sources";

export { EXIT_SKIPPED };

/** The summary workbook's file name in the output folder (never given to an agency). */
export const SUMMARY_FILE = "summary.xlsx";

export interface BatchArgs {
  input: string;
  outDir: string;
  digits: DigitMode;
  threshold?: number;
  sheet?: string;
  phrases: boolean;
  jobs: number;
  quiet: boolean;
  /** Workbook, Word file or both for each agency (./docx.ts); the summary is always summary.xlsx. */
  format?: BatchFormat;
}

const PROBLEMS = "ข้อมูลนำเข้ามีปัญหา / the input has problems:";

/**
 * Opens the input as a source of agencies: the source, or the problem that stops it before it is read
 * (too large, unreadable).
 */
export async function openSource(
  input: string,
  sheet: string | undefined,
  signal?: AbortSignal
): Promise<BatchSource | { problem: Message }> {
  const ext = extname(input).toLowerCase();
  if (ext === ".json") {
    const r = readJsonInput(input);
    if (r.problem) return { problem: r.problem };
    if (r.text === undefined) {
      return {
        problem: {
          code: "input-unreadable",
          th: `อ่านไฟล์ ${input} ไม่ได้ (${r.error})`,
          en: `cannot read ${input} (${r.error})`,
        },
      };
    }
    return jsonSource(r.text, input);
  }
  // Not an .xlsx, a bomb or a DOCTYPE: refused before the output folder is made.
  const { checkXlsxFile } = await import("../xlsx/package");
  const bad = await checkXlsxFile(input, input);
  if (bad) return { problem: bad };
  return xlsxSource(input, input, { sheet, signal, checked: true });
}

/** Writes outdir/summary.xlsx (the summary sheet), unless `stopped()` says the run was interrupted. */
async function writeSummary(
  summary: Summary,
  file: string,
  digits: DigitMode,
  stopped: () => boolean
): Promise<boolean> {
  const [{ composeSummary }, ExcelJS, { writePlanToWorkbook, workbookToBuffer }] =
    await Promise.all([import("../report/summary"), import("exceljs"), import("../xlsx/write")]);
  const plan = composeSummary(summary, { digits });
  const wb = new ExcelJS.default.Workbook();
  writePlanToWorkbook(wb, plan);
  const bytes = await workbookToBuffer(wb);
  if (stopped()) return false;
  writeFileAtomic(file, bytes);
  return true;
}

/**
 * A test seam (docs/input.md): with ITA_DEBUG set, the batch names each phase on standard error
 * ("phase: reading", "phase: summary"); with ITA_DEBUG_PAUSE=<phase> it waits up to 5 s at that phase's
 * start (ended early by an interrupt), so a test can send a signal in a known phase.
 */
async function phase(name: string, stopped: () => boolean): Promise<void> {
  if (!process.env.ITA_DEBUG) return;
  process.stderr.write(`phase: ${name}\n`);
  if (process.env.ITA_DEBUG_PAUSE !== name) return;
  for (let i = 0; i < 100 && !stopped(); i++) await new Promise((r) => setTimeout(r, 50));
}

const n = (x: number): string => x.toLocaleString("en-US");

/** The files one task writes (its report, and its Word file with --format both). */
function filesOf(task: RenderTask): string[] {
  return task.word ? [task.file, task.word.file] : [task.file];
}

/** The temporary files one task may leave while it writes. */
function tempsOf(task: RenderTask): string[] {
  return task.word ? [task.tmp, task.word.tmp] : [task.tmp];
}

/** The written reports, for the message after an interrupt or a failed write. */
function writtenList(files: string[]): string {
  const shown = files.slice(0, 50).map((f) => `  - ${basename(f)}`);
  if (files.length > 50)
    shown.push(`  ... (${n(files.length - 50)} more / อีก ${n(files.length - 50)} ไฟล์)`);
  return shown.join("\n");
}

export async function runBatch(args: BatchArgs): Promise<number> {
  const t0 = Date.now();
  const stop = new AbortController();
  let renderer: Renderer | null = null;
  let progress: Progress | null = null;
  onInterrupt((sig: StopSignal) => {
    stop.abort();
    renderer?.stop();
    const text = `หยุดตามคำสั่ง (${sig}): กำลังเก็บงาน / interrupted (${sig}): finishing up`;
    if (progress) progress.message(text);
    else process.stderr.write(text + "\n");
  });
  try {
    return await batch(args, t0, stop, (r, p) => {
      renderer = r;
      progress = p;
    });
  } finally {
    onInterrupt(null);
  }
}

async function batch(
  args: BatchArgs,
  t0: number,
  stop: AbortController,
  started: (r: Renderer, p: Progress) => void
): Promise<number> {
  const stopped = (): boolean => stop.signal.aborted;
  /** Folders this run made: removed again at the end when nothing was written in them. */
  let created: string[] = [];
  try {
    return await run();
  } finally {
    removeEmptyFolders(created);
  }

  async function run(): Promise<number> {
    const interrupted = (): number | null => {
      const sig = interruptedBy();
      return sig ? SIGNAL_EXIT[sig] : null;
    };
    const opened = await openSource(args.input, args.sheet, stop.signal);
    if ("problem" in opened) {
      process.stderr.write(`${PROBLEMS}\n${messageLines([opened.problem])}\n`);
      return 1;
    }
    const source = opened;
    if (source.problems.length) {
      process.stderr.write(`${PROBLEMS}\n${messageLines(source.problems)}\n`);
      return 1;
    }
    const outDir = resolve(args.outDir);
    try {
      created = makeFolder(outDir);
    } catch (e) {
      const m = writeErrorMessage(outDir, e);
      process.stderr.write(`generate: ${m.th}\n          ${m.en}\n`);
      return EXIT_WRITE_FAILED;
    }
    // Never the input, whatever path reaches it: compared by real path and by file identity.
    const isInput = (file: string): boolean => sameFile(file, args.input);
    let summaryName = SUMMARY_FILE;
    for (let k = 2; isInput(join(outDir, summaryName)); k++) summaryName = `summary (${k}).xlsx`;
    const taken = [summaryName];
    const realOut = realpathSync(outDir);
    if (realpathSync(dirname(resolve(args.input))) === realOut) taken.push(basename(args.input));
    const namer = new FileNamer({ taken });
    const fileFor = (name: string): string => {
      for (;;) {
        const f = join(outDir, namer.next(name));
        if (!isInput(f)) return f;
      }
    };

    const cores = defaultJobs();
    const jobs = Math.min(args.jobs, cores);
    const acc = new SummaryAccumulator(
      args.threshold !== undefined ? { threshold: args.threshold } : {}
    );
    const progress = new Progress(
      process.stderr,
      progressMode(process.stderr, process.env, args.quiet),
      source.total
    );
    if (jobs < args.jobs) {
      progress.message(
        `--jobs ${args.jobs}: เครื่องนี้มี ${cores} แกน จึงใช้ ${jobs} เธรด / this machine has ${cores} core(s), so ${jobs} worker thread(s) are used`
      );
    }

    const written: string[] = [];
    /** File identity (device:inode) of each report written, to catch two reports on one file. */
    const identities = new Map<string, string>();
    const overwritten: string[] = [];
    let skipped = 0;
    let withWarnings = 0;
    let writeFailure: { file: string; reply: WorkerReply } | null = null;
    const inHand = new Map<number, RenderTask>();
    const format: BatchFormat = args.format ?? "xlsx";
    const options: RenderOptions = {
      digits: args.digits,
      phraseSheet: args.phrases,
      ...(args.format ? { format: args.format } : {}),
      ...(args.threshold !== undefined ? { threshold: args.threshold } : {}),
    };
    const done = (reply: WorkerReply): void => {
      const task = inHand.get(reply.order);
      inHand.delete(reply.order);
      const file = task?.file ?? "";
      if (task) for (const t of tempsOf(task)) liveTemps.delete(t);
      if (reply.ok && task) {
        for (const f of filesOf(task)) {
          try {
            const st = statSync(f);
            const id = `${st.dev}:${st.ino}`;
            const before = identities.get(id);
            if (before !== undefined) {
              // Two names, one file (a file system that folds names we keep apart): the earlier is lost.
              overwritten.push(before);
              written.splice(written.indexOf(before), 1);
            }
            identities.set(id, f);
            written.push(f);
          } catch {
            // Gone already: not counted.
          }
        }
      } else if (reply.interrupted) {
        // Ended without a file by the interrupt: not written, nothing left behind.
      } else if (reply.code && /^E[A-Z]+$/.test(reply.code)) writeFailure ??= { file, reply };
      else {
        // Not the input's fault nor the disk's: listed, counted with the skipped, the batch goes on.
        skipped++;
        progress.message(
          `เขียนรายงานไม่สำเร็จ / could not write the report: ${file}\n  - ${reply.message ?? "unexpected error"}`
        );
      }
      progress.update(written.length, skipped);
    };
    const renderer = makeRenderer(jobs, options, done);
    started(renderer, progress);
    await phase("reading", stopped);
    try {
      let first = true;
      for await (const item of source.items()) {
        if (writeFailure || stopped()) break;
        const result = assessItem(item.raw, args.threshold ?? item.threshold);
        const problems = [...item.problems, ...result.problems];
        if (problems.length || !result.assessment) {
          acc.skip(item.name || item.label, problems, item.order);
          skipped++;
          progress.message(`ข้ามหน่วยงาน / skipped: ${item.label}\n${messageLines(problems)}`);
          progress.update(written.length, skipped);
          continue;
        }
        if (first) {
          first = false;
          await phase("writing", stopped);
          if (stopped()) break;
        }
        if (result.warnings.length) withWarnings++;
        const { province, type } = item.agency ?? {};
        acc.add(item.name, result.assessment, item.order, {
          ...(province ? { province } : {}),
          ...(type ? { type } : {}),
        });
        const workbook = fileFor(item.name);
        // The Word file takes the workbook's name with its own extension (--format docx or both).
        const file = format === "docx" ? withExtension(workbook, ".docx") : workbook;
        const task: RenderTask = {
          order: item.order,
          file,
          tmp: tempPathIn(dirname(file), `b${item.order}`),
          raw: item.raw,
          agency: item.agency ?? { name: "" },
          ...(item.threshold !== undefined ? { threshold: item.threshold } : {}),
          ...(format === "both"
            ? {
                word: {
                  file: withExtension(workbook, ".docx"),
                  tmp: tempPathIn(dirname(file), `w${item.order}`),
                },
              }
            : {}),
        };
        inHand.set(item.order, task);
        for (const t of tempsOf(task)) liveTemps.add(t);
        if (!(await renderer.submit(task))) {
          inHand.delete(item.order);
          for (const t of tempsOf(task)) liveTemps.delete(t);
          break;
        }
      }
    } finally {
      await renderer.close().catch((e: unknown) => {
        if (!stopped()) throw e;
      });
      // Tasks never answered (a worker ended by the stop): their temporary files go.
      for (const task of inHand.values()) {
        for (const t of tempsOf(task)) {
          try {
            unlinkSync(t);
          } catch {
            // never created, or renamed into place
          }
          liveTemps.delete(t);
        }
      }
      progress.clear();
    }
    const code = interrupted();
    if (code !== null) return stoppedReport(code, written, outDir, summaryName, false);
    const failure = writeFailure as { file: string; reply: WorkerReply } | null;
    if (failure) {
      const m = writeErrorMessage(failure.file, { code: failure.reply.code });
      process.stderr.write(
        `generate: ${m.th}\n          ${m.en}\n` +
          `หยุดแล้ว: เขียนรายงานครบถ้วนแล้ว ${n(written.length)} ฉบับ ไม่ได้เขียน ${summaryName} / stopped: ${n(written.length)} complete reports written, ${summaryName} not written\n`
      );
      return EXIT_WRITE_FAILED;
    }
    if (source.problems.length) {
      process.stderr.write(`${PROBLEMS}\n${messageLines(source.problems)}\n`);
      return 1;
    }
    if (source.warnings.length)
      process.stderr.write(`คำเตือน / warnings:\n${messageLines(source.warnings)}\n`);
    if (overwritten.length) {
      process.stderr.write(
        `คำเตือน: รายงานสองฉบับได้ชื่อไฟล์เดียวกันในระบบไฟล์นี้ ฉบับก่อนจึงถูกแทนที่ (ไม่นับ) / warning: two reports got one file on this file system, so the earlier was replaced (not counted):\n${writtenList(overwritten)}\n`
      );
    }

    const summaryFile = join(outDir, summaryName);
    let summaryNote = "";
    // Peak memory while the reports were written (the summary workbook, written last, holds every agency).
    const peakReports = process.resourceUsage().maxRSS / 1024;
    if (written.length > 0) {
      await phase("summary", stopped);
      try {
        if (!stopped() && (await writeSummary(acc.finalize(), summaryFile, args.digits, stopped)))
          summaryNote = `, ${summaryName}`;
      } catch (e) {
        const m = writeErrorMessage(summaryFile, e);
        process.stderr.write(`generate: ${m.th}\n          ${m.en}\n`);
        return EXIT_WRITE_FAILED;
      }
      const after = interrupted();
      if (after !== null)
        return stoppedReport(after, written, outDir, summaryName, summaryNote !== "");
    }
    // Count only what exists.
    const present = written.filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    const secs = (Date.now() - t0) / 1000;
    const peak = process.resourceUsage().maxRSS / 1024;
    const cpu = process.cpuUsage(); // every thread of the process, workers included
    process.stdout.write(
      [
        `อ่านจาก / read from: ${source.describe()}`,
        `เขียนรายงานแล้ว / reports written: ${n(present.length)} ใน / in ${outDir}${summaryNote}`,
        summaryName !== SUMMARY_FILE
          ? `สรุปภาพรวมเขียนเป็น ${summaryName} เพราะ ${SUMMARY_FILE} คือไฟล์ข้อมูลนำเข้า / the summary is ${summaryName}, since ${SUMMARY_FILE} is the input`
          : "",
        skipped
          ? `ข้าม / skipped: ${n(skipped)} หน่วยงาน (รายการพร้อมปัญหาอยู่ด้านบน / listed above with their problems)`
          : "",
        withWarnings
          ? `มีคำเตือน / with warnings: ${n(withWarnings)} หน่วยงาน (เช่น คะแนนที่คำนวณแทนค่าที่ไม่ได้กรอก / e.g. scores computed in place of missing ones)`
          : "",
        `เวลา / time: ${secs.toFixed(1)} s (${(present.length / Math.max(secs, 0.001)).toFixed(1)} agencies/s), ` +
          `peak memory ${peak.toFixed(0)} MB (${peakReports.toFixed(0)} MB before the summary), ` +
          `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ` +
          `${renderer.threads ? `${renderer.threads} worker threads` : "main thread"}`,
      ]
        .filter(Boolean)
        .join("\n") + "\n"
    );
    if (present.length === 0) return 1;
    return skipped > 0 || overwritten.length > 0 ? EXIT_SKIPPED : 0;
  }
}

/** After an interrupt: what was written (complete reports only), what was not, and the exit status. */
function stoppedReport(
  code: number,
  written: string[],
  outDir: string,
  summaryName: string,
  summaryWritten: boolean
): number {
  const sig = interruptedBy() ?? "SIGINT";
  const summaryTh = summaryWritten ? `เขียน ${summaryName} แล้ว` : `ไม่ได้เขียน ${summaryName}`;
  const summaryEn = summaryWritten ? `${summaryName} written` : `${summaryName} not written`;
  process.stderr.write(
    `หยุดแล้ว (${sig}): รายงานที่เขียนครบถ้วนแล้ว ${n(written.length)} ฉบับใน ${outDir} ${summaryTh} ไม่มีไฟล์ชั่วคราวค้าง หน่วยงานที่เหลือยังไม่ได้เขียน\n` +
      `interrupted (${sig}): ${n(written.length)} complete report(s) written in ${outDir}, ${summaryEn}; no temporary file left; the other agencies were not written\n` +
      (written.length ? `${writtenList(written)}\n` : "")
  );
  return code;
}
