/**
 * The foreword (คำนำ) on its own page, signed by the writing unit and dated; with no date given, a
 * dotted line is left to fill in (a report is never dated today by default: it may be for a past year).
 */
import type { PartBuilder } from "../document";
import { thaiMonthYear } from "../format";
import type { ReportContext } from "./context";

export function writeForeword(p: PartBuilder, ctx: ReportContext): void {
  const { T, profile, options, agency } = ctx;
  p.title(T("foreword.title"), 1);
  for (const k of ["foreword.p1", "foreword.p2", "foreword.p3"]) {
    p.paragraph(T(k, { count: profile.indicators.length }));
  }
  const when = thaiMonthYear(options.date ?? agency.date);
  p.signature(
    [
      T("foreword.sign"),
      when
        ? T("foreword.date", { month: when.month, yearOfDate: when.yearBE })
        : T("foreword.date.blank"),
    ],
    { spaceBefore: "line" }
  );
}
