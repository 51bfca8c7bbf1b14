/**
 * The cover page (ปก): the title, then the agency, in the middle of the page, without a page number.
 * The agency's name and its place (district, province) are two lines of their own, so that no renderer
 * breaks the name ("องค์การบริหารส่วนตำบลกะหรอ") to fill a line with the start of the place.
 */
import type { PartBuilder } from "../document";
import type { ReportContext } from "./context";

export function writeCover(p: PartBuilder, ctx: ReportContext): void {
  const { T } = ctx;
  p.title(T("title.main"), 1);
  const agency = T("title.agency");
  const name = ctx.d((ctx.agency.name ?? "").trim());
  if (name && agency.startsWith(`${name} `) && agency.length > name.length + 1) {
    p.title(name, 2, { spaceBefore: "line" });
    p.title(agency.slice(name.length + 1), 2, { keepWithNext: false });
  } else p.title(agency, 2, { spaceBefore: "line", keepWithNext: false });
}
