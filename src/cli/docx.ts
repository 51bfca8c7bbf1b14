/**
 * The command line's Word file: the report document (composeDocument, the same composer as the sheets)
 * rendered by src/docx with the figures drawn as pictures (./chartImage.ts).
 *
 * - `generate in.json -o report.docx`: the output format follows the extension of -o.
 * - A batch (`-o outdir/`) takes `--format xlsx|docx|both`: each agency's report as a workbook, a Word
 *   file, or both (same file name, its own extension); summary.xlsx as before.
 */
import type { Assessment, Message } from "../core";
import { composeDocument, type ReportOptions } from "../report/compose";
import type { PhraseLibrary } from "../report";
import { EXIT_WRITE_FAILED, writeErrorMessage, writeFileAtomic } from "./output";

/** The Word file of one report, as bytes. */
export async function wordReport(
  assessment: Assessment,
  options: ReportOptions,
  phrases?: PhraseLibrary
): Promise<Uint8Array> {
  // Loaded only for a Word file: a batch of workbooks never loads docx, ECharts or resvg.
  const [{ renderWord }, { figurePictures }] = await Promise.all([
    import("../docx/render"),
    import("./chartImage"),
  ]);
  const doc = composeDocument(assessment, options, phrases);
  return renderWord(doc, { figures: figurePictures(doc) });
}

/** `generate ... -o report.docx`: writes the Word file; the exit status as runGenerate's. */
export async function writeWordFile(args: {
  assessment: Assessment;
  options: ReportOptions;
  phrases?: PhraseLibrary;
  output: string;
  warnings: Message[];
}): Promise<number> {
  const bytes = await wordReport(args.assessment, args.options, args.phrases);
  try {
    writeFileAtomic(args.output, bytes);
  } catch (e) {
    const m = writeErrorMessage(args.output, e);
    process.stderr.write(`generate: ${m.th}\n          ${m.en}\n`);
    return EXIT_WRITE_FAILED;
  }
  if (args.warnings.length) {
    process.stderr.write("คำเตือน / warnings:\n");
    for (const m of args.warnings)
      process.stderr.write(`  - ${m.cell ? `[${m.cell}] ` : ""}${m.th} / ${m.en}\n`);
  }
  process.stdout.write(`เขียนรายงานแล้ว / report written: ${args.output} (Word)\n`);
  return 0;
}
