/**
 * The second half of the ITA cycle: tracking the measures and reporting on carrying them out (O43 of
 * ITA 2563-2566, O26 of ITA 2569). Pure: the tracking rows as typed (in the tracking sheet or in a JSON
 * file) -> checked measures, or problems naming each cell or key, in Thai and English; the figures of the
 * follow-up report's overview (counts and shares per status, budget used).
 */
import { message } from "./message";
import type { AgencyDetails, IndicatorId, Message } from "./types";
import { isEmptyValue, numberFromText, shownText, textProblem, unwrapCellValue } from "./parse";
import { fromThaiDigits } from "./thai";

/** The statuses agencies use in their trackers, in the order the report counts them. */
export const TRACK_STATUSES = ["ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ"] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

/** English names of the statuses, for the English messages and the command line's JSON. */
export const TRACK_STATUS_EN: Record<TrackStatus, string> = {
  ดำเนินการแล้วเสร็จ: "completed",
  อยู่ระหว่างดำเนินการ: "in progress",
  ยังไม่ได้ดำเนินการ: "not started",
};

/** A six-month round (October to March) or the twelve-month one (the whole fiscal year). */
export type TrackRound = 6 | 12;

/** The tracking table's columns, in order, with their header texts (the sheet's and the JSON's keys). */
export const TRACK_COLUMNS = [
  { key: "title", th: "มาตรการ", en: "measure" },
  { key: "responsible", th: "ผู้รับผิดชอบ", en: "responsible unit" },
  { key: "target", th: "เป้าหมาย/ตัวชี้วัดความสำเร็จ", en: "target / success indicator" },
  { key: "status", th: "สถานะ", en: "status" },
  { key: "actions", th: "การดำเนินการ", en: "what was done, when" },
  { key: "result", th: "ผลการดำเนินการ", en: "result against the target" },
  { key: "percent", th: "ร้อยละความสำเร็จ", en: "percent achieved" },
  { key: "budget", th: "งบประมาณที่ใช้", en: "budget used" },
  { key: "evidence", th: "หลักฐาน", en: "evidence (links)" },
  { key: "problems", th: "ปัญหาอุปสรรค", en: "problems" },
  { key: "suggestions", th: "ข้อเสนอแนะ", en: "suggestions" },
] as const;
export type TrackColumnKey = (typeof TRACK_COLUMNS)[number]["key"];

/** One value as typed, with where it came from: a cell ("Sheet!B5") or a JSON key ("measures[0].status"). */
export interface TrackValue {
  value: unknown;
  cell?: string;
}

/** One row of the tracking table as typed. */
export type RawTrackRow = Partial<Record<TrackColumnKey, TrackValue>>;

export interface TrackedMeasure {
  title: string;
  responsible: string;
  target: string;
  /** null: not filled in yet (counted as not started, with a warning). */
  status: TrackStatus | null;
  actions: string;
  result: string;
  /** 0-100, or null when not given. */
  percent: number | null;
  /** Baht, or null when not given. */
  budget: number | null;
  /** http(s) links. */
  evidence: string[];
  problems: string;
  suggestions: string;
  /** The indicators the measure was written for ("(ตัวชี้วัดที่ ๙ ...)" in its title), if any. */
  indicators: IndicatorId[];
  /** Where the title came from, for messages. */
  cell?: string;
}

/** The last ITA result the measures came from. */
export interface TrackResult {
  fiscalYear: number;
  total: number | null;
  level: string | null;
  /** Indicator scores by id (main indicators), when known: to say how they moved. */
  indicators?: Record<IndicatorId, number>;
}

/** Everything the follow-up report is made from. */
export interface TrackingData {
  /** Buddhist-era fiscal year the measures are for (the analysis of measuresYear - 1 wrote them). */
  measuresYear: number;
  round: TrackRound;
  /** ISO date (yyyy-mm-dd) of the follow-up report; a dotted line when absent. */
  date?: string;
  agency: AgencyDetails;
  /** The ITA result of measuresYear - 1, when known. */
  lastResult?: TrackResult;
  /** Where the measures were published (a link or a text), when given. */
  published?: string;
  measures: TrackedMeasure[];
  /** The ITA result of measuresYear itself, when already known: how the targeted indicators moved. */
  newResult?: TrackResult;
}

/** Per status: how many measures, and their share of all (percent, two decimals, summing to 100). */
export interface TrackOverview {
  total: number;
  byStatus: Array<{ status: TrackStatus; count: number; percent: number }>;
  /** Sum of the budgets given, or null when no measure gives one ("ไม่ใช้งบประมาณ"). */
  budget: number | null;
  /** Measures whose status is not filled in (counted as not started). */
  unfilled: number;
  /** Mean of the percentages given, or null. */
  meanPercent: number | null;
}

const WHAT: Record<TrackColumnKey, { th: string; en: string }> = Object.fromEntries(
  TRACK_COLUMNS.map((c) => [c.key, { th: c.th, en: c.en }])
) as Record<TrackColumnKey, { th: string; en: string }>;

/** Longest text one tracking cell may hold (Excel's cell limit is 32,767). */
export const TRACK_TEXT_MAX = 4000;
/** At most this many measures are tracked (the measures table has 6-10; officers add some). */
export const MAX_TRACKED = 200;

function text(v: TrackValue | undefined): string {
  if (!v || isEmptyValue(v.value)) return "";
  const u = unwrapCellValue(v.value);
  if (u instanceof Date) return u.toISOString().slice(0, 10);
  return String(u).trim();
}

/** A status as typed -> one of TRACK_STATUSES; spaces and zero-width characters are ignored. */
export function statusOf(typed: string): TrackStatus | null {
  const t = typed.replace(/[\s\u200b-\u200d\ufeff]+/g, "");
  return TRACK_STATUSES.find((s) => s === t) ?? null;
}

/** "ตัวชี้วัดที่ ๙" / "ตัวชี้วัดที่ 10" in a measure's title -> the indicator ids, in order, once each. */
export function indicatorsInTitle(title: string): IndicatorId[] {
  const out: IndicatorId[] = [];
  for (const m of fromThaiDigits(title).matchAll(/ตัวชี้วัดที่\s*(\d{1,2})(?!\.\d)/g)) {
    const id = String(Number(m[1]));
    if (Number(id) >= 1 && Number(id) <= 10 && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Links in a cell: separated by spaces, new lines or commas; each must be http(s). */
function linksOf(v: TrackValue | undefined, problems: Message[]): string[] {
  const t = text(v);
  if (!t) return [];
  const out: string[] = [];
  for (const part of t.split(/[\s,]+/).filter(Boolean)) {
    if (/^https?:\/\/[^\s<>"]+$/i.test(part)) out.push(part);
    else {
      problems.push(
        message(
          "link-invalid",
          `"${shownText(part)}" ไม่ใช่ลิงก์ที่ขึ้นต้นด้วย http:// หรือ https:// ใส่ลิงก์ของหลักฐานทีละลิงก์ คั่นด้วยการขึ้นบรรทัดใหม่`,
          `"${shownText(part)}" is not a link starting with http:// or https://: give each evidence link on its own line`,
          v?.cell
        )
      );
      break;
    }
  }
  return out;
}

function numberOf(
  v: TrackValue | undefined,
  key: "percent" | "budget",
  problems: Message[]
): number | null {
  if (!v || isEmptyValue(v.value)) return null;
  const u = unwrapCellValue(v.value);
  let n: number | null = null;
  if (typeof u === "number") n = Number.isFinite(u) ? u : null;
  else if (typeof u === "string") {
    const parsed = numberFromText(key === "budget" ? u.replace(/\s*บาท\s*$/, "") : u);
    n = parsed && Number.isFinite(parsed.value) ? parsed.value : null;
  }
  const what = WHAT[key];
  if (n === null) {
    problems.push(
      message(
        "not-number",
        `${what.th} "${shownText(String(u))}" ไม่ใช่ตัวเลข`,
        `The ${what.en} "${shownText(String(u))}" is not a number`,
        v.cell
      )
    );
    return null;
  }
  if (key === "percent" && (n < 0 || n > 100)) {
    problems.push(
      message(
        "out-of-range",
        `ร้อยละความสำเร็จต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ (พบ ${n})`,
        `The percent achieved must be between 0 and 100 (found ${n})`,
        v.cell
      )
    );
    return null;
  }
  if (key === "budget" && n < 0) {
    problems.push(
      message(
        "out-of-range",
        `งบประมาณที่ใช้ต้องไม่ติดลบ (พบ ${n})`,
        `The budget used cannot be negative (found ${n})`,
        v.cell
      )
    );
    return null;
  }
  return n;
}

/**
 * The tracking rows as typed -> the measures, or problems naming each cell. A row with nothing in it is
 * skipped; a row with something but no measure's title is refused, as is a status outside
 * TRACK_STATUSES, a percentage outside 0-100, a budget that is not a number or is negative, and a link
 * that is not http(s). An empty status is a warning (counted as not started).
 */
export function parseTrackRows(rows: RawTrackRow[]): {
  measures: TrackedMeasure[];
  problems: Message[];
  warnings: Message[];
} {
  const measures: TrackedMeasure[] = [];
  const problems: Message[] = [];
  const warnings: Message[] = [];
  for (const row of rows) {
    const texts = Object.fromEntries(TRACK_COLUMNS.map((c) => [c.key, text(row[c.key])])) as Record<
      TrackColumnKey,
      string
    >;
    if (TRACK_COLUMNS.every((c) => texts[c.key] === "")) continue;
    const titleCell = row.title?.cell ?? firstCell(row);
    if (!texts.title) {
      problems.push(
        message(
          "measure-title-missing",
          "แถวนี้มีข้อมูลแต่ไม่มีชื่อมาตรการ ใส่ชื่อมาตรการ หรือลบข้อมูลในแถวนี้",
          "This row has data but no measure: type the measure's title, or clear the row",
          titleCell
        )
      );
      continue;
    }
    for (const c of TRACK_COLUMNS) {
      if (c.key === "percent" || c.key === "budget") continue;
      const p = textProblem(texts[c.key], row[c.key]?.cell, WHAT[c.key], TRACK_TEXT_MAX);
      if (p) problems.push(p);
    }
    let status: TrackStatus | null = null;
    if (texts.status) {
      status = statusOf(texts.status);
      if (!status)
        problems.push(
          message(
            "status-invalid",
            `สถานะ "${shownText(texts.status)}" ไม่อยู่ในรายการ เลือก ${TRACK_STATUSES.join(" / ")}`,
            `The status "${shownText(texts.status)}" is not one of the list: choose ${TRACK_STATUSES.map((s) => `${s} (${TRACK_STATUS_EN[s]})`).join(", ")}`,
            row.status?.cell
          )
        );
    } else {
      warnings.push(
        message(
          "status-empty",
          `มาตรการ "${shownText(texts.title)}" ยังไม่ได้ระบุสถานะ: นับเป็น "ยังไม่ได้ดำเนินการ"`,
          `The measure "${shownText(texts.title)}" has no status: counted as not started`,
          row.status?.cell ?? titleCell
        )
      );
    }
    const percent = numberOf(row.percent, "percent", problems);
    const budget = numberOf(row.budget, "budget", problems);
    const evidence = linksOf(row.evidence, problems);
    const m: TrackedMeasure = {
      title: texts.title,
      responsible: texts.responsible,
      target: texts.target,
      status,
      actions: texts.actions,
      result: texts.result,
      percent,
      budget,
      evidence,
      problems: texts.problems,
      suggestions: texts.suggestions,
      indicators: indicatorsInTitle(texts.title),
    };
    if (titleCell) m.cell = titleCell;
    measures.push(m);
  }
  if (measures.length > MAX_TRACKED)
    problems.push(
      message(
        "too-many-measures",
        `มีมาตรการ ${measures.length} รายการ เกินกว่าที่รองรับ (${MAX_TRACKED})`,
        `${measures.length} measures: more than the ${MAX_TRACKED} supported`
      )
    );
  return { measures, problems, warnings };
}

function firstCell(row: RawTrackRow): string | undefined {
  for (const c of TRACK_COLUMNS) if (row[c.key]?.cell) return row[c.key]?.cell;
  return undefined;
}

/** Counts and shares per status (largest-remainder rounding, so the shares add up to 100.00). */
export function trackOverview(measures: TrackedMeasure[]): TrackOverview {
  const total = measures.length;
  const counts = TRACK_STATUSES.map(
    (s) => measures.filter((m) => (m.status ?? "ยังไม่ได้ดำเนินการ") === s).length
  );
  // Shares in hundredths of a percent, rounded down, then the remainder given to the largest fractions.
  const exact = counts.map((c) => (total ? (c * 10000) / total : 0));
  const floor = exact.map(Math.floor);
  let left = total ? 10000 - floor.reduce((a, b) => a + b, 0) : 0;
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floor[i] += 1;
    left -= 1;
  }
  const budgets = measures.map((m) => m.budget).filter((b): b is number => b !== null);
  const percents = measures.map((m) => m.percent).filter((p): p is number => p !== null);
  return {
    total,
    byStatus: TRACK_STATUSES.map((status, i) => ({
      status,
      count: counts[i],
      percent: floor[i] / 100,
    })),
    budget: budgets.length ? Math.round(budgets.reduce((a, b) => a + b, 0) * 100) / 100 : null,
    unfilled: measures.filter((m) => m.status === null).length,
    meanPercent: percents.length
      ? Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 100) / 100
      : null,
  };
}

/** The ITA item a follow-up report serves, by the fiscal year of its measures; null where not known. */
export interface FollowupItem {
  code: string;
  /** The ITA year whose list has the item (Buddhist era). */
  itaYear: number;
  name: string;
  /** The fiscal year the report covers. */
  covers: number;
}

/**
 * Which item a report on carrying out the measures of `measuresYear` serves. ITA 2563-2566: O43 of the
 * same year's ITA (progress in the current fiscal year). ITA 2569: O26, a full-year report on FY2568. The
 * lists of ITA 2567-2568 have no verified item for general agencies, and later lists are not known: null,
 * and the report leaves "ข้อ ......" for the officer to fill, never a guess.
 */
export function followupItem(measuresYear: number): FollowupItem | null {
  if (measuresYear >= 2563 && measuresYear <= 2566)
    return {
      code: "O43",
      itaYear: measuresYear,
      name: "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      covers: measuresYear,
    };
  if (measuresYear === 2568)
    return {
      code: "O26",
      itaYear: 2569,
      name: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      covers: 2568,
    };
  return null;
}

/** How one targeted indicator moved from the last ITA result to the new one. */
export interface IndicatorMove {
  id: IndicatorId;
  from: number;
  to: number;
  /** to - from, two decimals. */
  change: number;
}

/**
 * For each measure, how the indicators it was written for moved between the two results (only those
 * both results give). Empty when either result has no indicator scores.
 */
export function movesOf(data: TrackingData): Array<{ measure: number; moves: IndicatorMove[] }> {
  const a = data.lastResult?.indicators;
  const b = data.newResult?.indicators;
  if (!a || !b) return [];
  return data.measures
    .map((m, measure) => ({
      measure,
      moves: m.indicators
        .filter((id) => typeof a[id] === "number" && typeof b[id] === "number")
        .map((id) => ({
          id,
          from: a[id],
          to: b[id],
          change: Math.round((b[id] - a[id]) * 100) / 100,
        })),
    }))
    .filter((x) => x.moves.length);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

const YEAR_MIN = 2562;
const YEAR_MAX = 2580;

function yearOf(v: unknown, key: string, problems: Message[]): number | undefined {
  const n = typeof v === "string" ? Number(fromThaiDigits(v.trim())) : v;
  if (typeof n === "number" && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX) return n;
  problems.push(
    message(
      "year-invalid",
      `ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง ${YEAR_MIN} ถึง ${YEAR_MAX}`,
      `the fiscal year must be a Buddhist-era year from ${YEAR_MIN} to ${YEAR_MAX}`,
      key
    )
  );
  return undefined;
}

/** A result object { fiscalYear, total, level, indicators } from JSON. */
function resultOf(v: unknown, key: string, problems: Message[]): TrackResult | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) {
    problems.push(
      message(
        "result-shape",
        "ผลการประเมินต้องเป็นออบเจกต์ที่มี fiscalYear, total, level, indicators",
        "a result must be an object with fiscalYear, total, level, indicators",
        key
      )
    );
    return undefined;
  }
  const fiscalYear = yearOf(v.fiscalYear ?? v.year, `${key}.fiscalYear`, problems);
  const score = (x: unknown, k: string): number | null => {
    if (x === undefined || x === null || x === "") return null;
    const parsed =
      typeof x === "number" ? { value: x } : typeof x === "string" ? numberFromText(x) : null;
    if (!parsed || !Number.isFinite(parsed.value) || parsed.value < 0 || parsed.value > 100) {
      problems.push(
        message(
          "out-of-range",
          "คะแนนต้องเป็นตัวเลข ๐ ถึง ๑๐๐",
          "a score must be a number from 0 to 100",
          k
        )
      );
      return null;
    }
    return parsed.value;
  };
  const total = score(v.total, `${key}.total`);
  const level = typeof v.level === "string" && v.level.trim() ? v.level.trim() : null;
  let indicators: Record<IndicatorId, number> | undefined;
  if (isObject(v.indicators)) {
    indicators = {};
    for (const [id, x] of Object.entries(v.indicators)) {
      const s = score(x, `${key}.indicators.${id}`);
      if (s !== null) indicators[id] = s;
    }
  }
  if (fiscalYear === undefined) return undefined;
  const out: TrackResult = { fiscalYear, total, level };
  if (indicators) out.indicators = indicators;
  return out;
}

/**
 * The follow-up's JSON form (docs/input.md): { measuresYear, round, date, agency, lastResult, published,
 * measures: [{ title, responsible, target, status, actions, result, percent, budget, evidence, problems,
 * suggestions }], newResult }. `agencyOf` reads the agency as the score input's reader does.
 */
export function trackingFromJson(
  obj: unknown,
  agencyOf: (v: unknown, key: string) => { agency?: AgencyDetails; problems: Message[] }
): { data?: TrackingData; problems: Message[]; warnings: Message[] } {
  const problems: Message[] = [];
  if (!isObject(obj)) {
    problems.push(
      message(
        "json-shape",
        "ไฟล์ต้องเป็นออบเจกต์ JSON ที่มี measuresYear, agency และ measures",
        "the file must be a JSON object with measuresYear, agency and measures"
      )
    );
    return { problems, warnings: [] };
  }
  const measuresYear = yearOf(obj.measuresYear ?? obj.fiscalYear, "measuresYear", problems);
  let round: TrackRound = 12;
  if (obj.round !== undefined) {
    const r = typeof obj.round === "string" ? Number(fromThaiDigits(obj.round.trim())) : obj.round;
    if (r === 6 || r === 12) round = r;
    else
      problems.push(
        message(
          "round-invalid",
          "รอบการรายงานต้องเป็น 6 หรือ 12 (เดือน)",
          "round must be 6 or 12 (months)",
          "round"
        )
      );
  }
  let date: string | undefined;
  if (obj.date !== undefined && obj.date !== null && obj.date !== "") {
    if (typeof obj.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(obj.date.trim()))
      date = obj.date.trim();
    else
      problems.push(
        message(
          "date-invalid",
          "วันที่รายงานต้องอยู่ในรูป ปปปป-ดด-วว ของปี ค.ศ. เช่น 2020-09-30",
          "date must be yyyy-mm-dd (Gregorian), e.g. 2020-09-30",
          "date"
        )
      );
  }
  const a = agencyOf(obj.agency, "agency");
  problems.push(...a.problems);
  if (!a.agency && !a.problems.length)
    problems.push(message("agency-name", "ไม่มีชื่อหน่วยงาน", "the agency name is missing", "agency"));
  const lastResult = resultOf(obj.lastResult, "lastResult", problems);
  const newResult = resultOf(obj.newResult, "newResult", problems);
  let published: string | undefined;
  if (typeof obj.published === "string" && obj.published.trim()) {
    const p = textProblem(obj.published, "published", {
      th: "ที่เผยแพร่มาตรการ",
      en: "where published",
    });
    if (p) problems.push(p);
    else published = obj.published.trim();
  }
  const rows: RawTrackRow[] = [];
  if (obj.measures !== undefined && !Array.isArray(obj.measures))
    problems.push(
      message("measures-shape", "measures ต้องเป็นอาร์เรย์", "measures must be an array", "measures")
    );
  else
    (obj.measures ?? []).forEach((m: unknown, i: number) => {
      const key = `measures[${i}]`;
      if (typeof m === "string") {
        rows.push({ title: { value: m, cell: `${key}` } });
        return;
      }
      if (!isObject(m)) {
        problems.push(
          message("measure-shape", "มาตรการต้องเป็นออบเจกต์", "a measure must be an object", key)
        );
        return;
      }
      const row: RawTrackRow = {};
      for (const c of TRACK_COLUMNS) {
        let v = m[c.key];
        if (v === undefined) continue;
        if (c.key === "evidence" && Array.isArray(v)) v = v.map(String).join("\n");
        if (v !== null && typeof v === "object") {
          problems.push(
            message(
              "measure-field",
              `${c.key} ต้องเป็นข้อความหรือตัวเลข`,
              `${c.key} must be text or a number`,
              `${key}.${c.key}`
            )
          );
          continue;
        }
        row[c.key] = { value: v, cell: `${key}.${c.key}` };
      }
      rows.push(row);
    });
  const parsed = parseTrackRows(rows);
  problems.push(...parsed.problems);
  if (problems.length || measuresYear === undefined || !a.agency)
    return { problems, warnings: parsed.warnings };
  const data: TrackingData = { measuresYear, round, agency: a.agency, measures: parsed.measures };
  if (date) data.date = date;
  if (lastResult) data.lastResult = lastResult;
  if (newResult) data.newResult = newResult;
  if (published) data.published = published;
  return { data, problems, warnings: parsed.warnings };
}
