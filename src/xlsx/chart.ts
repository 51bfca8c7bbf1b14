/**
 * Native charts in the .xlsx file. ExcelJS writes no charts, and no maintained JavaScript library
 * adds a chart part to an existing package, so the writer adds the DrawingML parts itself after
 * ExcelJS has written the package (JSZip, which ExcelJS itself uses): a chart part (c:chartSpace with
 * a clustered column chart of the scores and the threshold as a line on the same axes, as the add-in
 * draws with Office.js), a drawing part anchoring it over the rows the composer reserved, the
 * relationships and the content types. The series reference the sheet's cells (c:numRef with a cached
 * copy of the values; the categories reference their cells too, the indicator numbers), so it is a real, editable
 * Excel chart that follows the scores and prints crisply.
 * Checked with ooxml_check.py (ECMA-376 schemas) in tests/xlsx.
 */
import JSZip from "jszip";
import type { ChartSpec } from "../report/plan";
import { chartStyleOf } from "../report/plan";
import { columnLetters } from "../core/grid";
import { sheetRef } from "../core/gridShared";

export interface PendingChart {
  sheetName: string;
  chart: ChartSpec;
  /** Cached values: category labels, scores, threshold values (row order). */
  categories: string[];
  values: Array<number | null>;
  threshold: Array<number | null>;
  /** Cached values of the earlier year's series (`chart.previous`), when the chart has one. */
  previous?: Array<number | null>;
  numFmt: string;
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function ref(sheet: string, col: number, from: number, to: number): string {
  const c = columnLetters(col);
  return `${sheetRef(sheet)}!$${c}$${from + 1}:$${c}$${to + 1}`;
}

function numCache(values: Array<number | null>, fmt: string): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>${esc(fmt)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

const FONT = (size: number, bold = false): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="TH SarabunPSK"/><a:cs typeface="TH SarabunPSK"/></a:defRPr></a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>`;

/**
 * What a data label shows (c:dLbl or c:dLbls, after the idx): the value in `numFmt`, no box. A point
 * whose value carries a mark (the plan's style.markedLabels) gets a label of its own whose format
 * prints the mark after the value.
 */
const label = (numFmt: string): string =>
  `<c:numFmt formatCode="${esc(numFmt)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${FONT(11)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;

/** The chart part (c:chartSpace). */
export function chartXml(p: PendingChart): string {
  const { chart, sheetName } = p;
  // Colours, labels, legend and axis are the plan's (the Office.js writer reads the same style).
  const style = chartStyleOf(chart);
  const hex = (c: string): string => c.replace(/^#/, "").toUpperCase();
  const from = chart.values.fromRow;
  const to = chart.values.toRow;
  // The categories are the plan's cells (the score table's hidden column of indicator numbers, or a
  // trend's years), referenced: LibreOffice shows only referenced categories.
  const cats = chart.categories;
  const cat = `<c:cat><c:strRef><c:f>${esc(ref(sheetName, cats.col, cats.fromRow, cats.toRow))}</c:f>${strCache(p.categories)}</c:strRef></c:cat>`;
  const series = (idx: number, name: string, col: number, vals: Array<number | null>): string =>
    `<c:ser><c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>${esc(name)}</c:v></c:tx>` +
    (idx === 0
      ? `<c:spPr><a:solidFill><a:srgbClr val="${hex(style.colors.values)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        (style.labels
          ? `<c:dLbls>${(style.markedLabels ?? []).map((m) => `<c:dLbl><c:idx val="${m.point}"/>${label(m.numFmt)}</c:dLbl>`).join("")}${label(p.numFmt)}</c:dLbls>`
          : "")
      : `<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="${hex(style.colors.threshold)}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`) +
    cat +
    `<c:val><c:numRef><c:f>${esc(ref(sheetName, col, from, to))}</c:f>${numCache(vals, p.numFmt)}</c:numRef></c:val>` +
    (idx === 0 ? "" : `<c:smooth val="0"/>`) +
    `</c:ser>`;
  // An earlier year (year over year): grey columns before this year's, no labels (the table has them).
  const prev = chart.previous;
  const earlier = prev
    ? `<c:ser><c:idx val="2"/><c:order val="0"/><c:tx><c:v>${esc(prev.name)}</c:v></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${hex(style.colors.previous)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
      cat +
      `<c:val><c:numRef><c:f>${esc(ref(sheetName, prev.col, prev.fromRow, prev.toRow))}</c:f>${numCache(p.previous ?? [], p.numFmt)}</c:numRef></c:val>` +
      `</c:ser>`
    : "";
  const current = series(0, chart.values.name, chart.values.col, p.values);
  const bar =
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    (prev ? earlier + current.replace(`<c:order val="0"/>`, `<c:order val="1"/>`) : current) +
    `<c:gapWidth val="60"/><c:axId val="500010"/><c:axId val="500020"/></c:barChart>`;
  const line = chart.threshold
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
      series(1, chart.threshold.name, chart.threshold.col, p.threshold).replace(
        `<c:order val="1"/>`,
        `<c:order val="${prev ? 2 : 1}"/>`
      ) +
      `<c:marker val="1"/><c:axId val="500010"/><c:axId val="500020"/></c:lineChart>`
    : "";
  const legend =
    style.legend === "bottom"
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${FONT(12)}</c:legend>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:lang val="th-TH"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1600" b="1"/></a:pPr><a:r><a:rPr lang="th-TH" sz="1600" b="1"><a:latin typeface="TH SarabunPSK"/><a:cs typeface="TH SarabunPSK"/></a:rPr><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${bar}${line}` +
    `<c:catAx><c:axId val="500010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${FONT(11)}<c:crossAx val="500020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500020"/><c:scaling><c:orientation val="minMax"/><c:max val="${style.axis.max}"/><c:min val="${style.axis.min}"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="${esc(p.numFmt.replace(/0\.00$/, "0"))}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${FONT(11)}<c:crossAx val="500010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="${style.axis.step}"/></c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

function drawingXml(anchors: Array<{ chart: ChartSpec; rId: string; id: number }>): string {
  const body = anchors
    .map(({ chart, rId, id }) => {
      const a = chart.anchor;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.col + a.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${body}</xdr:wsDr>`
  );
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;

/** Elements that follow <drawing> in CT_Worksheet: the drawing goes before the first present. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
];

/** Adds the charts to an .xlsx package written by ExcelJS. Sheets already holding a drawing are left alone. */
export async function addCharts(
  xlsx: Uint8Array,
  charts: PendingChart[],
  compression: "STORE" | "DEFLATE" = "DEFLATE"
): Promise<Uint8Array> {
  if (!charts.length) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const wbRels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const bySheet = new Map<string, PendingChart[]>();
  for (const c of charts) bySheet.set(c.sheetName, [...(bySheet.get(c.sheetName) ?? []), c]);
  let chartNo = zip.file(/^xl\/charts\/chart\d+\.xml$/).length;
  let drawingNo = zip.file(/^xl\/drawings\/drawing\d+\.xml$/).length;
  for (const [sheetName, list] of bySheet) {
    const sheetTag = [...workbook.matchAll(/<sheet [^>]*>/g)]
      .map((m) => m[0])
      .find((t) => t.includes(`name="${esc(sheetName)}"`));
    const rid = sheetTag && /r:id="([^"]+)"/.exec(sheetTag)?.[1];
    const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1];
    if (!target) continue;
    const sheetPath = "xl/" + target.replace(/^\/?xl\//, "").replace(/^\//, "");
    let sheetXml = (await zip.file(sheetPath)?.async("string")) ?? "";
    if (!sheetXml || sheetXml.includes("<drawing ")) continue;
    const relsPath = sheetPath.replace(/worksheets\/([^/]+)$/, "worksheets/_rels/$1.rels");
    let rels = (await zip.file(relsPath)?.async("string")) ?? `${RELS_HEAD}</Relationships>`;
    const drawingRid = `rIdChartDrawing${++drawingNo}`;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const anchors: Array<{ chart: ChartSpec; rId: string; id: number }> = [];
    let drawingRels = RELS_HEAD;
    list.forEach((p, k) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(p));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`
      );
      drawingRels += `<Relationship Id="rId${k + 1}" Type="${REL}/chart" Target="../charts/chart${chartNo}.xml"/>`;
      anchors.push({ chart: p.chart, rId: `rId${k + 1}`, id: k + 1 });
    });
    zip.file(drawingPath, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRels + "</Relationships>");
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    );
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${drawingRid}" Type="${REL}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`
    );
    zip.file(relsPath, rels);
    const tag = `<drawing r:id="${drawingRid}"/>`;
    // The worksheet's own extLst is its last child (a data bar's cfRule holds an extLst of its own).
    const at = AFTER_DRAWING.map((t) =>
      t === "<extLst"
        ? sheetXml.lastIndexOf("<extLst>", sheetXml.lastIndexOf("</worksheet>"))
        : sheetXml.indexOf(t)
    )
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0];
    sheetXml =
      at === undefined
        ? sheetXml.replace("</worksheet>", `${tag}</worksheet>`)
        : sheetXml.slice(0, at) + tag + sheetXml.slice(at);
    if (!/xmlns:r=/.test(sheetXml.slice(0, 500)))
      sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
    zip.file(sheetPath, sheetXml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression });
}
