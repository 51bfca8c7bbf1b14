/**
 * Framework profiles, one per Buddhist-era fiscal year: data, not code. A new NACC year is a new entry in
 * PROFILE_DATA (or a change to one), never a new branch in the engine.
 *
 * Sources: ../shared/ita-framework.md. Values marked "configurable" there (sub-indicator names, the
 * five-level thresholds, the OIT item that carries the analysis) live here so a correction is one edit.
 *
 * Decisions recorded here:
 * - analysisItem is keyed by the year the report is published (FY N -> ITA N+1): FY2562-2565 -> O42 (and
 *   O43 for carrying the measures out) of ITA 2563-2566; FY2566-2567 -> sub-indicator 10.2 of ITA
 *   2567-2568 (NACC's O-number for general agencies not verified: the sub-indicator is named);
 *   FY2568 -> O25 (and O26) of ITA 2569. FY2569 (provisional): the item list of ITA 2570 is not known,
 *   so its items have no code (the report leaves "ข้อ ......" to fill in); its level is computed by the
 *   rules of the latest confirmed year (latestConfirmedYearBefore), and the report says so.
 * - policy: the national plan section ๑ is framed by (strategy phase 3 to FY2564, the master plan from
 *   FY2565, the action plan phase 2 from FY2566).
 * - getProfile accepts a Christian-era year 2019-2026 and converts it (+543). The parser does the same
 *   conversion with a warning, so the user sees it; getProfile itself stays quiet.
 */
import type {
  FrameworkProfile,
  IndicatorDef,
  LevelRule,
  OitItem,
  ToolDef,
  IndicatorId,
} from "./types";

/** Buddhist-era fiscal years with a profile, oldest first. */
export const SUPPORTED_YEARS: readonly number[] = [2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569];

/** Years whose framework the NACC has not confirmed: computed with the previous formula and flagged. */
export const PROVISIONAL_YEARS: readonly number[] = [2569];

/** The ten indicators: the same in FY2562-FY2568 (FY2569 provisional: assumed unchanged). */
const MAIN: IndicatorDef[] = [
  { id: "1", tool: "IIT", nameTh: "การปฏิบัติหน้าที่", nameEn: "Performance of duties", variantsTh: [] },
  { id: "2", tool: "IIT", nameTh: "การใช้งบประมาณ", nameEn: "Use of budget", variantsTh: [] },
  { id: "3", tool: "IIT", nameTh: "การใช้อำนาจ", nameEn: "Use of authority", variantsTh: [] },
  {
    id: "4",
    tool: "IIT",
    nameTh: "การใช้ทรัพย์สินของราชการ",
    nameEn: "Use of government property",
    variantsTh: ["การใช้ทรัพย์สินของทางราชการ", "การใช้ทรัพย์สินราชการ"],
  },
  {
    id: "5",
    tool: "IIT",
    nameTh: "การแก้ไขปัญหาการทุจริต",
    nameEn: "Solving corruption problems",
    variantsTh: ["การแก้ปัญหาการทุจริต"],
  },
  {
    id: "6",
    tool: "EIT",
    nameTh: "คุณภาพการดำเนินงาน",
    nameEn: "Quality of operations",
    variantsTh: [],
  },
  {
    id: "7",
    tool: "EIT",
    nameTh: "ประสิทธิภาพการสื่อสาร",
    nameEn: "Communication effectiveness",
    variantsTh: [],
  },
  {
    id: "8",
    tool: "EIT",
    nameTh: "การปรับปรุงระบบการทำงาน",
    nameEn: "Improvement of work systems",
    variantsTh: ["การปรับปรุงการทำงาน"],
  },
  {
    id: "9",
    tool: "OIT",
    nameTh: "การเปิดเผยข้อมูล",
    nameEn: "Information disclosure",
    variantsTh: ["การเปิดเผยข้อมูลสาธารณะ"],
  },
  {
    id: "10",
    tool: "OIT",
    nameTh: "การป้องกันการทุจริต",
    nameEn: "Anti-corruption practice",
    variantsTh: [],
  },
];

interface SubNames {
  "9.2": [string, string];
  "9.3": [string, string];
  "10.2": [string, string];
}

const SUB_NAMES_2562: SubNames = {
  "9.2": ["การบริหารงาน", "Administration"],
  "9.3": ["การบริหารเงินงบประมาณ", "Budget management"],
  "10.2": ["มาตรการภายในเพื่อป้องกันการทุจริต", "Internal anti-corruption measures"],
};

const SUB_NAMES_2567: SubNames = {
  "9.2": ["การบริหารงานและการใช้จ่ายงบประมาณ", "Administration and budget spending"],
  "9.3": ["การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "Procurement"],
  "10.2": ["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Measures to promote integrity and transparency"],
};

function subIndicators(names: SubNames): IndicatorDef[] {
  const other = (names === SUB_NAMES_2562 ? SUB_NAMES_2567 : SUB_NAMES_2562) as SubNames;
  const variants = (key: keyof SubNames): string[] =>
    other[key][0] === names[key][0] ? [] : [other[key][0]];
  return [
    {
      id: "9.1",
      parent: "9",
      tool: "OIT",
      nameTh: "ข้อมูลพื้นฐาน",
      nameEn: "Basic information",
      variantsTh: [],
    },
    {
      id: "9.2",
      parent: "9",
      tool: "OIT",
      nameTh: names["9.2"][0],
      nameEn: names["9.2"][1],
      variantsTh: variants("9.2"),
    },
    {
      id: "9.3",
      parent: "9",
      tool: "OIT",
      nameTh: names["9.3"][0],
      nameEn: names["9.3"][1],
      variantsTh: variants("9.3"),
    },
    {
      id: "9.4",
      parent: "9",
      tool: "OIT",
      nameTh: "การบริหารและพัฒนาทรัพยากรบุคคล",
      nameEn: "Human resources",
      variantsTh: ["การบริหารทรัพยากรบุคคล"],
    },
    {
      id: "9.5",
      parent: "9",
      tool: "OIT",
      nameTh: "การส่งเสริมความโปร่งใส",
      nameEn: "Promoting transparency",
      variantsTh: [],
    },
    {
      id: "10.1",
      parent: "10",
      tool: "OIT",
      nameTh: "การดำเนินการเพื่อป้องกันการทุจริต",
      nameEn: "Anti-corruption actions",
      variantsTh: [],
    },
    {
      id: "10.2",
      parent: "10",
      tool: "OIT",
      nameTh: names["10.2"][0],
      nameEn: names["10.2"][1],
      variantsTh: variants("10.2"),
    },
  ];
}

const TOOLS: ToolDef[] = [
  {
    id: "IIT",
    nameTh: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    nameEn: "Internal Integrity and Transparency Assessment",
    indicators: ["1", "2", "3", "4", "5"],
    weight: 0.3,
  },
  {
    id: "EIT",
    nameTh: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    nameEn: "External Integrity and Transparency Assessment",
    indicators: ["6", "7", "8"],
    weight: 0.3,
  },
  {
    id: "OIT",
    nameTh: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ",
    nameEn: "Open Data Integrity and Transparency Assessment",
    indicators: ["9", "10"],
    weight: 0.4,
  },
];

/** Letters on the total, FY2562-FY2565. */
const LETTER_LEVELS: LevelRule[] = [
  { id: "AA", labelTh: "AA", labelEn: "AA", minTotal: 95 },
  { id: "A", labelTh: "A", labelEn: "A", minTotal: 85 },
  { id: "B", labelTh: "B", labelEn: "B", minTotal: 75 },
  { id: "C", labelTh: "C", labelEn: "C", minTotal: 65 },
  { id: "D", labelTh: "D", labelEn: "D", minTotal: 55 },
  { id: "E", labelTh: "E", labelEn: "E", minTotal: 50 },
  { id: "F", labelTh: "F", labelEn: "F", minTotal: 0 },
];

/** The five-level pass scale from FY2566 (NACC resolution of 8 June 2023). */
const PASS5_LEVELS: LevelRule[] = [
  {
    id: "excellent",
    labelTh: "ผ่านดีเยี่ยม",
    labelEn: "Pass with excellence",
    minTotal: 95,
    minEachTool: 95,
  },
  { id: "good", labelTh: "ผ่านดี", labelEn: "Pass, good", minTotal: 85, minEachTool: 85 },
  { id: "pass", labelTh: "ผ่าน", labelEn: "Pass", minTotal: 85 },
  { id: "improve", labelTh: "ต้องปรับปรุง", labelEn: "Needs improvement", minTotal: 70 },
  { id: "urgent", labelTh: "ต้องปรับปรุงโดยด่วน", labelEn: "Needs urgent improvement", minTotal: 0 },
];

const ITEM_O42: OitItem = {
  code: "O42",
  labelTh: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  labelEn: "Internal measures to promote integrity and transparency",
};
const ITEM_O43: OitItem = {
  code: "O43",
  labelTh: "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  labelEn: "Carrying out the internal measures to promote integrity and transparency",
};
const ITEM_10_2: OitItem = {
  code: "10.2",
  labelTh: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
  labelEn: "Measures to promote integrity and transparency",
};
const ITEM_O25: OitItem = {
  code: "O25",
  labelTh: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
  labelEn: "Using the ITA results to develop the organisation",
};
/**
 * An item of an ITA whose list is not known yet (the ITA 2570 that will carry the FY2569 report): no code,
 * so that the report leaves "ข้อ ......" to fill in rather than guess.
 */
const ITEM_UNKNOWN: OitItem = { code: "", labelTh: "", labelEn: "" };
const ITEM_O26: OitItem = {
  code: "O26",
  labelTh: "รายงานผลการนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
  labelEn: "Report on using the ITA results to develop the organisation",
};

interface YearData {
  scale: "letter" | "pass5";
  sub: SubNames;
  /** The items of ITA N+1 that carry the report of FY N and its implementation. */
  item: OitItem;
  implementation?: OitItem;
  policy: FrameworkProfile["policy"];
}

const PROFILE_DATA: Record<number, YearData> = {
  2562: {
    scale: "letter",
    sub: SUB_NAMES_2562,
    item: ITEM_O42,
    implementation: ITEM_O43,
    policy: "strategy3",
  },
  2563: {
    scale: "letter",
    sub: SUB_NAMES_2562,
    item: ITEM_O42,
    implementation: ITEM_O43,
    policy: "strategy3",
  },
  2564: {
    scale: "letter",
    sub: SUB_NAMES_2562,
    item: ITEM_O42,
    implementation: ITEM_O43,
    policy: "strategy3",
  },
  2565: {
    scale: "letter",
    sub: SUB_NAMES_2562,
    item: ITEM_O42,
    implementation: ITEM_O43,
    policy: "masterPlan",
  },
  2566: { scale: "pass5", sub: SUB_NAMES_2562, item: ITEM_10_2, policy: "actionPlan2" },
  2567: { scale: "pass5", sub: SUB_NAMES_2567, item: ITEM_10_2, policy: "actionPlan2" },
  2568: {
    scale: "pass5",
    sub: SUB_NAMES_2567,
    item: ITEM_O25,
    implementation: ITEM_O26,
    policy: "actionPlan2",
  },
  2569: {
    scale: "pass5",
    sub: SUB_NAMES_2567,
    item: ITEM_UNKNOWN,
    implementation: ITEM_UNKNOWN,
    policy: "actionPlan2",
  },
};

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

const CACHE = new Map<number, FrameworkProfile>();

function build(year: number): FrameworkProfile {
  const data = PROFILE_DATA[year];
  return {
    fiscalYear: year,
    provisional: PROVISIONAL_YEARS.includes(year),
    tools: clone(TOOLS),
    indicators: clone(MAIN),
    subIndicators: subIndicators(data.sub),
    scale: data.scale,
    levels: clone(data.scale === "letter" ? LETTER_LEVELS : PASS5_LEVELS),
    passMark: 85,
    analysisItem: { ...data.item },
    ...(data.implementation ? { implementationItem: { ...data.implementation } } : {}),
    policy: data.policy,
  };
}

/** An unsupported fiscal year; carries the bilingual message. */
export class ProfileError extends Error {
  readonly th: string;
  readonly en: string;
  constructor(th: string, en: string) {
    super(en);
    this.name = "ProfileError";
    this.th = th;
    this.en = en;
  }
}

/**
 * The Buddhist-era year a given year stands for: itself when it has a profile, year + 543 for a
 * Christian-era year whose BE year has one, null otherwise.
 */
export function toSupportedYear(year: number): { year: number; fromCE: boolean } | null {
  if (!Number.isInteger(year)) return null;
  if (SUPPORTED_YEARS.includes(year)) return { year, fromCE: false };
  if (SUPPORTED_YEARS.includes(year + 543)) return { year: year + 543, fromCE: true };
  return null;
}

/**
 * The framework of a fiscal year (Buddhist era, 2562-2569; a Christian-era 2019-2026 is converted).
 * Throws ProfileError, with a Thai and an English message, for any other year. The profile returned is
 * shared: treat it as read-only.
 */
export function getProfile(fiscalYear: number): FrameworkProfile {
  const resolved = toSupportedYear(fiscalYear);
  if (!resolved) {
    const first = SUPPORTED_YEARS[0];
    const last = SUPPORTED_YEARS[SUPPORTED_YEARS.length - 1];
    throw new ProfileError(
      `ไม่รองรับปีงบประมาณ ${fiscalYear}: รองรับ พ.ศ. ${first}-${last} (ระบบ ITA ตัวชี้วัด 10 ตัว)`,
      `Fiscal year ${fiscalYear} is not supported: supported are B.E. ${first}-${last} (CE ${first - 543}-${last - 543}), the ten-indicator ITA framework`
    );
  }
  let p = CACHE.get(resolved.year);
  if (!p) {
    p = build(resolved.year);
    CACHE.set(resolved.year, p);
  }
  return p;
}

/** The latest confirmed year up to `year` (itself when confirmed): the rules a provisional year is computed by. */
export function latestConfirmedYearBefore(year: number): number {
  const confirmed = SUPPORTED_YEARS.filter((y) => y <= year && !PROVISIONAL_YEARS.includes(y));
  return confirmed.length ? confirmed[confirmed.length - 1] : year;
}

/** Every indicator definition of a profile (main and sub), by id. */
export function indicatorDef(profile: FrameworkProfile, id: IndicatorId): IndicatorDef | undefined {
  return (
    profile.indicators.find((d) => d.id === id) ?? profile.subIndicators.find((d) => d.id === id)
  );
}

/** All indicator ids a profile knows, main first ("1".."10", "9.1".., "10.1", "10.2"). */
export function allIndicatorIds(profile: FrameworkProfile): IndicatorId[] {
  return [...profile.indicators.map((d) => d.id), ...profile.subIndicators.map((d) => d.id)];
}

let NAME_INDEX: Array<{ key: string; id: IndicatorId }> | null = null;

function nameKey(s: string): string {
  return s
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .toLowerCase()
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/\((iit|eit|oit)\)$/, "")
    .replace(/^[-–:.)]+|[-–:.]+$/g, "");
}

/**
 * The indicator a Thai name stands for, in any supported year's wording or a known spelling variant
 * ("การใช้ทรัพย์สินของทางราชการ" -> "4"); spaces and a trailing "(IIT)" are ignored. Null when unknown.
 */
export function indicatorIdFromName(name: string): IndicatorId | null {
  if (!NAME_INDEX) {
    const seen = new Map<string, IndicatorId>();
    for (const y of SUPPORTED_YEARS) {
      const p = getProfile(y);
      for (const d of [...p.indicators, ...p.subIndicators]) {
        for (const n of [d.nameTh, ...d.variantsTh]) {
          const k = nameKey(n);
          if (!seen.has(k)) seen.set(k, d.id);
        }
      }
    }
    NAME_INDEX = [...seen.entries()].map(([key, id]) => ({ key, id }));
  }
  const k = nameKey(name);
  if (!k) return null;
  return NAME_INDEX.find((n) => n.key === k)?.id ?? null;
}
