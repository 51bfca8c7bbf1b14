/**
 * Where a batch's reports are written: worker threads (build/cli/worker.js, one per core by default), or
 * the main thread itself with --jobs 1. The queue is bounded: `submit` waits while every worker has
 * IN_FLIGHT tasks in hand, so a national batch never holds more than a few reports in memory at once.
 */
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import { writeReportFiles } from "./docx";
import type { RenderOptions, RenderTask } from "./render";
import type { WorkerReply } from "./worker";

/** Tasks a worker holds at once: one composed while the other is written. */
const IN_FLIGHT = 2;

export interface Renderer {
  /** Hands a task on, waiting first while the queue is full; `done` is called with its reply. */
  submit(task: RenderTask): Promise<void>;
  /** Waits for every task handed on; then ends the workers. */
  close(): Promise<void>;
  readonly threads: number;
}

/** Default number of workers: the cores available (at least 1). */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The main thread writes (--jobs 1): no worker start-up, one report at a time. */
class InThread implements Renderer {
  readonly threads = 0;
  constructor(
    private readonly options: RenderOptions,
    private readonly done: (reply: WorkerReply) => void
  ) {}

  async submit(task: RenderTask): Promise<void> {
    try {
      const bytes = await writeReportFiles(task, this.options);
      this.done({ order: task.order, ok: true, bytes });
    } catch (e) {
      const err = e as { code?: string; message?: string };
      this.done({ order: task.order, ok: false, code: err?.code, message: err?.message });
    }
  }

  async close(): Promise<void> {}
}

class Pool implements Renderer {
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private waiting: Array<() => void> = [];
  private idle: Array<() => void> = [];
  private failure: Error | null = null;
  private closing = false;

  constructor(
    count: number,
    options: RenderOptions,
    private readonly done: (reply: WorkerReply) => void
  ) {
    // The worker bundle sits beside this one (build/cli/main.js and build/cli/worker.js).
    const file = join(__dirname, "worker.js");
    for (let i = 0; i < count; i++) {
      const worker = new Worker(file, { workerData: options });
      const slot = { worker, busy: 0 };
      worker.on("message", (reply: WorkerReply) => {
        slot.busy--;
        this.done(reply);
        this.wake();
      });
      worker.on("error", (e) => {
        this.failure ??= e;
        slot.busy = 0;
        this.wake();
      });
      worker.on("exit", (code) => {
        // A worker ends only when closed (terminate: code 1 after close) or when it failed.
        if (!this.closing && !this.failure)
          this.failure = new Error(`a worker thread stopped (exit code ${code})`);
        slot.busy = 0;
        this.wake();
      });
      this.workers.push(slot);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    w.forEach((f) => f());
    if (this.workers.every((s) => s.busy === 0)) {
      const i = this.idle;
      this.idle = [];
      i.forEach((f) => f());
    }
  }

  async submit(task: RenderTask): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy < IN_FLIGHT) {
        slot.busy++;
        slot.worker.postMessage(task);
        return;
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }

  async close(): Promise<void> {
    if (!this.failure && this.workers.some((s) => s.busy > 0))
      await new Promise<void>((r) => this.idle.push(r));
    this.closing = true;
    await Promise.all(this.workers.map((s) => s.worker.terminate()));
    if (this.failure) throw this.failure;
  }
}

/** A renderer with `jobs` worker threads, or the main thread for jobs 1. */
export function makeRenderer(
  jobs: number,
  options: RenderOptions,
  done: (reply: WorkerReply) => void
): Renderer {
  return jobs <= 1 ? new InThread(options, done) : new Pool(jobs, options, done);
}
