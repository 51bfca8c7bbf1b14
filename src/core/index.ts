/** The pure ITA engine: profiles, parsing, assessment, readers and Thai helpers. */
export * from "./types";
export * from "./profiles";
export * from "./thai";
export * from "./parse";
export * from "./assess";
export { round2, format2, within001 } from "./decimal";
export * as decimal from "./decimal";
export * from "./json";
export * from "./inputChecks";
export * from "./template";
export * from "./grid";
export * from "./compare";
export * from "./summary";
export * from "./filenames";
export * from "./advice";
