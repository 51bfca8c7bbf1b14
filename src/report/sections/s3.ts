/**
 * Section ๓: strengths and indicators to develop. Each indicator: its score, graded wording for the
 * extremes (full marks, just below the threshold, under half, near zero), what it measures and a short
 * judgement (a diagnosis: the actions are in section ๔ and the measures in ๕, said once).
 */
import type { RankedIndicator } from "../../core/types";
import type { PartBuilder } from "../document";
import { fillTemplate, formatScore, thaiList } from "../format";
import { noteIdsFor, type ReportContext } from "./context";
import { sectionHeading, subHeading } from "./heading";
import { subsOf } from "./s2";
import { BAND_EDGES } from "../phrases";

export function writeSection3(a: PartBuilder, ctx: ReportContext): void {
  const { T, strengths, develop, missingIds, nameOf, mainRanked, sc } = ctx;
  sectionHeading(a, ctx, "3", "s3.title");
  a.paragraph(T("s3.intro"));
  subHeading(
    a,
    ctx,
    "3.1",
    T(strengths.length ? "s3.strengths.title" : "s3.strengths.title.none", {
      count: strengths.length,
    })
  );
  if (strengths.length) strengths.forEach((r, i) => item(a, ctx, r, i + 1, "strength"));
  else if (mainRanked.length) {
    // No indicator reaches the threshold: the relative strengths are named.
    const top = mainRanked[0].score;
    const ids = mainRanked.filter((r) => r.score === top).map((r) => r.id);
    const list = thaiList(ids.map((id) => `ตัวชี้วัดที่ ${id} ${nameOf(id)}`)) + ` (${sc(top)} คะแนน)`;
    a.paragraph(T("s3.strengths.none", { list: ctx.d(list) }), { indent: 1 });
  }
  subHeading(
    a,
    ctx,
    "3.2",
    T(develop.length ? "s3.develop.title" : "s3.develop.title.none", { count: develop.length })
  );
  if (develop.length) develop.forEach((r, i) => item(a, ctx, r, i + 1, "develop"));
  else a.paragraph(T("s3.develop.none"), { indent: 1 });
  if (missingIds.length) {
    a.paragraph(
      T("s3.missing", { list: thaiList(missingIds.map((id) => `ตัวชี้วัดที่ ${id} ${nameOf(id)}`)) })
    );
  }
}

/** Graded wording for a score: full marks, just below the threshold, under half, near zero. */
export function gradeOf(ctx: ReportContext, score: number): string {
  const { T, threshold } = ctx;
  if (score >= 100) return T("s3.grade.full");
  if (score < 10) return T("s3.grade.nearZero");
  if (score < 50) return T("s3.grade.underHalf");
  if (score < threshold && threshold - score < 1)
    return T("s3.grade.justBelow", { gap: formatScore(threshold - score) });
  return "";
}

function item(
  a: PartBuilder,
  ctx: ReportContext,
  r: RankedIndicator,
  n: number,
  kind: "strength" | "develop"
): void {
  const { T, sc, lib, nameOf, mark, threshold } = ctx;
  const subs = subsOf(ctx, r);
  // Every indicator says what it asks (as the seed does for indicator 4), then the judgement: its
  // opening varied from item to item, its firmness by the score's band.
  let text = T(kind === "strength" ? "s3.item" : "s3.item.develop", {
    n,
    id: r.id,
    name: nameOf(r.id),
    score: sc(r.score),
    mark: mark(r.id),
    grade: gradeOf(ctx, r.score) ? ` ${gradeOf(ctx, r.score)}` : "",
    about: T(`indicator.${r.id}.about`),
    judgement: T(`indicator.${r.id}.${kind}`, {
      lead: leadFor(ctx, kind, n),
      who: kind === "develop" ? whoFor(ctx, r) : "",
    }),
  });
  if (subs.length) {
    const parts = subs.map((s) =>
      fillTemplate(lib["s3.subs.item"], { id: s.id, name: nameOf(s.id), score: sc(s.score) })
    );
    text += " " + T("s3.subs", { list: thaiList(parts) });
    // No overclaim: a strength whose sub-indicator is below the threshold says so.
    if (kind === "strength") {
      for (const s of subs.filter((x) => x.score < threshold))
        text += " " + T("s3.subs.below", { id: s.id, name: nameOf(s.id), score: sc(s.score) });
    }
  }
  const notes = noteIdsFor(ctx, [r.id]);
  a.paragraph(text, { indent: 1, ...(notes.length ? { notes } : {}) });
}

/** The opening of the n-th judgement (1-based), in turn from the phrase's lines. */
export function leadFor(ctx: ReportContext, kind: "strength" | "develop", n: number): string {
  const leads = ctx
    .T(`s3.lead.${kind}`)
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);
  return leads.length ? leads[(n - 1) % leads.length] : "";
}

/** The score's band for the interpretation: near (85 to the threshold), mid (70-85), low (below 70). */
export function bandOf(score: number): "near" | "mid" | "low" {
  if (score >= BAND_EDGES.near) return "near";
  if (score >= BAND_EDGES.mid) return "mid";
  return "low";
}

/** Who is still unconvinced, as firmly as the score warrants ("ยังมีบุคลากรส่วนหนึ่งที่" at 85-90). */
function whoFor(ctx: ReportContext, r: RankedIndicator): string {
  return ctx.T(`s3.who.${r.tool}.${bandOf(r.score)}`);
}
