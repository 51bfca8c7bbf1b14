/** The cover page (ปก): the title and the agency, a third of the way down the page. */
import type { SheetBuilder } from "../layout";
import type { ReportContext } from "./context";

export function writeCover(a: SheetBuilder, ctx: ReportContext): void {
  const { T } = ctx;
  a.blank(160);
  a.paragraph(T("title.main"), { bold: true, size: 20, hAlign: "center", vAlign: "middle" });
  a.blank(40);
  a.paragraph(T("title.agency"), { bold: true, size: 18, hAlign: "center", vAlign: "middle" });
  a.breakPage();
}
