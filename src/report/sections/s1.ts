/** Section ๑: background (the national policy of the period, the tools and their weights); the purpose is the foreword's. */
import type { ToolId } from "../../core/types";
import type { PartBuilder } from "../document";
import type { ReportContext } from "./context";
import { sectionHeading } from "./heading";

export function writeSection1(p: PartBuilder, ctx: ReportContext): void {
  const { T, profile } = ctx;
  sectionHeading(p, ctx, "1", "s1.title");
  const w = (tool: ToolId): string => {
    const t = profile.tools.find((x) => x.id === tool);
    return t ? String(Math.round(t.weight * 100)) : "";
  };
  // The policy framing follows the period: strategy phase 3, the master plan, the action plan phase 2.
  p.paragraph(T(`s1.p1.${profile.policy}`));
  p.paragraph(T("s1.p2", { iitWeight: w("IIT"), eitWeight: w("EIT"), oitWeight: w("OIT") }));
}
