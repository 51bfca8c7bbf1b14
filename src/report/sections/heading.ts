/** Numbered section and sub-section headings ("๑. ...", "๓.๑ ..."). */
import type { SheetBuilder } from "../layout";
import { SECTION_STYLE, SUB_STYLE, type ReportContext, type Vars } from "./context";

export function sectionHeading(
  a: SheetBuilder,
  ctx: ReportContext,
  n: string,
  key: string,
  vars: Vars = {}
): void {
  a.heading(`${ctx.d(n)}. ${ctx.T(key, vars)}`, SECTION_STYLE);
}

export function subHeading(a: SheetBuilder, ctx: ReportContext, n: string, text: string): void {
  a.heading(`${ctx.d(n)} ${text}`, SUB_STYLE);
}
