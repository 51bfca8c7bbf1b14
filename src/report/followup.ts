/**
 * composeFollowup: the tracked measures -> the follow-up report (รายงานผลการดำเนินการตามมาตรการส่งเสริม
 * คุณธรรมและความโปร่งใสภายในหน่วยงาน), the second ITA document of each cycle (O43 of ITA 2563-2566, O26 of
 * ITA 2569). The same writer-neutral ReportDocument as the analysis, so it has the same two renderings:
 * sheets in the workbook and a Word file. Pure and deterministic.
 *
 * Parts: the text (title to ๒) and, after the landscape table of ๓, the rest (๔ to the evidence) share one
 * sheet of one text column (the small tables of ๒ are lists there, tables in Word); ๓ has its own
 * landscape sheet with a real table.
 *
 * Outline: title, agency and item; ๑ ความเป็นมา; ๒ สรุปผลภาพรวม (a table per status, the budget, what the
 * figures say, and how the targeted indicators moved when the next ITA result is known); ๓ ผลการ
 * ดำเนินการรายมาตรการ (one table, header repeated); ๔ ปัญหา อุปสรรค และข้อเสนอแนะ; the approval block; the
 * evidence links, numbered.
 */
import { THAI_MONTHS } from "../core/thai";
import {
  followupItem,
  movesOf,
  trackOverview,
  type TrackingData,
  type TrackedMeasure,
} from "../core/tracking";
import { format2 } from "../core/decimal";
import { agencyFullName, headTitle } from "./agency";
import { DocumentBuilder, type PartBuilder, type ReportDocument, type TableRow } from "./document";
import { officialDocument } from "./page";
import { applyDigits, thaiMonthYear } from "./format";
import type { DigitMode } from "./plan";

export interface FollowupOptions {
  digits: DigitMode;
}

/** The follow-up report's sheet names for the fiscal year of its measures. */
export function followupSheetNames(measuresYear: number): { report: string; results: string } {
  return {
    report: `รายงานผลมาตรการ ITA ${measuresYear}`,
    results: `ผลรายมาตรการ ITA ${measuresYear}`,
  };
}

const HEADER_FILL = "#D9E2F3";
const TABLE_SIZE = 14;

/** Baht with two decimals and thousands separators: 12500 -> "12,500.00". */
function baht(x: number): string {
  const [int, dec] = format2(x).split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${dec}`;
}

/** "ตุลาคม ๒๕๖๒ ถึงเดือนมีนาคม ๒๕๖๓": the months a round covers (fiscal year = Oct of year-1 to Sep). */
function roundMonths(year: number, round: 6 | 12): { from: string; to: string } {
  return {
    from: `${THAI_MONTHS[9]} ${year - 1}`,
    to: round === 6 ? `${THAI_MONTHS[2]} ${year}` : `${THAI_MONTHS[8]} ${year}`,
  };
}

/** What every section of the follow-up shares. */
interface FollowupContext {
  data: TrackingData;
  /** Digits for running text and for tables. */
  d: (t: string) => string;
  dt: (t: string) => string;
  year: number;
  full: string;
  item: ReturnType<typeof followupItem>;
  overview: ReturnType<typeof trackOverview>;
  months: { from: string; to: string };
}

export function composeFollowup(data: TrackingData, options: FollowupOptions): ReportDocument {
  const mode = options.digits;
  const year = data.measuresYear;
  const c: FollowupContext = {
    data,
    d: (t) => applyDigits(t, mode, "text"),
    dt: (t) => applyDigits(t, mode, "table"),
    year,
    full: agencyFullName(data.agency),
    item: followupItem(year),
    overview: trackOverview(data.measures),
    months: roundMonths(year, data.round),
  };
  const names = followupSheetNames(year);
  const title =
    `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
    `ประจำปีงบประมาณ พ.ศ. ${year}`;
  const doc = new DocumentBuilder(officialDocument(year, c.d(title), mode));
  const a = doc.part("followup", { role: "followup", name: names.report });
  writeTitle(a, c, title);
  writeBackground(a, c);
  writeOverview(a, c);
  writeMoves(a, c);
  // ๓ on its own landscape part (seven columns); ๔ onwards back on the text sheet, portrait again.
  const b = doc.part(
    "followup-results",
    { role: "followupResults", name: names.results },
    { orientation: "landscape" }
  );
  writeResults(b, c);
  const e = doc.part("followup-end", { role: "followup", name: names.report });
  e.heading(c.d("๔. ปัญหา อุปสรรค และข้อเสนอแนะ"), 1);
  problemsAndSuggestions(e, data, c.d);
  writeApproval(e, c);
  writeEvidence(e, c);
  return doc.build();
}

/** Title, the round, the agency and the item the report serves. */
function writeTitle(a: PartBuilder, c: FollowupContext, title: string): void {
  const { d, data, months, item } = c;
  a.title(d(title), 1);
  if (data.round === 6) a.title(d(`(รอบ ๖ เดือน: ${months.from} - ${months.to})`), 2);
  a.title(c.full, 2);
  a.paragraph(
    d(
      item
        ? `จัดทำตามข้อ ${item.code} ${item.name} ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${item.itaYear}`
        : `จัดทำเป็นหลักฐานตามข้อ ...... ของการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ...... ` +
            `(ระบุข้อตามรายการของปีนั้น)`
    ),
    { align: "center", firstLine: false }
  );
}

/** ๑ ความเป็นมา: the last result, the measures and where they were published, this report's period. */
function writeBackground(a: PartBuilder, c: FollowupContext): void {
  const { d, data, months, year, full, overview } = c;
  a.heading(d("๑. ความเป็นมา"), 1);
  const last = data.lastResult;
  const lastText = last
    ? `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ ` +
      `พ.ศ. ${last.fiscalYear} ของ${full}` +
      (last.total !== null ? ` ได้คะแนนรวม ${format2(last.total)} คะแนน` : "") +
      (last.level ? ` อยู่ในระดับ ${last.level}` : "") +
      ` หน่วยงานได้วิเคราะห์ผลการประเมินดังกล่าว`
    : `${full} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
      `ประจำปีงบประมาณ พ.ศ. ${year - 1}`;
  a.paragraph(
    d(
      `${lastText} และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ` +
        `ประจำปีงบประมาณ พ.ศ. ${year} จำนวน ${overview.total} มาตรการ` +
        (data.published ? ` ซึ่งเผยแพร่ไว้ที่ ` : "")
    ) +
      (data.published ?? "") +
      d(
        ` รายงานฉบับนี้สรุปผลการดำเนินการตามมาตรการดังกล่าว` +
          (data.round === 6 ? ` ในรอบ ๖ เดือน` : ` ในรอบ ๑๒ เดือน`) +
          ` ตั้งแต่เดือน${months.from} ถึงเดือน${months.to} ` +
          `เพื่อติดตามความก้าวหน้า ปรับปรุงการดำเนินงาน และเผยแพร่ต่อสาธารณะ`
      )
  );
}

/** ๒ สรุปผลภาพรวม: the table per status, the budget, what the figures say. */
function writeOverview(a: PartBuilder, c: FollowupContext): void {
  const { d, dt, data, overview } = c;
  a.heading(d("๒. สรุปผลภาพรวม"), 1);
  a.paragraph(d(`ผลการดำเนินการตามมาตรการทั้ง ${overview.total} มาตรการ จำแนกตามสถานะ ดังนี้`), {
    keepWithNext: true,
  });
  const row = (cells: string[], o: Partial<TableRow> = {}): TableRow => ({
    cells: cells.map((t, i) => ({ value: t, align: i === 0 ? "left" : "center" })),
    ...o,
  });
  a.table({
    columns: [3, 1, 1],
    size: TABLE_SIZE,
    // A list on the text sheet (one column), a table in the Word file.
    sheetAs: "list",
    header: [
      {
        cells: ["สถานะ", "จำนวน (มาตรการ)", "ร้อยละ"].map((t) => ({
          value: t,
          align: "center" as const,
          bold: true,
          fill: HEADER_FILL,
        })),
      },
    ],
    rows: [
      ...overview.byStatus.map((s) => row([s.status, dt(String(s.count)), dt(format2(s.percent))])),
      row(["รวม", dt(String(overview.total)), dt(overview.total ? "100.00" : "0.00")], {
        bold: true,
      }),
    ],
  });
  a.paragraph(
    d(
      overview.budget !== null && overview.budget > 0
        ? `งบประมาณที่ใช้ในการดำเนินการตามมาตรการทั้งสิ้น ${baht(overview.budget)} บาท`
        : `การดำเนินการตามมาตรการทั้งหมดไม่ใช้งบประมาณ`
    )
  );
  a.paragraph(d(overviewSentences(data, overview)));
}

/** When the next ITA result is known: how the indicators each measure targeted moved. */
function writeMoves(a: PartBuilder, c: FollowupContext): void {
  const { d, dt, data, year } = c;
  const last = data.lastResult;
  const moves = movesOf(data);
  if (data.newResult && moves.length) {
    const nr = data.newResult;
    a.heading(d(`ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${nr.fiscalYear}`), 2);
    const totals =
      nr.total !== null && last?.total !== null && last?.total !== undefined
        ? ` ได้คะแนนรวม ${format2(nr.total)} คะแนน${nr.level ? ` ระดับ ${nr.level}` : ""} ` +
          `เทียบกับ ${format2(last.total)} คะแนนในปีงบประมาณ พ.ศ. ${last.fiscalYear}`
        : "";
    const up = moves.flatMap((m) => m.moves).filter((x) => x.change > 0).length;
    const all = moves.flatMap((m) => m.moves).length;
    a.paragraph(
      d(
        `ผลการประเมินประจำปีงบประมาณ พ.ศ. ${nr.fiscalYear}${totals} ` +
          `ตัวชี้วัดที่มาตรการมุ่งพัฒนามีคะแนนเพิ่มขึ้น ${up} จาก ${all} ตัวชี้วัด ดังนี้`
      ),
      { keepWithNext: true }
    );
    a.table({
      columns: [4, 1, 1, 1, 1],
      size: TABLE_SIZE,
      sheetAs: "list",
      header: [
        {
          cells: [
            "มาตรการ",
            "ตัวชี้วัดที่",
            `ปี ${last?.fiscalYear ?? year - 1}`,
            `ปี ${nr.fiscalYear}`,
            "เปลี่ยนแปลง",
          ].map((t) => ({ value: dt(t), align: "center" as const, bold: true, fill: HEADER_FILL })),
        },
      ],
      rows: moves.flatMap((m) =>
        m.moves.map((x) => ({
          cells: [
            { value: dt(`${m.measure + 1}. `) + oneLine(data.measures[m.measure].title) },
            { value: dt(x.id), align: "center" as const },
            { value: dt(format2(x.from)), align: "center" as const },
            { value: dt(format2(x.to)), align: "center" as const },
            {
              value: dt(`${x.change > 0 ? "+" : ""}${format2(x.change)}`),
              align: "center" as const,
            },
          ],
        }))
      ),
    });
  }
}

/** ๓ ผลการดำเนินการรายมาตรการ: one row per measure, its evidence by number. */
function writeResults(b: PartBuilder, c: FollowupContext): void {
  const { d, dt, data } = c;
  b.heading(d("๓. ผลการดำเนินการรายมาตรการ"), 1);
  const links = evidenceNumbers(data.measures);
  b.table({
    columns: [0.5, 4, 4, 2, 3.5, 2, 1.5],
    size: TABLE_SIZE,
    header: [
      {
        cells: ["ที่", "มาตรการ", "การดำเนินการ", "ผู้รับผิดชอบ", "ผลเทียบเป้าหมาย", "สถานะ", "หลักฐาน"].map(
          (t) => ({ value: t, align: "center" as const, bold: true, fill: HEADER_FILL })
        ),
      },
    ],
    rows: data.measures.map((m, i) => ({
      cells: [
        { value: dt(String(i + 1)), align: "center" as const },
        { value: oneLine(m.title) },
        { value: cellLines(m.actions) },
        { value: oneLine(m.responsible) || "-" },
        { value: resultText(m, dt) },
        { value: m.status ?? "ยังไม่ได้ดำเนินการ (ไม่ได้ระบุ)" },
        {
          value: links[i].length ? dt(links[i].map((n) => `[${n}]`).join(" ")) : "-",
          align: "center" as const,
        },
      ],
    })),
  });
}

/** The approval block: the reporter, then the head (ทราบ / เห็นชอบ). */
function writeApproval(e: PartBuilder, c: FollowupContext): void {
  const head = headTitle(c.data.agency);
  e.signature([
    "ผู้รายงาน",
    "ลงชื่อ ..........................................",
    "(..........................................)",
    "ตำแหน่ง ......................................",
    c.d(dateLine(c.data.date)),
  ]);
  e.signature([
    "[  ] ทราบ   [  ] เห็นชอบ",
    "ลงชื่อ ..........................................",
    "(..........................................)",
    head ? `ตำแหน่ง ${head}` : "ตำแหน่ง ......................................",
    "วันที่ ....... เดือน .................. พ.ศ. ........",
  ]);
}

/** The evidence links, numbered as the table of ๓ refers to them. */
function writeEvidence(e: PartBuilder, c: FollowupContext): void {
  const all = c.data.measures.flatMap((m, i) => m.evidence.map((url) => ({ url, measure: i + 1 })));
  if (!all.length) return;
  e.heading("หลักฐานประกอบ", 2);
  e.list(
    all.map((x, i) => [{ text: c.dt(`[${i + 1}] มาตรการที่ ${x.measure}: `) }, { text: x.url }])
  );
}

/** A typed text as one line (paragraphs and list items hold no line break). */
function oneLine(t: string): string {
  return t
    .split(/\s*\n\s*/)
    .filter(Boolean)
    .join(" ");
}

/** A typed text as a table cell: one item per line the officer typed (a break only between items). */
function cellLines(t: string): string | string[] {
  const lines = t.split(/\s*\n\s*/).filter(Boolean);
  return lines.length > 1 ? lines : (lines[0] ?? "-");
}

/** For each measure, the numbers of its evidence links in the numbered list (in order, from 1). */
function evidenceNumbers(measures: TrackedMeasure[]): number[][] {
  let n = 0;
  return measures.map((m) => m.evidence.map(() => ++n));
}

function resultText(m: TrackedMeasure, dt: (t: string) => string): string {
  const parts: string[] = [];
  if (m.result) parts.push(oneLine(m.result));
  if (m.target) parts.push(`(เป้าหมาย: ${oneLine(m.target)})`);
  if (m.percent !== null) parts.push(dt(`สำเร็จร้อยละ ${format2(m.percent)}`));
  if (m.budget !== null && m.budget > 0) parts.push(dt(`งบประมาณ ${baht(m.budget)} บาท`));
  return parts.join(" ") || "-";
}

/** Two or three sentences drawn from the overview, for the round. */
function overviewSentences(data: TrackingData, o: ReturnType<typeof trackOverview>): string {
  const [done, doing, notYet] = o.byStatus;
  if (!o.total) return "ยังไม่มีมาตรการในตารางติดตาม";
  const out: string[] = [];
  out.push(
    `ดำเนินการแล้วเสร็จ ${done.count} จาก ${o.total} มาตรการ คิดเป็นร้อยละ ${format2(done.percent)}` +
      (doing.count ? ` อยู่ระหว่างดำเนินการ ${doing.count} มาตรการ` : "") +
      (notYet.count ? ` และยังไม่ได้ดำเนินการ ${notYet.count} มาตรการ` : "")
  );
  if (o.unfilled)
    out.push(`ในจำนวนนี้มี ${o.unfilled} มาตรการที่ยังไม่ได้ระบุสถานะ จึงนับเป็นมาตรการที่ยังไม่ได้ดำเนินการ`);
  if (done.count === o.total) out.push("ทุกมาตรการดำเนินการแล้วเสร็จตามที่กำหนด");
  else if (data.round === 6)
    out.push(
      `มาตรการที่ยังไม่แล้วเสร็จจะดำเนินการต่อในครึ่งปีหลัง และรายงานผลในรอบ ๑๒ เดือน ` +
        `ภายในเดือนกันยายน ${data.measuresYear}`
    );
  else
    out.push(
      `มาตรการที่ยังไม่แล้วเสร็จจะนำไปพิจารณากำหนดเป็นมาตรการของปีงบประมาณ พ.ศ. ${data.measuresYear + 1}`
    );
  if (o.meanPercent !== null)
    out.push(`ความสำเร็จเฉลี่ยของมาตรการที่ระบุร้อยละไว้เท่ากับร้อยละ ${format2(o.meanPercent)}`);
  return out.join(" ");
}

function problemsAndSuggestions(
  b: PartBuilder,
  data: TrackingData,
  d: (t: string) => string
): void {
  const problems = data.measures.map((m, i) => ({ i, t: m.problems })).filter((x) => x.t);
  const suggestions = data.measures.map((m, i) => ({ i, t: m.suggestions })).filter((x) => x.t);
  b.heading(d("๔.๑ ปัญหาและอุปสรรค"), 2);
  if (problems.length)
    b.list(
      problems.map((x) => [{ text: d(`มาตรการที่ ${x.i + 1}: `) }, { text: oneLine(x.t) }]),
      {
        indent: 1,
      }
    );
  else b.paragraph("ไม่มี", { indent: 1 });
  b.heading(d("๔.๒ ข้อเสนอแนะ"), 2);
  if (suggestions.length)
    b.list(
      suggestions.map((x) => [{ text: d(`มาตรการที่ ${x.i + 1}: `) }, { text: oneLine(x.t) }]),
      {
        indent: 1,
      }
    );
  else b.paragraph("ไม่มี", { indent: 1 });
  const unfinished = data.measures.filter((m) => m.status !== "ดำเนินการแล้วเสร็จ").length;
  const next = data.measuresYear + 1;
  b.heading(d("๔.๓ แนวทางในปีงบประมาณถัดไป"), 2);
  b.paragraph(
    d(
      data.round === 6
        ? `ดำเนินการตามมาตรการที่ยังไม่แล้วเสร็จให้ครบภายในปีงบประมาณ พ.ศ. ${data.measuresYear} ` +
            `และนำปัญหาที่พบในรอบนี้ไปปรับวิธีการดำเนินงานในครึ่งปีหลัง`
        : (unfinished
            ? `นำมาตรการที่ยังไม่แล้วเสร็จ ${unfinished} มาตรการไปดำเนินการต่อ `
            : `รักษาการดำเนินการตามมาตรการที่แล้วเสร็จให้ต่อเนื่อง `) +
            `และใช้ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${data.measuresYear} ` +
            `ประกอบการกำหนดมาตรการของปีงบประมาณ พ.ศ. ${next}`
    )
  );
}

/** "วันที่ ๓๐ เดือนกันยายน พ.ศ. ๒๕๖๓", or a line to fill when the report has no date. */
function dateLine(iso: string | undefined): string {
  const w = thaiMonthYear(iso);
  if (!w) return "วันที่ ....... เดือน .................. พ.ศ. ........";
  return `วันที่ ${w.day} เดือน${w.month} พ.ศ. ${w.yearBE}`;
}
