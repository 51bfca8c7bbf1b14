/**
 * The pure ITA engine's public face: what the command line, the Office.js edge and the pane take from
 * src/core through this file. Everything else is imported from its own module by path (the tests do so).
 */
export type { AgencyDetails, Assessment, GridFinding, Message, RawInput } from "./types";
export { getProfile, indicatorDef, ProfileError } from "./profiles";
export { parseThreshold } from "./score";
export { assessRaw, type AssessRawResult } from "./assess";
export { format2 } from "./decimal";
export { findInputInGrid, READ_LIMITS } from "./grid";
export { formatChange, type Comparison } from "./compare";
export { SummaryAccumulator, type Summary } from "./summary";
export { FileNamer } from "./filenames";
