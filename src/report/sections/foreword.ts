/**
 * The foreword (คำนำ) on its own page, signed by the writing unit and dated; with no date given, a
 * dotted line is left to fill in (a report is never dated today by default: it may be for a past year).
 */
import type { SheetBuilder } from "../layout";
import { thaiMonthYear } from "../format";
import type { ReportContext } from "./context";

export function writeForeword(a: SheetBuilder, ctx: ReportContext): void {
  const { T, profile, options, agency } = ctx;
  a.paragraph(T("foreword.title"), { bold: true, size: 20, hAlign: "center" });
  for (const k of ["foreword.p1", "foreword.p2", "foreword.p3"]) {
    a.paragraph(T(k, { count: profile.indicators.length }));
  }
  a.blank();
  a.paragraph(T("foreword.sign"), { hAlign: "center" }, 1, 2);
  const when = thaiMonthYear(options.date ?? agency.date);
  a.paragraph(
    when
      ? T("foreword.date", { month: when.month, yearOfDate: when.yearBE })
      : T("foreword.date.blank"),
    { hAlign: "center" },
    1,
    2
  );
  a.blank();
  // The foreword stands on its own page, as in Thai reports; the sections start on the next one.
  a.breakPage();
}
