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
 * - Score sheet: compareTables.ts, with the helpers exported here.
 */
import type { Comparison, Change, Direction, YearFigures, YearOverYear } from "../../core/compare";
import { formatChange } from "../../core/compare";
import type { IndicatorId, LevelScale } from "../../core/types";
import type { PartBuilder } from "../document";
import { fillTemplate, formatScore, thaiList } from "../format";
import type { ReportContext } from "./context";

/** The comparison given to the report, when it has an earlier year to compare with. */
export function given(ctx: ReportContext): { c: Comparison; y: YearOverYear } | null {
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

export function figuresOf(c: Comparison, year: number): YearFigures | undefined {
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
export function computedPreviousTools(ctx: ReportContext, y: YearOverYear): string[] {
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
export function acrossFrameworks(t: NonNullable<Comparison["trend"]>, i: number): boolean {
  return i > 0 && t.points[i - 1].fiscalYear < FIRST_TEN_INDICATOR_YEAR;
}

/** Whether a trend's level column holds levels of both scales (letters to FY2565, the pass scale after). */
export function mixedScales(t: NonNullable<Comparison["trend"]>): boolean {
  const scales = new Set(
    t.points.map((p) => p.scale ?? (p.fiscalYear >= 2566 ? "pass5" : "letter"))
  );
  return scales.size > 1;
}
