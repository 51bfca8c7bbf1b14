/**
 * Where the batch (./batch.ts) writes: the output folder, a file name for each agency and the summary's,
 * never the input whatever path reaches it (compared by real path and by file identity); each agency's
 * task for the renderer; and the summary workbook itself.
 */
import { realpathSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { FileNamer, type Summary } from "../core";
import type { DigitMode } from "../report";
import {
  EXIT_WRITE_FAILED,
  makeFolder,
  sameFile,
  tempPathIn,
  writeErrorMessage,
  writeFileAtomic,
} from "./output";
import type { RenderTask } from "./render";
import { withExtension, type BatchFormat } from "./format";
import type { BatchItem } from "./batchItem";

/** The summary workbook's file name in the output folder (never given to an agency). */
export const SUMMARY_FILE = "summary.xlsx";

export interface BatchOutput {
  outDir: string;
  /** Folders this run made (removed again at the end when nothing was written in them). */
  created: string[];
  /** summary.xlsx, or "summary (2).xlsx" when summary.xlsx is the input. */
  summaryName: string;
  /** A unique file in the output folder for an agency's name, never the input. */
  fileFor: (name: string) => string;
}

/** Makes the output folder and its names; the exit status (the message written) if it cannot be made. */
export function prepareOutput(outDirArg: string, input: string): BatchOutput | number {
  const outDir = resolve(outDirArg);
  let created: string[];
  try {
    created = makeFolder(outDir);
  } catch (e) {
    const m = writeErrorMessage(outDir, e);
    process.stderr.write(`generate: ${m.th}\n          ${m.en}\n`);
    return EXIT_WRITE_FAILED;
  }
  // Never the input, whatever path reaches it: compared by real path and by file identity.
  const isInput = (file: string): boolean => sameFile(file, input);
  let summaryName = SUMMARY_FILE;
  for (let k = 2; isInput(join(outDir, summaryName)); k++) summaryName = `summary (${k}).xlsx`;
  const taken = [summaryName];
  const realOut = realpathSync(outDir);
  if (realpathSync(dirname(resolve(input))) === realOut) taken.push(basename(input));
  const namer = new FileNamer({ taken });
  const fileFor = (name: string): string => {
    for (;;) {
      const f = join(outDir, namer.next(name));
      if (!isInput(f)) return f;
    }
  };
  return { outDir, created, summaryName, fileFor };
}

/** One agency's task for the renderer: its file (and Word file with --format both) and temporary names. */
export function taskFor(item: BatchItem, workbook: string, format: BatchFormat): RenderTask {
  // The Word file takes the workbook's name with its own extension (--format docx or both).
  const file = format === "docx" ? withExtension(workbook, ".docx") : workbook;
  return {
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
}

/** Writes outdir/summary.xlsx (the summary sheet), unless `stopped()` says the run was interrupted. */
export async function writeSummary(
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
