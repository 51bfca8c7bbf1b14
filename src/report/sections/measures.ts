/** Section ๕ on its own sheet: the measures for the next fiscal year, as a table. */
import type { SheetPlan } from "../plan";
import { A4_PRINTABLE_HEIGHT, HEADER_FILL, SheetBuilder } from "../layout";
import { STANDING_MEASURES } from "../phrases";
import { responsibleUnits } from "../agency";
import type { ReportContext } from "./context";

export function buildMeasuresSheet(ctx: ReportContext, sheetName: string): SheetPlan {
  const { T, d, sc, agency, develop, nameOf } = ctx;
  const m = new SheetBuilder([24, 40, 17, 20], A4_PRINTABLE_HEIGHT);
  m.paragraph(`${d("5")}. ${T("s5.title")}`, { bold: true, size: 18 });
  m.paragraph(T("title.agency"), { bold: true });
  m.paragraph(T("s5.intro"));
  m.tableRow(
    ["s5.col.measure", "s5.col.steps", "s5.col.responsible", "s5.col.followup"].map((k) =>
      T(k, {}, "table")
    ),
    { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" },
    [],
    true
  );
  const units = responsibleUnits(agency);
  const followup = T("measure.followup", {}, "table");
  let n = 0;
  const measureRow = (title: string, steps: string, who: string[]): void => {
    n += 1;
    m.tableRow([d(`${n}. `, "table") + title, steps, who.join("\n"), followup]);
  };
  const standing = (k: string): void =>
    measureRow(
      T(`measure.standing.${k}.title`, {}, "table"),
      T(`measure.standing.${k}.steps`, {}, "table"),
      k === "1" ? units.slice(0, 1) : units
    );
  standing(STANDING_MEASURES[0]);
  for (const r of [...develop].sort((x, y) => x.score - y.score || (x.id < y.id ? -1 : 1))) {
    const title = `${T(`measure.indicator.${r.id}.title`, {}, "table")}\n${T("measure.fromIndicator", { id: r.id, name: nameOf(r.id), score: sc(r.score) }, "table")}`;
    measureRow(title, T(`measure.indicator.${r.id}.steps`, {}, "table"), units);
  }
  for (const k of STANDING_MEASURES.slice(1)) standing(k);
  // Print setup: the builder's (A4, Thai official margins, page number); the table's header row is
  // repeated by the builder on each page the table continues on.
  return m.build("measures", sheetName);
}
