/**
 * Whether an .xlsx survives a read and write through ExcelJS unchanged in what matters, decided by
 * inspecting its package's parts (Node side, command line). ExcelJS models cells, styles, merges, data
 * validation, defined names, page setup and hyperlinks; it drops or damages what it does not model:
 * charts, drawings and pictures are dropped, x14 extensions (data bars' extra settings, sparklines,
 * extended conditional formats) are cut off while the rules that point at them stay, conditional formats
 * with formula bounds are rewritten (a bound became "NaN"), tables, pivot tables, comments, slicers and
 * external links are lost. Only a package of modelled parts with no such content is called lossless: the
 * command line hands back the user's own sheets only then, and writes a report-only workbook otherwise.
 */
import JSZip from "jszip";

export interface PackageVerdict {
  lossless: boolean;
  /** Why not, in Thai and English, one line each: the part or feature that would be lost. */
  reasons: Array<{ th: string; en: string }>;
}

/** Parts ExcelJS reads and writes back. */
const MODELLED = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(core|app)\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/calcChain\.xml$/,
];

/** Content of a worksheet that ExcelJS loses or damages. */
const SHEET_CONTENT: Array<[RegExp, string, string]> = [
  [
    /<(\w+:)?extLst[\s>]/,
    "ส่วนขยาย x14 (เช่น แถบข้อมูล เส้นแนวโน้มในเซลล์)",
    "x14 extensions (data bars, sparklines, ...)",
  ],
  [/<(\w+:)?conditionalFormatting[\s>]/, "การจัดรูปแบบตามเงื่อนไข", "conditional formatting"],
  [
    /<(\w+:)?(drawing|legacyDrawing|legacyDrawingHF|picture)[\s>/]/,
    "รูปภาพหรือแผนภูมิ",
    "drawings, pictures or charts",
  ],
  [/<(\w+:)?(tableParts|oleObjects|controls)[\s>]/, "ตารางหรือวัตถุฝัง", "tables or embedded objects"],
];

/** Content of the workbook part that ExcelJS loses. */
const WORKBOOK_CONTENT: Array<[RegExp, string, string]> = [
  [/<(\w+:)?pivotCaches[\s>]/, "PivotTable", "pivot tables"],
  [/<(\w+:)?externalReferences[\s>]/, "การอ้างอิงไฟล์อื่น", "links to other workbooks"],
];

/** Inspects an .xlsx package (its bytes). Never throws: an unreadable package is not lossless. */
export async function inspectPackage(data: Uint8Array): Promise<PackageVerdict> {
  const reasons: PackageVerdict["reasons"] = [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return {
      lossless: false,
      reasons: [{ th: "อ่านแพ็กเกจไม่ได้", en: "the package cannot be read" }],
    };
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const others = names.filter((n) => !MODELLED.some((re) => re.test(n)));
  if (others.length) {
    const list =
      others.slice(0, 5).join(", ") + (others.length > 5 ? `, ... (${others.length})` : "");
    reasons.push({
      th: `มีส่วนที่ ExcelJS ไม่รองรับ: ${list}`,
      en: `parts ExcelJS does not model: ${list}`,
    });
  }
  const check = async (name: string, rules: Array<[RegExp, string, string]>): Promise<void> => {
    const xml = await zip.files[name].async("string");
    for (const [re, th, en] of rules) {
      if (re.test(xml)) reasons.push({ th: `${name}: ${th}`, en: `${name}: ${en}` });
    }
  };
  for (const n of names) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(n)) await check(n, SHEET_CONTENT);
    else if (n === "xl/workbook.xml") await check(n, WORKBOOK_CONTENT);
  }
  return { lossless: reasons.length === 0, reasons };
}
