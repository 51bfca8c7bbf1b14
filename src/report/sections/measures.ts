/**
 * Section ๕ on its own sheet: the measures for the next fiscal year. 6-10 measures, no two alike,
 * ordered by urgency (the points of total an indicator can still give: room x weight), urgent ones
 * marked; columns มาตรการ | ขั้นตอนหรือวิธีการ | ผู้รับผิดชอบ | ระยะเวลา | เป้าหมาย/ตัวชี้วัดความสำเร็จ |
 * การกำกับติดตาม; then the approval block for the head of the agency.
 */
import type { SheetPlan } from "../plan";
import {
  A4_LANDSCAPE_PRINTABLE_HEIGHT,
  DEFAULT_PRINT,
  HEADER_FILL,
  LANDSCAPE_TEXT_BLOCK_WIDTH,
  SheetBuilder,
} from "../layout";
import { headShort, headTitle, unitFor } from "../agency";
import { thaiList } from "../format";
import { fiscalMonths, selectMeasures } from "../measureChoice";
import { levelText } from "../verdict";
import type { ReportContext } from "./context";

export {
  MIN_MEASURES,
  MAX_MEASURES,
  URGENT_POINTS,
  selectMeasures,
  fiscalMonths,
  type Measure,
} from "../measureChoice";
/** The measures table is set in 14 pt, as long Thai tables commonly are, to keep six columns readable. */
const TABLE_SIZE = 14;

export function buildMeasuresSheet(ctx: ReportContext, sheetName: string): SheetPlan {
  const { T, d, agency, profile } = ctx;
  // Six columns: an A4 landscape page with the same margins as every other sheet.
  const m = new SheetBuilder([35, 39, 20, 13, 35, 18], A4_LANDSCAPE_PRINTABLE_HEIGHT, {
    maxWidthPt: LANDSCAPE_TEXT_BLOCK_WIDTH,
  });
  m.paragraph(`${d("5")}. ${T("s5.title")}`, { bold: true, size: 18 });
  m.paragraph(T("title.agency"), { bold: true });
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
  m.tableRow(
    [
      "s5.col.measure",
      "s5.col.steps",
      "s5.col.responsible",
      "s5.col.period",
      "s5.col.target",
      "s5.col.followup",
    ].map((k) => T(k, {}, "table")),
    { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle", size: TABLE_SIZE },
    [],
    true
  );
  measures.forEach((x, i) => {
    const unit = unitFor(agency, x.topic);
    m.tableRow(
      [
        d(`${i + 1}. `, "table") + x.title,
        x.steps,
        unit,
        months.range(x.period),
        x.target,
        T("measure.followup", { unit, head }, "table"),
      ],
      { size: TABLE_SIZE }
    );
  });
  // The note of each mark the table carries, under it.
  const marked = measures.filter((x) => x.indicator && ctx.mark(x.indicator));
  for (const note of ctx.derivedNotes)
    if (marked.some((x) => note.startsWith(`${ctx.mark(x.indicator as string).trim()} `)))
      m.paragraph(note, { size: 14 });
  // The approval block for the head of the agency, under the table on the right, wide enough for
  // "ตำแหน่ง นายกองค์การบริหารส่วนจังหวัด…" and the date line on one line each.
  m.blank();
  const title = headTitle(agency);
  const lines = [
    T("approval.sign"),
    T("approval.name"),
    title ? T("approval.position", { head: title }) : T("approval.position.blank"),
    T("approval.date"),
  ];
  // Kept together: a page never ends inside the block.
  lines.forEach((line, i) => m.paragraph(line, { hAlign: "center" }, 2, 4, i < lines.length - 1));
  // Print setup: the common one (A4, Thai official margins, page number), landscape for the six
  // columns; the table's header row is repeated by the builder on each page the table continues on.
  return m.build("measures", sheetName, {
    print: { ...DEFAULT_PRINT, margins: { ...DEFAULT_PRINT.margins }, orientation: "landscape" },
  });
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
