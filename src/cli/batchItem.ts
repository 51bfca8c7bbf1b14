/**
 * What a source of many agencies hands out (./sources.ts: JSON; ./xlsxStream.ts: a sheet with a row per
 * agency), for the batch (./batch.ts) and `assess` on many (./assessMany.ts).
 */
import type { AgencyDetails, Message, RawInput } from "../core";

export interface BatchItem {
  /** Array index (JSON) or 1-based sheet row (.xlsx). */
  order: number;
  /** How a message names the item: "[3] name" or "แถว 5 name". */
  label: string;
  /** The agency's name ("" when none). */
  name: string;
  raw: RawInput;
  agency?: AgencyDetails;
  threshold?: number;
  /** Problems found while reading the item (the assessment adds its own). */
  problems: Message[];
}

export interface BatchSource {
  /** What was read, for the closing line: "many.json (array)", "sheet "ITA" of many.xlsx". */
  describe(): string;
  items(): AsyncGenerator<BatchItem>;
  /** Problems with the input as a whole (nothing readable); complete once items() is exhausted. */
  problems: Message[];
  /** Warnings about the input as a whole; complete once items() is exhausted. */
  warnings: Message[];
  /** Number of items when known in advance (JSON), for the progress line. */
  total?: number;
}
