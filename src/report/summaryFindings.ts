/**
 * The summary's findings and its breakdown by agency type (section builders of src/report/summary.ts,
 * over the context of summarySections.ts): the weakest tool and indicators of the group, the types with
 * the lowest and highest mean total, and the table by type. Texts from summaryPhrases.ts.
 */
import type { TypeSummary, YearSummary } from "../core/summary";
import type { CellStyle } from "./plan";
import type { SummaryContext } from "./summarySections";

/**
 * The findings, before the tables: the tool with the lowest mean (ties named together), the three
 * indicators with the lowest means (ties by the framework's order) with how many agencies are below the
 * threshold on each, and, with two or more agency types having totals, the types with the lowest and the
 * highest mean total.
 */
export function writeFindings(x: SummaryContext, y: YearSummary): void {
  const { s, p } = x;
  const lines: Array<{ text: string; sub?: boolean; keepNext?: boolean }> = [];
  const tools = y.tools.filter((t) => t.mean !== null);
  if (tools.length) {
    const low = Math.min(...tools.map((t) => t.mean as number));
    const weakest = tools.filter((t) => t.mean === low);
    const others = tools
      .filter((t) => t.mean !== low)
      .map((t) => p("summary.findings.toolOther", { tool: t.id, mean: x.sc(t.mean) }))
      .join(" ");
    // "A และB", "A B และC" (no space after และ, as the report's own list of the tools).
    const all = weakest.map((t) => p(`summary.tool.${t.id}`));
    const names =
      all.length > 1
        ? `${all.slice(0, -1).join(" ")}${p("summary.findings.and")}${all[all.length - 1]}`
        : all[0];
    lines.push({
      text:
        weakest.length > 1
          ? p("summary.findings.toolTie", {
              tool: names,
              mean: x.sc(low),
              others: others ? ` (${others})` : "",
            })
          : p("summary.findings.tool", { tool: names, mean: x.sc(low), others }),
    });
  }
  const order = new Map(y.indicators.map((d, i) => [d.id, i]));
  const lowest = y.indicators
    .filter((d) => d.mean !== null)
    .sort(
      (a, b) =>
        (a.mean as number) - (b.mean as number) ||
        (order.get(a.id) as number) - (order.get(b.id) as number)
    )
    .slice(0, 3);
  if (lowest.length) {
    lines.push({
      text: p("summary.findings.indicators", { n: x.t(String(lowest.length)) }),
      keepNext: true,
    });
    const threshold = x.t(String(y.threshold));
    lowest.forEach((d, i) =>
      lines.push({
        sub: true,
        text: p("summary.findings.indicator", {
          no: x.t(String(i + 1)),
          id: x.t(d.id),
          name: d.nameTh,
          mean: x.sc(d.mean),
          below: d.below.length
            ? p("summary.findings.below", {
                threshold,
                n: x.count(d.below.length),
                of: x.count(d.count),
              })
            : p("summary.findings.belowNone", { threshold }),
        }),
      })
    );
  }
  const typed = y.types.filter(
    (g): g is TypeSummary & { type: string } => g.type !== null && g.total.mean !== null
  );
  if (typed.length > 1) {
    const byMean = [...typed].sort((a, b) => (a.total.mean as number) - (b.total.mean as number));
    const lo = byMean[0];
    const hi = byMean[byMean.length - 1];
    if (lo.total.mean !== hi.total.mean)
      lines.push({
        text: p("summary.findings.type", {
          type: lo.type,
          n: x.count(lo.count),
          mean: x.sc(lo.total.mean),
          best: hi.type,
          bestN: x.count(hi.count),
          bestMean: x.sc(hi.total.mean),
        }),
      });
  }
  if (!lines.length) return;
  s.blank(8);
  s.paragraph(x.t(p("summary.findings.heading")), { bold: true }, 0, x.span, true);
  for (const l of lines)
    s.paragraph(l.text, {}, l.sub ? 1 : 0, x.span - (l.sub ? 1 : 0), l.keepNext ?? false, {
      firstLineIndent: false,
    });
}

/**
 * By agency type (when any agency has one): count, mean total and the number of agencies at each level
 * (the levels reached, best first), the most agencies first, the agencies without a type ("ไม่ระบุ")
 * last.
 */
export function writeTypes(x: SummaryContext, y: YearSummary): void {
  const { C, span, p, row } = x;
  const { NUM0, NUM2, CENTER } = x.styles;
  const merges = (): Array<[number, number]> => [
    [0, x.labelSpan],
    [C.iit, span - C.iit],
  ];
  x.tableStart(
    y.types.length + 1,
    "summary.types.heading",
    [
      [0, p("summary.types.col.type")],
      [C.total, p("summary.col.count")],
      [C.level, p("summary.types.col.mean")],
      [C.iit, p("summary.types.col.levels")],
    ],
    [
      [0, x.labelSpan],
      [C.total, 1],
      [C.level, 1],
      [C.iit, span - C.iit],
    ]
  );
  const levelsText = (levels: TypeSummary["levels"], noLevel: number): string => {
    const list = levels
      .filter((l) => l.count > 0)
      .map((l) => p("summary.types.level", { level: l.labelTh, n: l.count }));
    if (noLevel > 0) list.push(p("summary.types.noLevel", { n: noLevel }));
    return x.tt(list.join(", ") || "-");
  };
  const groupRow = (label: string, g: Omit<TypeSummary, "type">, style: CellStyle = {}): void => {
    row(
      [
        [0, label, style.bold ? CENTER : undefined],
        [C.total, g.count, NUM0],
        [C.level, g.total.mean ?? "-", g.total.mean === null ? CENTER : NUM2],
        [C.iit, levelsText(g.levels, g.noLevel)],
      ],
      style,
      false,
      merges()
    );
  };
  for (const g of y.types) groupRow(g.type?.trim() || p("summary.types.none"), g);
  groupRow(
    p("summary.sum"),
    { count: y.agencies.length, total: y.total, levels: y.levels, noLevel: y.noLevel },
    { bold: true }
  );
}
