/**
 * The command line's picture of a figure for the Word file (the add-in uses Excel's own picture of its
 * chart instead). Drawn by two well-kept libraries, nothing by hand:
 * - Apache ECharts renders the chart to SVG on the server side (its `ssr` mode: no DOM, no canvas, pure
 *   JavaScript), from the figure's data: columns, an optional dashed line (the threshold), labels on
 *   the columns, the value axis as the figure sets it.
 * - resvg (@resvg/resvg-js) turns the SVG into a PNG with the machine's fonts (TH SarabunPSK when
 *   installed, else another Thai font). Its native part is a prebuilt package from the npm registry
 *   for each platform (optional dependencies): nothing is downloaded or compiled at install.
 * Why these: ECharts draws Thai labels, a legend and a dashed line series with one option object and
 * needs no browser; vega would do too, but needs a spec compiler on top and draws less like Excel.
 */
import * as echarts from "echarts";
import { Resvg } from "@resvg/resvg-js";
import type { FigureBlock } from "../report/document";
import type { FigureImage } from "../docx/render";

/** Size of the picture in CSS pixels (16 cm by 9 cm at 96 per inch) and the scale it is rasterised at. */
const WIDTH = 605;
const HEIGHT = 340;
const SCALE = 3;
const FONT = "TH SarabunPSK, TH Sarabun New, Laksaman, Garuda, Loma, Tahoma, sans-serif";

/** The figure as SVG text (ECharts, server-side). */
export function figureSvg(figure: FigureBlock): string {
  const c = figure.chart;
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: WIDTH,
    height: HEIGHT,
  });
  const decimals = /\.(0+)/.exec(c.axis.numFmt)?.[1].length ?? 0;
  // [$-D00041E] (numeral system 0D) is the sheets' format for Thai digits.
  const thai = /^\[\$-D[0-9A-F]*041E\]/i.test(c.axis.numFmt);
  const digits = (t: string): string =>
    thai ? t.replace(/[0-9]/g, (x) => String.fromCharCode(0x0e50 + Number(x))) : t;
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT, fontSize: 16 },
      title: {
        text: c.title,
        left: "center",
        top: 4,
        textStyle: { fontFamily: FONT, fontSize: 18, fontWeight: "bold" },
      },
      legend: c.legend
        ? {
            bottom: 2,
            textStyle: { fontFamily: FONT, fontSize: 15 },
            itemWidth: 18,
            itemHeight: 10,
          }
        : { show: false },
      grid: { left: 44, right: 16, top: 42, bottom: c.legend ? 56 : 30 },
      xAxis: {
        type: "category",
        data: c.categories,
        axisLabel: { fontFamily: FONT, fontSize: 15, color: "#000" },
        axisLine: { lineStyle: { color: "#595959" } },
        axisTick: { show: false },
      },
      yAxis: {
        type: "value",
        min: c.axis.min,
        max: c.axis.max,
        interval: c.axis.step,
        axisLabel: {
          fontFamily: FONT,
          fontSize: 14,
          color: "#000",
          formatter: (v: number) => digits(String(v)),
        },
        splitLine: { lineStyle: { color: "#D9D9D9" } },
      },
      series: c.series.map((s) =>
        s.draw === "line"
          ? {
              type: "line",
              name: s.name,
              data: s.values,
              symbol: "none",
              lineStyle: { color: s.color, type: "dashed", width: 2 },
              itemStyle: { color: s.color },
            }
          : {
              type: "bar",
              name: s.name,
              data: s.values,
              itemStyle: { color: s.color },
              barMaxWidth: 36,
              label: s.labels
                ? {
                    show: true,
                    position: "top",
                    fontFamily: FONT,
                    fontSize: 13,
                    color: "#000",
                    // The value as the sheets show it (Thai digits when the figure's format asks
                    // for them), then the mark a derived value carries ("*"), as in the tables.
                    formatter: (p: { value: unknown; dataIndex: number }) =>
                      typeof p.value === "number"
                        ? digits(p.value.toFixed(decimals)) +
                          (s.marks?.[p.dataIndex] ? ` ${s.marks[p.dataIndex]}` : "")
                        : "",
                  }
                : { show: false },
            }
      ),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The figure as a PNG picture (resvg, the machine's fonts). */
export function figurePng(figure: FigureBlock): FigureImage {
  const svg = figureSvg(figure);
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: SCALE },
    background: "#ffffff",
    font: { loadSystemFonts: true },
  }).render();
  return { data: new Uint8Array(png.asPng()), width: WIDTH, height: HEIGHT };
}

/** Pictures of every figure of a document, by block id. */
export function figurePictures(doc: {
  parts: Array<{ blocks: Array<{ kind: string; id?: string }> }>;
}): Record<string, FigureImage> {
  const out: Record<string, FigureImage> = {};
  for (const p of doc.parts)
    for (const b of p.blocks)
      if (b.kind === "figure" && b.id) out[b.id] = figurePng(b as FigureBlock);
  return out;
}
