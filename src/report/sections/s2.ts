/** Section ๒: the results (total and level, tool scores, ranking, highest and lowest). */
import type { IndicatorId } from "../../core/types";
import type { SheetBuilder } from "../layout";
import { fillTemplate, thaiList } from "../format";
import type { ReportContext } from "./context";
import { sectionHeading } from "./heading";

export function writeSection2(a: SheetBuilder, ctx: ReportContext): void {
  sectionHeading(a, ctx, "2", "s2.title");
  a.paragraph(totalSentence(ctx));
  a.paragraph(toolsSentence(ctx));
  writeRanking(a, ctx);
}

function totalSentence(ctx: ReportContext): string {
  const { T, sc, assessment, profile } = ctx;
  if (assessment.total === null) return T("s2.total.missing");
  const total = sc(assessment.total);
  if (!assessment.level) return T("s2.total.noLevel", { total });
  if (profile.scale === "pass5")
    return T("s2.total.pass5", { total, level: assessment.level.labelTh });
  return (
    T("s2.total.letter", { total, level: assessment.level.labelTh }) +
    " " +
    T(assessment.total >= profile.passMark ? "s2.target.met" : "s2.target.notMet")
  );
}

function toolsSentence(ctx: ReportContext): string {
  const { T, sc, lib, profile, toolScore } = ctx;
  const given = profile.tools.filter((t) => toolScore[t.id] !== null);
  const lacking = profile.tools.filter((t) => toolScore[t.id] === null).map((t) => t.id);
  const parts = given.map((t) =>
    fillTemplate(lib["s2.tools.item"], { tool: t.id, score: sc(toolScore[t.id]) })
  );
  let text = given.length ? T("s2.tools", { list: thaiList(parts) }) : "";
  if (lacking.length)
    text += (text ? " " : "") + T("s2.tools.missing", { tools: thaiList(lacking) });
  return text;
}

function writeRanking(a: SheetBuilder, ctx: ReportContext): void {
  const { T, sc, lib, profile, assessment, nameOf } = ctx;
  if (!assessment.ranking.length) return;
  a.paragraph(T("s2.ranking.intro"));
  for (const r of assessment.ranking) {
    const mark = r.derived ? ` ${lib["s2.ranking.derived"]}` : "";
    if (r.sub) {
      const parent = profile.subIndicators.find((d) => d.id === r.id)?.parent ?? r.id.split(".")[0];
      a.paragraph(
        T("s2.ranking.sub", { id: r.id, name: nameOf(r.id), parent, score: sc(r.score) }),
        {
          indent: 3,
        }
      );
    } else {
      a.paragraph(
        T("s2.ranking.item", {
          rank: r.rank,
          id: r.id,
          name: nameOf(r.id),
          score: sc(r.score),
          mark,
        }),
        { indent: 1 }
      );
    }
  }
  const listOf = (ids: IndicatorId[]): string =>
    ctx.d(thaiList(ids.map((id) => `ตัวชี้วัดที่ ${id} ${nameOf(id)}`)));
  const hi = assessment.highest;
  const lo = assessment.lowest;
  if (hi.length && lo.length) {
    const hiScore = assessment.scores[hi[0]] as number;
    const loScore = assessment.scores[lo[0]] as number;
    if (hiScore === loScore) a.paragraph(T("s2.allEqual", { score: sc(hiScore) }));
    else
      a.paragraph(
        T("s2.highest", { list: listOf(hi), score: sc(hiScore) }) +
          " " +
          T("s2.lowest", { list: listOf(lo), score: sc(loScore) })
      );
  }
}
