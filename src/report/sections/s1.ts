/** Section ๑: background of the assessment (policy, tools and weights, use of the results). */
import type { ToolId } from "../../core/types";
import type { SheetBuilder } from "../layout";
import type { ReportContext } from "./context";
import { sectionHeading } from "./heading";

export function writeSection1(a: SheetBuilder, ctx: ReportContext): void {
  const { T, profile } = ctx;
  sectionHeading(a, ctx, "1", "s1.title");
  const w = (tool: ToolId): string => {
    const t = profile.tools.find((x) => x.id === tool);
    return t ? String(Math.round(t.weight * 100)) : "";
  };
  a.paragraph(T("s1.p1"));
  a.paragraph(T("s1.p2", { iitWeight: w("IIT"), eitWeight: w("EIT"), oitWeight: w("OIT") }));
  a.paragraph(T("s1.p3"));
}
