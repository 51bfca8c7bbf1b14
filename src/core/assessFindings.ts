/**
 * What an assessment notes on its way (src/core/assess.ts): warnings, problems, what was derived, what is
 * missing, the checks of typed figures and the figures printed as published. Each step of `assess` adds to
 * one Findings in the order it runs, so the lists keep the order the steps find things in.
 */
import type { Assessment, Check, Message, ToolId } from "./types";

export type ToolKey = "iit" | "eit" | "oit";
export const TOOL_KEY: Record<ToolId, ToolKey> = { IIT: "iit", EIT: "eit", OIT: "oit" };

export interface Findings {
  warnings: Message[];
  problems: Message[];
  derived: string[];
  missing: string[];
  checks: Check[];
  published: Assessment["published"];
}

export function noFindings(): Findings {
  return { warnings: [], problems: [], derived: [], missing: [], checks: [], published: [] };
}
