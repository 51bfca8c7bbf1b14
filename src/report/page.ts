/**
 * The printed page of the report's sheets: A4, the Thai official margins, the page number header, and
 * the shared fills and chart colours. The document's parts and the SheetBuilder share them.
 */
import { officialPage, type ReportDocument } from "./document";
import type { PrintSetup } from "./plan";

export const REPORT_FONT = { name: "TH SarabunPSK", size: 16 };

/**
 * What every report document of the add-in starts from (the analysis, the follow-up): TH SarabunPSK 16,
 * Thai, on the official page in the digits of the report's option; `notes` the engine's warnings stated in
 * the report.
 */
export function officialDocument(
  fiscalYear: number,
  title: string,
  digits: "thai" | "arabic" | "mixed",
  notes: ReportDocument["notes"] = []
): Omit<ReportDocument, "parts"> {
  return {
    fiscalYear,
    title,
    font: { ...REPORT_FONT },
    language: "th-TH",
    page: officialPage(digits),
    notes,
  };
}

const CM = 72 / 2.54;
/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 };

/**
 * Print setup of Thai official documents (ระเบียบงานสารบรรณ): A4 portrait, left 3 cm, right 2 cm,
 * top 2.5 cm, bottom 2 cm, page number at the top centre as "- n -" (header 1.25 cm from the edge),
 * the same on every sheet. Scale 100 % (the columns fit the text block), so the planned page breaks
 * hold in every renderer. Inches, as Excel stores them.
 */
export const DEFAULT_PRINT: PrintSetup = {
  paper: "A4",
  orientation: "portrait",
  margins: {
    top: 2.5 / 2.54,
    bottom: 2 / 2.54,
    left: 3 / 2.54,
    right: 2 / 2.54,
    header: 1.25 / 2.54,
    footer: 1 / 2.54,
  },
  fitToWidth: false,
  header: "- &P -",
};

/** Width of the text block of an A4 portrait page with DEFAULT_PRINT's margins (points): 453.5. */
export const TEXT_BLOCK_WIDTH =
  A4.width - (DEFAULT_PRINT.margins.left + DEFAULT_PRINT.margins.right) * 72;

/**
 * The same margins on a landscape A4 page (a wide table, e.g. the measures): text block width and
 * height (points), the height less 3 % for the renderers' rounding of row heights and LibreOffice's
 * header area (measured on the portrait page: with 1 % the last row of a full page went over).
 */
export const LANDSCAPE_TEXT_BLOCK_WIDTH =
  A4.height - (DEFAULT_PRINT.margins.left + DEFAULT_PRINT.margins.right) * 72;
export const A4_LANDSCAPE_PRINTABLE_HEIGHT = Math.floor(
  (A4.width - (DEFAULT_PRINT.margins.top + DEFAULT_PRINT.margins.bottom) * 72) * 0.97
);

/** First-line indent of body paragraphs: 2.5 cm, as in Thai official documents. */
export const FIRST_LINE_INDENT_PT = 2.5 * CM;

export const HEADER_FILL = "#D9E2F3";
export const LOW_FILL = "#FCE4D6";
/** Fill of a table's group row (the row naming an indicator in section ๔'s tables). */
export const GROUP_FILL = "#F2F2F2";
/** Chart colours: this year's scores, the earlier year's (year over year), the threshold line. */
export const SCORE_SERIES_COLOR = "#4472C4";
export const PREVIOUS_SERIES_COLOR = "#A5A5A5";
export const THRESHOLD_SERIES_COLOR = "#C00000";
