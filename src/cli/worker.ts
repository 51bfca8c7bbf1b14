/**
 * A batch worker thread (build/cli/worker.js): takes RenderTasks from the main thread, writes each
 * agency's report workbook (assess, compose, write: ./render.ts) atomically to its file, and answers
 * with a WorkerReply. Several tasks may be in hand at once: one is composed while another's file is
 * flushed to disk.
 */
import { parentPort, workerData } from "worker_threads";
import { writeReportFiles } from "./docx";
import type { RenderOptions, RenderTask } from "./render";

export interface WorkerReply {
  order: number;
  ok: boolean;
  /** Bytes written. */
  bytes?: number;
  /** On failure: the error's code (ENOSPC, EACCES, ...) and message. */
  code?: string;
  message?: string;
}

const options = workerData as RenderOptions;
const port = parentPort;
if (!port) throw new Error("build/cli/worker.js runs as a worker thread of the command line");

port.on("message", (task: RenderTask) => {
  writeReportFiles(task, options)
    .then((bytes) => {
      const reply: WorkerReply = { order: task.order, ok: true, bytes };
      port.postMessage(reply);
    })
    .catch((e: unknown) => {
      const err = e as { code?: string; message?: string; stack?: string };
      const reply: WorkerReply = {
        order: task.order,
        ok: false,
        code: err?.code,
        message: process.env.ITA_DEBUG ? (err?.stack ?? String(e)) : (err?.message ?? String(e)),
      };
      port.postMessage(reply);
    });
});
