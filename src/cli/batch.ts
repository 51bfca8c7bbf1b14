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
import { statSync } from "fs";
import { extname, join } from "path";
import { SummaryAccumulator, type Message } from "../core";
import { assessItem, messageLines, PROBLEMS } from "./common";
import { readJsonInput } from "./input";
import { interruptedBy, onInterrupt, SIGNAL_EXIT, type StopSignal } from "./interrupt";
import { EXIT_WRITE_FAILED, liveTemps, removeEmptyFolders, writeErrorMessage } from "./output";
import { defaultJobs, makeRenderer, type Renderer } from "./pool";
import { Progress, progressMode } from "./progress";
import type { DigitMode } from "../report";
import type { RenderOptions } from "./render";
import type { BatchFormat } from "./format";
import type { BatchSource } from "./batchItem";
import { jsonSource, xlsxSource } from "./sources";
import { prepareOutput, taskFor, writeSummary } from "./batchFiles";
import { dropUnanswered, newTally, replyHandler, tempsOf, type Tally } from "./batchTally";
import { afterReports, finalReport, stoppedReport } from "./batchReport";

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

/**
 * Opens the input as a source of agencies: the source, or the problem that stops it before it is read
 * (too large, unreadable).
 */
async function openSource(
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

/** The source, read and checked; the exit status (the problems written) when it has problems. */
async function checkedSource(args: BatchArgs, signal: AbortSignal): Promise<BatchSource | number> {
  const opened = await openSource(args.input, args.sheet, signal);
  if ("problem" in opened) {
    process.stderr.write(`${PROBLEMS}\n${messageLines([opened.problem])}\n`);
    return 1;
  }
  if (opened.problems.length) {
    process.stderr.write(`${PROBLEMS}\n${messageLines(opened.problems)}\n`);
    return 1;
  }
  return opened;
}

/** The renderer's options: digits, phrase sheet, format and threshold as given. */
function renderOptions(args: BatchArgs): RenderOptions {
  return {
    digits: args.digits,
    phraseSheet: args.phrases,
    ...(args.format ? { format: args.format } : {}),
    ...(args.threshold !== undefined ? { threshold: args.threshold } : {}),
  };
}

/** Worker threads: as many as asked, at most one per core (said on the progress line when capped). */
function jobsFor(args: BatchArgs, progress: Progress): number {
  const cores = defaultJobs();
  const jobs = Math.min(args.jobs, cores);
  if (jobs < args.jobs) {
    progress.message(
      `--jobs ${args.jobs}: เครื่องนี้มี ${cores} แกน จึงใช้ ${jobs} เธรด / this machine has ${cores} core(s), so ${jobs} worker thread(s) are used`
    );
  }
  return jobs;
}

interface Feed {
  args: BatchArgs;
  acc: SummaryAccumulator;
  progress: Progress;
  tally: Tally;
  renderer: Renderer;
  fileFor: (name: string) => string;
  stopped: () => boolean;
}

/**
 * The agencies in source order: each assessed, then skipped with its problems or added to the summary and
 * handed to the renderer under its file name, until the source ends, a write fails or the run is stopped.
 */
async function feedAgencies(source: BatchSource, feed: Feed): Promise<void> {
  const { args, acc, progress, tally, renderer, fileFor, stopped } = feed;
  const { written, inHand } = tally;
  const format: BatchFormat = args.format ?? "xlsx";
  let first = true;
  for await (const item of source.items()) {
    if (tally.writeFailure || stopped()) break;
    const result = assessItem(item.raw, args.threshold ?? item.threshold);
    const problems = [...item.problems, ...result.problems];
    if (problems.length || !result.assessment) {
      acc.skip(item.name || item.label, problems, item.order);
      tally.skipped++;
      progress.message(`ข้ามหน่วยงาน / skipped: ${item.label}\n${messageLines(problems)}`);
      progress.update(written.length, tally.skipped);
      continue;
    }
    if (first) {
      first = false;
      await phase("writing", stopped);
      if (stopped()) break;
    }
    if (result.warnings.length) tally.withWarnings++;
    const { province, type } = item.agency ?? {};
    acc.add(item.name, result.assessment, item.order, {
      ...(province ? { province } : {}),
      ...(type ? { type } : {}),
    });
    const task = taskFor(item, fileFor(item.name), format);
    inHand.set(item.order, task);
    for (const t of tempsOf(task)) liveTemps.add(t);
    if (!(await renderer.submit(task))) {
      inHand.delete(item.order);
      for (const t of tempsOf(task)) liveTemps.delete(t);
      break;
    }
  }
}

/** Only the files that exist at the end are counted. */
function present(files: string[]): string[] {
  return files.filter((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  });
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
    const source = await checkedSource(args, stop.signal);
    if (typeof source === "number") return source;
    const out = prepareOutput(args.outDir, args.input);
    if (typeof out === "number") return out;
    created = out.created;
    const { outDir, summaryName } = out;

    const progress = new Progress(
      process.stderr,
      progressMode(process.stderr, process.env, args.quiet),
      source.total
    );
    const jobs = jobsFor(args, progress);
    const acc = new SummaryAccumulator(
      args.threshold !== undefined ? { threshold: args.threshold } : {}
    );
    const tally = newTally();
    const renderer = makeRenderer(jobs, renderOptions(args), replyHandler(tally, progress));
    started(renderer, progress);
    await phase("reading", stopped);
    try {
      await feedAgencies(source, {
        args,
        acc,
        progress,
        tally,
        renderer,
        fileFor: out.fileFor,
        stopped,
      });
    } finally {
      await renderer.close().catch((e: unknown) => {
        if (!stopped()) throw e;
      });
      dropUnanswered(tally.inHand);
      progress.clear();
    }
    const code = interrupted();
    if (code !== null) return stoppedReport(code, tally.written, outDir, summaryName, false);
    const ended = afterReports(tally, source, summaryName);
    if (ended !== null) return ended;

    const summaryFile = join(outDir, summaryName);
    let summaryNote = "";
    // Peak memory while the reports were written (the summary workbook, written last, holds every agency).
    const peakReports = process.resourceUsage().maxRSS / 1024;
    if (tally.written.length > 0) {
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
        return stoppedReport(after, tally.written, outDir, summaryName, summaryNote !== "");
    }
    return finalReport({
      source,
      tally,
      present: present(tally.written),
      outDir,
      summaryName,
      summaryNote,
      t0,
      peakReports,
      threads: renderer.threads,
    });
  }
}
