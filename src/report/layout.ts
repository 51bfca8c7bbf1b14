/**
 * The layout helpers by job, re-exported for the modules that import them from here (the summary
 * sheet, tests): ./measure (glyph advances, column widths, row heights), ./thaiBreaks (Thai line
 * breaking), ./page (A4, margins, page number, fills and chart colours), ./sheetBuilder (the
 * SheetBuilder that lays out rows itself, for the summary sheet). The report's sheets are rendered
 * from its document by ./sheet.ts and need none of the line breaking.
 */
export * from "./measure";
export * from "./thaiBreaks";
export * from "./page";
export * from "./sheetBuilder";
