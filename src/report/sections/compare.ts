/**
 * Year over year (options.comparison, from compareYears in src/core/compare.ts): written only when an
 * earlier year is given; without one the report is unchanged.
 *
 * - Analysis (the end of section ๒, after the ranking): last year's total and level and the change
 *   ("+6.05"); whether the level changed, or, across a change of scale (FY2566), that the levels are not
 *   comparable and where last year's figures fall on this year's scale, labelled as computed; the tools;
 *   the indicators that rose and fell most; what is not comparable, said once (an earlier framework,
 *   renamed sub-indicators, indicators missing in either year, derived scores); with three to five
 *   years, a short trend paragraph.
 * - Score sheet: a table of both years and the change per indicator, sub-indicator, tool, total and
 *   level ("—" where not comparable), the previous year as a second series of the indicator chart, and
 *   with three or more years a table and a column chart of the totals by year.
 */
import type { Comparison, Change, Direction, YearFigures, YearOverYear } from "../../core/compare";
import { formatChange } from "../../core/compare";
import type { IndicatorId, LevelRule, LevelScale } from "../../core/types";
import type { ChartSeries, FigureBlock, PartBuilder, TableCell, TableRow } from "../document";
import { HEADER_FILL, PREVIOUS_SERIES_COLOR, SCORE_SERIES_COLOR } from "../layout";
import { fillTemplate, formatScore, thaiList } from "../format";
import { TABLE_SIZE, THAI_NUMFMT_2, type ReportContext } from "./context";

/** The comparison given to the report, when it has an earlier year to compare with. */
function given(ctx: ReportContext): { c: Comparison; y: YearOverYear } | null {
  const c = ctx.options.comparison;
  return c && c.lastYear ? { c, y: c.lastYear } : null;
}

/** A level as the templates take it: " B" (a Latin level is set off by a space), "ผ่าน". */
function levelWord(label: string): string {
  return /^[A-Za-z]/.test(label) ? ` ${label}` : label;
}

function previousLabel(y: YearOverYear): string | null {
  return y.level.previous?.labelTh ?? y.level.previousText ?? null;
}

const abs = (x: number): string => formatScore(Math.abs(x));

function figuresOf(c: Comparison, year: number): YearFigures | undefined {
  return c.years.find((f) => f.fiscalYear === year);
}

/** Section ๒'s closing part: the comparison with the latest earlier year and the trend. */
export function writeComparison(a: PartBuilder, ctx: ReportContext): void {
  const g = given(ctx);
  if (!g) return;
  a.heading(ctx.T(g.c.trend ? "cmp.title.trend" : "cmp.title", { prevYear: g.y.previousYear }), 2);
  for (const p of comparisonParagraphs(ctx)) a.paragraph(p);
}

/** The comparison's paragraphs (digits applied); empty without an earlier year. */
export function comparisonParagraphs(ctx: ReportContext): string[] {
  const g = given(ctx);
  if (!g) return [];
  const { c, y } = g;
  const out = totalAndLevel(ctx, c, y);
  const moves = toolsAndIndicators(ctx, y);
  if (moves) out.push(moves);
  const nc = notComparable(ctx, y);
  if (nc) out.push(nc);
  const trend = trendParagraph(ctx, c);
  if (trend) out.push(trend);
  return out;
}

/** The total and level: one paragraph, two when the scale changed (its explanation is long). */
function totalAndLevel(ctx: ReportContext, c: Comparison, y: YearOverYear): string[] {
  const { T } = ctx;
  const vars = { prevYear: y.previousYear, year: y.currentYear };
  const parts: string[] = [];
  const prevLabel = previousLabel(y);
  const older = y.notes.some((n) => n.code === "older-framework");
  // No subtraction across frameworks: an earlier instrument's total is shown for reference only.
  const prevTotal = y.total?.previous ?? figuresOf(c, y.previousYear)?.total ?? null;
  if (older && prevTotal !== null) {
    parts.push(
      T("cmp.total.reference", {
        ...vars,
        prev: formatScore(prevTotal),
        prevLevel: prevLabel ? " " + T("cmp.prevLevel", { level: levelWord(prevLabel) }) : "",
      })
    );
  } else if (y.total) {
    const t = y.total;
    const key = t.change > 0 ? "cmp.total.up" : t.change < 0 ? "cmp.total.down" : "cmp.total.same";
    parts.push(
      T(key, {
        ...vars,
        prev: formatScore(t.previous),
        prevLevel: prevLabel ? " " + T("cmp.prevLevel", { level: levelWord(prevLabel) }) : "",
        abs: abs(t.change),
        change: formatChange(t.change),
      })
    );
  } else {
    const lacking = figuresOf(c, y.currentYear)?.total == null ? y.currentYear : y.previousYear;
    parts.push(T("cmp.total.missing", { ...vars, lacking }));
  }
  const level = levelSentences(ctx, y);
  if (!level) return [parts.join(" ")];
  if (y.notes.some((n) => n.code === "level-scale-changed")) return [parts.join(" "), level];
  return [[...parts, level].join(" ")];
}

function levelSentences(ctx: ReportContext, y: YearOverYear): string {
  const { T } = ctx;
  const L = y.level;
  const vars = { prevYear: y.previousYear, year: y.currentYear };
  const has = (code: string): boolean => y.notes.some((n) => n.code === code);
  if (L.comparable && L.previous && L.current) {
    const level = levelWord(L.current.labelTh);
    const prevLevel = levelWord(L.previous.labelTh);
    const key: Record<Direction, string> = {
      up: "cmp.level.up",
      down: "cmp.level.down",
      same: "cmp.level.same",
    };
    return T(key[L.direction ?? "same"], { ...vars, level, prevLevel });
  }
  if (has("level-scale-changed")) {
    const parts = [
      T("cmp.level.scale", {
        ...vars,
        prevScale: scaleName(ctx, L.previousScale),
        scale: scaleName(ctx, L.currentScale),
      }),
    ];
    if (L.previousOnCurrentScale) {
      parts.push(
        T("cmp.level.onScale", {
          ...vars,
          prevLevel: levelWord(L.previousOnCurrentScale.labelTh),
        })
      );
      if (L.directionOnCurrentScale)
        parts.push(T(`cmp.level.onScale.${L.directionOnCurrentScale}`, vars));
    } else {
      // Last year's figures do not decide a level on this year's scale (no total, or no tool scores).
      parts[0] += " " + T("cmp.level.onScale.unknown", vars);
    }
    return parts.join(" ");
  }
  if (has("level-previous-unknown")) return T("cmp.level.unknown", vars);
  return "";
}

function scaleName(ctx: ReportContext, scale: LevelScale | null): string {
  return scale ? ctx.T(`cmp.scale.${scale}`) : "";
}

function move(ctx: ReportContext, change: number): string {
  if (change > 0) return ctx.T("cmp.up", { abs: abs(change) });
  if (change < 0) return ctx.T("cmp.down", { abs: abs(change) });
  return ctx.T("cmp.same");
}

function toolsAndIndicators(ctx: ReportContext, y: YearOverYear): string {
  const { T, lib } = ctx;
  const parts: string[] = [];
  if (y.tools.length) {
    const items = y.tools.map((t) =>
      fillTemplate(lib["cmp.tools.item"], {
        tool: ctx.toolName(t.id as "IIT" | "EIT" | "OIT"),
        move: move(ctx, t.change),
      })
    );
    parts.push(T("cmp.tools", { list: thaiList(items) }));
  }
  const n = y.indicators.length;
  if (n) {
    const all = [
      [y.unchanged.length, "cmp.indicators.allSame"],
      [y.rose.length, "cmp.indicators.allUp"],
      [y.fell.length, "cmp.indicators.allDown"],
    ] as const;
    const one = all.find(([k]) => k === n);
    if (one) parts.push(T(one[1], { n }));
    else {
      const counts = [
        [y.rose.length, "cmp.indicators.count.up"],
        [y.fell.length, "cmp.indicators.count.down"],
        [y.unchanged.length, "cmp.indicators.count.same"],
      ] as const;
      const list = thaiList(
        counts.filter(([k]) => k > 0).map(([k, key]) => fillTemplate(lib[key], { n: k }))
      );
      parts.push(T("cmp.indicators.count", { n, list }));
    }
    // The counts already say when none rose or none fell; "ส่วน" sets the fall against the rise.
    if (y.roseMost.length) parts.push(most(ctx, y, y.roseMost, "cmp.roseMost"));
    if (y.fellMost.length)
      parts.push(
        (y.roseMost.length ? T("cmp.contrast") : "") + most(ctx, y, y.fellMost, "cmp.fellMost")
      );
  }
  return parts.join(" ");
}

/** "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (จาก 55.85 เป็น 80.00 คะแนน) เพิ่มขึ้น 24.15 คะแนน"; ties share. */
function most(ctx: ReportContext, y: YearOverYear, ids: IndicatorId[], key: string): string {
  const changes = ids.map((id) => y.indicators.find((x) => x.id === id) as Change);
  const list = thaiList(
    changes.map((x) =>
      fillTemplate(ctx.lib["cmp.item"], {
        id: x.id,
        name: ctx.nameOf(x.id),
        from: formatScore(x.previous),
        to: formatScore(x.current),
      })
    )
  );
  return ctx.T(ids.length > 1 ? `${key}.many` : key, { list, abs: abs(changes[0].change) });
}

/** What is not comparable, each reason once; the level and the total are said in the first paragraph. */
function notComparable(ctx: ReportContext, y: YearOverYear): string {
  const { T } = ctx;
  const vars = { prevYear: y.previousYear, year: y.currentYear };
  const said = new Set(["total-missing", "level-scale-changed", "level-previous-unknown"]);
  const parts: string[] = [];
  for (const note of y.notes) {
    if (said.has(note.code)) continue;
    switch (note.code) {
      case "older-framework":
        parts.push(
          T("cmp.nc.older", {
            ...vars,
            older: y.level.previousScale === null ? y.previousYear : y.currentYear,
          })
        );
        break;
      case "sub-renamed":
        parts.push(
          T("cmp.nc.subs", {
            ...vars,
            list: thaiList(y.subIndicators.filter((s) => !s.comparable).map((s) => s.id)),
          })
        );
        break;
      case "previous-no-indicators":
        parts.push(T("cmp.nc.noIndicators", vars));
        break;
      case "previous-indicators-missing":
        parts.push(
          T("cmp.nc.missing", {
            ...vars,
            list: thaiList(y.missingPrevious),
            lacking: y.previousYear,
          })
        );
        break;
      case "current-indicators-missing":
        parts.push(
          T("cmp.nc.missing", { ...vars, list: thaiList(y.missingCurrent), lacking: y.currentYear })
        );
        break;
      case "compared-derived":
        parts.push(
          T("cmp.nc.derived", {
            ...vars,
            list: thaiList(y.indicators.filter((x) => x.derived).map((x) => x.id)),
          })
        );
        break;
      default:
        // A reason the report has no phrase for: the engine's own sentence.
        parts.push(ctx.d(note.th));
    }
  }
  // Last year's tool scores computed from its indicators (not typed): said, as they are not NACC's.
  const computed = computedPreviousTools(ctx, y);
  if (computed.length)
    parts.push(T("cmp.nc.toolsComputed", { ...vars, tools: thaiList(computed) }));
  return parts.length ? `${T("cmp.nc.lead")} ${parts.join(" ")}` : "";
}

/** The tools compared whose previous score was computed from last year's indicators, not typed. */
function computedPreviousTools(ctx: ReportContext, y: YearOverYear): string[] {
  const prev = ctx.options.comparison?.years.find((f) => f.fiscalYear === y.previousYear);
  if (!prev) return [];
  return y.tools.filter((t) => prev.derived.includes(t.id.toLowerCase())).map((t) => t.id);
}

function trendParagraph(ctx: ReportContext, c: Comparison): string {
  const t = c.trend;
  if (!t) return "";
  const { T, lib } = ctx;
  const list = thaiList(
    t.points.map((p) =>
      fillTemplate(lib["cmp.trend.item"], { year: p.fiscalYear, total: formatScore(p.total) })
    )
  );
  let text = T("cmp.trend", { n: t.points.length, list });
  if (t.gaps.length) text += " " + T("cmp.trend.gaps", { list: thaiList(t.gaps.map(String)) });
  const extra = trendRemarks(ctx, c);
  // No subtraction across frameworks: with a year of the earlier instrument, no rise or fall is summed.
  const older = t.points.filter((p) => p.fiscalYear < FIRST_TEN_INDICATOR_YEAR);
  if (older.length)
    return `${text} ${T("cmp.trend.older", { years: thaiList(older.map((p) => String(p.fiscalYear))) })}${extra}`;
  if (t.direction === "steady") return `${text} ${T("cmp.trend.steady")}${extra}`;
  if (t.direction === "rising" || t.direction === "falling")
    return `${text} ${T(`cmp.trend.${t.direction}`, { abs: abs(t.change) })}${extra}`;
  const net = t.change > 0 ? "up" : t.change < 0 ? "down" : "same";
  return (
    `${text} ${T("cmp.trend.mixed", { best: thaiList(t.best.map(String)), worst: thaiList(t.worst.map(String)) })}` +
    ` ${T(`cmp.trend.net.${net}`, { abs: abs(t.change) })}${extra}`
  );
}

/** A change of total smaller than this is a year that stalled. */
export const STALLED_BELOW = 1;

/**
 * What a trend's totals alone do not say: the years that stalled (a change under STALLED_BELOW), a
 * level that did not move in any year, and a level column that mixes the two scales (FY2566).
 */
function trendRemarks(ctx: ReportContext, c: Comparison): string {
  const t = c.trend;
  if (!t) return "";
  const { T, lib } = ctx;
  const parts: string[] = [];
  const stalled = t.points.filter(
    (p, i) =>
      p.change !== null &&
      p.change !== 0 &&
      Math.abs(p.change) < STALLED_BELOW &&
      !acrossFrameworks(t, i)
  );
  if (stalled.length)
    parts.push(
      T("cmp.trend.stalled", {
        years: thaiList(stalled.map((p) => String(p.fiscalYear))),
        limit: STALLED_BELOW,
        list: thaiList(
          stalled.map((p) =>
            fillTemplate(lib["cmp.trend.stalled.item"], {
              year: p.fiscalYear,
              change: formatChange(p.change as number),
            })
          )
        ),
      })
    );
  const labels = t.points.map((p) => p.level?.labelTh ?? p.levelText ?? null);
  if (t.levelsComparable && labels.every((l) => l !== null && l === labels[0]))
    parts.push(
      T("cmp.trend.levelSame", {
        level: levelWord(labels[0] as string),
        from: t.points[0].fiscalYear,
      })
    );
  if (mixedScales(t)) parts.push(T("cmp.trend.scaleNote"));
  return parts.length ? " " + parts.join(" ") : "";
}

/** The first fiscal year of the ten-indicator framework (core/compare.ts compares earlier years by total only). */
const FIRST_TEN_INDICATOR_YEAR = 2562;

/** Whether the change into point i subtracts a total of the earlier instrument. */
function acrossFrameworks(t: NonNullable<Comparison["trend"]>, i: number): boolean {
  return i > 0 && t.points[i - 1].fiscalYear < FIRST_TEN_INDICATOR_YEAR;
}

/** Whether a trend's level column holds levels of both scales (letters to FY2565, the pass scale after). */
function mixedScales(t: NonNullable<Comparison["trend"]>): boolean {
  const scales = new Set(
    t.points.map((p) => p.scale ?? (p.fiscalYear >= 2566 ? "pass5" : "letter"))
  );
  return scales.size > 1;
}

/* ----------------------------------------------------------------------------------------------- */
/* Score sheet                                                                                      */

/** What the score sheet's comparison tables give its charts. */
export interface ComparisonRows {
  /**
   * The previous year's indicator scores (one per main indicator in the profile's order, null where
   * not compared), read from the comparison table's first body rows; null when last year has none.
   */
  previous: ChartSeries | null;
  /** The series name of this year's scores when a previous year is drawn beside them. */
  currentName: string;
  /** The chart title when a previous year is drawn. */
  title: string;
  /** The totals by year (three or more years): a chart of its own. */
  trend: FigureBlock["chart"] | null;
}

/** The table ids of the comparison's tables (a figure reads them). */
export const CMP_TABLE = "scores-cmp";
export const TREND_TABLE = "scores-trend";

/**
 * The score sheet's comparison tables (both years and the change; the totals by year), written where
 * called. Null without an earlier year. Columns: label | previous | this year | change (the last spans
 * two columns), on the score tables' grid; the indicator rows follow the profile's order, as the main
 * table does, so that the chart's previous-year series lines up with its categories.
 */
export function writeComparisonTables(
  s: PartBuilder,
  ctx: ReportContext,
  grid: { columns: number[]; hidden: number[] }
): ComparisonRows | null {
  const g = given(ctx);
  if (!g) return null;
  const { c, y } = g;
  const { T, d, mode, profile, assessment } = ctx;
  const numFmt2 = mode === "thai" ? THAI_NUMFMT_2 : "0.00";
  const none = T("scores.cmp.none", {}, "table");
  let dashes = false;
  const num = (v: number): TableCell => ({
    value: v,
    text: d(formatScore(v), "table"),
    numFmt: numFmt2,
    align: "right",
  });
  const cell = (v: number | string | null | undefined): TableCell => {
    if (typeof v === "number") return num(v);
    if (v === null || v === undefined) {
      dashes = true;
      return { value: none, align: "center" };
    }
    return { value: v, align: "center" };
  };
  const changeText = (ch: number | null | undefined): string => {
    if (ch === null || ch === undefined) {
      dashes = true;
      return none;
    }
    return d(formatChange(ch), "table");
  };
  const row = (
    label: string,
    prev: number | string | null | undefined,
    cur: number | string | null | undefined,
    change: string,
    bold = false
  ): TableRow => ({
    cells: [{ value: label }, cell(prev), cell(cur), { value: change, align: "center", span: 2 }],
    ...(bold ? { bold: true } : {}),
  });

  const yearCol = (year: number): string => T("scores.cmp.col.year", { year }, "table");
  const yearName = (year: number): string => T("scores.cmp.series", { year }, "table");
  const header: TableRow = {
    cells: [
      { value: T("scores.cmp.col.item", {}, "table"), align: "center" },
      { value: yearCol(y.previousYear), align: "center" },
      { value: yearCol(y.currentYear), align: "center" },
      { value: T("scores.cmp.col.change", {}, "table"), align: "center", span: 2 },
    ],
    bold: true,
    fill: HEADER_FILL,
  };
  const rows: TableRow[] = [];
  let previous: ComparisonRows["previous"] = null;
  if (y.indicators.length) {
    const values: Array<number | null> = [];
    for (const ind of profile.indicators) {
      const ch = y.indicators.find((x) => x.id === ind.id);
      values.push(ch?.previous ?? null);
      rows.push(
        row(
          // Short labels: the names are in the indicator table above.
          d(`ตัวชี้วัดที่ ${ind.id}`, "table"),
          ch?.previous,
          ch?.current ?? assessment.scores[ind.id],
          changeText(ch?.change)
        )
      );
    }
    previous = {
      name: yearName(y.previousYear),
      values,
      source: { table: CMP_TABLE, column: 1, fromRow: 0, toRow: values.length - 1 },
      color: PREVIOUS_SERIES_COLOR,
      draw: "column",
    };
  }
  for (const sub of y.subIndicators) {
    rows.push(
      row(
        d(`ตัวชี้วัดย่อยที่ ${sub.id}`, "table"),
        sub.comparable ? sub.previous : null,
        sub.current,
        changeText(sub.change)
      )
    );
  }
  if (y.tools.length) {
    const computedTools = computedPreviousTools(ctx, y);
    for (const tool of profile.tools) {
      const ch = y.tools.find((x) => x.id === tool.id);
      const label = computedTools.includes(tool.id)
        ? T("scores.cmp.computed", { label: tool.id, prevYear: y.previousYear }, "table")
        : tool.id;
      rows.push(
        row(label, ch?.previous, ch?.current ?? ctx.toolScore[tool.id], changeText(ch?.change))
      );
    }
  }
  const prevFig = figuresOf(c, y.previousYear);
  // No subtraction across frameworks: an earlier instrument's total has no change beside it.
  const olderFramework = y.notes.some((n) => n.code === "older-framework");
  rows.push(
    row(
      T("scores.total", {}, "table"),
      y.total?.previous ?? prevFig?.total,
      y.total?.current ?? assessment.total,
      changeText(olderFramework ? null : y.total?.change),
      true
    )
  );
  const L = y.level;
  const levelChange = (dir: Direction | null): string => {
    if (!dir) {
      dashes = true;
      return none;
    }
    return T(`scores.cmp.${dir}`, {}, "table");
  };
  const label = (r: LevelRule | null, text: string | null = null): string =>
    r?.labelTh ?? text ?? none;
  rows.push(
    row(
      T("scores.level", {}, "table"),
      label(L.previous, L.previousText),
      label(L.current),
      levelChange(L.comparable ? L.direction : null),
      true
    )
  );
  if (L.previousOnCurrentScale) {
    rows.push(
      row(
        T("scores.cmp.onScale", { year: y.currentYear }, "table"),
        label(L.previousOnCurrentScale),
        label(L.current),
        levelChange(L.directionOnCurrentScale)
      )
    );
  }
  if (label(L.previous, L.previousText) === none || label(L.current) === none) dashes = true;
  s.heading(T("scores.cmp.title", { prevYear: y.previousYear }), 2, { spaceBefore: "half" });
  s.table({
    id: CMP_TABLE,
    columns: grid.columns,
    hiddenColumns: grid.hidden,
    header: [header],
    rows,
    size: TABLE_SIZE,
  });
  if (dashes) s.note(T("scores.cmp.legend"), { size: 14 });

  let trend: ComparisonRows["trend"] = null;
  const t = c.trend;
  if (t) {
    s.heading(T("scores.trend.title"), 2, { spaceBefore: "half" });
    const trendRows: TableRow[] = t.points.map((p, i) => ({
      cells: [
        { value: yearName(p.fiscalYear), align: "center" },
        p.total === null ? { value: none, align: "center" } : num(p.total),
        {
          // No change across frameworks (an earlier instrument's year).
          value:
            acrossFrameworks(t, i) || p.change === null ? none : d(formatChange(p.change), "table"),
          align: "center",
        },
        { value: p.level?.labelTh ?? p.levelText ?? none, align: "center", span: 2 },
      ],
    }));
    s.table({
      id: TREND_TABLE,
      columns: grid.columns,
      hiddenColumns: grid.hidden,
      header: [
        {
          cells: [
            { value: T("scores.trend.col.year", {}, "table"), align: "center" },
            { value: T("scores.total", {}, "table"), align: "center" },
            { value: T("scores.cmp.col.change", {}, "table"), align: "center" },
            { value: T("scores.level", {}, "table"), align: "center", span: 2 },
          ],
          bold: true,
          fill: HEADER_FILL,
        },
      ],
      rows: trendRows,
      size: TABLE_SIZE,
    });
    if (mixedScales(t)) s.note(T("cmp.trend.scaleNote"), { size: 14 });
    const first = t.points[0].fiscalYear;
    const last = t.points[t.points.length - 1].fiscalYear;
    trend = {
      type: "column",
      title: T("scores.trend.chart.title", { from: first, to: last }),
      categories: t.points.map((p) => yearName(p.fiscalYear)),
      categorySource: { table: TREND_TABLE, column: 0 },
      series: [
        {
          name: T("scores.total"),
          values: t.points.map((p) => p.total),
          source: { table: TREND_TABLE, column: 1 },
          color: SCORE_SERIES_COLOR,
          draw: "column",
          labels: true,
        },
      ],
      axis: { min: 0, max: 100, step: 20, numFmt: numFmt2 },
      legend: false,
    };
  }
  return {
    previous,
    currentName: yearName(y.currentYear),
    title: T("scores.chart.title.compare", { prevYear: y.previousYear }),
    trend,
  };
}
