/**
 * The batch's progress line on standard error:
 * - a terminal (TTY): one line rewritten in place, at most ten times a second;
 * - not a terminal (a pipe, a log file): a plain line at every tenth of the batch (every 500 agencies
 *   when the count is not known in advance), so a log stays short;
 * - CI (the CI environment variable set) or --quiet: nothing.
 * Messages (an agency skipped with its problems) are printed on lines of their own, above the line.
 */

export type ProgressMode = "tty" | "lines" | "off";

export function progressMode(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
  quiet: boolean
): ProgressMode {
  if (quiet || (env.CI && env.CI !== "false" && env.CI !== "0")) return "off";
  return stream.isTTY ? "tty" : "lines";
}

export class Progress {
  private shown = false;
  private lastDraw = 0;
  private nextMark: number;
  private readonly started = Date.now();

  constructor(
    private readonly out: { write(text: string): unknown },
    private readonly mode: ProgressMode,
    private readonly total?: number
  ) {
    this.nextMark = this.step();
  }

  private step(): number {
    return this.total ? Math.max(1, Math.ceil(this.total / 10)) : 500;
  }

  private text(written: number, skipped: number): string {
    const done = written + skipped;
    const of = this.total ? `/${this.total.toLocaleString("en-US")}` : "";
    const pct = this.total ? ` ${Math.floor((done * 100) / this.total)}%` : "";
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? ` ${(written / secs).toFixed(1)}/s` : "";
    return `${done.toLocaleString("en-US")}${of}${pct}: เขียนแล้ว / written ${written.toLocaleString("en-US")}, ข้าม / skipped ${skipped.toLocaleString("en-US")}${rate}`;
  }

  /** Called after each agency. */
  update(written: number, skipped: number): void {
    const done = written + skipped;
    if (this.mode === "tty") {
      const now = Date.now();
      if (now - this.lastDraw < 100 && done !== this.total) return;
      this.lastDraw = now;
      this.out.write(`\r\x1b[K${this.text(written, skipped)}`);
      this.shown = true;
    } else if (this.mode === "lines" && done >= this.nextMark) {
      while (this.nextMark <= done) this.nextMark += this.step();
      this.out.write(this.text(written, skipped) + "\n");
    }
  }

  /** A message on its own line(s), above the progress line. */
  message(text: string): void {
    this.clear();
    this.out.write(text.endsWith("\n") ? text : text + "\n");
  }

  /** Removes the progress line (at the end). */
  clear(): void {
    if (this.shown) this.out.write("\r\x1b[K");
    this.shown = false;
  }
}
