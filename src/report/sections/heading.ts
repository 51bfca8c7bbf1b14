/** Numbered section and sub-section headings ("๑. ...", "๓.๑ ..."). */
import type { PartBuilder } from "../document";
import type { ReportContext, Vars } from "./context";

export function sectionHeading(
  p: PartBuilder,
  ctx: ReportContext,
  n: string,
  key: string,
  vars: Vars = {}
): void {
  p.heading(`${ctx.d(n)}. ${ctx.T(key, vars)}`, 1);
}

export function subHeading(p: PartBuilder, ctx: ReportContext, n: string, text: string): void {
  p.heading(`${ctx.d(n)} ${text}`, 2);
}
