/**
 * The section builders of the summary sheet (src/report/summary.ts), each writing one part of a year's
 * sheet through the shared context: the title and overview (the findings and the table by type are in
 * summaryFindings.ts), ๑ levels, ๒ tools and total,
 * (๓ by agency type, when any agency has a type,) per-indicator averages (and their chart), agencies below
 * the threshold, skipped agencies, the ranking. Every text comes from the summary's phrases
 * (src/report/summaryPhrases.ts).
 */
import type { Message } from "../core/types";
import type { RankedAgency, Summary, YearSummary } from "../core/summary";
import type { CellStyle, ChartSpec, DigitMode } from "./plan";
import { applyDigits, fillTemplate, formatScore } from "./format";
import { HEADER_FILL, heightForLines, LOW_FILL, SheetBuilder } from "./layout";
import { TABLE_SIZE, type Columns } from "./summaryLayout";
import { SUMMARY_PHRASES } from "./summaryPhrases";
import type { PhraseLibrary } from "./phrases";
import { THAI_NUMFMT_0, THAI_NUMFMT_2 } from "./sections/context";

/** Problems listed per skipped agency (the rest are counted). */
const PROBLEMS_MAX = 5;

type Cells = Array<[number, string | number | null, CellStyle?]>;

/** What every section of a year's sheet shares. */
export interface SummaryContext {
  mode: DigitMode;
  summary: Summary;
  s: SheetBuilder;
  C: Columns;
  /** Printed columns; the label of the small tables spans [0, labelSpan): rank + name (+ province). */
  span: number;
  labelSpan: number;
  /** A phrase, placeholders filled. */
  p: (key: string, vars?: Record<string, string | number | undefined>) => string;
  /** Digits for running text / table text. */
  t: (text: string) => string;
  tt: (text: string) => string;
  /** A score with two decimals as text (running text). */
  sc: (v: number | null) => string;
  /** "1,234" with the digit option. */
  count: (n: number, place?: "text" | "table") => string;
  styles: {
    HEAD: CellStyle;
    NUM2: CellStyle;
    NUM0: CellStyle;
    CENTER: CellStyle;
    LOW: CellStyle;
    hiddenThr: CellStyle;
  };
  /** A table row of cells given by column; the label merged over [0, labelSpan). */
  row: (
    cells: Cells,
    style?: CellStyle,
    header?: boolean,
    merges?: Array<[number, number]>
  ) => number;
  /** A section heading, numbered ๑, ๒, ... in order. */
  heading: (text: string) => void;
  /** A short table (its heading, a header of up to two lines, `rows` one-line rows) kept on one page. */
  keepTable: (rows: number) => void;
  /**
   * A short table's start: a gap, room kept for `rows` rows (keepTable), its numbered heading (the
   * phrase `headingKey`) and its header row (`merges` as for `row`).
   */
  tableStart: (
    rows: number,
    headingKey: string,
    header: Cells,
    merges?: Array<[number, number]>
  ) => void;
}

export function makeSummaryContext(
  mode: DigitMode,
  summary: Summary,
  s: SheetBuilder,
  C: Columns,
  phrases: PhraseLibrary
): SummaryContext {
  const t = (x: string): string => applyDigits(x, mode, "text");
  const tt = (x: string): string => applyDigits(x, mode, "table");
  const num2 = mode === "thai" ? THAI_NUMFMT_2 : "0.00";
  const num0 = mode === "thai" ? THAI_NUMFMT_0 : "0";
  const labelSpan = C.total;
  const row: SummaryContext["row"] = (
    cells,
    style = {},
    header = false,
    merges = [[0, labelSpan]]
  ) => {
    // Cells up to the last one given (or merged over): no empty bordered cells beyond the table.
    let width = 0;
    for (const [c] of cells) width = Math.max(width, c + 1);
    for (const [c, n] of merges) if (cells.some(([x]) => x === c)) width = Math.max(width, c + n);
    const values = new Array<string | number | null>(width).fill(null);
    const styles = new Array<CellStyle | undefined>(width).fill(undefined);
    for (const [c, v, st] of cells) {
      values[c] = v;
      styles[c] = st;
    }
    return s.tableRow(values, style, styles, header, merges);
  };
  let section = 0;
  // A library without a summary key (the report's, an officer's edits) falls back to the default text.
  const p: SummaryContext["p"] = (key, vars = {}) =>
    fillTemplate(phrases[key] ?? SUMMARY_PHRASES[key] ?? "", vars);
  const HEAD: CellStyle = {
    bold: true,
    fill: HEADER_FILL,
    hAlign: "center",
    vAlign: "middle",
    size: TABLE_SIZE,
  };
  const heading: SummaryContext["heading"] = (text) => {
    section++;
    s.heading(`${t(`${section}.`)} ${text}`, { bold: true });
  };
  const keepTable: SummaryContext["keepTable"] = (rows) =>
    s.keepRoom(
      heightForLines(1, 16) + heightForLines(2, TABLE_SIZE) + rows * heightForLines(1, TABLE_SIZE)
    );
  return {
    mode,
    summary,
    s,
    C,
    span: C.printed,
    labelSpan,
    p,
    t,
    tt,
    sc: (v) => (v === null ? "-" : applyDigits(formatScore(v), mode, "text")),
    count: (n, place = "text") => {
      const x = n.toLocaleString("en-US");
      return place === "text" ? t(x) : tt(x);
    },
    styles: {
      HEAD,
      NUM2: { numFmt: num2, hAlign: "center" },
      NUM0: { numFmt: num0, hAlign: "center" },
      CENTER: { hAlign: "center" },
      LOW: { fill: LOW_FILL },
      hiddenThr: { numFmt: num0, border: false, color: "#FFFFFF" },
    },
    row,
    heading,
    keepTable,
    tableStart: (rows, headingKey, header, merges) => {
      s.blank(8);
      keepTable(rows);
      heading(p(headingKey));
      row(header, HEAD, true, merges);
    },
  };
}

/** The title and "ภาพรวม n หน่วยงาน". */
export function writeTitle(x: SummaryContext, y: YearSummary | null, scope: string): void {
  const { s, span, p } = x;
  const year = y ? p("summary.titleYear", { year: y.fiscalYear }) : "";
  const place = y?.province ? provincePlace(x, y.province) : "";
  const style: CellStyle = { bold: true, size: 18, hAlign: "center" };
  // The province every agency shares, unless the caller's scope already names it: on a line of its
  // own with the year, under the title.
  if (place && !scope.includes(y?.province ?? "")) {
    s.paragraph(x.t(p("summary.title")), style, 0, span);
    s.paragraph(x.t(p("summary.titleProvince", { place }) + year), style, 0, span);
  } else s.paragraph(x.t(p("summary.title") + year), style, 0, span);
  const count = y ? x.count(y.agencies.length) : x.t("0");
  const text = p("summary.overview", { count, scope: scope ? ` ${scope}` : "" });
  s.paragraph(x.t(text), { bold: true, hAlign: "center" }, 0, span);
  s.blank(8);
}

/** "จังหวัดสงขลา" for "สงขลา"; a province given as "จังหวัด..." or Bangkok ("กรุงเทพ...") as given. */
function provincePlace(x: SummaryContext, province: string): string {
  return /^(จังหวัด|กรุงเทพ)/.test(province) ? province : x.p("summary.province", { province });
}

/**
 * The overview paragraph: agencies, totals, the pass mark, the skipped (listed under section number
 * `skippedSection`); the summary's notes.
 */
export function writeOverview(
  x: SummaryContext,
  y: YearSummary,
  withSkipped: boolean,
  skippedSection: number
): void {
  const { s, p, summary } = x;
  const n = y.agencies.length;
  const noTotal = n - y.total.count;
  const passPct = n ? formatScore(Math.round((y.passing / n) * 10000) / 100) : "0.00";
  const parts = [
    p("summary.overview.agencies", { n: x.count(n) }),
    y.total.count
      ? p("summary.overview.totals", {
          mean: x.sc(y.total.mean),
          median: x.sc(y.total.median),
          min: x.sc(y.total.min),
          max: x.sc(y.total.max),
        })
      : p("summary.overview.noTotals"),
    p("summary.overview.passing", {
      passMark: x.t(String(y.passMark)),
      n: x.count(y.passing),
      percent: x.t(passPct),
    }),
  ];
  if (noTotal > 0) parts.push(p("summary.overview.noTotal", { n: x.count(noTotal) }));
  let text = parts.join(" ");
  if (withSkipped && summary.skipped.length > 0)
    text += p("summary.overview.skipped", {
      n: x.count(summary.skipped.length),
      section: x.t(String(skippedSection)),
    });
  s.paragraph(text);
  for (const note of summary.notes)
    s.paragraph(x.t(p("summary.note", { note: note.th })), { size: 14 });
}

/** ๑ the level distribution: every level of the year's scale, zero counts kept. */
export function writeLevels(x: SummaryContext, y: YearSummary): void {
  const { C, labelSpan, p, row } = x;
  const { NUM0, NUM2, CENTER } = x.styles;
  const n = y.agencies.length;
  x.tableStart(
    y.levels.length + (y.noLevel > 0 ? 1 : 0) + 1,
    "summary.levels.heading",
    [
      [0, p("summary.levels.col.level")],
      [C.total, p("summary.col.count")],
      [C.level, p("summary.col.percent")],
    ],
    [
      [0, labelSpan],
      [C.total, 1],
    ]
  );
  for (const l of y.levels)
    row([
      [0, x.tt(l.labelTh), CENTER],
      [C.total, l.count, NUM0],
      [C.level, l.percent, NUM2],
    ]);
  if (y.noLevel > 0)
    row([
      [0, p("summary.levels.none"), CENTER],
      [C.total, y.noLevel, NUM0],
      [C.level, n ? Math.round((y.noLevel / n) * 10000) / 100 : 0, NUM2],
    ]);
  row(
    [
      [0, p("summary.sum"), CENTER],
      [C.total, n, NUM0],
      [C.level, n ? 100 : 0, NUM2],
    ],
    { bold: true }
  );
}

/** ๒ the tool scores and the total: count, mean, median, lowest, highest. */
export function writeTools(x: SummaryContext, y: YearSummary): void {
  const { C, p, row } = x;
  const { NUM0, NUM2, CENTER } = x.styles;
  x.tableStart(y.tools.length + 1, "summary.tools.heading", [
    [0, p("summary.tools.col.item")],
    [C.total, p("summary.col.count")],
    [C.level, p("summary.col.mean")],
    [C.iit, p("summary.col.median")],
    [C.eit, p("summary.col.min")],
    [C.oit, p("summary.col.max")],
  ]);
  const statsRow = (label: string, st: YearSummary["total"], bold = false): void => {
    const v = (n: number | null): number | string => (n === null ? "-" : n);
    const numOr = (n: number | null): CellStyle => (n === null ? CENTER : NUM2);
    row(
      [
        [0, label, CENTER],
        [C.total, st.count, NUM0],
        [C.level, v(st.mean), numOr(st.mean)],
        [C.iit, v(st.median), numOr(st.median)],
        [C.eit, v(st.min), numOr(st.min)],
        [C.oit, v(st.max), numOr(st.max)],
      ],
      bold ? { bold: true } : {}
    );
  };
  for (const t of y.tools) statsRow(t.id, t);
  statsRow(p("summary.total"), y.total, true);
}

/**
 * ๓ per indicator, on a new page so that the table is never split by a repeated header row (the chart's
 * data is its rows, contiguous); the chart of the averages against the threshold.
 */
export function writeIndicators(x: SummaryContext, y: YearSummary): ChartSpec[] {
  const { s, C, span, p, row } = x;
  const { HEAD, NUM0, NUM2, CENTER, LOW, hiddenThr } = x.styles;
  s.breakPage();
  x.heading(p("summary.indicators.heading", { threshold: x.t(String(y.threshold)) }));
  row(
    [
      [0, p("summary.indicators.col.indicator")],
      [C.total, p("summary.indicators.col.tool")],
      [C.level, p("summary.col.mean")],
      [C.iit, p("summary.col.min")],
      [C.eit, p("summary.col.max")],
      [C.oit, p("summary.indicators.col.below")],
      [C.below, p("summary.indicators.col.belowPercent")],
    ],
    HEAD,
    true
  );
  const firstInd = s.next;
  for (const ind of y.indicators) {
    const low = ind.mean !== null && ind.mean < y.threshold;
    row([
      [0, x.tt(p("summary.indicator", { id: ind.id, name: ind.nameTh }))],
      [C.total, ind.tool, CENTER],
      [C.level, ind.mean ?? "-", ind.mean === null ? CENTER : low ? { ...NUM2, ...LOW } : NUM2],
      [C.iit, ind.min ?? "-", ind.min === null ? CENTER : NUM2],
      [C.eit, ind.max ?? "-", ind.max === null ? CENTER : NUM2],
      [C.oit, ind.below.length, NUM0],
      [C.below, ind.count ? Math.round((ind.below.length / ind.count) * 10000) / 100 : 0, NUM2],
      [C.thr, y.threshold, hiddenThr],
    ]);
  }
  const lastInd = s.next - 1;
  s.paragraph(x.t(p("summary.indicators.note", { threshold: y.threshold })), { size: 14 }, 0, span);
  if (!y.indicators.some((i) => i.mean !== null)) return [];
  s.blank(8);
  const anchorRow = s.space(14, 20.25);
  return [
    {
      type: "bar",
      title: p("summary.chart.title", { year: x.t(String(y.fiscalYear)) }),
      categories: { col: 0, fromRow: firstInd, toRow: lastInd },
      values: { col: C.level, fromRow: firstInd, toRow: lastInd, name: p("summary.col.mean") },
      threshold: { col: C.thr, name: p("summary.chart.threshold") },
      anchor: { row: anchorRow, col: 0, cols: span, rows: 14 },
    },
  ];
}

/** ๔ the agencies below the threshold on each indicator, lowest first (at most `max` an indicator). */
export function writeBelow(x: SummaryContext, y: YearSummary, max: number): void {
  const { s, C, span, p, row } = x;
  const { HEAD, NUM0, NUM2, LOW } = x.styles;
  s.blank(8);
  x.heading(p("summary.below.heading", { threshold: x.t(String(y.threshold)) }));
  const intro = Number.isFinite(max)
    ? p("summary.below.introMax", { max })
    : p("summary.below.introAll");
  s.paragraph(x.t(intro), { size: 14 }, 0, span);
  const nameTo = C.level; // the name spans name (+ province) and total columns; the score is under "level"
  row(
    [
      [0, p("summary.col.no")],
      [C.name, p("summary.col.agency")],
      [nameTo, p("summary.col.score")],
    ],
    HEAD,
    true,
    [[C.name, nameTo - C.name]]
  );
  for (const ind of y.indicators) {
    const shown = ind.below.slice(0, max);
    const head =
      p("summary.indicator", { id: ind.id, name: ind.nameTh }) +
      ": " +
      (ind.below.length
        ? p("summary.below.some", { n: x.count(ind.below.length, "table") })
        : p("summary.below.none")) +
      (shown.length < ind.below.length
        ? p("summary.below.shown", { n: x.count(shown.length, "table") })
        : "");
    row([[0, x.tt(head)]], { bold: true }, false, [[0, nameTo + 1]]);
    shown.forEach((b, i) =>
      row(
        [
          [0, i + 1, NUM0],
          [C.name, b.name],
          [nameTo, b.score, { ...NUM2, ...LOW }],
        ],
        {},
        false,
        [[C.name, nameTo - C.name]]
      )
    );
  }
}

/** ๕ the agencies skipped, with their problems (first sheet only: a skipped agency has no year). */
export function writeSkipped(x: SummaryContext): void {
  const { s, C, span, p, row, summary } = x;
  const { HEAD, NUM0 } = x.styles;
  const merges: Array<[number, number]> = [
    [C.name, C.total - C.name],
    [C.total, span - C.total],
  ];
  s.blank(8);
  x.heading(p("summary.skipped.heading"));
  row(
    [
      [0, p("summary.col.no")],
      [C.name, p("summary.col.agency")],
      [C.total, p("summary.skipped.col.problems")],
    ],
    HEAD,
    true,
    merges
  );
  summary.skipped.forEach((k, i) => {
    const list = k.problems.slice(0, PROBLEMS_MAX).map((m: Message) => `• ${m.th}`);
    if (k.problems.length > PROBLEMS_MAX)
      list.push(p("summary.skipped.more", { n: k.problems.length - PROBLEMS_MAX }));
    row(
      [
        [0, i + 1, NUM0],
        [C.name, k.name || p("summary.skipped.noName")],
        [C.total, list.join("\n") || "-"],
      ],
      {},
      false,
      merges
    );
  });
}

/** ๖ on a new page, every agency ranked by total. */
export function writeRanking(x: SummaryContext, y: YearSummary): void {
  const { s, C, span, p, row } = x;
  const { HEAD, NUM0, NUM2, LOW } = x.styles;
  s.breakPage();
  x.heading(p("summary.ranking.heading"));
  const note = p("summary.ranking.note", { passMark: y.passMark, threshold: y.threshold });
  s.paragraph(x.t(note), { size: 14 }, 0, span);
  const head: Array<[number, string]> = [
    [C.rank, p("summary.ranking.col.rank")],
    [C.name, p("summary.col.agency")],
    [C.total, p("summary.total")],
    [C.level, p("summary.ranking.col.level")],
    [C.iit, "IIT"],
    [C.eit, "EIT"],
    [C.oit, "OIT"],
    [C.below, p("summary.ranking.col.below")],
  ];
  if (C.province !== null) head.push([C.province, p("summary.ranking.col.province")]);
  if (C.type !== null) head.push([C.type, p("summary.ranking.col.type")]);
  row(head, HEAD, true, []);
  // Styles shared by every ranking row (the builder copies them into each cell; internStyles makes the
  // cells share them again).
  const TOTAL_LOW: CellStyle = { ...NUM2, ...LOW };
  for (const a of y.agencies) rankingRow(x, a, y.passMark, NUM0, TOTAL_LOW);
}

function rankingRow(
  x: SummaryContext,
  a: RankedAgency,
  passMark: number,
  RANK: CellStyle,
  TOTAL_LOW: CellStyle
): void {
  const { C } = x;
  const { NUM2, CENTER } = x.styles;
  const tool = (v: number | null): [string | number, CellStyle] =>
    v === null ? ["-", CENTER] : [v, NUM2];
  const cells: Cells = [
    [C.rank, a.rank ?? "-", a.rank === null ? CENTER : RANK],
    [C.name, a.name],
    [C.total, a.total ?? "-", a.total === null ? CENTER : a.total < passMark ? TOTAL_LOW : NUM2],
    [C.level, a.levelTh ? x.tt(a.levelTh) : "-", CENTER],
    [C.iit, ...tool(a.iit)],
    [C.eit, ...tool(a.eit)],
    [C.oit, ...tool(a.oit)],
    [C.below, belowText(a.below, x.mode), CENTER],
  ];
  if (C.province !== null) cells.push([C.province, a.province ?? ""]);
  // An agency without a type reads "ไม่ระบุ", as in the table by type.
  if (C.type !== null) cells.push([C.type, a.type?.trim() || x.p("summary.types.none")]);
  x.row(cells, {}, false, []);
}

/** Main indicator ids below the threshold of an agency, as the ranking's column shows them. */
export function belowText(ids: readonly string[], mode: DigitMode): string {
  return ids.length ? applyDigits(ids.join(" "), mode, "table") : "-";
}

/** No year: every agency was skipped (or none given). */
export function writeNoYear(x: SummaryContext): void {
  const n = x.summary.skipped.length;
  x.s.paragraph(n ? x.p("summary.empty.skipped", { n: x.count(n) }) : x.p("summary.empty"));
}
