/**
 * What the command line writes: a file's format follows the extension of -o (.xlsx or .docx); a batch
 * (-o outdir/) takes `--format xlsx|docx|both` for each agency's report (./docx.ts).
 */
export type BatchFormat = "xlsx" | "docx" | "both";

export function parseFormat(value: string | undefined): BatchFormat | null {
  return value === "xlsx" || value === "docx" || value === "both" ? value : null;
}

/** A batch agency's file in another format: the same name with its own extension. */
export function withExtension(file: string, ext: ".xlsx" | ".docx"): string {
  return file.replace(/\.xlsx$/i, "") + ext;
}
