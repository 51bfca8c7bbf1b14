/**
 * Many agencies in, one at a time out (`generate ... -o outdir/`, `assess` on many):
 *
 * - many.json: a JSON array of agency objects, each in the format of one agency (docs/input.md); an
 *   object alone is a batch of one. Messages name each value by its key: "[3].indicators.1".
 * - many.xlsx: a sheet with a row per agency (the grid reader's wide layout: a header row naming the
 *   indicators, as in NACC's province tables), read with ExcelJS's streaming reader, rows handed on a
 *   chunk at a time, so memory stays flat whatever the row count (a national sheet has 8,317 rows; the
 *   single-agency reader stops at READ_LIMITS, 2,000 rows). The sheet is the one named with --sheet, else
 *   the first visible sheet with such a table. As in the grid reader, the table ends at its first empty
 *   row; rows with content past it are counted and reported, not read (the streaming: ./xlsxStream.ts).
 *
 * Items (./batchItem.ts) come in source order; `order` (the array index, or the 1-based sheet row) names an agency in
 * messages and breaks ties in the summary.
 */
import type { Message } from "../core";
import { parseJsonText, rawFromJson, type JsonInput } from "../core/json";
import type { BatchItem, BatchSource } from "./batchItem";
import { readSheets } from "./xlsxStream";

/** A JSON input (text already read). */
export function jsonSource(text: string, file: string): BatchSource {
  const parsed = parseJsonText(text);
  if (parsed.problems.length) return jsonInputSource(undefined, file, parsed.problems);
  return jsonInputSource(rawFromJson(parsed.value), file, []);
}

/** A JSON input already read by rawFromJson. */
export function jsonInputSource(
  read: JsonInput | undefined,
  file: string,
  earlier: Message[]
): BatchSource {
  const problems: Message[] = [...earlier, ...(read?.problems ?? [])];
  const input = problems.length ? undefined : read;
  const list = input?.items ?? [];
  return {
    describe: () => `${file} (${input?.batch ? "JSON array" : "JSON object"})`,
    problems,
    warnings: [],
    total: list.length,
    async *items() {
      for (let i = 0; i < list.length; i++) {
        const it = list[i];
        const name = it.agency?.name ?? "";
        const item: BatchItem = {
          order: i,
          label: input?.batch ? `[${i}]${name ? " " + name : ""}` : name || file,
          name,
          raw: it.raw,
          problems: it.problems,
        };
        if (it.agency) item.agency = it.agency;
        if (it.threshold !== undefined) item.threshold = it.threshold;
        // Let go of the parsed item: only the one in hand is kept.
        (list as unknown[])[i] = undefined;
        yield item;
      }
    },
  };
}

/** A many.xlsx input, streamed. */
export function xlsxSource(
  path: string,
  file: string,
  options: { sheet?: string; signal?: AbortSignal; checked?: boolean } = {}
): BatchSource {
  const problems: Message[] = [];
  const warnings: Message[] = [];
  let used: string | undefined;
  return {
    describe: () => (used ? `${file}, sheet "${used}"` : file),
    problems,
    warnings,
    async *items() {
      const { checkXlsxFile, orderedPackage } = await import("../xlsx/package");
      // Not an .xlsx (an old .xls, a CSV renamed, cut short), a bomb or a DOCTYPE: refused by name first.
      const bad = options.checked ? null : await checkXlsxFile(path, file);
      if (bad) {
        problems.push(bad);
        return;
      }
      try {
        yield* readSheets(await orderedPackage(path), {
          ...options,
          problems,
          warnings,
          onFound: (sheet) => (used = sheet),
        });
      } catch (e) {
        // ExcelJS failed on a part it could not read ("Invalid Address: A-5" for a negative row number in a
        // dimension): the workbook's fault, named, never a stack trace.
        if (options.signal?.aborted) return;
        const why = String((e as Error)?.message ?? e).slice(0, 200);
        problems.push({
          code: "xlsx-read",
          th: `อ่านสมุดงาน ${file} ไม่ได้: เนื้อหาบางส่วนเสียหาย (${why}) ให้เปิดไฟล์ใน Excel แล้วบันทึกเป็น .xlsx อีกครั้ง`,
          en: `cannot read the workbook ${file}: part of its content is damaged (${why}); open it in Excel and save it as .xlsx again`,
        });
      }
    },
  };
}
