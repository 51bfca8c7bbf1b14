/**
 * Section ๕ on its own sheet: the measures for the next fiscal year. 6-10 measures, no two alike,
 * ordered by urgency (the points of total an indicator can still give: room x weight), urgent ones
 * marked; columns มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | ระยะเวลา | เป้าหมาย/ตัวชี้วัดความสำเร็จ |
 * การกำกับติดตาม; then the approval block for the head of the agency.
 */
import type { PartBuilder, TableCell } from "../document";
import { HEADER_FILL } from "../layout";
import { headShort, headTitle, unitFor } from "../agency";
import { thaiList } from "../format";
import { fiscalMonths, selectMeasures } from "../measureChoice";
import { levelText } from "../verdict";
import { TABLE_SIZE, type ReportContext } from "./context";

export {
  MIN_MEASURES,
  MAX_MEASURES,
  URGENT_POINTS,
  selectMeasures,
  fiscalMonths,
  type Measure,
} from "../measureChoice";

/** A table cell from a phrase: items where the phrase has line breaks between them ("๑. ...\n๒. ..."). */
function cellOf(text: string): TableCell {
  const items = text.split("\n").filter((x) => x.trim());
  return { value: items.length > 1 ? items : text };
}

/**
 * Section ๕ (its own part, landscape): the title, the agency, the item the measures answer, the intro,
 * the table of measures, the notes of the marks it carries and the head's approval block.
 */
export function writeMeasures(m: PartBuilder, ctx: ReportContext): void {
  const { T, d, agency, profile } = ctx;
  m.heading(`${d("5")}. ${T("s5.title")}`, 1);
  m.paragraph(T("title.agency"), { bold: true, keepWithNext: true });
  m.paragraph(T("s5.item"));
  const months = fiscalMonths(ctx);
  const head = headShort(agency);
  const impl = profile.implementationItem;
  const evidence = !profile.analysisItem.code
    ? T("item.unknown")
    : impl
      ? T("item.code", { code: impl.code, label: "" }).trim()
      : T(/^O/.test(profile.analysisItem.code) ? "item.code" : "item.sub", {
          code: profile.analysisItem.code,
          label: "",
        }).trim();
  const measures = selectMeasures(ctx);
  m.paragraph(
    introText(
      ctx,
      measures.some((x) => x.urgent),
      evidence
    )
  );
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
    rows: measures.map((x, i) => {
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
  // The note of each mark the table carries, under it (a "*" in a cell refers to it in the Word file).
  const marked = measures.filter((x) => x.indicator && ctx.mark(x.indicator));
  ctx.derivedNotes.forEach((note, i) => {
    if (marked.some((x) => note.startsWith(`${ctx.mark(x.indicator as string).trim()} `)))
      m.note(note, { size: 14, id: `note-derived-measures${i ? `-${i + 1}` : ""}` });
  });
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

/**
 * The measures' introduction: their order, what the level depends on, the urgent ones' months (only
 * when a row is urgent, and worded so that it holds: they start the month the measures start and end
 * three months later), and when every measure is summed up.
 */
function introText(ctx: ReportContext, urgent: boolean, evidence: string): string {
  const { T, advice } = ctx;
  const months = fiscalMonths(ctx);
  const parts = [T("s5.intro")];
  if (advice && advice.reachable && advice.toolGaps.length)
    parts.push(
      T("s5.intro.binding", {
        tools: thaiList(advice.toolGaps.map((g) => ctx.toolName(g.tool))),
        target: levelText(ctx, advice.target),
      })
    );
  if (urgent)
    parts.push(T("s5.intro.urgent", { from: months.start(), to: months.deadline("quick") }));
  parts.push(T("s5.intro.close", { end: months.deadline("year"), evidence }));
  return parts.join(" ");
}
