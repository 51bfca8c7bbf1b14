/**
 * Glyph advances of TH SarabunPSK, in thousandths of an em, as read from the hmtx and cmap tables of
 * Laksaman (fonts-tlwg-laksaman: TLWG's build of TH SarabunPSK with the same advances, the font the
 * renders here use for it). Regular and bold; printable ASCII U+0020-U+007E and Thai U+0E01-U+0E5B.
 * Marks above and below the line (U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E) have no advance.
 *
 * Vertical metrics (OS/2, the same in both weights; USE_TYPO_METRICS is set): typoAscender 1279,
 * typoDescender -376, typoLineGap 60 (units per em 1000). LibreOffice lays a line at ascender +
 * descender = 1.655 em (measured: 26.50 pt a line at 16 pt); renderers that add the line gap, as
 * DirectWrite does for a font with USE_TYPO_METRICS, 1.715 em.
 */
const ASCII_R =
  "324,221,312,606,543,879,636,180,285,285,428,618,243,324,243,406,544,544,544,544,544,544,544,544,544,544,243,243,618,618,618,425,806,601,568,610,648,527,527,639,663,221,397,565,530,824,663,731,568,732,570,529,570,700,586,884,628,550,637,294,394,294,619,529,306,517,603,497,603,562,309,467,586,215,233,475,300,904,586,598,603,603,326,424,357,586,512,762,478,506,482,312,230,312,625";
const ASCII_B =
  "339,252,437,694,552,1034,731,254,367,367,515,627,258,339,258,415,568,568,568,568,568,568,568,568,568,568,258,258,627,627,627,434,860,678,595,649,690,538,538,682,709,245,424,618,540,863,709,779,586,779,594,549,633,725,634,920,640,595,678,351,403,351,628,565,315,552,654,521,654,588,382,499,636,245,257,511,320,956,636,619,648,648,370,445,388,628,538,722,524,543,538,383,266,383,634";
const THAI_R =
  "580,568,574,591,591,613,442,552,567,568,574,780,780,639,639,515,693,800,816,588,588,568,646,503,631,643,643,573,573,672,672,639,601,564,484,568,573,639,503,591,658,573,642,682,582,559,588,536,0,475,475,0,0,0,0,0,0,0,1040,1040,1040,1040,618,305,567,356,364,367,308,600,0,0,0,0,0,0,0,0,676,675,675,675,675,675,675,675,675,675,675,785,1048";
const THAI_B =
  "588,624,648,606,606,681,478,586,609,624,648,849,849,639,639,559,740,828,866,609,609,588,658,538,651,669,669,622,622,725,725,639,627,580,494,588,600,639,570,606,693,600,658,703,592,579,571,511,0,505,505,0,0,0,0,0,0,0,1049,1049,1049,1049,585,312,594,379,404,379,314,657,0,0,0,0,0,0,0,0,676,685,685,685,685,685,685,685,685,685,685,789,1048";

const table = (s: string): Float64Array => Float64Array.from(s.split(","), (n) => Number(n) / 1000);
const ASCII = [table(ASCII_R), table(ASCII_B)];
const THAI = [table(THAI_R), table(THAI_B)];

/**
 * Ascender + descender + line gap (em): the line pitch the row heights are made for, the larger of the
 * two renderers' (LibreOffice's pitch is the typographic ascender + descender, 1.655 em).
 */
export const LINE_EM = 1.715;

/** Advance of one code point in em (TH SarabunPSK / Laksaman). */
export function advanceEm(cp: number, bold: boolean): number {
  const w = bold ? 1 : 0;
  if (cp >= 0x20 && cp <= 0x7e) return ASCII[w][cp - 0x20];
  if (cp >= 0x0e01 && cp <= 0x0e5b) return THAI[w][cp - 0x0e01];
  if (cp === 0xa0) return ASCII[w][0];
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff) return 0;
  if (cp >= 0x0300 && cp <= 0x036f) return 0;
  if (cp === 0x2014) return 1.083;
  if (cp === 0x2026) return 0.72;
  if (cp >= 0x2010 && cp <= 0x201f) return 0.56;
  if (cp === 0xd7 || cp === 0x2212) return 0.618;
  // Anything else (symbols, other scripts) is taken as wide, so a line never comes out too long.
  return 1;
}
