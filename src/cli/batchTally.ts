/**
 * The batch's tally (./batch.ts): what the worker threads answered for each report in hand — written (each
 * file's identity checked against those before it, so two reports never share a file unnoticed), skipped,
 * or the write failure that stops the batch — and the temporary files of the reports still in hand.
 */
import { statSync, unlinkSync } from "fs";
import { liveTemps } from "./output";
import type { Progress } from "./progress";
import type { RenderTask, WorkerReply } from "./render";

export interface Tally {
  written: string[];
  /** File identity (device:inode) of each report written, to catch two reports on one file. */
  identities: Map<string, string>;
  overwritten: string[];
  skipped: number;
  withWarnings: number;
  writeFailure: { file: string; reply: WorkerReply } | null;
  /** The reports handed to the renderer and not answered yet, by order. */
  inHand: Map<number, RenderTask>;
}

export function newTally(): Tally {
  return {
    written: [],
    identities: new Map(),
    overwritten: [],
    skipped: 0,
    withWarnings: 0,
    writeFailure: null,
    inHand: new Map(),
  };
}

/** The files one task writes (its report, and its Word file with --format both). */
export function filesOf(task: RenderTask): string[] {
  return task.word ? [task.file, task.word.file] : [task.file];
}

/** The temporary files one task may leave while it writes. */
export function tempsOf(task: RenderTask): string[] {
  return task.word ? [task.tmp, task.word.tmp] : [task.tmp];
}

/** The renderer's answer for one report, into the tally (and the progress line). */
export function replyHandler(tally: Tally, progress: Progress): (reply: WorkerReply) => void {
  const { written, identities, overwritten, inHand } = tally;
  return (reply: WorkerReply): void => {
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
    } else if (reply.code && /^E[A-Z]+$/.test(reply.code)) tally.writeFailure ??= { file, reply };
    else {
      // Not the input's fault nor the disk's: listed, counted with the skipped, the batch goes on.
      tally.skipped++;
      progress.message(
        `เขียนรายงานไม่สำเร็จ / could not write the report: ${file}\n  - ${reply.message ?? "unexpected error"}`
      );
    }
    progress.update(written.length, tally.skipped);
  };
}

/** Tasks never answered (a worker ended by the stop): their temporary files go. */
export function dropUnanswered(inHand: Map<number, RenderTask>): void {
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
}
