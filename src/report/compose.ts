/**
 * composeReport: an Assessment plus the agency's details -> the ReportPlan of the Thai analysis report
 * (analysis sheet, score sheet with chart spec, measures sheet for the next fiscal year).
 * Pure and deterministic: no clock, no I/O. The date comes from options.date or agency.date.
 */
import type {
  AgencyDetails,
  Assessment,
  IndicatorId,
  RankedIndicator,
  ToolId,
} from "../core/types";
import type { CellStyle, ChartSpec, DigitMode, ReportPlan, SheetPlan } from "./plan";
import {
  applyDigits,
  fillTemplate,
  formatScore,
  thaiList,
  thaiMonthYear,
  type DigitPlace,
} from "./format";
import { A4_PRINTABLE_HEIGHT, HEADER_FILL, LOW_FILL, SheetBuilder } from "./layout";
import { defaultPhrases, STANDING_MEASURES, TOOL_BANDS, type PhraseLibrary } from "./phrases";

export interface ReportOptions {
  agency: AgencyDetails;
  digits: DigitMode;
  /** Strength threshold; the assessment's threshold when absent. */
  threshold?: number;
  /** ISO date (yyyy-mm-dd) the report is dated; agency.date when absent; no date line when neither. */
  date?: string;
}

/** The product's sheet names for a fiscal year (Buddhist era). Measures are for the next year. */
export function reportSheetNames(fiscalYear: number): {
  analysis: string;
  scores: string;
  measures: string;
  phrases: string;
} {
  return {
    analysis: `วิเคราะห์ผล ITA ${fiscalYear}`,
    scores: `คะแนน ITA ${fiscalYear}`,
    measures: `มาตรการ ITA ${fiscalYear + 1}`,
    phrases: PHRASE_SHEET_NAME,
  };
}

export const PHRASE_SHEET_NAME = "ข้อความรายงาน ITA";

/** Number format showing Thai digits: [$-NNCCLLLL] with numeral system 0D (Thai digits), calendar 00, locale 041E (Thai); Excel and LibreOffice both honour it. */
export const THAI_NUMFMT_2 = "[$-D00041E]0.00";
export const THAI_NUMFMT_0 = "[$-D00041E]0";

const LOCAL_TYPES: Array<{ full: string; short: string }> = [
  { full: "องค์การบริหารส่วนตำบล", short: "อบต." },
  { full: "องค์การบริหารส่วนจังหวัด", short: "อบจ." },
  { full: "เทศบาลนคร", short: "ทน." },
  { full: "เทศบาลเมือง", short: "ทม." },
  { full: "เทศบาลตำบล", short: "ทต." },
];

/** Whether the agency is a local government (อบต., อบจ., เทศบาล, กรุงเทพมหานคร, เมืองพัทยา). */
export function isLocalGovernment(agency: AgencyDetails): boolean {
  const text = `${agency.type ?? ""} ${agency.name ?? ""}`;
  return /องค์การบริหารส่วน|เทศบาล|อบต\.|อบจ\.|กรุงเทพมหานคร|เมืองพัทยา/.test(text);
}

/**
 * The short name used in the measures ("อบต.กะหรอ"): only when the name starts with a local-government
 * type whose abbreviation is standard; otherwise the full name.
 */
export function agencyShortName(agency: AgencyDetails): string {
  const name = (agency.name ?? "").trim();
  for (const t of LOCAL_TYPES) {
    if (name.startsWith(t.full) && name.length > t.full.length)
      return t.short + name.slice(t.full.length).trim();
  }
  return name || "หน่วยงาน";
}

/** Name with district and province: "องค์การบริหารส่วนตำบลกะหรอ อำเภอนบพิตำ จังหวัดนครศรีธรรมราช". */
export function agencyFullName(agency: AgencyDetails): string {
  const parts = [(agency.name ?? "").trim() || "หน่วยงาน"];
  const district = (agency.district ?? "").trim();
  const province = (agency.province ?? "").trim();
  const bangkok = /กรุงเทพ/.test(province);
  if (district)
    parts.push(
      /^(อำเภอ|เขต|กิ่งอำเภอ)/.test(district) ? district : `${bangkok ? "เขต" : "อำเภอ"}${district}`
    );
  if (province) parts.push(/^จังหวัด/.test(province) || bangkok ? province : `จังหวัด${province}`);
  return parts.join(" ");
}

/**
 * The signature of the foreword: the writing unit with the agency's name. "สำนักปลัด" is joined directly
 * ("สำนักปลัดองค์การบริหารส่วนตำบลกะหรอ"), a unit ending in the start of the name shares it
 * ("สำนักปลัดเทศบาล" + "เทศบาลตำบลท่าศาลา" -> "สำนักปลัดเทศบาลตำบลท่าศาลา"), other units take a space.
 */
export function writerName(unit: string | undefined, agencyName: string): string {
  const u = (unit ?? "").trim();
  if (!u) return agencyName;
  if (u.includes(agencyName)) return u;
  for (let k = Math.min(u.length, agencyName.length); k >= 4; k--) {
    if (agencyName.startsWith(u.slice(u.length - k))) return u + agencyName.slice(k);
  }
  return u === "สำนักปลัด" ? `${u}${agencyName}` : `${u} ${agencyName}`;
}

/** The units responsible for measures: agency.responsible, else agency.unit, else a fallback by agency type. */
export function responsibleUnits(agency: AgencyDetails): string[] {
  const list = (agency.responsible ?? []).map((s) => s.trim()).filter(Boolean);
  if (list.length) return list;
  if (agency.unit && agency.unit.trim()) return [agency.unit.trim()];
  return [isLocalGovernment(agency) ? "สำนักปลัด" : "หน่วยงานที่รับผิดชอบ"];
}

function toolBand(score: number): "high" | "mid" | "low" {
  if (score >= TOOL_BANDS.high) return "high";
  if (score >= TOOL_BANDS.mid) return "mid";
  return "low";
}

const SECTION_STYLE: CellStyle = { bold: true, size: 18 };
const SUB_STYLE: CellStyle = { bold: true };

export function composeReport(
  assessment: Assessment,
  options: ReportOptions,
  phrases?: PhraseLibrary
): ReportPlan {
  const lib: PhraseLibrary = { ...defaultPhrases, ...(phrases ?? {}) };
  const mode = options.digits;
  const agency = options.agency;
  const profile = assessment.profile;
  const year = assessment.fiscalYear;
  const nextYear = year + 1;
  const threshold = options.threshold ?? assessment.threshold;
  const names = reportSheetNames(year);

  const nameOf = (id: IndicatorId): string =>
    profile.indicators.find((d) => d.id === id)?.nameTh ??
    profile.subIndicators.find((d) => d.id === id)?.nameTh ??
    "";
  const sc = (v: number | null | undefined): string =>
    v === null || v === undefined ? lib["value.missing"] : formatScore(v);
  const agencyName = (agency.name ?? "").trim() || "หน่วยงาน";
  const unit = (agency.unit ?? "").trim();
  const writer = writerName(unit, agencyName);
  const base: Record<string, string | number> = {
    agency: agencyName,
    agencyFull: agencyFullName(agency),
    // An abbreviation ("อบต.กะหรอ") is set off by a space after "ของ"; a full name is not.
    agencyShort:
      agencyShortName(agency) === agencyName ? agencyName : ` ${agencyShortName(agency)}`,
    writer,
    year,
    nextYear,
    threshold: formatThreshold(threshold),
    passMark: formatThreshold(profile.passMark),
  };
  const T = (
    key: string,
    vars: Record<string, string | number | undefined> = {},
    place: DigitPlace = "text"
  ): string =>
    applyDigits(
      fillTemplate(lib[key] ?? defaultPhrases[key] ?? "", { ...base, ...vars }),
      mode,
      place
    );

  // Strengths and indicators to develop, with the effective threshold.
  const mainRanked = assessment.ranking.filter((r) => !r.sub);
  const strengths = mainRanked.filter((r) => r.score >= threshold);
  const develop = mainRanked.filter((r) => r.score < threshold);
  const missingIds = profile.indicators
    .filter((d) => assessment.scores[d.id] === undefined)
    .map((d) => d.id);

  const toolScore: Record<ToolId, number | null> = {
    IIT: assessment.iit,
    EIT: assessment.eit,
    OIT: assessment.oit,
  };

  // ---------------------------------------------------------------- analysis sheet
  const a = new SheetBuilder([22, 34, 34], A4_PRINTABLE_HEIGHT);
  // Cover page (ปก): the title and the agency, a third of the way down; then the foreword on its own page.
  a.blank(160);
  a.paragraph(T("title.main"), { bold: true, size: 20, hAlign: "center", vAlign: "middle" });
  a.blank(40);
  a.paragraph(T("title.agency"), { bold: true, size: 18, hAlign: "center", vAlign: "middle" });
  a.breakPage();
  a.paragraph(T("foreword.title"), { bold: true, size: 20, hAlign: "center" });
  for (const k of ["foreword.p1", "foreword.p2", "foreword.p3"]) {
    a.paragraph(T(k, { count: profile.indicators.length }));
  }
  a.blank();
  a.paragraph(T("foreword.sign"), { hAlign: "center" }, 1, 2);
  const when = thaiMonthYear(options.date ?? agency.date);
  if (when)
    a.paragraph(
      T("foreword.date", { month: when.month, yearOfDate: when.yearBE }),
      { hAlign: "center" },
      1,
      2
    );
  a.blank();

  const heading = (n: string, key: string, vars: Record<string, string | number> = {}): void => {
    a.heading(`${applyDigits(n, mode, "text")}. ${T(key, vars)}`, SECTION_STYLE);
  };
  // The foreword stands on its own page, as in Thai reports; the sections start on the next one.
  a.breakPage();
  heading("1", "s1.title");
  const w = (tool: ToolId): string => {
    const t = profile.tools.find((x) => x.id === tool);
    return t ? String(Math.round(t.weight * 100)) : "";
  };
  a.paragraph(T("s1.p1"));
  a.paragraph(T("s1.p2", { iitWeight: w("IIT"), eitWeight: w("EIT"), oitWeight: w("OIT") }));
  a.paragraph(T("s1.p3"));

  heading("2", "s2.title");
  if (assessment.total === null) {
    a.paragraph(T("s2.total.missing"));
  } else {
    let text: string;
    if (!assessment.level) text = T("s2.total.noLevel", { total: sc(assessment.total) });
    else if (profile.scale === "pass5")
      text = T("s2.total.pass5", { total: sc(assessment.total), level: assessment.level.labelTh });
    else {
      text = T("s2.total.letter", { total: sc(assessment.total), level: assessment.level.labelTh });
      text += " " + T(assessment.total >= profile.passMark ? "s2.target.met" : "s2.target.notMet");
    }
    a.paragraph(text);
  }
  {
    const given = profile.tools.filter((t) => toolScore[t.id] !== null);
    const lacking = profile.tools.filter((t) => toolScore[t.id] === null).map((t) => t.id);
    const parts = given.map((t) =>
      fillTemplate(lib["s2.tools.item"], { tool: t.id, score: sc(toolScore[t.id]) })
    );
    let text = given.length ? T("s2.tools", { list: thaiList(parts) }) : "";
    if (lacking.length)
      text += (text ? " " : "") + T("s2.tools.missing", { tools: thaiList(lacking) });
    a.paragraph(text);
  }
  if (assessment.ranking.length) {
    a.paragraph(T("s2.ranking.intro"));
    for (const r of assessment.ranking) {
      const mark = r.derived ? ` ${lib["s2.ranking.derived"]}` : "";
      if (r.sub) {
        const parent =
          profile.subIndicators.find((d) => d.id === r.id)?.parent ?? r.id.split(".")[0];
        a.paragraph(
          T("s2.ranking.sub", { id: r.id, name: nameOf(r.id), parent, score: sc(r.score) }),
          { indent: 3 }
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
      applyDigits(thaiList(ids.map((id) => `ตัวชี้วัดที่ ${id} ${nameOf(id)}`)), mode, "text");
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

  heading("3", "s3.title");
  a.paragraph(T("s3.intro"));
  const item = (r: RankedIndicator, n: number, kind: "strength" | "develop"): void => {
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
  };
  a.heading(
    `${applyDigits("3.1", mode, "text")} ${T("s3.strengths.title", { count: strengths.length })}`,
    SUB_STYLE
  );
  if (strengths.length) strengths.forEach((r, i) => item(r, i + 1, "strength"));
  else a.paragraph(T("s3.strengths.none"), { indent: 1 });
  a.heading(
    `${applyDigits("3.2", mode, "text")} ${T("s3.develop.title", { count: develop.length })}`,
    SUB_STYLE
  );
  if (develop.length) develop.forEach((r, i) => item(r, i + 1, "develop"));
  else a.paragraph(T("s3.develop.none"), { indent: 1 });
  if (missingIds.length) {
    a.paragraph(
      T("s3.missing", { list: thaiList(missingIds.map((id) => `ตัวชี้วัดที่ ${id} ${nameOf(id)}`)) })
    );
  }

  heading("4", "s4.title");
  profile.tools.forEach((tool, i) => {
    a.heading(
      `${applyDigits(`4.${i + 1}`, mode, "text")} ${T(`tool.${tool.id}.title`)}`,
      SUB_STYLE
    );
    const score = toolScore[tool.id];
    if (score === null) a.paragraph(T("s4.missing", { tool: tool.id }));
    else
      a.paragraph(
        `${T("s4.score", { tool: tool.id, score: sc(score) })} ${T(`tool.${tool.id}.${toolBand(score)}`)}`
      );
    const rows = develop.filter((r) => tool.indicators.includes(r.id));
    if (!rows.length) {
      if (mainRanked.some((r) => tool.indicators.includes(r.id)))
        a.paragraph(T("s4.table.none", { tool: tool.id }));
      return;
    }
    a.paragraph(T("s4.table.intro", { tool: tool.id }), {}, 0, 3, true);
    a.tableRow(
      [
        T("s4.col.indicator", {}, "table"),
        T("s4.col.issues", {}, "table"),
        T("s4.col.improve", {}, "table"),
      ],
      { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" },
      [],
      true
    );
    for (const r of rows) {
      a.tableRow([
        T("s4.row.indicator", { id: r.id, name: nameOf(r.id), score: sc(r.score) }, "table"),
        T(`indicator.${r.id}.issues`, {}, "table"),
        T(`indicator.${r.id}.improve`, {}, "table"),
      ]);
    }
  });

  const notes = assessment.warnings.map((m) => ({
    th: withoutPlace(m.th, m.cell),
    en: withoutPlace(m.en, m.cell),
  }));
  if (notes.length) {
    a.blank();
    a.heading(T("notes.title"), SUB_STYLE);
    notes.forEach((n, i) =>
      a.paragraph(applyDigits(`(${i + 1}) ${n.th}`, mode, "text"), { indent: 1, size: 14 })
    );
  }
  const analysis = a.build("analysis", names.analysis);

  // ---------------------------------------------------------------- scores sheet
  const numFmt2 = mode === "thai" ? THAI_NUMFMT_2 : "0.00";
  const numFmt0 = mode === "thai" ? THAI_NUMFMT_0 : "0";
  const s = new SheetBuilder([40, 11, 12, 10, 16, 10]);
  s.paragraph(T("scores.title"), { bold: true, size: 18, hAlign: "center" });
  s.blank();
  const header = s.tableRow(
    [
      "scores.col.indicator",
      "scores.col.tool",
      "scores.col.score",
      "scores.col.rank",
      "scores.col.status",
      "scores.col.threshold",
    ].map((k) => T(k, {}, "table")),
    { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" }
  );
  const firstMain = s.next;
  for (const d of profile.indicators) {
    const r = mainRanked.find((x) => x.id === d.id);
    const low = r ? r.score < threshold : false;
    const lowStyle: CellStyle | undefined = low ? { fill: LOW_FILL } : undefined;
    s.tableRow(
      [
        applyDigits(`ตัวชี้วัดที่ ${d.id} ${d.nameTh}`, mode, "table") + (r?.derived ? " *" : ""),
        d.tool,
        r ? r.score : T("value.missing", {}, "table"),
        r ? r.rank : null,
        r ? T(low ? "scores.status.develop" : "scores.status.strength", {}, "table") : null,
        threshold,
      ],
      {},
      [
        undefined,
        { hAlign: "center" },
        { numFmt: numFmt2, hAlign: "right", ...lowStyle },
        { numFmt: numFmt0, hAlign: "center" },
        { hAlign: "center", ...lowStyle },
        { numFmt: numFmt0, hAlign: "center", color: "#808080" },
      ]
    );
  }
  const lastMain = s.next - 1;
  const subsGiven = profile.subIndicators.filter((d) => assessment.scores[d.id] !== undefined);
  if (subsGiven.length) {
    s.blank();
    s.paragraph(T("scores.subs.title"), SUB_STYLE);
    for (const d of subsGiven) {
      const v = assessment.scores[d.id] as number;
      s.tableRow(
        [applyDigits(`ตัวชี้วัดย่อยที่ ${d.id} ${d.nameTh}`, mode, "table"), d.tool, v, null, null, null],
        {},
        [undefined, { hAlign: "center" }, { numFmt: numFmt2, hAlign: "right" }]
      );
    }
  }
  s.blank();
  s.paragraph(T("scores.tools.title"), SUB_STYLE);
  for (const tool of profile.tools) {
    const v = toolScore[tool.id];
    s.tableRow([tool.id, null, v === null ? T("value.missing", {}, "table") : v], {}, [
      undefined,
      undefined,
      { numFmt: numFmt2, hAlign: "right" },
    ]);
  }
  s.tableRow(
    [
      T("scores.total", {}, "table"),
      null,
      assessment.total === null ? T("value.missing", {}, "table") : assessment.total,
    ],
    { bold: true },
    [undefined, undefined, { numFmt: numFmt2, hAlign: "right" }]
  );
  s.tableRow(
    [
      T("scores.level", {}, "table"),
      null,
      assessment.level ? assessment.level.labelTh : T("value.missing", {}, "table"),
    ],
    { bold: true },
    [undefined, undefined, { hAlign: "right" }]
  );
  s.blank();
  s.paragraph(T("notes.threshold", {}, "text"), { size: 14 });
  if (mainRanked.some((r) => r.derived)) s.paragraph(T("scores.derivedNote"), { size: 14 });
  notes.forEach((n, i) =>
    s.paragraph(applyDigits(`(${i + 1}) ${n.th}`, mode, "text"), { size: 14 })
  );
  s.blank();
  const charts: ChartSpec[] = [];
  if (mainRanked.length) {
    const anchorRow = s.next;
    charts.push({
      type: "bar",
      title: T("scores.chart.title"),
      categories: { col: 0, fromRow: firstMain, toRow: lastMain },
      values: { col: 2, fromRow: firstMain, toRow: lastMain, name: T("scores.col.score") },
      threshold: { col: 5, name: T("scores.col.threshold") },
      anchor: { row: anchorRow, col: 0, cols: 6, rows: 18 },
    });
  }
  const scores = s.build("scores", names.scores, {
    charts,
    print: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 0.75, bottom: 0.75, left: 0.9, right: 0.6, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      repeatRows: { from: header, to: header },
      footer: "&P / &N",
    },
    freeze: { rows: header + 1, cols: 0 },
  });

  // ---------------------------------------------------------------- measures sheet
  const m = new SheetBuilder([24, 40, 17, 20]);
  m.paragraph(`${applyDigits("5", mode, "text")}. ${T("s5.title")}`, { bold: true, size: 18 });
  m.paragraph(T("title.agency"), { bold: true });
  m.paragraph(T("s5.intro"));
  const mHeader = m.tableRow(
    ["s5.col.measure", "s5.col.steps", "s5.col.responsible", "s5.col.followup"].map((k) =>
      T(k, {}, "table")
    ),
    { bold: true, fill: HEADER_FILL, hAlign: "center", vAlign: "middle" }
  );
  const units = responsibleUnits(agency);
  const followup = T("measure.followup", {}, "table");
  let n = 0;
  const measureRow = (title: string, steps: string, who: string[]): void => {
    n += 1;
    m.tableRow([applyDigits(`${n}. `, mode, "table") + title, steps, who.join("\n"), followup]);
  };
  const standing = (k: string): void =>
    measureRow(
      T(`measure.standing.${k}.title`, {}, "table"),
      T(`measure.standing.${k}.steps`, {}, "table"),
      k === "1" ? units.slice(0, 1) : units
    );
  standing(STANDING_MEASURES[0]);
  for (const r of [...develop].sort((x, y) => x.score - y.score || (x.id < y.id ? -1 : 1))) {
    const title = `${T(`measure.indicator.${r.id}.title`, {}, "table")}\n${T("measure.fromIndicator", { id: r.id, name: nameOf(r.id), score: sc(r.score) }, "table")}`;
    measureRow(title, T(`measure.indicator.${r.id}.steps`, {}, "table"), units);
  }
  for (const k of STANDING_MEASURES.slice(1)) standing(k);
  const measures = m.build("measures", names.measures, {
    print: {
      paper: "A4",
      orientation: "portrait",
      margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      repeatRows: { from: mHeader, to: mHeader },
      footer: "&P / &N",
    },
  });

  return { fiscalYear: year, sheets: [analysis, scores, measures], notes };
}

/** A message without its leading "where" ("คีย์ oit: ", "Cell oit: "): the report states the fact, not the input cell. */
function withoutPlace(text: string, cell: string | undefined): string {
  if (!cell) return text;
  const at = text.indexOf(`${cell}: `);
  return at >= 0 && at <= 24 ? text.slice(at + cell.length + 2) : text;
}

function formatThreshold(t: number): string {
  return Number.isInteger(t) ? String(t) : formatScore(t);
}

/** The analysis, scores and measures sheets of a plan, by role. */
export function sheetByRole(plan: ReportPlan, role: SheetPlan["role"]): SheetPlan | undefined {
  return plan.sheets.find((x) => x.role === role);
}
