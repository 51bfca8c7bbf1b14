/** Section ๓: strengths and indicators to develop, each with what it measures and a judgement. */
import type { RankedIndicator } from "../../core/types";
import type { SheetBuilder } from "../layout";
import { fillTemplate, thaiList } from "../format";
import type { ReportContext } from "./context";
import { sectionHeading, subHeading } from "./heading";

export function writeSection3(a: SheetBuilder, ctx: ReportContext): void {
  const { T, strengths, develop, missingIds, nameOf } = ctx;
  sectionHeading(a, ctx, "3", "s3.title");
  a.paragraph(T("s3.intro"));
  subHeading(a, ctx, "3.1", T("s3.strengths.title", { count: strengths.length }));
  if (strengths.length) strengths.forEach((r, i) => item(a, ctx, r, i + 1, "strength"));
  else a.paragraph(T("s3.strengths.none"), { indent: 1 });
  subHeading(a, ctx, "3.2", T("s3.develop.title", { count: develop.length }));
  if (develop.length) develop.forEach((r, i) => item(a, ctx, r, i + 1, "develop"));
  else a.paragraph(T("s3.develop.none"), { indent: 1 });
  if (missingIds.length) {
    a.paragraph(
      T("s3.missing", { list: thaiList(missingIds.map((id) => `ตัวชี้วัดที่ ${id} ${nameOf(id)}`)) })
    );
  }
}

function item(
  a: SheetBuilder,
  ctx: ReportContext,
  r: RankedIndicator,
  n: number,
  kind: "strength" | "develop"
): void {
  const { T, sc, lib, profile, assessment, nameOf } = ctx;
  const subs = assessment.ranking
    .filter((x) => x.sub && profile.subIndicators.find((d) => d.id === x.id)?.parent === r.id)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  let text = T("s3.item", {
    n,
    id: r.id,
    name: nameOf(r.id),
    score: sc(r.score),
    mark: r.derived ? ` ${lib["s2.ranking.derived"]}` : "",
    about: lib[`indicator.${r.id}.about`] ?? "",
    judgement: lib[`indicator.${r.id}.${kind}`] ?? "",
  });
  if (subs.length) {
    const parts = subs.map((s) =>
      fillTemplate(lib["s3.subs.item"], { id: s.id, name: nameOf(s.id), score: sc(s.score) })
    );
    text += " " + T("s3.subs", { list: thaiList(parts) });
  }
  a.paragraph(text, { indent: 1 });
}
