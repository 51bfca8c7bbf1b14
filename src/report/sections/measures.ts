/**
 * Section ๕ on its own sheet: the measures for the next fiscal year. 6-10 measures, no two alike,
 * ordered by urgency (the points of total an indicator can still give: room x weight), urgent ones
 * marked; columns มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | ระยะเวลา | เป้าหมาย/ตัวชี้วัดความสำเร็จ |
 * การกำกับติดตาม; then the approval block for the head of the agency.
 */
import type { IndicatorId } from "../../core/types";
import { THAI_MONTHS, THAI_MONTHS_SHORT } from "../../core/thai";
import type { PartBuilder, TableCell } from "../document";
import { HEADER_FILL } from "../layout";
import { STANDING_MEASURES } from "../phrases";
import { headShort, headTitle, unitFor, type Topic } from "../agency";
import { thaiMonthYear } from "../format";
import { TABLE_SIZE, type ReportContext } from "./context";

export const MIN_MEASURES = 6;
export const MAX_MEASURES = 10;
/** A measure is urgent when its indicator can still give this many points of total, or scores under 50. */
export const URGENT_POINTS = 3;

/** The unit responsible for each indicator's measure, by topic. */
const INDICATOR_TOPIC: Record<IndicatorId, Topic> = {
  "1": "admin",
  "2": "finance",
  "3": "hr",
  "4": "finance",
  "5": "integrity",
  "6": "service",
  "7": "web",
  "8": "service",
  "9": "web",
  "10": "integrity",
};
const STANDING_TOPIC: Record<string, Topic> = {
  "1": "admin",
  "2": "finance",
  "3": "hr",
  "4": "admin",
  "5": "integrity",
  "6": "audit",
};
/** Standing measures an indicator's own measure already covers (no two measures alike). */
const COVERS: Record<IndicatorId, string[]> = { "2": ["2"], "5": ["5", "6"] };
/** How long each standing measure takes: the first month, or the whole year. */
const STANDING_PERIOD: Record<string, Period> = {
  "1": "first",
  "2": "year",
  "3": "year",
  "4": "first",
  "5": "year",
  "6": "year",
};

type Period = "first" | "quick" | "year";

export interface Measure {
  title: string;
  steps: string;
  topic: Topic;
  urgent: boolean;
  period: Period;
  target: string;
}

/** The measures, in order: indicators to develop by room x weight, then the standing ones. */
export function selectMeasures(ctx: ReportContext): Measure[] {
  const { T, sc, develop, cheapest, nameOf, mark, threshold, advice } = ctx;
  const out: Measure[] = [];
  const covered = new Set<string>();
  const dev = new Set(develop.map((r) => r.id));
  const months = fiscalMonths(ctx);
  for (const c of cheapest.filter((x) => dev.has(x.id))) {
    const urgent = c.value >= URGENT_POINTS || c.score < 50;
    const period: Period = urgent ? "quick" : "year";
    const raise = advice?.raises.find((r) => r.id === c.id);
    const target = Math.min(100, Math.max(threshold, raise ? Math.ceil(raise.to) : 0));
    for (const k of COVERS[c.id] ?? []) covered.add(k);
    out.push({
      title: `${T(`measure.indicator.${c.id}.title`, {}, "table")}${urgent ? ` ${T("measure.urgent", {}, "table")}` : ""}\n${T("measure.fromIndicator", { id: c.id, score: sc(c.score), mark: mark(c.id), name: nameOf(c.id) }, "table")}`,
      steps: T(`measure.indicator.${c.id}.steps`, {}, "table"),
      topic: INDICATOR_TOPIC[c.id] ?? "admin",
      urgent,
      period,
      target: T(
        `measure.indicator.${c.id}.target`,
        {
          goal: target >= 100 ? T("measure.goal.full") : T("measure.goal", { target }),
          deadline: months.deadline(period),
        },
        "table"
      ),
    });
  }
  // Standing measures: the executive's declaration always (it opens the year's integrity work), the
  // others only as far as needed to reach MIN_MEASURES.
  for (const k of STANDING_MEASURES) {
    if (covered.has(k)) continue;
    if (k !== STANDING_MEASURES[0] && out.length >= MIN_MEASURES) continue;
    const period = STANDING_PERIOD[k] ?? "year";
    out.push({
      title: T(`measure.standing.${k}.title`, {}, "table"),
      steps: T(`measure.standing.${k}.steps`, {}, "table"),
      topic: STANDING_TOPIC[k] ?? "admin",
      urgent: false,
      period,
      target: T(
        `measure.standing.${k}.target`,
        { first: months.deadline("first"), deadline: months.deadline(period) },
        "table"
      ),
    });
  }
  // The declaration is kept even when ten indicator measures fill the table: the last of those yields.
  if (out.length > MAX_MEASURES) out.splice(MAX_MEASURES - 1, out.length - MAX_MEASURES);
  return out;
}

/**
 * Months of the next fiscal year (October of `year` to September of `nextYear`, Buddhist era). The
 * measures start in October, or in the month after the report's date when it is dated inside that
 * fiscal year (no measure starts in the past), but no later than July.
 */
export function fiscalMonths(ctx: ReportContext): {
  range: (p: Period) => string;
  deadline: (p: Period) => string;
} {
  // Month index from October of `year`: 0 = October ... 11 = September.
  let start = 0;
  const when = thaiMonthYear(ctx.options.date ?? ctx.agency.date);
  if (when) {
    const m = THAI_MONTHS.indexOf(when.month);
    const index = (when.yearBE - ctx.year) * 12 + m - 9;
    if (index >= 0 && index < 12) start = Math.min(9, index + 1);
  }
  const at = (i: number): { m: number; y: number } => {
    const abs = 9 + i; // October = 9
    return { m: abs % 12, y: ctx.year + Math.floor(abs / 12) };
  };
  const endOf = (p: Period): number =>
    p === "first" ? start : p === "quick" ? Math.min(11, start + 2) : 11;
  return {
    range: (p) => {
      const a = at(start);
      const b = at(endOf(p));
      if (a.m === b.m && a.y === b.y) return ctx.d(`${THAI_MONTHS_SHORT[a.m]} ${a.y}`, "table");
      const from = a.y === b.y ? THAI_MONTHS_SHORT[a.m] : `${THAI_MONTHS_SHORT[a.m]} ${a.y}`;
      return ctx.T("measure.period", { from, to: `${THAI_MONTHS_SHORT[b.m]} ${b.y}` }, "table");
    },
    deadline: (p) => {
      const b = at(endOf(p));
      return `${THAI_MONTHS[b.m]} ${b.y}`;
    },
  };
}

/** A table cell from a phrase: items where the phrase has line breaks between them ("๑. ...\n๒. ..."). */
function cellOf(text: string): TableCell {
  const items = text.split("\n").filter((x) => x.trim());
  return { value: items.length > 1 ? items : text };
}

/**
 * Section ๕ (its own part, landscape): the title, the agency, the item the measures answer, the intro,
 * the table of measures and the head's approval block.
 */
export function writeMeasures(m: PartBuilder, ctx: ReportContext): void {
  const { T, d, agency, profile } = ctx;
  m.heading(`${d("5")}. ${T("s5.title")}`, 1);
  m.paragraph(T("title.agency"), { bold: true, keepWithNext: true });
  m.paragraph(T("s5.item"));
  const months = fiscalMonths(ctx);
  const head = headShort(agency);
  const impl = profile.implementationItem;
  const evidence = impl
    ? T("item.code", { code: impl.code, label: "" }).trim()
    : T(/^O/.test(profile.analysisItem.code) ? "item.code" : "item.sub", {
        code: profile.analysisItem.code,
        label: "",
      }).trim();
  m.paragraph(T("s5.intro", { evidence }));
  m.table({
    id: "measures",
    columns: [35, 39, 20, 13, 35, 18],
    header: [
      {
        cells: [
          "s5.col.measure",
          "s5.col.steps",
          "s5.col.responsible",
          "s5.col.period",
          "s5.col.target",
          "s5.col.followup",
        ].map((k) => ({ value: T(k, {}, "table"), align: "center" as const })),
        bold: true,
        fill: HEADER_FILL,
      },
    ],
    rows: selectMeasures(ctx).map((x, i) => {
      const unit = unitFor(agency, x.topic);
      const title = (d(`${i + 1}. `, "table") + x.title).split("\n");
      return {
        cells: [
          { value: title.length > 1 ? title : title[0] },
          cellOf(x.steps),
          { value: unit },
          { value: months.range(x.period) },
          cellOf(x.target),
          { value: T("measure.followup", { unit, head }, "table") },
        ],
      };
    }),
    size: TABLE_SIZE,
  });
  if (ctx.derivedFootnote && ctx.develop.some((r) => ctx.mark(r.id)))
    m.note(ctx.derivedFootnote, { size: 14, id: "note-derived-measures" });
  // The approval block for the head of the agency, under the table on the right, kept whole.
  const title = headTitle(agency);
  m.signature(
    [
      T("approval.sign"),
      T("approval.name"),
      title ? T("approval.position", { head: title }) : T("approval.position.blank"),
      T("approval.date"),
    ],
    { spaceBefore: "line" }
  );
}
