/**
 * Ctrl-C (SIGINT) and SIGTERM on the command line. Without a handler Node ends at once, and a file being
 * written is left as a hidden temporary file. Installed by main.ts for every command:
 *
 * - while a batch runs, it registers its own handler (onInterrupt): the batch stops reading, lets the
 *   reports in hand end without a file, removes their temporary files, says which agencies were written,
 *   and exits with 130 (SIGINT) or 143 (SIGTERM), the shell's 128 + signal number;
 * - otherwise (one report, assess), or on a second signal: every temporary file still listed
 *   (./output.ts liveTemps) is removed and the command exits with the same status at once.
 */
import { unlinkSync } from "fs";
import { liveTemps } from "./output";

/** Exit status after an interrupt: 128 + the signal's number, as shells report it. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

let handler: ((signal: StopSignal) => void) | null = null;
let received: StopSignal | null = null;

/** The batch's handler (null: back to the default). */
export function onInterrupt(h: ((signal: StopSignal) => void) | null): void {
  handler = h;
}

/** The signal received, if any. */
export function interruptedBy(): StopSignal | null {
  return received;
}

/** Removes every temporary file still listed. */
export function removeTemps(): void {
  for (const t of liveTemps) {
    try {
      unlinkSync(t);
    } catch {
      // already renamed into place or removed
    }
    liveTemps.delete(t);
  }
}

export function installInterrupts(): void {
  for (const sig of Object.keys(SIGNAL_EXIT) as StopSignal[]) {
    process.on(sig, () => {
      if (received === null && handler) {
        received = sig;
        handler(sig);
        return;
      }
      received ??= sig;
      removeTemps();
      process.stderr.write(
        `\nหยุดแล้ว (${sig}) ไฟล์ชั่วคราวถูกลบแล้ว / interrupted (${sig}); temporary files removed\n`
      );
      process.exit(SIGNAL_EXIT[sig]);
    });
  }
}
