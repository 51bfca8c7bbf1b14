/**
 * A batch worker thread (build/cli/worker.js): takes RenderTasks from the main thread, writes each
 * agency's files (./render.ts writeAgencyFiles), and answers with a WorkerReply. Several tasks may be in
 * hand at once: one is composed while another's file is flushed to disk. The message "stop" (the run was
 * interrupted) makes every task in hand end without a file, each still answered.
 */
import { parentPort, workerData } from "worker_threads";
import { writeAgencyFiles, type RenderOptions, type RenderTask, type WorkerReply } from "./render";

export type { WorkerReply };

const options = workerData as RenderOptions;
const port = parentPort;
if (!port) throw new Error("build/cli/worker.js runs as a worker thread of the command line");

let stopped = false;

port.on("message", (task: RenderTask | "stop") => {
  if (task === "stop") {
    stopped = true;
    return;
  }
  void writeAgencyFiles(task, options, () => stopped).then((reply) => port.postMessage(reply));
});
